"""Hard family: best total of houses on a circle when chosen houses must be a minimum distance apart.

It is hard because the circle breaks the plain linear DP: the solver must split on which house of
the first window (if any) is taken and run a gap-k DP on the remaining arc, in O(n * k).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


def _chain(values: list[int], lo: int, hi: int, gap: int) -> int:
    best: list[int] = []
    for j in range(hi - lo + 1):
        take = values[lo + j] + (best[j - gap] if j >= gap else 0)
        best.append(max(take, best[j - 1] if j >= 1 else 0))
    return best[-1] if best else 0


class HouseRobberCircle(Family):
    name = "house-robber-circle"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "circular")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{houses}}: list[int]) -> int:
    n = len({{houses}})

    def chain(lo: int, hi: int) -> int:
        best: list[int] = []
        for j in range(hi - lo + 1):
            take = {{houses}}[lo + j] + (best[j - {{spacing}}] if j >= {{spacing}} else 0)
            skip = best[j - 1] if j >= 1 else 0
            best.append(max(take, skip))
        return best[-1] if len(best) > 0 else 0

    result = chain({{spacing}} - 1, n - 1)
    for s in range(min({{spacing}} - 1, n)):
        result = max(result, {{houses}}[s] + chain(s + {{spacing}}, n - {{spacing}} + s))
    return result
""",
        Language.TYPESCRIPT: """export function {{fn}}({{houses}}: number[]): number {
  const n = {{houses}}.length;
  const chain = (lo: number, hi: number): number => {
    const best: number[] = [];
    for (let j = 0; j < hi - lo + 1; j++) {
      const take = {{houses}}[lo + j] + (j >= {{spacing}} ? best[j - {{spacing}}] : 0);
      const skip = j >= 1 ? best[j - 1] : 0;
      best.push(Math.max(take, skip));
    }
    return best.length > 0 ? best[best.length - 1] : 0;
  };
  let result = chain({{spacing}} - 1, n - 1);
  for (let s = 0; s < Math.min({{spacing}} - 1, n); s++) {
    result = Math.max(result, {{houses}}[s] + chain(s + {{spacing}}, n - {{spacing}} + s));
  }
  return result;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    private static long chain(List<Long> row, int lo, int hi, int gap) {
        List<Long> best = new ArrayList<>();
        for (int j = 0; j < hi - lo + 1; j++) {
            long take = row.get(lo + j) + (j >= gap ? best.get(j - gap) : 0);
            long skip = j >= 1 ? best.get(j - 1) : 0;
            best.add(Math.max(take, skip));
        }
        return best.size() > 0 ? best.get(best.size() - 1) : 0;
    }

    public static long {{fn}}(List<Long> {{houses}}) {
        int gap = (int) {{spacing}};
        int n = {{houses}}.size();
        long result = chain({{houses}}, gap - 1, n - 1, gap);
        for (int s = 0; s < Math.min(gap - 1, n); s++) {
            result = Math.max(result, {{houses}}.get(s) + chain({{houses}}, s + gap, n - gap + s, gap));
        }
        return result;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{houses}} []int) int {
	n := len({{houses}})
	chain := func(lo int, hi int) int {
		best := []int{}
		for j := 0; j < hi - lo + 1; j++ {
			take := {{houses}}[lo + j]
			if j >= {{spacing}} {
				take = take + best[j - {{spacing}}]
			}
			skip := 0
			if j >= 1 {
				skip = best[j - 1]
			}
			if take > skip {
				skip = take
			}
			best = append(best, skip)
		}
		if len(best) > 0 {
			return best[len(best) - 1]
		}
		return 0
	}
	result := chain({{spacing}} - 1, n - 1)
	for s := 0; s < {{spacing}} - 1 && s < n; s++ {
		candidate := {{houses}}[s] + chain(s + {{spacing}}, n - {{spacing}} + s)
		if candidate > result {
			result = candidate
		}
	}
	return result
}
""",
        Language.RUBY: """def {{fn}}({{houses}})
  n = {{houses}}.length
  chain = lambda do |lo, hi|
    best = []
    (0...(hi - lo + 1)).each do |j|
      take = {{houses}}[lo + j] + (j >= {{spacing}} ? best[j - {{spacing}}] : 0)
      skip = j >= 1 ? best[j - 1] : 0
      best.push([take, skip].max)
    end
    best.length > 0 ? best[-1] : 0
  end
  result = chain.call({{spacing}} - 1, n - 1)
  (0...[{{spacing}} - 1, n].min).each do |s|
    result = [result, {{houses}}[s] + chain.call(s + {{spacing}}, n - {{spacing}} + s)].max
  end
  result
end
""",
        Language.RUST: """pub fn {{fn}}({{houses}}: Vec<i64>) -> i64 {
    let n = {{houses}}.len() as i64;
    let chain = |lo: i64, hi: i64| -> i64 {
        let mut best: Vec<i64> = Vec::new();
        let mut j: i64 = 0;
        while j < hi - lo + 1 {
            let mut take = {{houses}}[(lo + j) as usize];
            if j >= {{spacing}} {
                take = take + best[(j - {{spacing}}) as usize];
            }
            let skip = if j >= 1 { best[(j - 1) as usize] } else { 0 };
            best.push(take.max(skip));
            j += 1;
        }
        if best.len() > 0 { best[best.len() - 1] } else { 0 }
    };
    let mut result = chain({{spacing}} - 1, n - 1);
    let mut s: i64 = 0;
    while s < {{spacing}} - 1 && s < n {
        result = result.max({{houses}}[s as usize] + chain(s + {{spacing}}, n - {{spacing}} + s));
        s += 1;
    }
    result
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    private static long Chain(List<long> row, int lo, int hi, int gap)
    {
        var best = new List<long>();
        for (int j = 0; j < hi - lo + 1; j++)
        {
            long take = row[lo + j] + (j >= gap ? best[j - gap] : 0);
            long skip = j >= 1 ? best[j - 1] : 0;
            best.Add(Math.Max(take, skip));
        }
        return best.Count > 0 ? best[best.Count - 1] : 0;
    }

    public static long {{fn}}(List<long> {{houses}})
    {
        int gap = (int){{spacing}};
        int n = {{houses}}.Count;
        long result = Chain({{houses}}, gap - 1, n - 1, gap);
        for (int s = 0; s < Math.Min(gap - 1, n); s++)
        {
            result = Math.Max(result, {{houses}}[s] + Chain({{houses}}, s + gap, n - gap + s, gap));
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["rob_circle", "best_haul", "max_loot", "circular_heist", "ring_harvest"],
            houses=["houses", "loot", "stash", "hoard", "amounts"],
        )
        p |= {
            "spacing": rng.choice([2, 3, 4]),
            "framing": rng.choice(
                [
                    "A burglar plans a night on a street that loops around a park.",
                    "A gardener harvests plants set out in a ring, but neighbours share roots.",
                    "A scheduler picks jobs on a round-robin wheel where nearby slots interfere.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"spacing": (p["spacing"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("houses", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        houses, k = p["params"]["houses"], p["spacing"]
        rule = (
            "no two chosen positions may be neighbours (distance at least 2)"
            if k == 2
            else f"every two chosen positions must be at distance at least {k}"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{houses}` lists the non-negative values of n "
            "positions standing on a circle, in order: position i is next to position i + 1, and the "
            "last position is next to the first. The distance between positions i and j is "
            "min(|i - j|, n - |i - j|). Choose any set of positions (possibly empty) in which "
            f"{rule}, and return the largest possible sum of their values. A single position can "
            "always be chosen on its own; an empty list gives 0. There are at most a few thousand "
            "positions and each value is at most 10^6."
        )
        return "Circular picking with spacing", statement, "Max sum of spaced-out picks on a circle."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        k, n = p["spacing"], len(values)
        result = _chain(values, k - 1, n - 1, k)
        for s in range(min(k - 1, n)):
            result = max(result, values[s] + _chain(values, s + k, n - k + s, k))
        return result

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        k = p["spacing"]

        def draw(n: int, high: int) -> list[int]:
            return [rng.randint(0, high) for _ in range(n)]

        ends = [9] + [1] * (2 * k - 2) + [9]
        cases: list[Case] = [([draw(rng.randint(5, 9), 30)], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[7]], ["boundary"]),
            ([[4, 6]], ["boundary"]),
            ([[0, 0, 0]], ["boundary"]),
            ([[5] + [1] * (k - 1) + [6]], ["boundary"]),
            ([[3] * k], ["boundary"]),
            ([[3] * (2 * k)], ["boundary"]),
            ([[3] * (2 * k + 1)], ["boundary"]),
            ([ends], ["boundary"]),
            ([[1, 8] + [1] * (k - 1) + [8, 1] + [1] * (k - 1)], ["boundary"]),
            ([[10] + [0] * (k - 1) + [4] + [0] * (k - 2) + [10]], ["boundary"]),
            ([draw(800, 1_000_000)], ["large"]),
            ([[(i * 37) % 101 for i in range(799)]], ["large"]),
        ]
        return cases
