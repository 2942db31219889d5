"""Hard family: best revenue from cutting a rod, where every cut has a price (unbounded-knapsack DP).

It is hard because the cut cost makes "more pieces" a trade-off, lengths without a price are worth
nothing but still allowed, and trying every split is exponential: the solver needs an O(n * m) DP.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class RodCutting(Family):
    name = "rod-cutting"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "knapsack")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{prices}}: list[int], {{length}}: int) -> int:
    m = len({{prices}})
    best = [0] * ({{length}} + 1)
    for total in range(1, {{length}} + 1):
        top = {{prices}}[total - 1] if total <= m else 0
        for piece in range(1, min(total - 1, m) + 1):
            top = max(top, {{prices}}[piece - 1] + best[total - piece] - {{cut_cost}})
        best[total] = top
    return best[{{length}}]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{prices}}: number[], {{length}}: number): number {
  const m = {{prices}}.length;
  const best = new Array<number>({{length}} + 1).fill(0);
  for (let total = 1; total <= {{length}}; total++) {
    let top = total <= m ? {{prices}}[total - 1] : 0;
    for (let piece = 1; piece <= Math.min(total - 1, m); piece++) {
      top = Math.max(top, {{prices}}[piece - 1] + best[total - piece] - {{cut_cost}});
    }
    best[total] = top;
  }
  return best[{{length}}];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{prices}}, long {{length}}) {
        int m = {{prices}}.size();
        int rod = (int) {{length}};
        long[] best = new long[rod + 1];
        for (int total = 1; total <= rod; total++) {
            long top = total <= m ? {{prices}}.get(total - 1) : 0;
            for (int piece = 1; piece <= Math.min(total - 1, m); piece++) {
                top = Math.max(top, {{prices}}.get(piece - 1) + best[total - piece] - {{cut_cost}});
            }
            best[total] = top;
        }
        return best[rod];
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{prices}} []int, {{length}} int) int {
	m := len({{prices}})
	best := make([]int, {{length}} + 1)
	for total := 1; total <= {{length}}; total++ {
		top := 0
		if total <= m {
			top = {{prices}}[total - 1]
		}
		for piece := 1; piece <= total - 1 && piece <= m; piece++ {
			here := {{prices}}[piece - 1] + best[total - piece] - {{cut_cost}}
			if here > top {
				top = here
			}
		}
		best[total] = top
	}
	return best[{{length}}]
}
""",
        Language.RUBY: """def {{fn}}({{prices}}, {{length}})
  m = {{prices}}.length
  best = [0] * ({{length}} + 1)
  (1..{{length}}).each do |total|
    top = total <= m ? {{prices}}[total - 1] : 0
    (1..[total - 1, m].min).each do |piece|
      top = [top, {{prices}}[piece - 1] + best[total - piece] - {{cut_cost}}].max
    end
    best[total] = top
  end
  best[{{length}}]
end
""",
        Language.RUST: """pub fn {{fn}}({{prices}}: Vec<i64>, {{length}}: i64) -> i64 {
    let m = {{prices}}.len();
    let rod = {{length}} as usize;
    let mut best: Vec<i64> = vec![0; rod + 1];
    for total in 1..rod + 1 {
        let mut top = if total <= m { {{prices}}[total - 1] } else { 0 };
        for piece in 1..(total - 1).min(m) + 1 {
            top = top.max({{prices}}[piece - 1] + best[total - piece] - {{cut_cost}});
        }
        best[total] = top;
    }
    best[rod]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{prices}}, long {{length}})
    {
        int m = {{prices}}.Count;
        int rod = (int){{length}};
        var best = new long[rod + 1];
        for (int total = 1; total <= rod; total++)
        {
            long top = total <= m ? {{prices}}[total - 1] : 0;
            for (int piece = 1; piece <= Math.Min(total - 1, m); piece++)
            {
                top = Math.Max(top, {{prices}}[piece - 1] + best[total - piece] - {{cut_cost}});
            }
            best[total] = top;
        }
        return best[rod];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["best_revenue", "cut_rod", "max_rod_value", "plan_cuts", "timber_value"],
            prices=["prices", "price_list", "rates", "offers", "quotes"],
            length=["length", "rod_length", "size", "span"],
        )
        p |= {
            "cut_cost": rng.choice([0, 1, 3, 6]),
            "framing": rng.choice(
                [
                    "A sawmill cuts a log into boards it can sell.",
                    "A steel shop cuts a bar into pieces before shipping them.",
                    "A fabric store cuts a roll of cloth into lengths its customers ask for.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"cut_cost": (p["cut_cost"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("prices", "list[int]"), ("length", "int")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        prices, length, cut = p["params"]["prices"], p["params"]["length"], p["cut_cost"]
        cutting = (
            "Cutting is free."
            if cut == 0
            else f"Every cut costs {cut}, so cutting into k pieces costs {cut} * (k - 1)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. A rod of integer length `{length}` (0 to 5000) may be "
            f"cut into pieces of positive integer lengths that add up to `{length}`; leaving it whole is "
            f"one piece. `{prices}[i]` (non-negative) is the selling price of a piece of length i + 1; a "
            f"piece longer than the list is worth 0 (the list may be empty). {cutting} Return the largest "
            "possible total selling price of the pieces minus the cost of the cuts. A rod of length 0 is "
            "worth 0."
        )
        return "Rod cutting with a cut cost", statement, "Best revenue from cutting a rod."

    def solve(self, p: Params, *args: Any) -> Any:
        prices, length = args
        m, cut = len(prices), p["cut_cost"]
        best = [0] * (length + 1)
        for total in range(1, length + 1):
            whole = prices[total - 1] if total <= m else 0
            splits = (prices[k - 1] + best[total - k] - cut for k in range(1, min(total - 1, m) + 1))
            best[total] = max(whole, *splits) if total > 1 and m > 0 else whole
        return best[length]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def table(m: int, slope: int) -> list[int]:
            return [max(0, i * slope + rng.randint(-slope, 2 * slope)) for i in range(1, m + 1)]

        cut = p["cut_cost"]
        cases: list[Case] = [([table(rng.randint(4, 8), 3), rng.randint(4, 12)], []) for _ in range(4)]
        cases += [
            ([[], 0], ["empty"]),
            ([[], 6], ["empty"]),
            ([[5, 8], 0], ["empty"]),
            ([[4], 1], ["boundary"]),
            ([[4], 3], ["boundary"]),
            ([[1, 5, 8, 9], 4], ["boundary"]),
            ([[2, 5], 3], ["boundary"]),
            ([[3, 3 + 3 * cut, 0, 0], 4], ["boundary"]),
            ([[1, 2 + cut, 3 + 2 * cut], 3], ["boundary"]),
            ([[0, 0, 10, 0, 0, 0, 0, 0], 9], ["boundary"]),
            ([[9, 0, 0, 0, 0], 5], ["boundary"]),
            ([table(60, 7), 5000], ["large"]),
            ([[rng.randint(0, 1000) for _ in range(80)], 3997], ["large"]),
        ]
        return cases
