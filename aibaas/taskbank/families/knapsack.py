"""Hard family: 0/1 knapsack maximum value, in some variants with at most K items.

The reference keeps one capacity row per number of items taken (a single row when the count is
free) and sweeps capacities downward so each item is used at most once: classic O(n*K*C) dynamic
programming where the loop directions and the "at most" bookkeeping decide correctness.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class Knapsack(Family):
    name = "knapsack"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "knapsack")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}(
    {{weights}}: list[int], {{values}}: list[int], {{capacity}}: int
) -> int:
    n = len({{weights}})
    layers = min(n, {{limit}})
    best = [[0] * ({{capacity}} + 1) for _ in range(layers + 1)]
    for i in range(n):
        wt = {{weights}}[i]
        for c in range(layers, 0, -1):
            src = best[c - {{chain}}]
            row = best[c]
            for w in range({{capacity}}, wt - 1, -1):
                cand = src[w - wt] + {{values}}[i]
                if cand > row[w]:
                    row[w] = cand
    return max(row[{{capacity}}] for row in best)
""",
        Language.TYPESCRIPT: """export function {{fn}}(
  {{weights}}: number[],
  {{values}}: number[],
  {{capacity}}: number,
): number {
  const n = {{weights}}.length;
  const layers = Math.min(n, {{limit}});
  const best: number[][] = [];
  for (let c = 0; c <= layers; c++) best.push(new Array({{capacity}} + 1).fill(0));
  for (let i = 0; i < n; i++) {
    const wt = {{weights}}[i];
    for (let c = layers; c >= 1; c--) {
      const src = best[c - {{chain}}];
      const row = best[c];
      for (let w = {{capacity}}; w >= wt; w--) {
        const cand = src[w - wt] + {{values}}[i];
        if (cand > row[w]) row[w] = cand;
      }
    }
  }
  let answer = 0;
  for (const row of best) answer = Math.max(answer, row[{{capacity}}]);
  return answer;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{weights}}, List<Long> {{values}}, long {{capacity}}) {
        int n = {{weights}}.size();
        int cap = (int) {{capacity}};
        int layers = (int) Math.min(n, {{limit}});
        long[][] best = new long[layers + 1][cap + 1];
        for (int i = 0; i < n; i++) {
            int wt = (int) (long) {{weights}}.get(i);
            long worth = {{values}}.get(i);
            for (int c = layers; c >= 1; c--) {
                long[] src = best[c - (int) {{chain}}];
                long[] row = best[c];
                for (int w = cap; w >= wt; w--) {
                    long cand = src[w - wt] + worth;
                    if (cand > row[w]) row[w] = cand;
                }
            }
        }
        long answer = 0;
        for (long[] row : best) answer = Math.max(answer, row[cap]);
        return answer;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{weights}} []int, {{values}} []int, {{capacity}} int) int {
	n := len({{weights}})
	layers := n
	if {{limit}} < layers {
		layers = {{limit}}
	}
	best := make([][]int, layers + 1)
	for c := range best {
		best[c] = make([]int, {{capacity}} + 1)
	}
	for i := 0; i < n; i++ {
		wt := {{weights}}[i]
		for c := layers; c >= 1; c-- {
			src := best[c - {{chain}}]
			row := best[c]
			for w := {{capacity}}; w >= wt; w-- {
				cand := src[w - wt] + {{values}}[i]
				if cand > row[w] {
					row[w] = cand
				}
			}
		}
	}
	answer := 0
	for _, row := range best {
		if row[{{capacity}}] > answer {
			answer = row[{{capacity}}]
		}
	}
	return answer
}
""",
        Language.RUBY: """def {{fn}}({{weights}}, {{values}}, {{capacity}})
  n = {{weights}}.length
  layers = [n, {{limit}}].min
  best = Array.new(layers + 1) { Array.new({{capacity}} + 1, 0) }
  (0...n).each do |i|
    wt = {{weights}}[i]
    layers.downto(1) do |c|
      src = best[c - {{chain}}]
      row = best[c]
      {{capacity}}.downto(wt) do |w|
        cand = src[w - wt] + {{values}}[i]
        row[w] = cand if cand > row[w]
      end
    end
  end
  best.map { |row| row[{{capacity}}] }.max
end
""",
        Language.RUST: """pub fn {{fn}}(
    {{weights}}: Vec<i64>,
    {{values}}: Vec<i64>,
    {{capacity}}: i64,
) -> i64 {
    let n = {{weights}}.len() as i64;
    let layers = n.min({{limit}});
    let cap = {{capacity}} as usize;
    let mut best = vec![vec![0i64; cap + 1]; (layers + 1) as usize];
    for i in 0..{{weights}}.len() {
        let wt = {{weights}}[i];
        let mut c = layers;
        while c >= 1 {
            let src = (c - {{chain}}) as usize;
            let mut w = {{capacity}};
            while w >= wt {
                let cand = best[src][(w - wt) as usize] + {{values}}[i];
                if cand > best[c as usize][w as usize] {
                    best[c as usize][w as usize] = cand;
                }
                w -= 1;
            }
            c -= 1;
        }
    }
    best.iter().map(|row| row[cap]).max().unwrap_or(0)
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{weights}}, List<long> {{values}}, long {{capacity}})
    {
        int n = {{weights}}.Count;
        int cap = (int){{capacity}};
        int layers = (int)Math.Min((long)n, {{limit}});
        var best = new long[layers + 1][];
        for (int c = 0; c <= layers; c++) best[c] = new long[cap + 1];
        for (int i = 0; i < n; i++)
        {
            int wt = (int){{weights}}[i];
            long worth = {{values}}[i];
            for (int c = layers; c >= 1; c--)
            {
                long[] src = best[c - (int){{chain}}];
                long[] row = best[c];
                for (int w = cap; w >= wt; w--)
                {
                    long cand = src[w - wt] + worth;
                    if (cand > row[w]) row[w] = cand;
                }
            }
        }
        long answer = 0;
        foreach (long[] row in best) answer = Math.Max(answer, row[cap]);
        return answer;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["best_load", "pack_value", "knapsack_value", "max_haul", "fill_bag"],
            weights=["weights", "sizes", "loads", "masses"],
            values=["values", "gains", "rewards", "payoffs"],
            capacity=["capacity", "budget", "max_weight", "room"],
        )
        p |= {
            "items_cap": rng.choice([0, 0, 2, 3, 4]),
            "value_top": rng.choice([30, 1000, 1_000_000]),
            "framing": rng.choice(
                [
                    "A hiker packs a backpack for a day trip.",
                    "A cargo planner fills one container with crates.",
                    "A studio picks projects that fit into the hours it has left.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        # no count limit: one row updated in place (chain 0); at most K items: K rows, row c from row c - 1
        k = p["items_cap"]
        return {"limit": (k or 1, "int"), "chain": (1 if k else 0, "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(
            p, [("weights", "list[int]"), ("values", "list[int]"), ("capacity", "int")], "int"
        )

    def statement(self, p: Params) -> tuple[str, str, str]:
        weights, values, capacity = (p["params"][r] for r in ("weights", "values", "capacity"))
        k = p["items_cap"]
        count_rule = f" and at most {k} items are chosen" if k else ""
        statement = (
            f"{p['framing']} Write `{p['fn']}`. Item i has weight `{weights}[i]` (an integer >= 1) and "
            f"value `{values}[i]` (an integer >= 0); both lists have the same length. Choose a set of "
            "items, each item at most once, such that their total weight is at most "
            f"`{capacity}` (an integer >= 0){count_rule}, and return the largest possible total value. "
            "Choosing nothing is allowed (value 0), so empty lists or a capacity too small for any item "
            "give 0. There are at most 100 items, the capacity is at most 2000 and values are at most "
            "10^6, so an exhaustive search over subsets is too slow; use dynamic programming."
        )
        return "Knapsack", statement, "Maximum total value that fits into the capacity."

    def solve(self, p: Params, *args: Any) -> Any:
        weights, values, capacity = args
        k = p["items_cap"]
        if not k:
            row = [0] * (capacity + 1)
            for wt, val in zip(weights, values, strict=True):
                for w in range(capacity, wt - 1, -1):
                    row[w] = max(row[w], row[w - wt] + val)
            return row[capacity]
        # best[c][w]: the best value with exactly c items and total weight at most w (-1: impossible)
        best = [[0] * (capacity + 1)] + [[-1] * (capacity + 1) for _ in range(k)]
        for wt, val in zip(weights, values, strict=True):
            for c in range(k, 0, -1):
                for w in range(capacity, wt - 1, -1):
                    if best[c - 1][w - wt] >= 0:
                        best[c][w] = max(best[c][w], best[c - 1][w - wt] + val)
        return max(row[capacity] for row in best)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        k = p["items_cap"] or 5

        def draw(n: int, top_w: int, top_v: int) -> list[list[int]]:
            return [[rng.randint(1, top_w) for _ in range(n)], [rng.randint(0, top_v) for _ in range(n)]]

        cases: list[Case] = [
            ([*draw(rng.randint(4, 7), 10, p["value_top"]), rng.randint(8, 25)], []) for _ in range(4)
        ]
        light = [1] * (k + 2)
        cases += [
            ([[], [], 10], ["empty"]),
            ([[3, 4], [5, 6], 0], ["empty"]),
            ([[5], [9], 5], ["boundary"]),
            ([[6], [9], 5], ["boundary"]),
            ([[2, 3, 4], [3, 4, 5], 9], ["boundary"]),
            ([[2, 3, 4], [3, 4, 5], 8], ["boundary"]),
            ([light, list(range(1, k + 3)), k + 2], ["boundary"]),
            ([light, [7] * (k + 2), k], ["boundary"]),
            ([[5, 5, 10], [10, 10, 15], 10], ["boundary"]),
            ([[4, 4, 4, 1], [0, 0, 0, 0], 12], ["boundary"]),
            ([*draw(60, 100, 1_000_000), 1500], ["large"]),
            ([*draw(80, 12, p["value_top"]), 300], ["large"]),
        ]
        return cases
