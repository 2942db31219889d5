"""Hard family: single-source shortest paths with negative edges, empty when a negative cycle is reachable.

It is hard because Dijkstra is wrong with negative weights: the solver needs Bellman-Ford's
repeated relaxation, must tell reachable from unreachable negative cycles, and report unreachable
nodes with the variant's sentinel value.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class BellmanFord(Family):
    name = "bellman-ford"
    difficulty = Difficulty.HARD
    tags = ("graphs", "shortest-paths")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """\
def {{fn}}({{nodes}}: int, {{edges}}: list[list[int]], {{source}}: int) -> list[int]:
    dist = [{{unreachable}}] * {{nodes}}
    dist[{{source}}] = 0
    for _ in range({{nodes}}):
        changed = False
        for u, v, w in {{edges}}:
            if dist[u] != {{unreachable}} and dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            return dist
    return []
""",
        Language.TYPESCRIPT: """\
export function {{fn}}({{nodes}}: number, {{edges}}: number[][], {{source}}: number): number[] {
  const dist = new Array<number>({{nodes}}).fill({{unreachable}});
  dist[{{source}}] = 0;
  for (let round = 0; round < {{nodes}}; round++) {
    let changed = false;
    for (const [u, v, w] of {{edges}}) {
      if (dist[u] !== {{unreachable}} && dist[u] + w < dist[v]) {
        dist[v] = dist[u] + w;
        changed = true;
      }
    }
    if (!changed) return dist;
  }
  return [];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(long {{nodes}}, List<List<Long>> {{edges}}, long {{source}}) {
        int size = (int) {{nodes}};
        long[] dist = new long[size];
        Arrays.fill(dist, {{unreachable}});
        dist[(int) {{source}}] = 0;
        for (int round = 0; round < size; round++) {
            boolean changed = false;
            for (List<Long> e : {{edges}}) {
                int u = (int) (long) e.get(0);
                int v = (int) (long) e.get(1);
                long w = e.get(2);
                if (dist[u] != {{unreachable}} && dist[u] + w < dist[v]) {
                    dist[v] = dist[u] + w;
                    changed = true;
                }
            }
            if (!changed) {
                List<Long> result = new ArrayList<>();
                for (long d : dist) result.add(d);
                return result;
            }
        }
        return new ArrayList<>();
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{nodes}} int, {{edges}} [][]int, {{source}} int) []int {
	dist := make([]int, {{nodes}})
	for i := range dist {
		dist[i] = {{unreachable}}
	}
	dist[{{source}}] = 0
	for round := 0; round < {{nodes}}; round++ {
		changed := false
		for _, e := range {{edges}} {
			u, v, w := e[0], e[1], e[2]
			if dist[u] != {{unreachable}} && dist[u] + w < dist[v] {
				dist[v] = dist[u] + w
				changed = true
			}
		}
		if !changed {
			return dist
		}
	}
	return []int{}
}
""",
        Language.RUBY: """def {{fn}}({{nodes}}, {{edges}}, {{source}})
  dist = [{{unreachable}}] * {{nodes}}
  dist[{{source}}] = 0
  {{nodes}}.times do
    changed = false
    {{edges}}.each do |u, v, w|
      if dist[u] != {{unreachable}} && dist[u] + w < dist[v]
        dist[v] = dist[u] + w
        changed = true
      end
    end
    return dist unless changed
  end
  []
end
""",
        Language.RUST: """\
pub fn {{fn}}({{nodes}}: i64, {{edges}}: Vec<Vec<i64>>, {{source}}: i64) -> Vec<i64> {
    let size = {{nodes}} as usize;
    let mut dist: Vec<i64> = vec![{{unreachable}}; size];
    dist[{{source}} as usize] = 0;
    for _ in 0..size {
        let mut changed = false;
        for e in {{edges}}.iter() {
            let (u, v, w) = (e[0] as usize, e[1] as usize, e[2]);
            if dist[u] != {{unreachable}} && dist[u] + w < dist[v] {
                dist[v] = dist[u] + w;
                changed = true;
            }
        }
        if !changed {
            return dist;
        }
    }
    Vec::new()
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> {{fn}}(long {{nodes}}, List<List<long>> {{edges}}, long {{source}})
    {
        int size = (int){{nodes}};
        var dist = new List<long>();
        for (int i = 0; i < size; i++) dist.Add({{unreachable}});
        dist[(int){{source}}] = 0;
        for (int round = 0; round < size; round++)
        {
            bool changed = false;
            foreach (var e in {{edges}})
            {
                int u = (int)e[0];
                int v = (int)e[1];
                long w = e[2];
                if (dist[u] != {{unreachable}} && dist[u] + w < dist[v])
                {
                    dist[v] = dist[u] + w;
                    changed = true;
                }
            }
            if (!changed) return dist;
        }
        return new List<long>();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["shortest_costs", "cheapest_routes", "bellman_ford", "min_distances", "path_costs"],
            nodes=["nodes", "vertex_count", "towns", "accounts", "stops"],
            edges=["edges", "roads", "transfers", "legs", "arcs"],
            source=["source", "start", "origin", "home"],
        )
        p |= {
            "unreachable": rng.choice([10**12, 10**15, 4 * 10**15]),
            "framing": rng.choice(
                [
                    "A currency desk prices chains of transfers, some of which pay a rebate.",
                    "A delivery planner computes cheapest routes where some legs earn a subsidy.",
                    "A game engine computes the cheapest way to every room when some doors heal the player.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"unreachable": (p["unreachable"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(
            p, [("nodes", "int"), ("edges", "list[list[int]]"), ("source", "int")], "list[int]"
        )

    def statement(self, p: Params) -> tuple[str, str, str]:
        nodes, edges, source = p["params"]["nodes"], p["params"]["edges"], p["params"]["source"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`. A directed graph has `{nodes}` nodes (at least 1) "
            f"numbered 0 to `{nodes}` - 1; each element of `{edges}` is a triple `[u, v, w]`: an edge "
            "from u to v with integer weight w, which may be negative (|w| <= 1000). Edges may repeat "
            "and self-loops may appear. Return a list whose i-th element is the smallest total weight "
            f"of a path from `{source}` to node i (0 for `{source}` itself, unless a cycle lowers "
            f"it), or {p['unreachable']} when node i cannot be reached from `{source}`. If a cycle of "
            f"negative total weight can be reached from `{source}` (so some costs have no minimum), "
            f"return an empty list instead; negative cycles that `{source}` cannot reach do not matter. "
            "There are at most a few hundred nodes and a few thousand edges."
        )
        return (
            "Shortest paths with negative edges",
            statement,
            "Bellman-Ford distances, or [] on a negative cycle.",
        )

    def solve(self, p: Params, *args: Any) -> Any:
        nodes, edges, source = args
        inf = p["unreachable"]
        dist = [inf] * nodes
        dist[source] = 0
        for _ in range(nodes):
            changed = False
            for u, v, w in edges:
                if dist[u] != inf and dist[u] + w < dist[v]:
                    dist[v], changed = dist[u] + w, True
            if not changed:
                return dist
        return []

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def safe(n: int, m: int) -> list[list[int]]:
            height = [rng.randint(0, 60) for _ in range(n)]
            out = []
            for _ in range(m):
                u, v = rng.randrange(n), rng.randrange(n)
                out.append([u, v, height[u] - height[v] + rng.randint(0, 15)])
            return out

        def with_cycle(n: int, m: int) -> list[list[int]]:
            out = [[i, i + 1, rng.randint(1, 20)] for i in range(n - 1)] + safe(n, m)
            a, b = n - 3, n - 2
            out += [[a, b, 5], [b, a, -6]]
            rng.shuffle(out)
            return out

        sizes = [rng.randint(5, 6) for _ in range(4)]
        cases: list[Case] = [([n, safe(n, 10), rng.randrange(n)], []) for n in sizes]
        cases += [
            ([1, [], 0], ["empty"]),
            ([3, [], 1], ["empty"]),
            ([2, [[0, 1, -5]], 0], ["boundary"]),
            ([2, [[0, 1, -5]], 1], ["boundary"]),
            ([2, [[0, 1, 3], [1, 0, -3]], 0], ["boundary"]),
            ([2, [[0, 1, 3], [1, 0, -4]], 0], ["boundary"]),
            ([1, [[0, 0, -1]], 0], ["boundary"]),
            ([1, [[0, 0, 0]], 0], ["boundary"]),
            ([3, [[1, 2, -1], [2, 1, -1]], 0], ["boundary"]),
            ([4, [[0, 1, 5], [0, 2, 2], [2, 1, 1], [1, 3, 1], [0, 1, 4]], 0], ["boundary"]),
            ([4, [[2, 3, -2], [1, 2, -2], [0, 1, -2]], 0], ["boundary"]),
            ([150, [[i, i + 1, rng.randint(-10, 10)] for i in reversed(range(149))], 0], ["large"]),
            ([150, safe(150, 400), 7], ["large"]),
            ([150, with_cycle(150, 300), 0], ["large"]),
        ]
        return cases
