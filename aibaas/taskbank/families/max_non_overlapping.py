"""Hard family: the largest number of pairwise compatible intervals (greedy by end point).

Variants treat intervals as half-open (touching allowed), closed (sharing a point is an overlap)
or require a rest gap between consecutive chosen intervals; the reference sorts by end and takes
every interval that starts late enough, so the compatibility boundary is the whole difficulty.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MaxNonOverlapping(Family):
    name = "max-non-overlapping"
    difficulty = Difficulty.HARD
    tags = ("intervals", "greedy", "sorting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{spans}}: list[list[int]]) -> int:
    ordered = sorted({{spans}}, key=lambda s: (s[1], s[0]))
    chosen = 0
    last = 0
    for start, finish in ordered:
        if chosen == 0 or start >= last + {{gap}}:
            chosen += 1
            last = finish
    return chosen
""",
        Language.TYPESCRIPT: """export function {{fn}}({{spans}}: number[][]): number {
  const ordered = [...{{spans}}].sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  let chosen = 0;
  let last = 0;
  for (const [start, finish] of ordered) {
    if (chosen === 0 || start >= last + {{gap}}) {
      chosen += 1;
      last = finish;
    }
  }
  return chosen;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<List<Long>> {{spans}}) {
        List<long[]> ordered = new ArrayList<>();
        for (List<Long> s : {{spans}}) ordered.add(new long[] {s.get(0), s.get(1)});
        ordered.sort((x, y) -> x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[0], y[0]));
        long chosen = 0;
        long last = 0;
        for (long[] s : ordered) {
            if (chosen == 0 || s[0] >= last + {{gap}}) {
                chosen += 1;
                last = s[1];
            }
        }
        return chosen;
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{spans}} [][]int) int {
	ordered := make([][]int, len({{spans}}))
	copy(ordered, {{spans}})
	sort.Slice(ordered, func(i, j int) bool {
		if ordered[i][1] != ordered[j][1] {
			return ordered[i][1] < ordered[j][1]
		}
		return ordered[i][0] < ordered[j][0]
	})
	chosen := 0
	last := 0
	for _, s := range ordered {
		if chosen == 0 || s[0] >= last + {{gap}} {
			chosen += 1
			last = s[1]
		}
	}
	return chosen
}
""",
        Language.RUBY: """def {{fn}}({{spans}})
  ordered = {{spans}}.sort_by { |s| [s[1], s[0]] }
  chosen = 0
  last = 0
  ordered.each do |start, finish|
    if chosen == 0 || start >= last + {{gap}}
      chosen += 1
      last = finish
    end
  end
  chosen
end
""",
        Language.RUST: """pub fn {{fn}}({{spans}}: Vec<Vec<i64>>) -> i64 {
    let mut ordered: Vec<(i64, i64)> = {{spans}}.iter().map(|s| (s[0], s[1])).collect();
    ordered.sort_by_key(|s| (s.1, s.0));
    let mut chosen = 0i64;
    let mut last = 0i64;
    for (start, finish) in ordered {
        if chosen == 0 || start >= last + {{gap}} {
            chosen += 1;
            last = finish;
        }
    }
    chosen
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static long {{fn}}(List<List<long>> {{spans}})
    {
        var ordered = {{spans}}.OrderBy(s => s[1]).ThenBy(s => s[0]).ToList();
        long chosen = 0;
        long last = 0;
        foreach (var s in ordered)
        {
            if (chosen == 0 || s[0] >= last + {{gap}})
            {
                chosen += 1;
                last = s[1];
            }
        }
        return chosen;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["max_non_overlapping", "most_bookings", "max_compatible", "pick_most_slots", "max_disjoint"],
            spans=["intervals", "meetings", "bookings", "slots", "spans"],
        )
        p |= {
            "gap": rng.choice([0, 1, 2, 5]),
            "scale": rng.choice([30, 1000, 1_000_000_000]),
            "framing": rng.choice(
                [
                    "A conference room can host one meeting at a time; as many as possible should happen.",
                    "A telescope can observe one target at a time and wants to observe the most targets.",
                    "A single machine accepts as many of the requested jobs as it can.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"gap": (p["gap"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("spans", "list[list[int]]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        spans, gap = p["params"]["spans"], p["gap"]
        if gap == 0:
            rule = (
                "Intervals are half-open, `[start, end)`: one may start exactly when the previous one "
                "ends. Formally, the chosen intervals can be put in an order in which each starts at or "
                "after the end of the one before it (next start >= previous end)"
            )
        elif gap == 1:
            rule = (
                "Intervals are closed, `[start, end]`: two chosen intervals must not share even a single "
                "point, so one that starts exactly where another ends conflicts with it. Formally, the "
                "chosen intervals can be put in an order in which each starts strictly after the end "
                "of the one before it (next start > previous end)"
            )
        else:
            rule = (
                f"Consecutive chosen intervals need a rest of at least {gap} time units between them. "
                "Formally, the chosen intervals can be put in an order in which each starts at least "
                f"{gap} after the end of the one before it (next start >= previous end + {gap})"
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. Each element of `{spans}` is a pair `[start, end]` of "
            "integers with start <= end (zero-length intervals such as `[5, 5]` are allowed and "
            "follow the same rule); the pairs come in any order and may repeat. "
            f"Choose as many intervals as possible. {rule}. Return how many "
            "intervals can be chosen (0 for an empty list). Coordinates may be negative and up to 10^9 "
            "in magnitude; there are up to 10^5 intervals, so aim for O(n log n)."
        )
        return "Maximum non-overlapping intervals", statement, "Most intervals that can be chosen."

    def solve(self, p: Params, *args: Any) -> Any:
        (spans,) = args
        chosen: list[list[int]] = []
        for start, end in sorted(spans, key=lambda s: (s[1], s[0])):
            if not chosen or start >= chosen[-1][1] + p["gap"]:
                chosen.append([start, end])
        return len(chosen)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        scale, gap = p["scale"], p["gap"]
        step = max(1, scale // 20)

        def draw(n: int) -> list[list[int]]:
            out = []
            for _ in range(n):
                a = rng.randint(-scale, scale)
                out.append([a, a + rng.randint(0, 5) * step])
            return out

        big = 1_000_000_000
        cases: list[Case] = [([draw(rng.randint(5, 8))], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[[4, 9]]], ["boundary"]),
            ([[[1, 3], [3, 5]]], ["boundary"]),
            ([[[1, 3], [3 + gap, 6]]], ["boundary"]),
            ([[[1, 3], [2 + gap, 6]]], ["boundary"]),
            ([[[3 + gap, 6], [1, 3], [6 + gap, 6 + gap]]], ["boundary"]),
            ([[[0, 10], [1, 2], [3, 4], [5, 6], [7, 8]]], ["boundary"]),
            ([[[2, 2], [2, 2], [2, 2]]], ["boundary"]),
            ([[[5, 5], [2, 5], [5, 9]]], ["boundary"]),
            ([[[5, 8], [5, 8], [1, 4]]], ["boundary"]),
            ([[[-big, big], [-big, -big], [big, big]]], ["boundary"]),
            ([draw(400)], ["large"]),
            ([[[i * (gap + 3), i * (gap + 3) + 3] for i in range(250)]], ["large"]),
        ]
        return cases
