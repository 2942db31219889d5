"""Hard family: longest subsequence whose chosen values rise by at least a per-variant step.

The step is 0 (non-decreasing), 1 (strictly increasing) or larger (each value at least that much above
the previous one); the reference keeps the patience-sorting "tails" array and binary-searches it, so
the task is O(n log n) dynamic programming with off-by-one traps in the comparison.
"""

from __future__ import annotations

import bisect
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class LongestIncreasingSubsequence(Family):
    name = "longest-increasing-subsequence"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "binary-search")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> int:
    tails: list[int] = []
    for x in {{values}}:
        limit = x - {{step}}
        lo = 0
        hi = len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] <= limit:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        elif x < tails[lo]:
            tails[lo] = x
    return len(tails)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number {
  const tails: number[] = [];
  for (const x of {{values}}) {
    const limit = x - {{step}};
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (tails[mid] <= limit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo === tails.length) {
      tails.push(x);
    } else if (x < tails[lo]) {
      tails[lo] = x;
    }
  }
  return tails.length;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{values}}) {
        long[] tails = new long[{{values}}.size()];
        int size = 0;
        for (long x : {{values}}) {
            long limit = x - {{step}};
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (tails[mid] <= limit) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == size) {
                tails[size] = x;
                size = size + 1;
            } else if (x < tails[lo]) {
                tails[lo] = x;
            }
        }
        return size;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) int {
	tails := []int{}
	for _, x := range {{values}} {
		limit := x - {{step}}
		lo := 0
		hi := len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if tails[mid] <= limit {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo == len(tails) {
			tails = append(tails, x)
		} else if x < tails[lo] {
			tails[lo] = x
		}
	}
	return len(tails)
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  tails = []
  {{values}}.each do |x|
    limit = x - {{step}}
    lo = 0
    hi = tails.length
    while lo < hi
      mid = (lo + hi) / 2
      if tails[mid] <= limit
        lo = mid + 1
      else
        hi = mid
      end
    end
    if lo == tails.length
      tails.push(x)
    elsif x < tails[lo]
      tails[lo] = x
    end
  end
  tails.length
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> i64 {
    let mut tails: Vec<i64> = Vec::new();
    for &x in {{values}}.iter() {
        let limit = x - {{step}};
        let mut lo: usize = 0;
        let mut hi: usize = tails.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            if tails[mid] <= limit {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == tails.len() {
            tails.push(x);
        } else if x < tails[lo] {
            tails[lo] = x;
        }
    }
    tails.len() as i64
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{values}})
    {
        var tails = new List<long>();
        foreach (long x in {{values}})
        {
            long limit = x - {{step}};
            int lo = 0;
            int hi = tails.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (tails[mid] <= limit) lo = mid + 1;
                else hi = mid;
            }
            if (lo == tails.Count) tails.Add(x);
            else if (x < tails[lo]) tails[lo] = x;
        }
        return tails.Count;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            [
                "longest_rising_chain",
                "longest_increasing",
                "longest_climb",
                "best_growth_chain",
                "longest_ascent",
            ],
            values=["values", "readings", "heights", "prices", "scores"],
        )
        p |= {
            "step": rng.choice([0, 1, 1, 2, 3]),
            "spread": rng.choice([10, 50, 1_000_000_000]),
            "framing": rng.choice(
                [
                    "An analyst looks for the longest stretch of growth hidden in a noisy series.",
                    "A climbing coach picks holds from a wall, always moving upward.",
                    "A collector keeps a subset of daily readings that must keep rising.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"step": (p["step"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, step = p["params"]["values"], p["step"]
        if step == 0:
            rule = (
                "is greater than or equal to the chosen element before it (the subsequence is non-decreasing)"
            )
        elif step == 1:
            rule = (
                "is strictly greater than the chosen element before it (the subsequence is strictly "
                "increasing)"
            )
        else:
            rule = (
                f"is at least {step} greater than the chosen element before it (if the previous chosen "
                f"value is v, the next one must be >= v + {step})"
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the length of the longest subsequence of "
            f"the integer list `{values}` in which every chosen element {rule}. A subsequence keeps the "
            "original order but may skip elements (it need not be contiguous); a single element is a "
            "subsequence of length 1 and an empty list gives 0. Values may be negative and up to 10^9 "
            "in magnitude; lists hold up to a few thousand elements, so aim for O(n log n). The input "
            "must not be modified."
        )
        return "Longest rising subsequence", statement, "Length of the longest rising subsequence."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        tails: list[int] = []
        for x in values:
            at = bisect.bisect_right(tails, x - p["step"])
            if at == len(tails):
                tails.append(x)
            else:
                tails[at] = min(tails[at], x)
        return len(tails)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        spread, step = p["spread"], p["step"]

        def draw(n: int, top: int) -> list[int]:
            return [rng.randint(-top, top) for _ in range(n)]

        big = 1_000_000_000
        noisy = [i * (step + 1) + rng.randint(-3, 3) for i in range(800)]
        cases: list[Case] = [([draw(rng.randint(6, 9), 6)], []) for _ in range(3)]
        cases += [
            ([draw(8, spread)], []),
            ([[]], ["empty"]),
            ([[7]], ["boundary"]),
            ([[4, 4, 4, 4]], ["boundary"]),
            ([[1, 1 + step]], ["boundary"]),
            ([[1, step, 1 + step, 2 + 2 * step]], ["boundary"]),
            ([[9, 7, 5, 3, 1]], ["boundary"]),
            ([[3, 1, 2, 2, 5, 4, 4, 8, 6, 9]], ["boundary"]),
            ([[-big, 0, big, -big + step, big - step]], ["boundary"]),
            ([[5, 6, 7, 1, 2, 3, 4]], ["boundary"]),
            ([draw(1000, spread)], ["large"]),
            ([noisy], ["large"]),
            ([[i // 3 for i in range(600)]], ["large"]),
        ]
        return cases
