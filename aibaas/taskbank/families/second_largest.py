"""Easy family: the k-th largest distinct value of a list (k = 2, the second largest, or 3), or null.

Easy: deduplicate and order; the edge cases are repeated maxima (distinct values count, not
positions), lists with fewer than k distinct values, and negative numbers.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class SecondLargest(Family):
    name = "second-largest"
    difficulty = Difficulty.EASY
    tags = ("collections", "sorting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> int | None:
    distinct = sorted(set({{values}}), reverse=True)
    if len(distinct) < {{rank}}:
        return None
    return distinct[{{rank}} - 1]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number | null {
  const distinct = Array.from(new Set({{values}})).sort((a, b) => b - a);
  if (distinct.length < {{rank}}) return null;
  return distinct[{{rank}} - 1];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Long {{fn}}(List<Long> {{values}}) {
        List<Long> distinct = new ArrayList<>(new TreeSet<>({{values}}));
        Collections.reverse(distinct);
        if (distinct.size() < {{rank}}) return null;
        return distinct.get((int) {{rank}} - 1);
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{values}} []int) *int {
	seen := map[int]bool{}
	distinct := []int{}
	for _, v := range {{values}} {
		if !seen[v] {
			seen[v] = true
			distinct = append(distinct, v)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(distinct)))
	if len(distinct) < {{rank}} {
		return nil
	}
	found := distinct[{{rank}} - 1]
	return &found
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  distinct = {{values}}.uniq.sort.reverse
  return nil if distinct.length < {{rank}}
  distinct[{{rank}} - 1]
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> Option<i64> {
    let mut distinct = {{values}}.clone();
    distinct.sort_by(|a, b| b.cmp(a));
    distinct.dedup();
    if distinct.len() < {{rank}} {
        return None;
    }
    Some(distinct[{{rank}} - 1])
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static long? {{fn}}(List<long> {{values}})
    {
        var distinct = {{values}}.Distinct().OrderByDescending(v => v).ToList();
        if (distinct.Count < {{rank}}) return null;
        return distinct[(int){{rank}} - 1];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["second_largest", "runner_up", "kth_largest", "silver_medal", "next_best"],
            values=["values", "scores", "prices", "heights", "readings"],
        )
        p |= {
            "rank": rng.choice([2, 2, 3]),
            "domain": rng.choice([(0, 9), (-20, 20), (-(10**12), 10**12)]),
            "framing": rng.choice(
                [
                    "A tournament table needs the score that earns a lower podium place.",
                    "A price tracker reports the runner-up prices of an item across shops.",
                    "A sensor dashboard shows a robust maximum that ignores the top readings.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"rank": (p["rank"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "optional[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, k = p["params"]["values"], p["rank"]
        which = "second" if k == 2 else "third"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the {which} largest distinct value of "
            f"`{values}`: order the distinct values (each value counted once, however often it occurs) "
            f"from largest to smallest and return the one at position {k} (1-based), so for "
            f"`[5, 5, 4, 3, 3, 1]` the answer is {[5, 4, 3][k - 1]}. Return null (no value) when "
            f"`{values}` has fewer than {k} distinct values, the empty list included. Values may be "
            "negative; they lie between -10^15 and 10^15. The input must not be modified."
        )
        return f"The {which} largest value", statement, f"The {which} largest distinct value, or null."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        distinct = sorted(set(values), reverse=True)
        return distinct[p["rank"] - 1] if len(distinct) >= p["rank"] else None

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        low, high = p["domain"]

        def draw(n: int) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        big = 10**15
        cases: list[Case] = [
            ([[3, 9, 7, 9, 1]], []),
            ([draw(rng.randint(5, 9))], []),
            ([draw(rng.randint(5, 9))], []),
            ([[]], ["empty"]),
            ([[4]], ["boundary"]),
            ([[6, 6, 6, 6]], ["boundary"]),
            ([[1, 2]], ["boundary"]),
            ([[2, 1, 2, 1]], ["boundary"]),
            ([[3, 1, 2]], ["boundary"]),
            ([[5, 5, 4, 4, 3, 3]], ["boundary"]),
            ([[-1, -3, -2, -3]], ["boundary"]),
            ([[big, -big, 0, big]], ["boundary"]),
            ([[7, 8, 9, 10, 11, 12]], ["boundary"]),
            ([draw(500)], ["large"]),
            ([[1] * 300 + [2] * 100], ["large"]),
        ]
        return cases
