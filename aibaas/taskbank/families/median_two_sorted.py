"""Hard family: the median of two sorted lists together, by binary search over the partition (O(log n)).

It is hard because the expected solution does not merge: it binary-searches how many of the
smallest elements come from each list, with careful handling of empty lists, duplicates and the
variant's rule for an even total.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

RULES = {
    0: "the average of the two middle values",
    1: "the smaller of the two middle values (the lower median)",
    2: "the larger of the two middle values (the upper median)",
}


class MedianTwoSorted(Family):
    name = "median-two-sorted"
    difficulty = Difficulty.HARD
    tags = ("binary-search", "arrays")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{first}}: list[int], {{second}}: list[int]) -> float:
    a = {{first}}
    b = {{second}}
    total = len(a) + len(b)
    if total == 0:
        return 0.0

    def kth(k: int) -> int:
        take = k + 1
        lo = max(0, take - len(b))
        hi = min(take, len(a))
        while lo < hi:
            i = (lo + hi) // 2
            if a[i] < b[take - i - 1]:
                lo = i + 1
            else:
                hi = i
        j = take - lo
        if lo == 0:
            return b[j - 1]
        if j == 0:
            return a[lo - 1]
        return max(a[lo - 1], b[j - 1])

    low = kth((total - 1) // 2)
    high = kth(total // 2)
    if {{mode}} == 1:
        return float(low)
    if {{mode}} == 2:
        return float(high)
    return (low + high) / 2
""",
        Language.TYPESCRIPT: """export function {{fn}}({{first}}: number[], {{second}}: number[]): number {
  const a = {{first}};
  const b = {{second}};
  const total = a.length + b.length;
  if (total === 0) return 0;
  const kth = (k: number): number => {
    const take = k + 1;
    let lo = Math.max(0, take - b.length);
    let hi = Math.min(take, a.length);
    while (lo < hi) {
      const i = Math.floor((lo + hi) / 2);
      if (a[i] < b[take - i - 1]) lo = i + 1;
      else hi = i;
    }
    const j = take - lo;
    if (lo === 0) return b[j - 1];
    if (j === 0) return a[lo - 1];
    return Math.max(a[lo - 1], b[j - 1]);
  };
  const low = kth(Math.floor((total - 1) / 2));
  const high = kth(Math.floor(total / 2));
  const mode: number = {{mode}};
  if (mode === 1) return low;
  if (mode === 2) return high;
  return (low + high) / 2;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    private static long kth(List<Long> a, List<Long> b, int k) {
        int take = k + 1;
        int lo = Math.max(0, take - b.size());
        int hi = Math.min(take, a.size());
        while (lo < hi) {
            int i = (lo + hi) / 2;
            if (a.get(i) < b.get(take - i - 1)) lo = i + 1;
            else hi = i;
        }
        int j = take - lo;
        if (lo == 0) return b.get(j - 1);
        if (j == 0) return a.get(lo - 1);
        return Math.max(a.get(lo - 1), b.get(j - 1));
    }

    public static double {{fn}}(List<Long> {{first}}, List<Long> {{second}}) {
        int total = {{first}}.size() + {{second}}.size();
        if (total == 0) return 0.0;
        long low = kth({{first}}, {{second}}, (total - 1) / 2);
        long high = kth({{first}}, {{second}}, total / 2);
        long mode = {{mode}};
        if (mode == 1) return low;
        if (mode == 2) return high;
        return (low + high) / 2.0;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{first}} []int, {{second}} []int) float64 {
	a, b := {{first}}, {{second}}
	total := len(a) + len(b)
	if total == 0 {
		return 0
	}
	kth := func(k int) int {
		take := k + 1
		lo, hi := 0, take
		if take - len(b) > lo {
			lo = take - len(b)
		}
		if len(a) < hi {
			hi = len(a)
		}
		for lo < hi {
			i := (lo + hi) / 2
			if a[i] < b[take - i - 1] {
				lo = i + 1
			} else {
				hi = i
			}
		}
		j := take - lo
		if lo == 0 {
			return b[j - 1]
		}
		if j == 0 || a[lo - 1] > b[j - 1] {
			return a[lo - 1]
		}
		return b[j - 1]
	}
	low := kth((total - 1) / 2)
	high := kth(total / 2)
	mode := {{mode}}
	if mode == 1 {
		return float64(low)
	}
	if mode == 2 {
		return float64(high)
	}
	return float64(low + high) / 2
}
""",
        Language.RUBY: """def {{fn}}({{first}}, {{second}})
  a = {{first}}
  b = {{second}}
  total = a.length + b.length
  return 0.0 if total == 0
  kth = lambda do |k|
    take = k + 1
    lo = [0, take - b.length].max
    hi = [take, a.length].min
    while lo < hi
      i = (lo + hi) / 2
      if a[i] < b[take - i - 1]
        lo = i + 1
      else
        hi = i
      end
    end
    j = take - lo
    next b[j - 1] if lo == 0
    next a[lo - 1] if j == 0
    [a[lo - 1], b[j - 1]].max
  end
  low = kth.call((total - 1) / 2)
  high = kth.call(total / 2)
  return low.to_f if {{mode}} == 1
  return high.to_f if {{mode}} == 2
  (low + high) / 2.0
end
""",
        Language.RUST: """fn kth(a: &Vec<i64>, b: &Vec<i64>, k: usize) -> i64 {
    let take = k + 1;
    let mut lo = if take > b.len() { take - b.len() } else { 0 };
    let mut hi = take.min(a.len());
    while lo < hi {
        let i = (lo + hi) / 2;
        if a[i] < b[take - i - 1] {
            lo = i + 1;
        } else {
            hi = i;
        }
    }
    let j = take - lo;
    if lo == 0 {
        return b[j - 1];
    }
    if j == 0 {
        return a[lo - 1];
    }
    a[lo - 1].max(b[j - 1])
}

pub fn {{fn}}({{first}}: Vec<i64>, {{second}}: Vec<i64>) -> f64 {
    let total = {{first}}.len() + {{second}}.len();
    if total == 0 {
        return 0.0;
    }
    let low = kth(&{{first}}, &{{second}}, (total - 1) / 2);
    let high = kth(&{{first}}, &{{second}}, total / 2);
    let mode: i64 = {{mode}};
    if mode == 1 {
        return low as f64;
    }
    if mode == 2 {
        return high as f64;
    }
    (low + high) as f64 / 2.0
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    private static long Kth(List<long> a, List<long> b, int k)
    {
        int take = k + 1;
        int lo = Math.Max(0, take - b.Count);
        int hi = Math.Min(take, a.Count);
        while (lo < hi)
        {
            int i = (lo + hi) / 2;
            if (a[i] < b[take - i - 1]) lo = i + 1;
            else hi = i;
        }
        int j = take - lo;
        if (lo == 0) return b[j - 1];
        if (j == 0) return a[lo - 1];
        return Math.Max(a[lo - 1], b[j - 1]);
    }

    public static double {{fn}}(List<long> {{first}}, List<long> {{second}})
    {
        int total = {{first}}.Count + {{second}}.Count;
        if (total == 0) return 0.0;
        long low = Kth({{first}}, {{second}}, (total - 1) / 2);
        long high = Kth({{first}}, {{second}}, total / 2);
        long mode = {{mode}};
        if (mode == 1) return low;
        if (mode == 2) return high;
        return (low + high) / 2.0;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["combined_median", "median_of_two", "merged_middle", "joint_median", "middle_value"],
            first=["first", "left", "morning", "north", "old_scores"],
            second=["second", "right", "evening", "south", "new_scores"],
        )
        p |= {
            "mode": rng.choice([0, 1, 2]),
            "scale": rng.choice([50, 1000, 1_000_000_000]),
            "framing": rng.choice(
                [
                    "Two sensors report sorted readings and a dashboard shows their joint median.",
                    "Two shards of a database each return their values in sorted order.",
                    "Two judges' sorted score sheets are combined into one median score.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"mode": (p["mode"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("first", "list[int]"), ("second", "list[int]")], "float")

    def statement(self, p: Params) -> tuple[str, str, str]:
        first, second = p["params"]["first"], p["params"]["second"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{first}` and `{second}` are each sorted in "
            "non-decreasing order (values may repeat and may be negative, with magnitude at most "
            "10^9; either list may be empty). Consider all their elements together as one sorted "
            "list of length t. Return its median as a float: the middle value when t is odd; when t "
            f"is even, {RULES[p['mode']]}. When both lists are empty, return 0.0. The lists may hold "
            "many thousands of elements: aim for O(log(t)) time (binary search), not a merge."
        )
        return "Median of two sorted lists", statement, "The median of two sorted lists together."

    def solve(self, p: Params, *args: Any) -> Any:
        first, second = args
        merged = sorted(first + second)
        t = len(merged)
        if t == 0:
            return 0.0
        low, high = merged[(t - 1) // 2], merged[t // 2]
        return float(low) if p["mode"] == 1 else float(high) if p["mode"] == 2 else (low + high) / 2

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        scale = p["scale"]

        def draw(n: int) -> list[int]:
            return sorted(rng.randint(-scale, scale) for _ in range(n))

        big = 1_000_000_000
        cases: list[Case] = [([draw(rng.randint(2, 5)), draw(rng.randint(1, 5))], []) for _ in range(4)]
        cases += [
            ([[], []], ["empty"]),
            ([[], [4]], ["empty"]),
            ([[3], []], ["empty"]),
            ([[], [1, 2]], ["empty"]),
            ([[1, 3], []], ["empty"]),
            ([[1], [2]], ["boundary"]),
            ([[2], [1]], ["boundary"]),
            ([[1, 2], [3, 4]], ["boundary"]),
            ([[3, 4], [1, 2]], ["boundary"]),
            ([[1, 3], [2]], ["boundary"]),
            ([[5, 5, 5], [5, 5]], ["boundary"]),
            ([[1, 2, 3, 4, 5, 6], [7]], ["boundary"]),
            ([[7], [1, 2, 3, 4, 5, 6]], ["boundary"]),
            ([[-big, big], [-big, big]], ["boundary"]),
            ([[-5, -3, 0, 8], [-4, 1, 9, 10]], ["boundary"]),
            ([draw(700), draw(650)], ["large"]),
            ([draw(900), draw(3)], ["large"]),
            ([list(range(0, 1600, 2)), list(range(1, 1200, 2))], ["large"]),
        ]
        return cases
