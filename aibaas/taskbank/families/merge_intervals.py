"""Hard family: merge integer intervals given in any order and orientation (sorting + sweep)."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MergeIntervals(Family):
    name = "merge-intervals"
    difficulty = Difficulty.HARD
    tags = ("intervals", "sorting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{spans}}: list[list[int]]) -> list[list[int]]:
    ordered = sorted([min(a, b), max(a, b)] for a, b in {{spans}})
    merged: list[list[int]] = []
    for start, end in ordered:
        if len(merged) > 0 and start <= merged[-1][1] + {{gap}}:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
""",
        Language.TYPESCRIPT: """export function {{fn}}({{spans}}: number[][]): number[][] {
  const ordered = {{spans}}
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: number[][] = [];
  for (const [start, end] of ordered) {
    const last = merged[merged.length - 1];
    if (merged.length > 0 && start <= last[1] + {{gap}}) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<List<Long>> {{fn}}(List<List<Long>> {{spans}}) {
        List<long[]> ordered = new ArrayList<>();
        for (List<Long> span : {{spans}}) {
            long a = span.get(0), b = span.get(1);
            ordered.add(new long[] {Math.min(a, b), Math.max(a, b)});
        }
        ordered.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        List<long[]> merged = new ArrayList<>();
        for (long[] span : ordered) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1] + {{gap}}) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(new long[] {span[0], span[1]});
            }
        }
        List<List<Long>> out = new ArrayList<>();
        for (long[] span : merged) out.add(new ArrayList<>(List.of(span[0], span[1])));
        return out;
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{spans}} [][]int) [][]int {
	ordered := [][]int{}
	for _, span := range {{spans}} {
		a, b := span[0], span[1]
		if a > b {
			a, b = b, a
		}
		ordered = append(ordered, []int{a, b})
	}
	sort.Slice(ordered, func(i, j int) bool {
		if ordered[i][0] != ordered[j][0] {
			return ordered[i][0] < ordered[j][0]
		}
		return ordered[i][1] < ordered[j][1]
	})
	merged := [][]int{}
	for _, span := range ordered {
		last := len(merged) - 1
		if last >= 0 && span[0] <= merged[last][1] + {{gap}} {
			if span[1] > merged[last][1] {
				merged[last][1] = span[1]
			}
		} else {
			merged = append(merged, []int{span[0], span[1]})
		}
	}
	return merged
}
""",
        Language.RUBY: """def {{fn}}({{spans}})
  ordered = {{spans}}.map { |a, b| [[a, b].min, [a, b].max] }.sort
  merged = []
  ordered.each do |start, finish|
    if merged.length > 0 && start <= merged[-1][1] + {{gap}}
      merged[-1][1] = [merged[-1][1], finish].max
    else
      merged.push([start, finish])
    end
  end
  merged
end
""",
        Language.RUST: """pub fn {{fn}}({{spans}}: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let mut ordered: Vec<(i64, i64)> = {{spans}}
        .iter()
        .map(|span| (span[0].min(span[1]), span[0].max(span[1])))
        .collect();
    ordered.sort();
    let mut merged: Vec<Vec<i64>> = Vec::new();
    for (start, end) in ordered {
        match merged.last_mut() {
            Some(last) if start <= last[1] + {{gap}} => last[1] = last[1].max(end),
            _ => merged.push(vec![start, end]),
        }
    }
    merged
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static List<List<long>> {{fn}}(List<List<long>> {{spans}})
    {
        var ordered = {{spans}}
            .Select(s => new long[] { Math.Min(s[0], s[1]), Math.Max(s[0], s[1]) })
            .OrderBy(s => s[0]).ThenBy(s => s[1])
            .ToList();
        var merged = new List<List<long>>();
        foreach (var span in ordered)
        {
            int last = merged.Count - 1;
            if (last >= 0 && span[0] <= merged[last][1] + {{gap}})
            {
                merged[last][1] = Math.Max(merged[last][1], span[1]);
            }
            else
            {
                merged.Add(new List<long> { span[0], span[1] });
            }
        }
        return merged;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["merge_intervals", "coalesce_ranges", "union_spans", "merge_bookings", "collapse_ranges"],
            spans=["spans", "ranges", "intervals", "bookings", "blocks"],
        )
        p |= {
            "gap": rng.choice([0, 1, 5]),
            "scale": rng.choice([20, 100, 1_000_000_000]),
            "framing": rng.choice(
                [
                    "A calendar shows busy periods collected from several devices.",
                    "A disk allocator reports the used block ranges.",
                    "A genome browser draws the covered regions of a chromosome.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"gap": (p["gap"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("spans", "list[list[int]]")], "list[list[int]]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        spans = p["params"]["spans"]
        rule = {
            0: "when they overlap or touch (the next one starts at or before the end of the current one)",
            1: "when they overlap or are adjacent integer ranges (the next one starts at most 1 after "
            "the end of the current one)",
            5: "when the gap between them is at most 5 (the next one starts at most 5 after the end of "
            "the current one)",
        }[p["gap"]]
        statement = (
            f"{p['framing']} Write `{p['fn']}`. Each element of `{spans}` is a pair `[a, b]` of "
            "integers naming the closed interval between them; the pair may be given in either "
            "order (`[7, 3]` is the interval from 3 to 7) and intervals come in any order. Merge "
            f"intervals {rule}, repeatedly, until no two results can be merged. Return the merged "
            "intervals as `[start, end]` pairs with start <= end, sorted by start. Coordinates may "
            "be negative and as large as 10^9 in magnitude. The input must not be modified."
        )
        return "Merge intervals", statement, "Merge overlapping intervals."

    def solve(self, p: Params, *args: Any) -> Any:
        (spans,) = args
        merged: list[list[int]] = []
        for start, end in sorted([min(a, b), max(a, b)] for a, b in spans):
            if merged and start <= merged[-1][1] + p["gap"]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        scale, gap = p["scale"], p["gap"]
        step = max(1, scale // 20)

        def span() -> list[int]:
            a = rng.randint(-scale, scale)
            b = a + rng.randint(0, 4) * step
            return [a, b] if rng.random() < 0.7 else [b, a]

        def draw(n: int) -> list[list[int]]:
            return [span() for _ in range(n)]

        big = 1_000_000_000
        cases: list[Case] = [([draw(rng.randint(3, 6))], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[[5, 5]]], ["boundary"]),
            ([[[1, 3], [3 + gap, 9]]], ["boundary"]),
            ([[[1, 3], [4 + gap, 9]]], ["boundary"]),
            ([[[9, 1], [2, 3], [0, 0]]], ["boundary"]),
            ([[[4, 8], [1, 10], [2, 3], [10 + gap, 12]]], ["boundary"]),
            ([[[-big, -big + 1], [big, big - 1], [0, 0]]], ["boundary"]),
            ([draw(600)], ["large"]),
            ([[[i * (gap + 2), i * (gap + 2) + 1] for i in range(400)]], ["large"]),
        ]
        return cases
