"""Medium family: the stock span of each day (consecutive earlier days not above today's price).

Medium because the expected linear solution is a monotonic stack, and the variant's exact rules
(strict or non-strict comparison, whether today counts) decide every tie and boundary.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class StockSpan(Family):
    name = "stock-span"
    difficulty = Difficulty.MEDIUM
    tags = ("stack", "arrays")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{prices}}: list[int]) -> list[int]:
    result: list[int] = []
    stack: list[int] = []
    for i in range(len({{prices}})):
        while len(stack) > 0 and (
            {{prices}}[stack[-1]] < {{prices}}[i]
            or (not {{strict}} and {{prices}}[stack[-1]] == {{prices}}[i])
        ):
            stack.pop()
        left = stack[-1] if len(stack) > 0 else -1
        result.append(i - left - {{offset}})
        stack.append(i)
    return result
""",
        Language.TYPESCRIPT: """export function {{fn}}({{prices}}: number[]): number[] {
  const result: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < {{prices}}.length; i++) {
    while (
      stack.length > 0 &&
      ({{prices}}[stack[stack.length - 1]] < {{prices}}[i] ||
        (!{{strict}} && {{prices}}[stack[stack.length - 1]] === {{prices}}[i]))
    ) {
      stack.pop();
    }
    const left = stack.length > 0 ? stack[stack.length - 1] : -1;
    result.push(i - left - {{offset}});
    stack.push(i);
  }
  return result;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<Long> {{prices}}) {
        List<Long> result = new ArrayList<>();
        int[] stack = new int[{{prices}}.size()];
        int top = 0;
        for (int i = 0; i < {{prices}}.size(); i++) {
            long today = {{prices}}.get(i);
            while (top > 0 && ({{prices}}.get(stack[top - 1]) < today
                    || (!{{strict}} && {{prices}}.get(stack[top - 1]) == today))) {
                top--;
            }
            long left = top > 0 ? stack[top - 1] : -1;
            result.add(i - left - {{offset}});
            stack[top] = i;
            top++;
        }
        return result;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{prices}} []int) []int {
	result := []int{}
	stack := []int{}
	for i := 0; i < len({{prices}}); i++ {
		for len(stack) > 0 && ({{prices}}[stack[len(stack) - 1]] < {{prices}}[i] ||
			(!{{strict}} && {{prices}}[stack[len(stack) - 1]] == {{prices}}[i])) {
			stack = stack[:len(stack) - 1]
		}
		left := -1
		if len(stack) > 0 {
			left = stack[len(stack) - 1]
		}
		result = append(result, i - left - {{offset}})
		stack = append(stack, i)
	}
	return result
}
""",
        Language.RUBY: """def {{fn}}({{prices}})
  result = []
  stack = []
  {{prices}}.each_index do |i|
    while stack.length > 0 &&
          ({{prices}}[stack[-1]] < {{prices}}[i] || (!{{strict}} && {{prices}}[stack[-1]] == {{prices}}[i]))
      stack.pop
    end
    left = stack.length > 0 ? stack[-1] : -1
    result.push(i - left - {{offset}})
    stack.push(i)
  end
  result
end
""",
        Language.RUST: """pub fn {{fn}}({{prices}}: Vec<i64>) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..{{prices}}.len() {
        while stack.len() > 0
            && ({{prices}}[stack[stack.len() - 1]] < {{prices}}[i]
                || (!{{strict}} && {{prices}}[stack[stack.len() - 1]] == {{prices}}[i]))
        {
            stack.pop();
        }
        let left: i64 = if stack.len() > 0 { stack[stack.len() - 1] as i64 } else { -1 };
        result.push(i as i64 - left - {{offset}});
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
    public static List<long> {{fn}}(List<long> {{prices}})
    {
        var result = new List<long>();
        var stack = new List<int>();
        for (int i = 0; i < {{prices}}.Count; i++)
        {
            while (stack.Count > 0 && ({{prices}}[stack[stack.Count - 1]] < {{prices}}[i]
                || (!{{strict}} && {{prices}}[stack[stack.Count - 1]] == {{prices}}[i])))
            {
                stack.RemoveAt(stack.Count - 1);
            }
            long left = stack.Count > 0 ? stack[stack.Count - 1] : -1;
            result.Add(i - left - {{offset}});
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
            ["stock_span", "price_spans", "daily_span", "span_of_days", "calm_streaks"],
            prices=["prices", "quotes", "closes", "levels", "readings"],
        )
        p |= {
            "strict": rng.choice([True, False]),
            "offset": rng.choice([0, 1]),
            "framing": rng.choice(
                [
                    "A brokerage app shows how long each day's price has been on top.",
                    "A weather service reports for how many days a temperature has not been beaten.",
                    "A game leaderboard shows how long each score dominated the earlier ones.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"strict": (p["strict"], "bool"), "offset": (p["offset"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("prices", "list[int]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        prices = p["params"]["prices"]
        relation = "strictly lower than" if p["strict"] else "lower than or equal to"
        today = (
            "The day itself is not counted, so the first day's span is 0."
            if p["offset"]
            else "The day itself is counted too, so every span is at least 1."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{prices}` holds one integer per day, in order. For "
            "each day, its span is the number of consecutive days immediately before it (going "
            f"backwards, stopping at the first day that fails) whose value is {relation} that "
            f"day's value. {today} Return the spans, one per day, in day order (an empty list for no "
            "days). Up to 5000 days; an O(n) or O(n log n) solution is expected."
        )
        return "Stock span", statement, "The span of each day's price over the preceding days."

    def solve(self, p: Params, *args: Any) -> Any:
        (prices,) = args
        result = []
        for i, today in enumerate(prices):
            j = i - 1
            while j >= 0 and (prices[j] < today or (not p["strict"] and prices[j] == today)):
                j -= 1
            result.append(i - j - p["offset"])
        return result

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def series(n: int, low: int = 1, high: int = 9) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        cases: list[Case] = [([[100, 80, 60, 70, 60, 75, 85]], []), ([series(8)], [])]
        cases += [([series(rng.randint(6, 12), 1, 5)], []) for _ in range(3)]
        cases += [
            ([[]], ["empty"]),
            ([[7]], ["boundary"]),
            ([[5, 5, 5, 5]], ["boundary"]),
            ([[1, 2, 3, 4, 5]], ["boundary"]),
            ([[5, 4, 3, 2, 1]], ["boundary"]),
            ([[3, 3, 1, 3, 2, 3, 4, 4]], ["boundary"]),
            ([[-5, -(10**12), 0, 10**12, 10**12, -5]], ["boundary"]),
            ([list(range(1000, 0, -1)) + list(range(1000))], ["large"]),
            ([series(2000, 1, 6)], ["large"]),
        ]
        return cases
