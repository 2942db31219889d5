"""Hard family: decide whether an undirected graph is bipartite and report one side of its 2-colouring.

It is hard because the solver must 2-colour every component (not only the one holding node 0) with
a BFS or DFS, detect odd cycles and self-loops, and report a canonical side, in O(n + m).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class BipartiteCheck(Family):
    name = "bipartite-check"
    difficulty = Difficulty.HARD
    tags = ("graphs", "bfs")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{nodes}}: int, {{edges}}: list[list[int]]) -> list[int]:
    adj: list[list[int]] = [[] for _ in range({{nodes}})]
    for u, v in {{edges}}:
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * {{nodes}}
    for root in range({{nodes}}):
        if color[root] != -1:
            continue
        color[root] = 0
        queue = [root]
        head = 0
        while head < len(queue):
            u = queue[head]
            head = head + 1
            for v in adj[u]:
                if color[v] == -1:
                    color[v] = 1 - color[u]
                    queue.append(v)
                elif color[v] == color[u]:
                    return [-1]
    return [i for i in range({{nodes}}) if color[i] == {{side}}]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{nodes}}: number, {{edges}}: number[][]): number[] {
  const adj: number[][] = Array.from({ length: {{nodes}} }, () => []);
  for (const [u, v] of {{edges}}) {
    adj[u].push(v);
    adj[v].push(u);
  }
  const color = new Array<number>({{nodes}}).fill(-1);
  for (let root = 0; root < {{nodes}}; root++) {
    if (color[root] !== -1) continue;
    color[root] = 0;
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      for (const v of adj[u]) {
        if (color[v] === -1) {
          color[v] = 1 - color[u];
          queue.push(v);
        } else if (color[v] === color[u]) {
          return [-1];
        }
      }
    }
  }
  const out: number[] = [];
  for (let i = 0; i < {{nodes}}; i++) if (color[i] === {{side}}) out.push(i);
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(long {{nodes}}, List<List<Long>> {{edges}}) {
        int size = (int) {{nodes}};
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < size; i++) adj.add(new ArrayList<>());
        for (List<Long> e : {{edges}}) {
            int u = (int) (long) e.get(0);
            int v = (int) (long) e.get(1);
            adj.get(u).add(v);
            adj.get(v).add(u);
        }
        int[] color = new int[size];
        Arrays.fill(color, -1);
        for (int root = 0; root < size; root++) {
            if (color[root] != -1) continue;
            color[root] = 0;
            List<Integer> queue = new ArrayList<>();
            queue.add(root);
            for (int head = 0; head < queue.size(); head++) {
                int u = queue.get(head);
                for (int v : adj.get(u)) {
                    if (color[v] == -1) {
                        color[v] = 1 - color[u];
                        queue.add(v);
                    } else if (color[v] == color[u]) {
                        return new ArrayList<>(List.of(-1L));
                    }
                }
            }
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < size; i++) if (color[i] == {{side}}) out.add((long) i);
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{nodes}} int, {{edges}} [][]int) []int {
	adj := make([][]int, {{nodes}})
	for _, e := range {{edges}} {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	color := make([]int, {{nodes}})
	for i := range color {
		color[i] = -1
	}
	for root := 0; root < {{nodes}}; root++ {
		if color[root] != -1 {
			continue
		}
		color[root] = 0
		queue := []int{root}
		for head := 0; head < len(queue); head++ {
			u := queue[head]
			for _, v := range adj[u] {
				if color[v] == -1 {
					color[v] = 1 - color[u]
					queue = append(queue, v)
				} else if color[v] == color[u] {
					return []int{-1}
				}
			}
		}
	}
	out := []int{}
	for i := 0; i < {{nodes}}; i++ {
		if color[i] == {{side}} {
			out = append(out, i)
		}
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{nodes}}, {{edges}})
  adj = Array.new({{nodes}}) { [] }
  {{edges}}.each do |u, v|
    adj[u].push(v)
    adj[v].push(u)
  end
  color = [-1] * {{nodes}}
  (0...{{nodes}}).each do |root|
    next if color[root] != -1
    color[root] = 0
    queue = [root]
    head = 0
    while head < queue.length
      u = queue[head]
      head = head + 1
      adj[u].each do |v|
        if color[v] == -1
          color[v] = 1 - color[u]
          queue.push(v)
        elsif color[v] == color[u]
          return [-1]
        end
      end
    end
  end
  (0...{{nodes}}).select { |i| color[i] == {{side}} }
end
""",
        Language.RUST: """pub fn {{fn}}({{nodes}}: i64, {{edges}}: Vec<Vec<i64>>) -> Vec<i64> {
    let size = {{nodes}} as usize;
    let mut adj: Vec<Vec<usize>> = vec![Vec::new(); size];
    for e in {{edges}}.iter() {
        adj[e[0] as usize].push(e[1] as usize);
        adj[e[1] as usize].push(e[0] as usize);
    }
    let mut color: Vec<i64> = vec![-1; size];
    for root in 0..size {
        if color[root] != -1 {
            continue;
        }
        color[root] = 0;
        let mut queue: Vec<usize> = vec![root];
        let mut head = 0;
        while head < queue.len() {
            let u = queue[head];
            head = head + 1;
            for &v in adj[u].iter() {
                if color[v] == -1 {
                    color[v] = 1 - color[u];
                    queue.push(v);
                } else if color[v] == color[u] {
                    return vec![-1];
                }
            }
        }
    }
    (0..size).filter(|&i| color[i] == {{side}}).map(|i| i as i64).collect()
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> {{fn}}(long {{nodes}}, List<List<long>> {{edges}})
    {
        int size = (int){{nodes}};
        var adj = new List<List<int>>();
        for (int i = 0; i < size; i++) adj.Add(new List<int>());
        foreach (var e in {{edges}})
        {
            adj[(int)e[0]].Add((int)e[1]);
            adj[(int)e[1]].Add((int)e[0]);
        }
        var color = new int[size];
        for (int i = 0; i < size; i++) color[i] = -1;
        for (int root = 0; root < size; root++)
        {
            if (color[root] != -1) continue;
            color[root] = 0;
            var queue = new List<int> { root };
            for (int head = 0; head < queue.Count; head++)
            {
                int u = queue[head];
                foreach (int v in adj[u])
                {
                    if (color[v] == -1)
                    {
                        color[v] = 1 - color[u];
                        queue.Add(v);
                    }
                    else if (color[v] == color[u])
                    {
                        return new List<long> { -1 };
                    }
                }
            }
        }
        var result = new List<long>();
        for (int i = 0; i < size; i++) if (color[i] == {{side}}) result.Add(i);
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["two_teams", "split_sides", "bipartition", "side_of_graph", "two_colouring"],
            nodes=["nodes", "vertex_count", "people", "members", "players"],
            edges=["edges", "conflicts", "rivalries", "links", "pairs"],
        )
        p |= {
            "side": rng.choice([0, 1]),
            "framing": rng.choice(
                [
                    "A tournament organiser splits players into two teams so that rivals never share a team.",
                    "A scheduler assigns jobs to two shifts so that conflicting jobs never share a shift.",
                    "A chemist stores reagents in two cabinets so that reacting pairs are kept apart.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"side": (p["side"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("nodes", "int"), ("edges", "list[list[int]]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        nodes, edges = p["params"]["nodes"], p["params"]["edges"]
        which = (
            "side A (the side holding the smallest node of each component)"
            if p["side"] == 0
            else "side B (the side NOT holding the smallest node of each component)"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. An undirected graph has `{nodes}` nodes numbered 0 to "
            f"`{nodes}` - 1; each element of `{edges}` is a pair `[u, v]`, an edge between u and v "
            "(pairs may repeat; `[u, u]` is a self-loop). The graph is bipartite when its nodes can be "
            "split into two sides A and B so that every edge joins a node of A to a node of B (a "
            "self-loop makes that impossible). Make the split unique by putting the smallest-numbered "
            "node of every connected component (an isolated node is its own component) on side A. "
            f"If the graph is bipartite, return the nodes of {which} in increasing order (possibly an "
            "empty list); otherwise return the list `[-1]`. There are at most a few thousand nodes "
            "and edges."
        )
        return "Bipartite split", statement, "One side of a bipartite graph's 2-colouring, or [-1]."

    def solve(self, p: Params, *args: Any) -> Any:
        nodes, edges = args
        adj: list[list[int]] = [[] for _ in range(nodes)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        color = [-1] * nodes
        for root in range(nodes):
            if color[root] >= 0:
                continue
            color[root], queue = 0, [root]
            for u in queue:
                for v in adj[u]:
                    if color[v] < 0:
                        color[v] = 1 - color[u]
                        queue.append(v)
                    elif color[v] == color[u]:
                        return [-1]
        return [i for i in range(nodes) if color[i] == p["side"]]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def graph(n: int, m: int, odd: bool) -> list[list[int]]:
            team = [rng.randint(0, 1) for _ in range(n)]
            out: list[list[int]] = []
            while len(out) < m:
                u, v = rng.randrange(n), rng.randrange(n)
                if team[u] != team[v]:
                    out.append([u, v])
            if odd:
                u = rng.randrange(n)
                w = next((v for v in range(n) if v != u and team[v] == team[u]), u)
                out.insert(rng.randrange(len(out) + 1), [u, w])
            return out

        cases: list[Case] = [
            ([n, graph(n, n, n % 2 == 1)], []) for n in (rng.randint(5, 7) for _ in range(4))
        ]
        cases += [
            ([0, []], ["empty"]),
            ([3, []], ["empty"]),
            ([2, [[0, 1]]], ["boundary"]),
            ([1, [[0, 0]]], ["boundary"]),
            ([3, [[0, 1], [1, 2], [2, 0]]], ["boundary"]),
            ([4, [[0, 1], [1, 2], [2, 3], [3, 0]]], ["boundary"]),
            ([5, [[3, 4], [2, 1]]], ["boundary"]),
            ([4, [[1, 0], [0, 1], [2, 3]]], ["boundary"]),
            ([6, [[5, 4], [4, 3], [1, 2]]], ["boundary"]),
            ([7, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 0]]], ["boundary"]),
            ([500, graph(500, 250, False)], ["large"]),
            ([300, graph(300, 280, True)], ["large"]),
            ([300, [[i, i + 1] for i in range(299)]], ["large"]),
        ]
        return cases
