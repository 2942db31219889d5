"""Hard family: the largest rectangle under a histogram, at least K bars wide (monotonic stack).

Hard because trying every pair of ends is quadratic; the linear monotonic-stack pass that gives
each bar its maximal span is needed, and the minimum-width rule and equal heights test its edges.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class LargestRectangle(Family):
    name = "largest-rectangle"
    difficulty = Difficulty.HARD
    tags = ("arrays", "stack")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{heights}}: list[int]) -> int:
    stack: list[int] = []
    best = 0
    n = len({{heights}})
    for i in range(n + 1):
        current = {{heights}}[i] if i < n else -1
        while len(stack) > 0 and {{heights}}[stack[-1]] >= current:
            top = stack.pop()
            left = stack[-1] + 1 if len(stack) > 0 else 0
            span = i - left
            if span >= {{min_width}}:
                best = max(best, {{heights}}[top] * span)
        stack.append(i)
    return best * {{width}}
""",
        Language.TYPESCRIPT: """export function {{fn}}({{heights}}: number[]): number {
  const stack: number[] = [];
  let best = 0;
  const n = {{heights}}.length;
  for (let i = 0; i <= n; i++) {
    const current = i < n ? {{heights}}[i] : -1;
    while (stack.length > 0 && {{heights}}[stack[stack.length - 1]] >= current) {
      const top = stack.pop() as number;
      const left = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
      const span = i - left;
      if (span >= {{min_width}}) best = Math.max(best, {{heights}}[top] * span);
    }
    stack.push(i);
  }
  return best * {{width}};
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{heights}}) {
        int n = {{heights}}.size();
        int[] stack = new int[n + 1];
        int size = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            long current = i < n ? {{heights}}.get(i) : -1;
            while (size > 0 && {{heights}}.get(stack[size - 1]) >= current) {
                int top = stack[--size];
                int left = size > 0 ? stack[size - 1] + 1 : 0;
                long span = i - left;
                if (span >= {{min_width}}) best = Math.max(best, {{heights}}.get(top) * span);
            }
            stack[size++] = i;
        }
        return best * {{width}};
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{heights}} []int) int {
	stack := []int{}
	best := 0
	n := len({{heights}})
	for i := 0; i <= n; i++ {
		current := -1
		if i < n {
			current = {{heights}}[i]
		}
		for len(stack) > 0 && {{heights}}[stack[len(stack) - 1]] >= current {
			top := stack[len(stack) - 1]
			stack = stack[:len(stack) - 1]
			left := 0
			if len(stack) > 0 {
				left = stack[len(stack) - 1] + 1
			}
			span := i - left
			if span >= {{min_width}} && {{heights}}[top] * span > best {
				best = {{heights}}[top] * span
			}
		}
		stack = append(stack, i)
	}
	return best * {{width}}
}
""",
        Language.RUBY: """def {{fn}}({{heights}})
  stack = []
  best = 0
  n = {{heights}}.length
  (0..n).each do |i|
    current = i < n ? {{heights}}[i] : -1
    while stack.length > 0 && {{heights}}[stack[-1]] >= current
      top = stack.pop
      left = stack.length > 0 ? stack[-1] + 1 : 0
      span = i - left
      best = [best, {{heights}}[top] * span].max if span >= {{min_width}}
    end
    stack.push(i)
  end
  best * {{width}}
end
""",
        Language.RUST: """pub fn {{fn}}({{heights}}: Vec<i64>) -> i64 {
    let n = {{heights}}.len();
    let mut stack: Vec<usize> = Vec::new();
    let mut best: i64 = 0;
    for i in 0..(n + 1) {
        let current: i64 = if i < n { {{heights}}[i] } else { -1 };
        while stack.len() > 0 && {{heights}}[stack[stack.len() - 1]] >= current {
            let top = stack.pop().unwrap();
            let left = if stack.len() > 0 { stack[stack.len() - 1] + 1 } else { 0 };
            let span = (i - left) as i64;
            if span >= {{min_width}} {
                best = best.max({{heights}}[top] * span);
            }
        }
        stack.push(i);
    }
    best * {{width}}
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{heights}})
    {
        int n = {{heights}}.Count;
        var stack = new List<int>();
        long best = 0;
        for (int i = 0; i <= n; i++)
        {
            long current = i < n ? {{heights}}[i] : -1;
            while (stack.Count > 0 && {{heights}}[stack[stack.Count - 1]] >= current)
            {
                int top = stack[stack.Count - 1];
                stack.RemoveAt(stack.Count - 1);
                int left = stack.Count > 0 ? stack[stack.Count - 1] + 1 : 0;
                long span = i - left;
                if (span >= {{min_width}}) best = Math.Max(best, {{heights}}[top] * span);
            }
            stack.Add(i);
        }
        return best * {{width}};
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["largest_rectangle", "max_banner_area", "biggest_block", "widest_poster", "max_rect_area"],
            heights=["heights", "bars", "columns", "levels", "histogram"],
        )
        p |= {
            "width": rng.choice([1, 1, 2]),
            "min_width": rng.choice([1, 2, 3]),
            "scale": rng.choice([10, 50, 1_000_000_000]),
            "framing": rng.choice(
                [
                    "A billboard company looks for the largest poster that fits on a row of buildings.",
                    "A chart library highlights the largest block under a bar chart.",
                    "A warehouse packs the biggest crate face against a stepped wall.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"width": (p["width"], "int"), "min_width": (p["min_width"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("heights", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        heights, width, k = p["params"]["heights"], p["width"], p["min_width"]
        span = "at least 1 bar" if k == 1 else f"at least {k} consecutive bars"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{heights}` lists the heights of bars standing side by "
            f"side with no gaps, each {width} unit{'s' if width > 1 else ''} wide; heights are integers "
            "between 0 and 10^9 and there are up to 5000 bars. Return the largest area of an axis-aligned "
            f"rectangle that lies within the bars, sits on the ground and spans {span} completely (its "
            "height is at most the smallest height among the bars it covers, and its width is the "
            f"number of covered bars times {width}). Return 0 when the list is empty or no rectangle "
            "of positive area qualifies."
        )
        return "Largest rectangle in a histogram", statement, "Largest rectangle area under a histogram."

    def solve(self, p: Params, *args: Any) -> Any:
        (heights,) = args
        n = len(heights)
        lower_left, lower_right = [-1] * n, [n] * n
        stack: list[int] = []
        for i in range(n):
            while stack and heights[stack[-1]] >= heights[i]:
                stack.pop()
            lower_left[i] = stack[-1] if stack else -1
            stack.append(i)
        stack = []
        for i in range(n - 1, -1, -1):
            while stack and heights[stack[-1]] >= heights[i]:
                stack.pop()
            lower_right[i] = stack[-1] if stack else n
            stack.append(i)
        areas = [
            heights[i] * (lower_right[i] - lower_left[i] - 1)
            for i in range(n)
            if lower_right[i] - lower_left[i] - 1 >= p["min_width"]
        ]
        return max(areas, default=0) * p["width"]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        scale = p["scale"]

        def row(n: int, high: int) -> list[int]:
            return [rng.randint(0, high) for _ in range(n)]

        cases: list[Case] = [([[2, 1, 5, 6, 2, 3]], [])]
        cases += [([row(rng.randint(5, 10), min(scale, 12))], []) for _ in range(3)]
        cases += [([row(rng.randint(5, 12), scale)], []) for _ in range(2)]
        cases += [
            ([[]], ["empty"]),
            ([[0]], ["boundary"]),
            ([[7]], ["boundary"]),
            ([[0, 0, 0]], ["boundary"]),
            ([[3, 3]], ["boundary"]),
            ([[2, 9]], ["boundary"]),
            ([[9, 1, 1]], ["boundary"]),
            ([[1, 2, 3, 4, 5]], ["boundary"]),
            ([[5, 4, 3, 2, 1]], ["boundary"]),
            ([[10, 10, 1, 1, 1]], ["boundary"]),
            ([[20, 2, 2, 2, 30]], ["boundary"]),
            ([[4, 4, 0, 4, 4, 4]], ["boundary"]),
            ([[1, 6, 6, 1, 3, 3, 3, 2]], ["boundary"]),
            ([row(1000, scale)], ["large"]),
            ([list(range(1, 1001))], ["large"]),
            ([[1_000_000_000] * 999 + [999_999_999]], ["large"]),
            ([[rng.randint(2000, 2100) for _ in range(1000)]], ["large"]),
        ]
        return cases
