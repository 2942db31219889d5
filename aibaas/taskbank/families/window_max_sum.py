"""Easy family: the largest sum of k consecutive values, or null when there are fewer than k values.

Easy: a sliding window; the rules to state and test are the too-short list, a list of exactly k
values and all-negative values (the best sum may be negative).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class WindowMaxSum(Family):
    name = "window-max-sum"
    difficulty = Difficulty.EASY
    tags = ("collections", "sliding-window")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> int | None:
    if len({{values}}) < {{k}}:
        return None
    window = 0
    for i in range({{k}}):
        window += {{values}}[i]
    best = window
    for i in range({{k}}, len({{values}})):
        window += {{values}}[i] - {{values}}[i - {{k}}]
        if window > best:
            best = window
    return best
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number | null {
  if ({{values}}.length < {{k}}) return null;
  let window = 0;
  for (let i = 0; i < {{k}}; i++) window += {{values}}[i];
  let best = window;
  for (let i = {{k}}; i < {{values}}.length; i++) {
    window += {{values}}[i] - {{values}}[i - {{k}}];
    if (window > best) best = window;
  }
  return best;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Long {{fn}}(List<Long> {{values}}) {
        int size = (int) {{k}};
        if ({{values}}.size() < size) return null;
        long window = 0;
        for (int i = 0; i < size; i++) window += {{values}}.get(i);
        long best = window;
        for (int i = size; i < {{values}}.size(); i++) {
            window += {{values}}.get(i) - {{values}}.get(i - size);
            if (window > best) best = window;
        }
        return best;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) *int {
	size := {{k}}
	if len({{values}}) < size {
		return nil
	}
	window := 0
	for i := 0; i < size; i++ {
		window += {{values}}[i]
	}
	best := window
	for i := size; i < len({{values}}); i++ {
		window += {{values}}[i] - {{values}}[i - size]
		if window > best {
			best = window
		}
	}
	return &best
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  return nil if {{values}}.length < {{k}}
  window = 0
  (0...{{k}}).each { |i| window += {{values}}[i] }
  best = window
  ({{k}}...{{values}}.length).each do |i|
    window += {{values}}[i] - {{values}}[i - {{k}}]
    best = window if window > best
  end
  best
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> Option<i64> {
    let size: usize = {{k}};
    if {{values}}.len() < size {
        return None;
    }
    let mut window: i64 = 0;
    for i in 0..size {
        window += {{values}}[i];
    }
    let mut best = window;
    for i in size..{{values}}.len() {
        window += {{values}}[i] - {{values}}[i - size];
        if window > best {
            best = window;
        }
    }
    Some(best)
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long? {{fn}}(List<long> {{values}})
    {
        int size = (int){{k}};
        if ({{values}}.Count < size) return null;
        long window = 0;
        for (int i = 0; i < size; i++) window += {{values}}[i];
        long best = window;
        for (int i = size; i < {{values}}.Count; i++)
        {
            window += {{values}}[i] - {{values}}[i - size];
            if (window > best) best = window;
        }
        return best;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["window_max_sum", "best_window", "max_block_total", "peak_window", "best_stretch"],
            values=["values", "sales", "readings", "gains", "rainfall"],
        )
        p |= {
            "k": rng.choice([2, 3, 4, 7]),
            "domain": rng.choice([(-10, 10), (-1000, 1000), (0, 50)]),
            "framing": rng.choice(
                [
                    "A shop finds its best run of consecutive days of sales.",
                    "A weather service finds the wettest stretch of consecutive days.",
                    "A trading tool finds the best block of consecutive daily gains.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"k": (p["k"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "optional[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, k = p["params"]["values"], p["k"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the largest sum of {k} consecutive "
            f"elements of `{values}` (a window of exactly {k} adjacent elements). When `{values}` has "
            f"fewer than {k} elements, return null (no window fits); a list of exactly {k} elements has "
            "one window. Values may be negative, so the answer may be negative too; values are at most "
            "10^9 in magnitude. The input must not be modified."
        )
        return "Best window sum", statement, "Largest sum of k consecutive values."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        k = p["k"]
        if len(values) < k:
            return None
        return max(sum(values[i : i + k]) for i in range(len(values) - k + 1))

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        low, high = p["domain"]
        k = p["k"]

        def draw(n: int) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        big = 10**9
        cases: list[Case] = [([draw(rng.randint(k + 3, k + 8))], []) for _ in range(2)]
        cases += [([draw(rng.randint(k + 1, 15))], []) for _ in range(2)]
        cases += [
            ([[]], ["empty"]),
            ([draw(k - 1)], ["boundary"]),
            ([draw(k)], ["boundary"]),
            ([[-5] * k + [-1] * k + [-9]], ["boundary"]),
            ([[1] * k + [0] * 3 + [1] * (k - 1) + [2]], ["boundary"]),
            ([[9] + [0] * (k + 2) + [5] * k], ["boundary"]),
            ([[big] * (k + 2) + [-big]], ["boundary"]),
            ([draw(3000)], ["large"]),
        ]
        return cases
