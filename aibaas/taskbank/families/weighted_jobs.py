"""Hard family: weighted interval scheduling, the best total profit of compatible jobs.

Variants let a job start exactly when the previous one ends, forbid sharing an end point, or
demand a rest gap; the reference sorts by end (then start), and binary-searches the last
compatible job for an O(n log n) dynamic program, where tie order and the search bound are traps.
"""

from __future__ import annotations

import bisect
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class WeightedJobs(Family):
    name = "weighted-jobs"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "intervals", "binary-search")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{jobs}}: list[list[int]]) -> int:
    ordered = sorted({{jobs}}, key=lambda j: (j[1], j[0]))
    ends = [j[1] for j in ordered]
    best = [0] * (len(ordered) + 1)
    for i in range(len(ordered)):
        start, _, profit = ordered[i]
        limit = start - {{gap}}
        lo = 0
        hi = i
        while lo < hi:
            mid = (lo + hi) // 2
            if ends[mid] <= limit:
                lo = mid + 1
            else:
                hi = mid
        best[i + 1] = max(best[i], best[lo] + profit)
    return best[len(ordered)]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{jobs}}: number[][]): number {
  const ordered = [...{{jobs}}].sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  const best: number[] = new Array(ordered.length + 1).fill(0);
  for (let i = 0; i < ordered.length; i++) {
    const limit = ordered[i][0] - {{gap}};
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (ordered[mid][1] <= limit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    best[i + 1] = Math.max(best[i], best[lo] + ordered[i][2]);
  }
  return best[ordered.length];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<List<Long>> {{jobs}}) {
        List<long[]> ordered = new ArrayList<>();
        for (List<Long> j : {{jobs}}) ordered.add(new long[] {j.get(0), j.get(1), j.get(2)});
        ordered.sort((x, y) -> x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[0], y[0]));
        int n = ordered.size();
        long[] best = new long[n + 1];
        for (int i = 0; i < n; i++) {
            long limit = ordered.get(i)[0] - {{gap}};
            int lo = 0;
            int hi = i;
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (ordered.get(mid)[1] <= limit) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            best[i + 1] = Math.max(best[i], best[lo] + ordered.get(i)[2]);
        }
        return best[n];
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{jobs}} [][]int) int {
	ordered := make([][]int, len({{jobs}}))
	copy(ordered, {{jobs}})
	sort.Slice(ordered, func(a, b int) bool {
		if ordered[a][1] != ordered[b][1] {
			return ordered[a][1] < ordered[b][1]
		}
		return ordered[a][0] < ordered[b][0]
	})
	n := len(ordered)
	best := make([]int, n + 1)
	for i := 0; i < n; i++ {
		limit := ordered[i][0] - {{gap}}
		lo := 0
		hi := i
		for lo < hi {
			mid := (lo + hi) / 2
			if ordered[mid][1] <= limit {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		best[i + 1] = best[i]
		if best[lo] + ordered[i][2] > best[i + 1] {
			best[i + 1] = best[lo] + ordered[i][2]
		}
	}
	return best[n]
}
""",
        Language.RUBY: """def {{fn}}({{jobs}})
  ordered = {{jobs}}.sort_by { |j| [j[1], j[0]] }
  n = ordered.length
  best = Array.new(n + 1, 0)
  (0...n).each do |i|
    limit = ordered[i][0] - {{gap}}
    lo = 0
    hi = i
    while lo < hi
      mid = (lo + hi) / 2
      if ordered[mid][1] <= limit
        lo = mid + 1
      else
        hi = mid
      end
    end
    best[i + 1] = [best[i], best[lo] + ordered[i][2]].max
  end
  best[n]
end
""",
        Language.RUST: """pub fn {{fn}}({{jobs}}: Vec<Vec<i64>>) -> i64 {
    let mut ordered: Vec<(i64, i64, i64)> = {{jobs}}.iter().map(|j| (j[1], j[0], j[2])).collect();
    ordered.sort();
    let n = ordered.len();
    let mut best = vec![0i64; n + 1];
    for i in 0..n {
        let limit = ordered[i].1 - {{gap}};
        let mut lo = 0usize;
        let mut hi = i;
        while lo < hi {
            let mid = (lo + hi) / 2;
            if ordered[mid].0 <= limit {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        best[i + 1] = best[i].max(best[lo] + ordered[i].2);
    }
    best[n]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static long {{fn}}(List<List<long>> {{jobs}})
    {
        var ordered = {{jobs}}.OrderBy(j => j[1]).ThenBy(j => j[0]).ToList();
        int n = ordered.Count;
        var best = new long[n + 1];
        for (int i = 0; i < n; i++)
        {
            long limit = ordered[i][0] - {{gap}};
            int lo = 0;
            int hi = i;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (ordered[mid][1] <= limit) lo = mid + 1;
                else hi = mid;
            }
            best[i + 1] = Math.Max(best[i], best[lo] + ordered[i][2]);
        }
        return best[n];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["max_profit", "best_schedule", "job_profit", "max_earnings", "plan_gigs"],
            jobs=["jobs", "offers", "gigs", "contracts", "requests"],
        )
        p |= {
            "gap": rng.choice([0, 1, 2, 5]),
            "scale": rng.choice([30, 1000, 1_000_000_000]),
            "framing": rng.choice(
                [
                    "A freelancer chooses which contracts to accept; contracts cannot run in parallel.",
                    "A rental company decides which bookings of its single car to accept.",
                    "A radio telescope sells observation windows and can serve one at a time.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"gap": (p["gap"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("jobs", "list[list[int]]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        jobs, gap = p["params"]["jobs"], p["gap"]
        if gap == 0:
            rule = "a job may start exactly when the previous one ends (next start >= previous end)"
        elif gap == 1:
            rule = (
                "jobs occupy closed time ranges, so a job may not start at the very time the previous "
                "one ends (next start > previous end)"
            )
        else:
            rule = f"at least {gap} time units must separate two jobs (next start >= previous end + {gap})"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. Each element of `{jobs}` is a triple "
            "`[start, end, profit]` of integers with start <= end and profit >= 1; zero-length jobs "
            "(start == end) are allowed and follow the same rule. Choose a set of jobs that can be put "
            f"in an order in which each job respects the previous one: {rule}. Return the largest "
            "total profit of such a set (0 when there are no jobs). Times may be negative and up to "
            "10^9 in magnitude, profits are at most 10^6, and there are up to 10^5 jobs, so aim for "
            "O(n log n)."
        )
        return "Weighted job scheduling", statement, "Maximum profit of compatible jobs."

    def solve(self, p: Params, *args: Any) -> Any:
        (jobs,) = args
        ordered = sorted(jobs, key=lambda j: (j[1], j[0]))
        ends = [j[1] for j in ordered]
        best = [0]
        for i, (start, _, profit) in enumerate(ordered):
            fits = bisect.bisect_right(ends, start - p["gap"], 0, i)
            best.append(max(best[-1], best[fits] + profit))
        return best[-1]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        scale, gap = p["scale"], p["gap"]
        step = max(1, scale // 20)

        def draw(n: int, top: int) -> list[list[int]]:
            out = []
            for _ in range(n):
                a = rng.randint(-scale, scale)
                out.append([a, a + rng.randint(0, 5) * step, rng.randint(1, top)])
            return out

        big = 1_000_000_000
        chain = [[i * (gap + 3), i * (gap + 3) + 3, 1 + i % 7] for i in range(200)]
        cases: list[Case] = [([draw(rng.randint(5, 8), 20)], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[[4, 9, 7]]], ["boundary"]),
            ([[[1, 3, 5], [3, 5, 6]]], ["boundary"]),
            ([[[1, 3, 5], [3 + gap, 6, 6]]], ["boundary"]),
            ([[[1, 3, 5], [2 + gap, 6, 6]]], ["boundary"]),
            ([[[0, 10, 10], [0, 4, 6], [4 + gap, 10, 6]]], ["boundary"]),
            ([[[0, 10, 13], [0, 4, 6], [4 + gap, 10, 6]]], ["boundary"]),
            ([[[5, 5, 4], [2, 5, 3], [5 + gap, 9, 2]]], ["boundary"]),
            ([[[2, 2, 1], [2, 2, 1], [2, 2, 1]]], ["boundary"]),
            ([[[-big, big, 1_000_000], [-big, 0, 999_999], [big, big, 3]]], ["boundary"]),
            ([draw(300, 1_000_000)], ["large"]),
            ([chain], ["large"]),
        ]
        return cases
