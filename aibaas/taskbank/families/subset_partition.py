"""Hard family: split values into two groups whose sums are as close as possible.

Variants preload the first group with a fixed weight, so the target is no longer half the sum;
the reference marks every reachable subset sum (a 0/1 dynamic program over sums, swept downward)
and scans them for the best balance, which exhaustive search over subsets cannot match.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class SubsetPartition(Family):
    name = "subset-partition"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "subset-sum")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> int:
    total = sum({{values}})
    reach = [False] * (total + 1)
    reach[0] = True
    upto = 0
    for v in {{values}}:
        upto += v
        for t in range(upto, v - 1, -1):
            if reach[t - v]:
                reach[t] = True
    best = -1
    for t in range(total + 1):
        if reach[t]:
            gap = abs(2 * t + {{preload}} - total)
            if best < 0 or gap < best:
                best = gap
    return best
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number {
  let total = 0;
  for (const v of {{values}}) total += v;
  const reach: boolean[] = new Array(total + 1).fill(false);
  reach[0] = true;
  let upto = 0;
  for (const v of {{values}}) {
    upto += v;
    for (let t = upto; t >= v; t--) {
      if (reach[t - v]) reach[t] = true;
    }
  }
  let best = -1;
  for (let t = 0; t <= total; t++) {
    if (reach[t]) {
      const gap = Math.abs(2 * t + {{preload}} - total);
      if (best < 0 || gap < best) best = gap;
    }
  }
  return best;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{values}}) {
        int total = 0;
        for (long v : {{values}}) total += (int) v;
        boolean[] reach = new boolean[total + 1];
        reach[0] = true;
        int upto = 0;
        for (long item : {{values}}) {
            int v = (int) item;
            upto += v;
            for (int t = upto; t >= v; t--) {
                if (reach[t - v]) reach[t] = true;
            }
        }
        long best = -1;
        for (int t = 0; t <= total; t++) {
            if (reach[t]) {
                long gap = Math.abs(2L * t + {{preload}} - total);
                if (best < 0 || gap < best) best = gap;
            }
        }
        return best;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) int {
	total := 0
	for _, v := range {{values}} {
		total += v
	}
	reach := make([]bool, total + 1)
	reach[0] = true
	upto := 0
	for _, v := range {{values}} {
		upto += v
		for t := upto; t >= v; t-- {
			if reach[t - v] {
				reach[t] = true
			}
		}
	}
	best := -1
	for t := 0; t <= total; t++ {
		if reach[t] {
			gap := 2 * t + {{preload}} - total
			if gap < 0 {
				gap = -gap
			}
			if best < 0 || gap < best {
				best = gap
			}
		}
	}
	return best
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  total = {{values}}.sum
  reach = Array.new(total + 1, false)
  reach[0] = true
  upto = 0
  {{values}}.each do |v|
    upto += v
    upto.downto(v) do |t|
      reach[t] = true if reach[t - v]
    end
  end
  best = -1
  (0..total).each do |t|
    next unless reach[t]
    gap = (2 * t + {{preload}} - total).abs
    best = gap if best < 0 || gap < best
  end
  best
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> i64 {
    let total: i64 = {{values}}.iter().sum();
    let mut reach = vec![false; total as usize + 1];
    reach[0] = true;
    let mut upto = 0usize;
    for &item in {{values}}.iter() {
        let v = item as usize;
        upto += v;
        let mut t = upto;
        while t >= v {
            if reach[t - v] {
                reach[t] = true;
            }
            if t == 0 {
                break;
            }
            t -= 1;
        }
    }
    let mut best = -1i64;
    for t in 0..total + 1 {
        if reach[t as usize] {
            let gap = (2 * t + {{preload}} - total).abs();
            if best < 0 || gap < best {
                best = gap;
            }
        }
    }
    best
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{values}})
    {
        int total = 0;
        foreach (long v in {{values}}) total += (int)v;
        var reach = new bool[total + 1];
        reach[0] = true;
        int upto = 0;
        foreach (long item in {{values}})
        {
            int v = (int)item;
            upto += v;
            for (int t = upto; t >= v; t--)
            {
                if (reach[t - v]) reach[t] = true;
            }
        }
        long best = -1;
        for (int t = 0; t <= total; t++)
        {
            if (reach[t])
            {
                long gap = Math.Abs(2L * t + {{preload}} - total);
                if (best < 0 || gap < best) best = gap;
            }
        }
        return best;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["min_partition_gap", "balance_groups", "split_evenly", "fair_split", "min_load_gap"],
            values=["values", "weights", "loads", "parcels", "sizes"],
        )
        p |= {
            "preload": rng.choice([0, 0, 3, 10]),
            "framing": rng.choice(
                [
                    "Two trucks share a delivery of parcels and should be loaded as evenly as possible.",
                    "A teacher splits students' project points into two teams of equal strength.",
                    "A server farm balances jobs of known cost over two machines.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"preload": (p["preload"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, preload = p["params"]["values"], p["preload"]
        if preload:
            goal = (
                f"Group A already holds a fixed load of {preload} before any value is added. Return the "
                f"smallest possible |({preload} + sum of group A) - (sum of group B)|"
            )
        else:
            goal = "Return the smallest possible |sum of group A - sum of group B|"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. Every element of `{values}` (non-negative integers, "
            "possibly repeated) must be put into exactly one of two groups, A or B; a group may end up "
            f"empty, and the sum of an empty group is 0. {goal}. An empty list leaves both groups "
            "empty. There are up to 100 values of at most 500 each, so an exhaustive search over "
            "subsets is too slow; use dynamic programming over the reachable sums."
        )
        return "Balanced partition", statement, "Smallest difference between two group sums."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        total = sum(values)
        reach = 1
        for v in values:
            reach |= reach << v
        sums = [t for t in range(total + 1) if reach >> t & 1]
        return min(abs(2 * t + p["preload"] - total) for t in sums)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        preload = p["preload"]

        def draw(n: int, top: int) -> list[int]:
            return [rng.randint(0, top) for _ in range(n)]

        cases: list[Case] = [([draw(rng.randint(3, 6), 20)], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[0, 0]], ["empty"]),
            ([[7]], ["boundary"]),
            ([[5, 5]], ["boundary"]),
            ([[1, 2]], ["boundary"]),
            ([[3, 1, 1, 2, 2, 1]], ["boundary"]),
            ([[preload + 4, 4]], ["boundary"]),
            ([[preload, 1, 1]], ["boundary"]),
            ([[10, 20, 15, 5, 25]], ["boundary"]),
            ([[100, 1, 1, 1]], ["boundary"]),
            ([draw(50, 200)], ["large"]),
            ([[rng.choice([97, 193, 389]) for _ in range(40)] + [1]], ["large"]),
        ]
        return cases
