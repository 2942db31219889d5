"""Hard family: the largest (or smallest) product of a contiguous run of integers with zeros and negatives.

It is hard because a running product alone is wrong: a negative factor swaps the best and worst
products, and a zero resets both, so the solver must carry both extremes in one O(n) pass.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

LIMIT = 2**50  # every product of a zero-free run stays below this, so doubles (TypeScript) stay exact


class MaxProductSubarray(Family):
    name = "max-product-subarray"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "arrays")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{nums}}: list[int]) -> int:
    if len({{nums}}) == 0:
        return 0
    hi = {{nums}}[0]
    lo = {{nums}}[0]
    best = {{nums}}[0]
    for v in {{nums}}[1:]:
        a = hi * v
        b = lo * v
        hi = max(v, a, b)
        lo = min(v, a, b)
        best = max(best, hi) if {{largest}} else min(best, lo)
    return best
""",
        Language.TYPESCRIPT: """export function {{fn}}({{nums}}: number[]): number {
  if ({{nums}}.length === 0) return 0;
  let hi = {{nums}}[0];
  let lo = {{nums}}[0];
  let best = {{nums}}[0];
  for (let i = 1; i < {{nums}}.length; i++) {
    const v = {{nums}}[i];
    const a = hi * v;
    const b = lo * v;
    hi = Math.max(v, a, b);
    lo = Math.min(v, a, b);
    best = {{largest}} ? Math.max(best, hi) : Math.min(best, lo);
  }
  return best + 0;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{nums}}) {
        if ({{nums}}.size() == 0) return 0;
        long hi = {{nums}}.get(0);
        long lo = hi;
        long best = hi;
        for (int i = 1; i < {{nums}}.size(); i++) {
            long v = {{nums}}.get(i);
            long a = hi * v;
            long b = lo * v;
            hi = Math.max(v, Math.max(a, b));
            lo = Math.min(v, Math.min(a, b));
            best = {{largest}} ? Math.max(best, hi) : Math.min(best, lo);
        }
        return best;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{nums}} []int) int {
	if len({{nums}}) == 0 {
		return 0
	}
	hi, lo, best := {{nums}}[0], {{nums}}[0], {{nums}}[0]
	for i := 1; i < len({{nums}}); i++ {
		v := {{nums}}[i]
		a := hi * v
		b := lo * v
		hi, lo = v, v
		for _, x := range []int{a, b} {
			if x > hi {
				hi = x
			}
			if x < lo {
				lo = x
			}
		}
		if {{largest}} {
			if hi > best {
				best = hi
			}
		} else if lo < best {
			best = lo
		}
	}
	return best
}
""",
        Language.RUBY: """def {{fn}}({{nums}})
  return 0 if {{nums}}.length == 0
  hi = {{nums}}[0]
  lo = {{nums}}[0]
  best = {{nums}}[0]
  {{nums}}.drop(1).each do |v|
    a = hi * v
    b = lo * v
    hi = [v, a, b].max
    lo = [v, a, b].min
    best = {{largest}} ? [best, hi].max : [best, lo].min
  end
  best
end
""",
        Language.RUST: """pub fn {{fn}}({{nums}}: Vec<i64>) -> i64 {
    if {{nums}}.len() == 0 {
        return 0;
    }
    let mut hi = {{nums}}[0];
    let mut lo = {{nums}}[0];
    let mut best = {{nums}}[0];
    for i in 1..{{nums}}.len() {
        let v = {{nums}}[i];
        let a = hi * v;
        let b = lo * v;
        hi = v.max(a).max(b);
        lo = v.min(a).min(b);
        best = if {{largest}} { best.max(hi) } else { best.min(lo) };
    }
    best
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{nums}})
    {
        if ({{nums}}.Count == 0) return 0;
        long hi = {{nums}}[0];
        long lo = hi;
        long best = hi;
        for (int i = 1; i < {{nums}}.Count; i++)
        {
            long v = {{nums}}[i];
            long a = hi * v;
            long b = lo * v;
            hi = Math.Max(v, Math.Max(a, b));
            lo = Math.Min(v, Math.Min(a, b));
            best = {{largest}} ? Math.Max(best, hi) : Math.Min(best, lo);
        }
        return best;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["run_product", "extreme_product", "streak_product", "span_product", "product_peak"],
            nums=["nums", "factors", "readings", "multipliers", "gains"],
        )
        p |= {
            "largest": rng.choice([True, False]),
            "bound": rng.choice([3, 5, 9]),
            "framing": rng.choice(
                [
                    "A trading desk multiplies daily growth factors over a run of consecutive days.",
                    "A signal chain multiplies the gains of consecutive amplifier stages.",
                    "A puzzle game scores a streak of tiles by multiplying their numbers.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"largest": (p["largest"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("nums", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        nums = p["params"]["nums"]
        which = "largest" if p["largest"] else "smallest (most negative)"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the {which} product of a contiguous, "
            f"non-empty run of elements of `{nums}` (a run of one element has that element as its "
            "product). Elements are integers that may be zero or negative. An empty list has no run: "
            "return 0 for it. The list has at most a few thousand elements, and the product of every "
            "run without a zero fits comfortably in a signed 64-bit integer (below 2^50 in magnitude)."
        )
        return "Extreme product of a run", statement, f"The {which} product of a contiguous run."

    def solve(self, p: Params, *args: Any) -> Any:
        (nums,) = args
        if not nums:
            return 0
        hi = lo = best = nums[0]
        for v in nums[1:]:
            hi, lo = max(v, hi * v, lo * v), min(v, hi * v, lo * v)
            best = max(best, hi) if p["largest"] else min(best, lo)
        return best

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        bound = p["bound"]

        def draw(n: int, zeros: float, ones: float) -> list[int]:
            out: list[int] = []
            size = 1
            for _ in range(n):
                roll = rng.random()
                if roll < zeros:
                    v = 0
                elif roll < zeros + ones:
                    v = rng.choice([-1, 1])
                else:
                    v = rng.randint(2, bound) * rng.choice([-1, 1])
                if size * abs(v) >= LIMIT:
                    v = rng.choice([-1, 0, 1])
                size = 1 if v == 0 else size * abs(v)
                out.append(v)
            return out

        cases: list[Case] = [([draw(rng.randint(5, 9), 0.1, 0.2)], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[-bound]], ["boundary"]),
            ([[0]], ["boundary"]),
            ([[-2, 0, -3]], ["boundary"]),
            ([[-2, -3]], ["boundary"]),
            ([[2, 3]], ["boundary"]),
            ([[3, -1, 4]], ["boundary"]),
            ([[2, -5, -2, -4, 3]], ["boundary"]),
            ([[-1, -1, -1, 0, -1]], ["boundary"]),
            ([[0, -3, 1, 0, 2, 2]], ["boundary"]),
            ([[1, -2, 3, -4, 0, 5, -6]], ["boundary"]),
            ([draw(800, 0.05, 0.6)], ["large"]),
            ([draw(700, 0.0, 0.8)], ["large"]),
            ([[-1] * 599 + [-2]], ["large"]),
        ]
        return cases
