"""Medium family: the next strictly greater element of each position, linear or circular.

Medium because the expected O(n) solution is a monotonic stack (a doubled pass when circular)
and the variant fixes exact rules: ties are not greater, -1 when none, value or index reported.
"""

from __future__ import annotations

import random
from itertools import chain
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class NextGreater(Family):
    name = "next-greater"
    difficulty = Difficulty.MEDIUM
    tags = ("stack", "arrays")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{nums}}: list[int]) -> list[int]:
    n = len({{nums}})
    result = [-1] * n
    stack: list[int] = []
    passes = 2 if {{circular}} else 1
    k = passes * n - 1
    while k >= 0:
        i = k % n
        while len(stack) > 0 and {{nums}}[stack[-1]] <= {{nums}}[i]:
            stack.pop()
        if k < n and len(stack) > 0:
            result[i] = stack[-1] if {{want_index}} else {{nums}}[stack[-1]]
        stack.append(i)
        k -= 1
    return result
""",
        Language.TYPESCRIPT: """export function {{fn}}({{nums}}: number[]): number[] {
  const n = {{nums}}.length;
  const result: number[] = new Array(n).fill(-1);
  const stack: number[] = [];
  const passes = {{circular}} ? 2 : 1;
  for (let k = passes * n - 1; k >= 0; k--) {
    const i = k % n;
    while (stack.length > 0 && {{nums}}[stack[stack.length - 1]] <= {{nums}}[i]) stack.pop();
    if (k < n && stack.length > 0) {
      const top = stack[stack.length - 1];
      result[i] = {{want_index}} ? top : {{nums}}[top];
    }
    stack.push(i);
  }
  return result;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<Long> {{nums}}) {
        int n = {{nums}}.size();
        long[] result = new long[n];
        Arrays.fill(result, -1);
        int[] stack = new int[2 * n + 1];
        int depth = 0;
        int passes = {{circular}} ? 2 : 1;
        for (int k = passes * n - 1; k >= 0; k--) {
            int i = k % n;
            while (depth > 0 && {{nums}}.get(stack[depth - 1]) <= {{nums}}.get(i)) depth--;
            if (k < n && depth > 0) {
                int top = stack[depth - 1];
                result[i] = {{want_index}} ? top : {{nums}}.get(top);
            }
            stack[depth] = i;
            depth++;
        }
        List<Long> out = new ArrayList<>();
        for (long value : result) out.add(value);
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{nums}} []int) []int {
	n := len({{nums}})
	result := make([]int, n)
	for i := range result {
		result[i] = -1
	}
	stack := []int{}
	passes := 1
	if {{circular}} {
		passes = 2
	}
	for k := passes * n - 1; k >= 0; k-- {
		i := k % n
		for len(stack) > 0 && {{nums}}[stack[len(stack) - 1]] <= {{nums}}[i] {
			stack = stack[:len(stack) - 1]
		}
		if k < n && len(stack) > 0 {
			top := stack[len(stack) - 1]
			if {{want_index}} {
				result[i] = top
			} else {
				result[i] = {{nums}}[top]
			}
		}
		stack = append(stack, i)
	}
	return result
}
""",
        Language.RUBY: """def {{fn}}({{nums}})
  n = {{nums}}.length
  result = Array.new(n, -1)
  stack = []
  passes = {{circular}} ? 2 : 1
  k = passes * n - 1
  while k >= 0
    i = k % n
    stack.pop while stack.length > 0 && {{nums}}[stack[-1]] <= {{nums}}[i]
    if k < n && stack.length > 0
      result[i] = {{want_index}} ? stack[-1] : {{nums}}[stack[-1]]
    end
    stack.push(i)
    k -= 1
  end
  result
end
""",
        Language.RUST: """pub fn {{fn}}({{nums}}: Vec<i64>) -> Vec<i64> {
    let n = {{nums}}.len();
    let mut result: Vec<i64> = vec![-1; n];
    let mut stack: Vec<usize> = Vec::new();
    let passes: usize = if {{circular}} { 2 } else { 1 };
    let mut k = passes * n;
    while k > 0 {
        k -= 1;
        let i = k % n;
        while stack.len() > 0 && {{nums}}[stack[stack.len() - 1]] <= {{nums}}[i] {
            stack.pop();
        }
        if k < n && stack.len() > 0 {
            let top = stack[stack.len() - 1];
            result[i] = if {{want_index}} { top as i64 } else { {{nums}}[top] };
        }
        stack.push(i);
    }
    result
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static List<long> {{fn}}(List<long> {{nums}})
    {
        int n = {{nums}}.Count;
        var result = Enumerable.Repeat(-1L, n).ToList();
        var stack = new List<int>();
        int passes = {{circular}} ? 2 : 1;
        for (int k = passes * n - 1; k >= 0; k--)
        {
            int i = k % n;
            while (stack.Count > 0 && {{nums}}[stack[stack.Count - 1]] <= {{nums}}[i])
            {
                stack.RemoveAt(stack.Count - 1);
            }
            if (k < n && stack.Count > 0)
            {
                int top = stack[stack.Count - 1];
                result[i] = {{want_index}} ? top : {{nums}}[top];
            }
            stack.Add(i);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["next_greater", "next_larger", "first_higher", "greater_ahead", "next_taller"],
            nums=["nums", "heights", "values", "temps", "ranks"],
        )
        p |= {
            "circular": rng.choice([True, False]),
            "want_index": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A skyline tool finds, for each building, the next taller one.",
                    "A weather app finds the next warmer reading for each reading.",
                    "A ranking page links each entry to the next one that beats it.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"circular": (p["circular"], "bool"), "want_index": (p["want_index"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("nums", "list[int]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        nums = p["params"]["nums"]
        order = (
            "the positions after it and then, wrapping around, the positions from the start up to "
            "just before it (the list is circular)"
            if p["circular"]
            else "only the positions after it, up to the end (the list does not wrap around)"
        )
        what = "the 0-based position of that element" if p["want_index"] else "the value of that element"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. For each position of `{nums}`, scan {order}, and find "
            "the first element strictly greater than the element at the position (equal is not "
            f"greater). The result for that position is {what}, or -1 if there is none. Return the "
            "results in position order (an empty list for an empty input). Elements are integers "
            "between 0 and 10^9; up to 5000 elements, so an O(n) or O(n log n) solution is expected."
        )
        return "Next greater element", statement, "The next greater element of each position."

    def solve(self, p: Params, *args: Any) -> Any:
        (nums,) = args
        n = len(nums)
        result = []
        for i in range(n):
            ahead = chain(range(i + 1, n), range(i) if p["circular"] else ())
            found = next((j for j in ahead if nums[j] > nums[i]), None)
            result.append(-1 if found is None else (found if p["want_index"] else nums[found]))
        return result

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def series(n: int, high: int = 9) -> list[int]:
            return [rng.randint(0, high) for _ in range(n)]

        cases: list[Case] = [([[2, 7, 3, 5, 4, 6, 8]], []), ([series(8)], [])]
        cases += [([series(rng.randint(6, 12), 5)], []) for _ in range(3)]
        cases += [
            ([[]], ["empty"]),
            ([[4]], ["boundary"]),
            ([[3, 3, 3]], ["boundary"]),
            ([[1, 2, 3, 4]], ["boundary"]),
            ([[4, 3, 2, 1]], ["boundary"]),
            ([[5, 1, 5, 2, 0]], ["boundary"]),
            ([[0, 10**9, 0, 10**9 - 1]], ["boundary"]),
            ([list(range(1200, 0, -1)) + list(range(1200))], ["large"]),
            ([series(2000, 50)], ["large"]),
        ]
        return cases
