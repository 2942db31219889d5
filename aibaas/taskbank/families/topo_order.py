"""Hard family: lexicographically smallest topological order of n nodes, empty on a cycle.

Variants number the nodes from 0 or from 1 and give each dependency pair as [before, after] or as
[task, prerequisite]; the reference runs Kahn's algorithm always taking the smallest ready node,
so orientation, numbering offsets and cycle detection are the traps.
"""

from __future__ import annotations

import heapq
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class TopoOrder(Family):
    name = "topo-order"
    difficulty = Difficulty.HARD
    tags = ("graphs", "topological-sort")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{n}}: int, {{pairs}}: list[list[int]]) -> list[int]:
    indeg = [0] * {{n}}
    later: list[list[int]] = [[] for _ in range({{n}})]
    for pair in {{pairs}}:
        head = pair[{{first_slot}}] - {{base}}
        tail = pair[1 - {{first_slot}}] - {{base}}
        later[head].append(tail)
        indeg[tail] += 1
    order: list[int] = []
    placed = [False] * {{n}}
    for _ in range({{n}}):
        pick = -1
        for node in range({{n}}):
            if not placed[node] and indeg[node] == 0:
                pick = node
                break
        if pick < 0:
            return []
        placed[pick] = True
        order.append(pick + {{base}})
        for nxt in later[pick]:
            indeg[nxt] -= 1
    return order
""",
        Language.TYPESCRIPT: """export function {{fn}}({{n}}: number, {{pairs}}: number[][]): number[] {
  const indeg: number[] = new Array({{n}}).fill(0);
  const later: number[][] = [];
  for (let i = 0; i < {{n}}; i++) later.push([]);
  for (const pair of {{pairs}}) {
    const head = pair[{{first_slot}}] - {{base}};
    const tail = pair[1 - {{first_slot}}] - {{base}};
    later[head].push(tail);
    indeg[tail] += 1;
  }
  const order: number[] = [];
  const placed: boolean[] = new Array({{n}}).fill(false);
  for (let round = 0; round < {{n}}; round++) {
    let pick = -1;
    for (let node = 0; node < {{n}}; node++) {
      if (!placed[node] && indeg[node] === 0) {
        pick = node;
        break;
      }
    }
    if (pick < 0) return [];
    placed[pick] = true;
    order.push(pick + {{base}});
    for (const nxt of later[pick]) indeg[nxt] -= 1;
  }
  return order;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(long {{n}}, List<List<Long>> {{pairs}}) {
        int size = (int) {{n}};
        int[] indeg = new int[size];
        List<List<Integer>> later = new ArrayList<>();
        for (int i = 0; i < size; i++) later.add(new ArrayList<>());
        for (List<Long> pair : {{pairs}}) {
            int head = (int) (pair.get((int) {{first_slot}}) - {{base}});
            int tail = (int) (pair.get((int) (1 - {{first_slot}})) - {{base}});
            later.get(head).add(tail);
            indeg[tail] += 1;
        }
        List<Long> order = new ArrayList<>();
        boolean[] placed = new boolean[size];
        for (int round = 0; round < size; round++) {
            int pick = -1;
            for (int node = 0; node < size; node++) {
                if (!placed[node] && indeg[node] == 0) {
                    pick = node;
                    break;
                }
            }
            if (pick < 0) return new ArrayList<>();
            placed[pick] = true;
            order.add(pick + {{base}});
            for (int nxt : later.get(pick)) indeg[nxt] -= 1;
        }
        return order;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{n}} int, {{pairs}} [][]int) []int {
	indeg := make([]int, {{n}})
	later := make([][]int, {{n}})
	for _, pair := range {{pairs}} {
		head := pair[{{first_slot}}] - {{base}}
		tail := pair[1 - {{first_slot}}] - {{base}}
		later[head] = append(later[head], tail)
		indeg[tail] += 1
	}
	order := []int{}
	placed := make([]bool, {{n}})
	for round := 0; round < {{n}}; round++ {
		pick := -1
		for node := 0; node < {{n}}; node++ {
			if !placed[node] && indeg[node] == 0 {
				pick = node
				break
			}
		}
		if pick < 0 {
			return []int{}
		}
		placed[pick] = true
		order = append(order, pick + {{base}})
		for _, nxt := range later[pick] {
			indeg[nxt] -= 1
		}
	}
	return order
}
""",
        Language.RUBY: """def {{fn}}({{n}}, {{pairs}})
  indeg = Array.new({{n}}, 0)
  later = Array.new({{n}}) { [] }
  {{pairs}}.each do |pair|
    head = pair[{{first_slot}}] - {{base}}
    tail = pair[1 - {{first_slot}}] - {{base}}
    later[head].push(tail)
    indeg[tail] += 1
  end
  order = []
  placed = Array.new({{n}}, false)
  {{n}}.times do
    pick = (0...{{n}}).find { |node| !placed[node] && indeg[node] == 0 }
    return [] if pick.nil?
    placed[pick] = true
    order.push(pick + {{base}})
    later[pick].each { |nxt| indeg[nxt] -= 1 }
  end
  order
end
""",
        Language.RUST: """pub fn {{fn}}({{n}}: i64, {{pairs}}: Vec<Vec<i64>>) -> Vec<i64> {
    let size = {{n}} as usize;
    let mut indeg = vec![0i64; size];
    let mut later: Vec<Vec<usize>> = vec![Vec::new(); size];
    for pair in {{pairs}}.iter() {
        let head = (pair[{{first_slot}}] - {{base}}) as usize;
        let tail = (pair[1 - {{first_slot}}] - {{base}}) as usize;
        later[head].push(tail);
        indeg[tail] += 1;
    }
    let mut order: Vec<i64> = Vec::new();
    let mut placed = vec![false; size];
    for _ in 0..size {
        let mut pick = size;
        for node in 0..size {
            if !placed[node] && indeg[node] == 0 {
                pick = node;
                break;
            }
        }
        if pick == size {
            return Vec::new();
        }
        placed[pick] = true;
        order.push(pick as i64 + {{base}});
        for &nxt in later[pick].iter() {
            indeg[nxt] -= 1;
        }
    }
    order
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> {{fn}}(long {{n}}, List<List<long>> {{pairs}})
    {
        int size = (int){{n}};
        var indeg = new int[size];
        var later = new List<int>[size];
        for (int i = 0; i < size; i++) later[i] = new List<int>();
        foreach (var pair in {{pairs}})
        {
            int head = (int)(pair[(int){{first_slot}}] - {{base}});
            int tail = (int)(pair[(int)(1 - {{first_slot}})] - {{base}});
            later[head].Add(tail);
            indeg[tail] += 1;
        }
        var order = new List<long>();
        var placed = new bool[size];
        for (int round = 0; round < size; round++)
        {
            int pick = -1;
            for (int node = 0; node < size; node++)
            {
                if (!placed[node] && indeg[node] == 0)
                {
                    pick = node;
                    break;
                }
            }
            if (pick < 0) return new List<long>();
            placed[pick] = true;
            order.Add(pick + {{base}});
            foreach (int nxt in later[pick]) indeg[nxt] -= 1;
        }
        return order;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["build_order", "topo_order", "schedule_tasks", "install_order", "course_order"],
            n=["n", "task_count", "num_tasks", "node_count"],
            pairs=["pairs", "deps", "dependencies", "rules", "constraints"],
        )
        p |= {
            "base": rng.choice([0, 1]),
            "first_slot": rng.choice([0, 1]),
            "framing": rng.choice(
                [
                    "A build system decides in which order to compile modules.",
                    "A university lists courses in an order that respects prerequisites.",
                    "A package manager installs packages after everything they depend on.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"base": (p["base"], "int"), "first_slot": (p["first_slot"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("n", "int"), ("pairs", "list[list[int]]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        n, pairs, base = p["params"]["n"], p["params"]["pairs"], p["base"]
        if p["first_slot"] == 0:
            meaning = "means that node `a` must come before node `b`"
        else:
            meaning = "means that node `a` depends on node `b`, so `b` must come before `a`"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. There are `{n}` nodes (`{n}` >= 0), numbered {base} to "
            f"`{n}`{' - 1' if base == 0 else ''}. Each pair `[a, b]` of `{pairs}` {meaning}; pairs may "
            "repeat, and a pair naming the same node twice can never be satisfied. Return an order "
            "listing every node exactly once that respects all pairs; when several exist, return the "
            "lexicographically smallest one (the smallest possible first node, then the smallest "
            "possible second node, and so on). When no valid order exists (the pairs contain a cycle), "
            "return an empty list. There are at most 1000 nodes and 2000 pairs, all naming valid nodes."
        )
        return "Topological order", statement, "Smallest order of nodes that respects the dependencies."

    def solve(self, p: Params, *args: Any) -> Any:
        n, pairs = args
        base, slot = p["base"], p["first_slot"]
        indeg = [0] * n
        later: list[list[int]] = [[] for _ in range(n)]
        for pair in pairs:
            later[pair[slot] - base].append(pair[1 - slot] - base)
            indeg[pair[1 - slot] - base] += 1
        ready = [node for node in range(n) if indeg[node] == 0]
        heapq.heapify(ready)
        order: list[int] = []
        while ready:
            node = heapq.heappop(ready)
            order.append(node + base)
            for nxt in later[node]:
                indeg[nxt] -= 1
                if indeg[nxt] == 0:
                    heapq.heappush(ready, nxt)
        return order if len(order) == n else []

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        base, slot = p["base"], p["first_slot"]

        def pair(before: int, after: int) -> list[int]:
            # a pair in this variant's orientation and numbering
            ends = [before + base, after + base]
            return ends if slot == 0 else ends[::-1]

        def dag(n: int, m: int) -> list[list[int]]:
            rank = list(range(n))
            rng.shuffle(rank)
            out = []
            for _ in range(m):
                i, j = sorted(rng.sample(range(n), 2))
                out.append(pair(rank[i], rank[j]))
            return out

        cases: list[Case] = []
        for _ in range(4):
            n = rng.randint(4, 7)
            cases.append(([n, dag(n, rng.randint(3, 7))], []))
        chain = [pair(i + 1, i) for i in range(149)]
        cases += [
            ([0, []], ["empty"]),
            ([3, []], ["empty"]),
            ([1, []], ["boundary"]),
            ([2, [pair(1, 0)]], ["boundary"]),
            ([2, [pair(0, 1)]], ["boundary"]),
            ([2, [pair(1, 1)]], ["boundary"]),
            ([3, [pair(2, 0), pair(2, 0), pair(0, 1)]], ["boundary"]),
            ([3, [pair(0, 1), pair(1, 2), pair(2, 0)]], ["boundary"]),
            ([4, [pair(3, 1), pair(2, 0)]], ["boundary"]),
            ([5, [pair(0, 4), pair(4, 1), pair(3, 2)]], ["boundary"]),
            ([5, [pair(1, 0), pair(2, 3), pair(3, 2)]], ["boundary"]),
            ([300, dag(300, 400)], ["large"]),
            ([150, chain], ["large"]),
            ([150, [*chain, pair(0, 149)]], ["large"]),
        ]
        return cases
