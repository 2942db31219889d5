"""Hard family: shortest path cost in a weighted graph (Dijkstra), -1 when the target is unreachable.

Variants make the graph directed or undirected and add a per-edge toll to every weight, so the
cheapest path may trade raw weight for fewer hops; the reference is Dijkstra's algorithm with
"unreached" sentinels, self-loops, parallel and zero-weight edges as the traps.
"""

from __future__ import annotations

import heapq
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class DijkstraPath(Family):
    name = "dijkstra-path"
    difficulty = Difficulty.HARD
    tags = ("graphs", "shortest-path")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}(
    {{n}}: int, {{edges}}: list[list[int]], {{source}}: int, {{target}}: int
) -> int:
    adj: list[list[tuple[int, int]]] = [[] for _ in range({{n}})]
    for u, v, w in {{edges}}:
        adj[u].append((v, w + {{toll}}))
        if {{undirected}} == 1:
            adj[v].append((u, w + {{toll}}))
    dist = [-1] * {{n}}
    done = [False] * {{n}}
    dist[{{source}}] = 0
    for _ in range({{n}}):
        best = -1
        for node in range({{n}}):
            if not done[node] and dist[node] >= 0 and (best < 0 or dist[node] < dist[best]):
                best = node
        if best < 0:
            break
        done[best] = True
        for nxt, cost in adj[best]:
            if dist[nxt] < 0 or dist[best] + cost < dist[nxt]:
                dist[nxt] = dist[best] + cost
    return dist[{{target}}]
""",
        Language.TYPESCRIPT: """export function {{fn}}(
  {{n}}: number,
  {{edges}}: number[][],
  {{source}}: number,
  {{target}}: number,
): number {
  const undirected: number = {{undirected}};
  const adj: number[][][] = [];
  for (let i = 0; i < {{n}}; i++) adj.push([]);
  for (const [u, v, w] of {{edges}}) {
    adj[u].push([v, w + {{toll}}]);
    if (undirected === 1) adj[v].push([u, w + {{toll}}]);
  }
  const dist: number[] = new Array({{n}}).fill(-1);
  const done: boolean[] = new Array({{n}}).fill(false);
  dist[{{source}}] = 0;
  for (let round = 0; round < {{n}}; round++) {
    let best = -1;
    for (let node = 0; node < {{n}}; node++) {
      if (!done[node] && dist[node] >= 0 && (best < 0 || dist[node] < dist[best])) best = node;
    }
    if (best < 0) break;
    done[best] = true;
    for (const [nxt, cost] of adj[best]) {
      if (dist[nxt] < 0 || dist[best] + cost < dist[nxt]) dist[nxt] = dist[best] + cost;
    }
  }
  return dist[{{target}}];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(long {{n}}, List<List<Long>> {{edges}}, long {{source}}, long {{target}}) {
        int size = (int) {{n}};
        List<List<long[]>> adj = new ArrayList<>();
        for (int i = 0; i < size; i++) adj.add(new ArrayList<>());
        for (List<Long> e : {{edges}}) {
            int u = (int) (long) e.get(0);
            int v = (int) (long) e.get(1);
            long w = e.get(2) + {{toll}};
            adj.get(u).add(new long[] {v, w});
            if ({{undirected}} == 1) adj.get(v).add(new long[] {u, w});
        }
        long[] dist = new long[size];
        Arrays.fill(dist, -1);
        boolean[] done = new boolean[size];
        dist[(int) {{source}}] = 0;
        for (int round = 0; round < size; round++) {
            int best = -1;
            for (int node = 0; node < size; node++) {
                if (!done[node] && dist[node] >= 0 && (best < 0 || dist[node] < dist[best])) best = node;
            }
            if (best < 0) break;
            done[best] = true;
            for (long[] arc : adj.get(best)) {
                int nxt = (int) arc[0];
                if (dist[nxt] < 0 || dist[best] + arc[1] < dist[nxt]) dist[nxt] = dist[best] + arc[1];
            }
        }
        return dist[(int) {{target}}];
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{n}} int, {{edges}} [][]int, {{source}} int, {{target}} int) int {
	adj := make([][][2]int, {{n}})
	for _, e := range {{edges}} {
		u, v, w := e[0], e[1], e[2] + {{toll}}
		adj[u] = append(adj[u], [2]int{v, w})
		if {{undirected}} == 1 {
			adj[v] = append(adj[v], [2]int{u, w})
		}
	}
	dist := make([]int, {{n}})
	for i := range dist {
		dist[i] = -1
	}
	done := make([]bool, {{n}})
	dist[{{source}}] = 0
	for round := 0; round < {{n}}; round++ {
		best := -1
		for node := 0; node < {{n}}; node++ {
			if !done[node] && dist[node] >= 0 && (best < 0 || dist[node] < dist[best]) {
				best = node
			}
		}
		if best < 0 {
			break
		}
		done[best] = true
		for _, arc := range adj[best] {
			nxt, cost := arc[0], arc[1]
			if dist[nxt] < 0 || dist[best] + cost < dist[nxt] {
				dist[nxt] = dist[best] + cost
			}
		}
	}
	return dist[{{target}}]
}
""",
        Language.RUBY: """def {{fn}}({{n}}, {{edges}}, {{source}}, {{target}})
  adj = Array.new({{n}}) { [] }
  {{edges}}.each do |u, v, w|
    adj[u].push([v, w + {{toll}}])
    adj[v].push([u, w + {{toll}}]) if {{undirected}} == 1
  end
  dist = Array.new({{n}}, -1)
  done = Array.new({{n}}, false)
  dist[{{source}}] = 0
  {{n}}.times do
    best = -1
    (0...{{n}}).each do |node|
      if !done[node] && dist[node] >= 0 && (best < 0 || dist[node] < dist[best])
        best = node
      end
    end
    break if best < 0
    done[best] = true
    adj[best].each do |nxt, cost|
      dist[nxt] = dist[best] + cost if dist[nxt] < 0 || dist[best] + cost < dist[nxt]
    end
  end
  dist[{{target}}]
end
""",
        Language.RUST: """pub fn {{fn}}(
    {{n}}: i64,
    {{edges}}: Vec<Vec<i64>>,
    {{source}}: i64,
    {{target}}: i64,
) -> i64 {
    let size = {{n}} as usize;
    let mut adj: Vec<Vec<(usize, i64)>> = vec![Vec::new(); size];
    for e in {{edges}}.iter() {
        let (u, v, w) = (e[0] as usize, e[1] as usize, e[2] + {{toll}});
        adj[u].push((v, w));
        if {{undirected}} == 1 {
            adj[v].push((u, w));
        }
    }
    let mut dist = vec![-1i64; size];
    let mut done = vec![false; size];
    dist[{{source}} as usize] = 0;
    for _ in 0..size {
        let mut best: i64 = -1;
        for node in 0..size {
            if !done[node] && dist[node] >= 0 && (best < 0 || dist[node] < dist[best as usize]) {
                best = node as i64;
            }
        }
        if best < 0 {
            break;
        }
        let b = best as usize;
        done[b] = true;
        for &(nxt, cost) in adj[b].iter() {
            if dist[nxt] < 0 || dist[b] + cost < dist[nxt] {
                dist[nxt] = dist[b] + cost;
            }
        }
    }
    dist[{{target}} as usize]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(long {{n}}, List<List<long>> {{edges}}, long {{source}}, long {{target}})
    {
        int size = (int){{n}};
        var adj = new List<long[]>[size];
        for (int i = 0; i < size; i++) adj[i] = new List<long[]>();
        foreach (var e in {{edges}})
        {
            long w = e[2] + {{toll}};
            adj[(int)e[0]].Add(new long[] { e[1], w });
            if ({{undirected}} == 1) adj[(int)e[1]].Add(new long[] { e[0], w });
        }
        var dist = new long[size];
        for (int i = 0; i < size; i++) dist[i] = -1;
        var done = new bool[size];
        dist[(int){{source}}] = 0;
        for (int round = 0; round < size; round++)
        {
            int best = -1;
            for (int node = 0; node < size; node++)
            {
                if (!done[node] && dist[node] >= 0 && (best < 0 || dist[node] < dist[best])) best = node;
            }
            if (best < 0) break;
            done[best] = true;
            foreach (var arc in adj[best])
            {
                int nxt = (int)arc[0];
                if (dist[nxt] < 0 || dist[best] + arc[1] < dist[nxt]) dist[nxt] = dist[best] + arc[1];
            }
        }
        return dist[(int){{target}}];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["shortest_route", "cheapest_path", "min_travel_cost", "route_cost", "path_distance"],
            n=["n", "node_count", "nodes", "num_nodes"],
            edges=["edges", "roads", "links", "routes"],
            source=["source", "start", "origin", "src"],
            target=["target", "goal", "dest", "destination"],
        )
        p |= {
            "undirected": rng.choice([0, 1]),
            "toll": rng.choice([0, 0, 1, 5]),
            "weight_top": rng.choice([9, 100, 1_000_000]),
            "framing": rng.choice(
                [
                    "A delivery service plans the cheapest route between two depots.",
                    "A network router computes the lowest-latency path between two hosts.",
                    "A game engine moves a unit across a map of waypoints.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"undirected": (p["undirected"], "int"), "toll": (p["toll"], "int")}

    def signature(self, p: Params) -> Signature:
        roles = [("n", "int"), ("edges", "list[list[int]]"), ("source", "int"), ("target", "int")]
        return make_signature(p, roles, "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        n, edges, source, target = (p["params"][r] for r in ("n", "edges", "source", "target"))
        if p["undirected"]:
            kind = "an undirected edge between `u` and `v` (usable in both directions) with weight `w`"
        else:
            kind = "a directed edge from `u` to `v` (usable only from `u` to `v`) with weight `w`"
        toll = p["toll"]
        cost = (
            "The cost of a path is the sum of the weights of its edges"
            if toll == 0
            else f"The cost of a path is the sum of the weights of its edges plus a toll of {toll} for "
            "every edge it uses (an edge used twice pays twice)"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. The graph has `{n}` nodes numbered 0 to `{n}` - 1 "
            f"(`{n}` >= 1). Each element `[u, v, w]` of `{edges}` is {kind}, an integer 0 <= w <= "
            "10^6; there may be parallel edges and self-loops. "
            f"{cost}. Return the minimum cost of a path from `{source}` to `{target}` (both valid "
            f"nodes), 0 when `{source}` equals `{target}`, and -1 when `{target}` cannot be reached. "
            "There are up to 2000 nodes and 5000 edges."
        )
        return "Shortest path", statement, "Minimum path cost between two nodes, -1 if unreachable."

    def solve(self, p: Params, *args: Any) -> Any:
        n, edges, source, target = args
        adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
        for u, v, w in edges:
            adj[u].append((v, w + p["toll"]))
            if p["undirected"]:
                adj[v].append((u, w + p["toll"]))
        dist: dict[int, int] = {}
        heap = [(0, source)]
        while heap:
            d, node = heapq.heappop(heap)
            if node in dist:
                continue
            dist[node] = d
            for nxt, cost in adj[node]:
                if nxt not in dist:
                    heapq.heappush(heap, (d + cost, nxt))
        return dist.get(target, -1)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def graph(n: int, m: int, top: int) -> list[list[int]]:
            return [[rng.randrange(n), rng.randrange(n), rng.randint(0, top)] for _ in range(m)]

        toll = p["toll"]
        cases: list[Case] = []
        for _ in range(4):
            n = rng.randint(5, 8)
            cases.append(([n, graph(n, rng.randint(7, 12), p["weight_top"]), 0, n - 1], []))
        chain = [[i, i + 1, rng.randint(0, 50)] for i in range(149)]
        cases += [
            ([3, [], 0, 2], ["empty"]),
            ([1, [], 0, 0], ["empty"]),
            ([2, [[0, 1, 7]], 1, 1], ["boundary"]),
            ([2, [[1, 0, 7]], 0, 1], ["boundary"]),
            ([2, [[0, 1, 7]], 0, 1], ["boundary"]),
            ([3, [[0, 1, 0], [1, 2, 0], [0, 2, 1]], 0, 2], ["boundary"]),
            ([3, [[0, 1, 4], [0, 1, 2], [1, 1, 0], [1, 2, 3]], 0, 2], ["boundary"]),
            ([4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 3 + toll]], 0, 3], ["boundary"]),
            ([4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 4 + 2 * toll]], 0, 3], ["boundary"]),
            ([4, [[0, 1, 5], [2, 3, 1]], 0, 3], ["boundary"]),
            ([4, [[0, 1, 2], [2, 1, 1], [2, 3, 1]], 0, 3], ["boundary"]),
            ([3, [[0, 1, 1_000_000], [1, 2, 1_000_000]], 0, 2], ["boundary"]),
            ([200, graph(200, 400, p["weight_top"]), 0, 199], ["large"]),
            ([150, [*chain, [0, 149, 50 * 150]], 0, 149], ["large"]),
            ([150, chain, 149, 0], ["large"]),
        ]
        return cases
