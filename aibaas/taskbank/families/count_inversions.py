"""Hard family: count pairs i < j with a[i] > k * a[j] + d (merge-sort counting, O(n log n)).

Hard because the obvious double loop is quadratic; counting while merging sorted halves (or a
Fenwick tree over ranks) is needed, and negatives, duplicates and the scaled comparison make the
pointer boundaries easy to get wrong.
"""

from __future__ import annotations

import bisect
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class CountInversions(Family):
    name = "count-inversions"
    difficulty = Difficulty.HARD
    tags = ("sorting", "divide-and-conquer")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> int:
    a = list({{values}})
    n = len(a)
    buf = [0] * n
    total = 0
    width = 1
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i = lo
            for j in range(mid, hi):
                while i < mid and a[i] <= {{k}} * a[j] + {{d}}:
                    i += 1
                total += mid - i
            i = lo
            j = mid
            for t in range(lo, hi):
                if j >= hi or (i < mid and a[i] <= a[j]):
                    buf[t] = a[i]
                    i += 1
                else:
                    buf[t] = a[j]
                    j += 1
        a, buf = buf, a
        width *= 2
    return total
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number {
  let a = {{values}}.slice();
  const n = a.length;
  let buf: number[] = new Array(n).fill(0);
  let total = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      for (let j = mid; j < hi; j++) {
        while (i < mid && a[i] <= {{k}} * a[j] + {{d}}) i++;
        total += mid - i;
      }
      i = lo;
      let j = mid;
      for (let t = lo; t < hi; t++) {
        if (j >= hi || (i < mid && a[i] <= a[j])) buf[t] = a[i++];
        else buf[t] = a[j++];
      }
    }
    const swap = a;
    a = buf;
    buf = swap;
  }
  return total;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{values}}) {
        int n = {{values}}.size();
        long[] a = new long[n];
        for (int t = 0; t < n; t++) a[t] = {{values}}.get(t);
        long[] buf = new long[n];
        long total = 0;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                for (int j = mid; j < hi; j++) {
                    while (i < mid && a[i] <= {{k}} * a[j] + {{d}}) i++;
                    total += mid - i;
                }
                i = lo;
                int j = mid;
                for (int t = lo; t < hi; t++) {
                    if (j >= hi || (i < mid && a[i] <= a[j])) buf[t] = a[i++];
                    else buf[t] = a[j++];
                }
            }
            long[] swap = a;
            a = buf;
            buf = swap;
        }
        return total;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) int {
	n := len({{values}})
	a := make([]int, n)
	copy(a, {{values}})
	buf := make([]int, n)
	total := 0
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := lo + width
			if mid > n {
				mid = n
			}
			hi := lo + 2 * width
			if hi > n {
				hi = n
			}
			i := lo
			for j := mid; j < hi; j++ {
				for i < mid && a[i] <= {{k}} * a[j] + {{d}} {
					i++
				}
				total += mid - i
			}
			i = lo
			j := mid
			for t := lo; t < hi; t++ {
				if j >= hi || (i < mid && a[i] <= a[j]) {
					buf[t] = a[i]
					i++
				} else {
					buf[t] = a[j]
					j++
				}
			}
		}
		a, buf = buf, a
	}
	return total
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  a = {{values}}.dup
  n = a.length
  buf = Array.new(n, 0)
  total = 0
  width = 1
  while width < n
    (0...n).step(2 * width) do |lo|
      mid = [lo + width, n].min
      hi = [lo + 2 * width, n].min
      i = lo
      (mid...hi).each do |j|
        i += 1 while i < mid && a[i] <= {{k}} * a[j] + {{d}}
        total += mid - i
      end
      i = lo
      j = mid
      (lo...hi).each do |t|
        if j >= hi || (i < mid && a[i] <= a[j])
          buf[t] = a[i]
          i += 1
        else
          buf[t] = a[j]
          j += 1
        end
      end
    end
    a, buf = buf, a
    width *= 2
  end
  total
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> i64 {
    let n = {{values}}.len();
    let mut a = {{values}}.clone();
    let mut buf: Vec<i64> = vec![0; n];
    let mut total: i64 = 0;
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let mut i = lo;
            for j in mid..hi {
                while i < mid && a[i] <= {{k}} * a[j] + {{d}} {
                    i += 1;
                }
                total += (mid - i) as i64;
            }
            i = lo;
            let mut j = mid;
            for t in lo..hi {
                if j >= hi || (i < mid && a[i] <= a[j]) {
                    buf[t] = a[i];
                    i += 1;
                } else {
                    buf[t] = a[j];
                    j += 1;
                }
            }
            lo += 2 * width;
        }
        std::mem::swap(&mut a, &mut buf);
        width *= 2;
    }
    total
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{values}})
    {
        long[] a = {{values}}.ToArray();
        int n = a.Length;
        long[] buf = new long[n];
        long total = 0;
        for (int width = 1; width < n; width *= 2)
        {
            for (int lo = 0; lo < n; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, n);
                int hi = Math.Min(lo + 2 * width, n);
                int i = lo;
                for (int j = mid; j < hi; j++)
                {
                    while (i < mid && a[i] <= {{k}} * a[j] + {{d}}) i++;
                    total += mid - i;
                }
                i = lo;
                int r = mid;
                for (int t = lo; t < hi; t++)
                {
                    if (r >= hi || (i < mid && a[i] <= a[r])) buf[t] = a[i++];
                    else buf[t] = a[r++];
                }
            }
            long[] swap = a;
            a = buf;
            buf = swap;
        }
        return total;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["count_inversions", "inversion_count", "disorder_pairs", "count_flips", "unsorted_pairs"],
            values=["values", "nums", "readings", "ranks", "scores"],
        )
        p |= {
            "k": rng.choice([1, 2, 3]),
            "d": rng.choice([0, 0, 4]),
            "scale": rng.choice([10, 1000, 1_000_000_000]),
            "framing": rng.choice(
                [
                    "A ranking service measures how far a list is from sorted order.",
                    "A stock analyst counts pairs of days where an early price dwarfs a later one.",
                    "A judge compares the order in which contestants finished with their seeds.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"k": (p["k"], "int"), "d": (p["d"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, k, d = p["params"]["values"], p["k"], p["d"]
        rhs = "a[j]" if k == 1 else f"{k} * a[j]"
        rhs += f" + {d}" if d else ""
        example = "[3, 1, 2] has 2 such pairs" if (k, d) == (1, 0) else f"`a[i] > {rhs}`, strictly"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. With `a` = `{values}` (integers between -10^9 and 10^9, "
            f"up to 10^5 of them, duplicates allowed), return the number of index pairs (i, j) with "
            f"i < j and a[i] > {rhs} ({example}). An empty list or a single value has 0 pairs. The "
            "input must not be modified."
        )
        return "Count inversions", statement, f"Count pairs i < j with a[i] > {rhs}."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        ranks = sorted(set(values))
        tree = [0] * (len(ranks) + 1)
        total = 0
        for seen, value in enumerate(values):
            at = bisect.bisect_right(ranks, p["k"] * value + p["d"])
            not_above = 0
            while at > 0:
                not_above += tree[at]
                at -= at & -at
            total += seen - not_above
            at = bisect.bisect_left(ranks, value) + 1
            while at <= len(ranks):
                tree[at] += 1
                at += at & -at
        return total

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        scale, k, d = p["scale"], p["k"], p["d"]

        def draw(n: int, low: int, high: int) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        cases: list[Case] = [([[3, 1, 2, 8, 0, 5, 1]], [])]
        cases += [([draw(rng.randint(5, 9), -10, 20)], []) for _ in range(3)]
        cases += [([draw(rng.randint(5, 9), -scale, scale)], []) for _ in range(2)]
        cases += [
            ([[]], ["empty"]),
            ([[7]], ["boundary"]),
            ([[k + d, 1]], ["boundary"]),
            ([[k + d + 1, 1]], ["boundary"]),
            ([[d - k - 1, -1]], ["boundary"]),
            ([[d, 0, d + 1, 0]], ["boundary"]),
            ([[5, 5, 5, 5]], ["boundary"]),
            ([[1, 2, 3, 4, 5, 6]], ["boundary"]),
            ([[60, 50, 40, 30, 20, 10, 0]], ["boundary"]),
            ([[-1, -2, -3, 4, -5]], ["boundary"]),
            ([draw(1000, -scale, scale)], ["large"]),
            ([list(range(1000, 0, -1))], ["large"]),
            ([[10**9, -(10**9)] * 300 + draw(400, -(10**9), 10**9)], ["large"]),
            ([draw(1000, -5, 5)], ["large"]),
        ]
        return cases
