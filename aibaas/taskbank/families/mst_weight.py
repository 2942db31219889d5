"""Hard family: total weight of a minimum (or maximum) spanning tree, -1 when the graph is disconnected.

It is hard because the solver must know Kruskal's (or Prim's) algorithm with an efficient
union-find, handle self-loops, parallel edges and isolated nodes, and detect disconnection.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MstWeight(Family):
    name = "mst-weight"
    difficulty = Difficulty.HARD
    tags = ("graphs", "union-find", "greedy")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{nodes}}: int, {{edges}}: list[list[int]]) -> int:
    parent = list(range({{nodes}}))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    joined = 0
    for u, v, w in sorted({{edges}}, key=lambda e: e[2], reverse={{heaviest}}):
        ru = find(u)
        rv = find(v)
        if ru != rv:
            parent[ru] = rv
            total = total + w
            joined = joined + 1
    return total if joined + 1 >= {{nodes}} else -1
""",
        Language.TYPESCRIPT: """export function {{fn}}({{nodes}}: number, {{edges}}: number[][]): number {
  const parent = Array.from({ length: {{nodes}} }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const ordered = [...{{edges}}].sort((p, q) => ({{heaviest}} ? q[2] - p[2] : p[2] - q[2]));
  let total = 0;
  let joined = 0;
  for (const [u, v, w] of ordered) {
    const ru = find(u);
    const rv = find(v);
    if (ru !== rv) {
      parent[ru] = rv;
      total = total + w;
      joined = joined + 1;
    }
  }
  return joined + 1 >= {{nodes}} ? total : -1;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static long {{fn}}(long {{nodes}}, List<List<Long>> {{edges}}) {
        int size = (int) {{nodes}};
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) parent[i] = i;
        List<List<Long>> ordered = new ArrayList<>({{edges}});
        ordered.sort((p, q) -> Long.compare(p.get(2), q.get(2)));
        if ({{heaviest}}) Collections.reverse(ordered);
        long total = 0;
        long joined = 0;
        for (List<Long> e : ordered) {
            int ru = find(parent, (int) (long) e.get(0));
            int rv = find(parent, (int) (long) e.get(1));
            if (ru != rv) {
                parent[ru] = rv;
                total = total + e.get(2);
                joined = joined + 1;
            }
        }
        return joined + 1 >= size ? total : -1;
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{nodes}} int, {{edges}} [][]int) int {
	parent := make([]int, {{nodes}})
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	ordered := append([][]int{}, {{edges}}...)
	sort.SliceStable(ordered, func(i, j int) bool {
		if {{heaviest}} {
			return ordered[i][2] > ordered[j][2]
		}
		return ordered[i][2] < ordered[j][2]
	})
	total, joined := 0, 0
	for _, e := range ordered {
		ru, rv := find(e[0]), find(e[1])
		if ru != rv {
			parent[ru] = rv
			total = total + e[2]
			joined = joined + 1
		}
	}
	if joined + 1 >= {{nodes}} {
		return total
	}
	return -1
}
""",
        Language.RUBY: """def {{fn}}({{nodes}}, {{edges}})
  parent = (0...{{nodes}}).to_a
  find = lambda do |x|
    while parent[x] != x
      parent[x] = parent[parent[x]]
      x = parent[x]
    end
    x
  end
  ordered = {{edges}}.sort_by { |e| {{heaviest}} ? -e[2] : e[2] }
  total = 0
  joined = 0
  ordered.each do |u, v, w|
    ru = find.call(u)
    rv = find.call(v)
    next if ru == rv
    parent[ru] = rv
    total = total + w
    joined = joined + 1
  end
  joined + 1 >= {{nodes}} ? total : -1
end
""",
        Language.RUST: """fn find(parent: &mut Vec<usize>, start: usize) -> usize {
    let mut x = start;
    while parent[x] != x {
        let up = parent[parent[x]];
        parent[x] = up;
        x = up;
    }
    x
}

pub fn {{fn}}({{nodes}}: i64, {{edges}}: Vec<Vec<i64>>) -> i64 {
    let size = {{nodes}} as usize;
    let mut parent: Vec<usize> = (0..size).collect();
    let mut ordered = {{edges}}.clone();
    ordered.sort_by_key(|e| if {{heaviest}} { -e[2] } else { e[2] });
    let mut total: i64 = 0;
    let mut joined: i64 = 0;
    for e in ordered.iter() {
        let ru = find(&mut parent, e[0] as usize);
        let rv = find(&mut parent, e[1] as usize);
        if ru != rv {
            parent[ru] = rv;
            total = total + e[2];
            joined = joined + 1;
        }
    }
    if joined + 1 >= {{nodes}} { total } else { -1 }
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static long {{fn}}(long {{nodes}}, List<List<long>> {{edges}})
    {
        int size = (int){{nodes}};
        var parent = new int[size];
        for (int i = 0; i < size; i++) parent[i] = i;
        var ordered = {{edges}}.OrderBy(e => {{heaviest}} ? -e[2] : e[2]).ToList();
        long total = 0;
        long joined = 0;
        foreach (var e in ordered)
        {
            int ru = Find(parent, (int)e[0]);
            int rv = Find(parent, (int)e[1]);
            if (ru != rv)
            {
                parent[ru] = rv;
                total = total + e[2];
                joined = joined + 1;
            }
        }
        return joined + 1 >= size ? total : -1;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["spanning_tree_weight", "mst_weight", "network_cost", "wire_up", "tree_total"],
            nodes=["nodes", "vertex_count", "towns", "stations", "sites"],
            edges=["edges", "links", "roads", "cables", "pipes"],
        )
        p |= {
            "heaviest": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A utility company connects all its sites with as few cables as possible.",
                    "A road agency keeps just enough roads open to connect every town.",
                    "A network designer selects links that keep every station reachable.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"heaviest": (p["heaviest"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("nodes", "int"), ("edges", "list[list[int]]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        nodes, edges = p["params"]["nodes"], p["params"]["edges"]
        which = "maximum" if p["heaviest"] else "minimum"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. An undirected graph has `{nodes}` nodes numbered 0 to "
            f"`{nodes}` - 1; each element of `{edges}` is a triple `[u, v, w]`: an edge between nodes u "
            "and v with integer weight w (0 <= w <= 10^6). Edges may repeat between the same pair and "
            "an edge may be a self-loop (u == v). A spanning tree is a set of edges that connects all "
            f"nodes without forming a cycle. Return the {which} possible total weight of a spanning "
            "tree, or -1 when no spanning tree exists because the graph is disconnected. A graph with "
            "0 or 1 nodes is connected and gives 0. There are at most a few thousand nodes and edges."
        )
        return (
            f"{which.capitalize()} spanning tree weight",
            statement,
            f"Total weight of a {which} spanning tree.",
        )

    def solve(self, p: Params, *args: Any) -> Any:
        nodes, edges = args
        parent = list(range(nodes))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        total = joined = 0
        for u, v, w in sorted(edges, key=lambda e: e[2], reverse=p["heaviest"]):
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                total, joined = total + w, joined + 1
        return total if joined >= nodes - 1 else -1

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def graph(n: int, extra: int, high: int, offset: int = 0) -> list[list[int]]:
            out = [[rng.randrange(v) + offset, v + offset, rng.randint(0, high)] for v in range(1, n)]
            for _ in range(extra):
                out.append([rng.randrange(n) + offset, rng.randrange(n) + offset, rng.randint(0, high)])
            rng.shuffle(out)
            return out

        cases: list[Case] = [([n, graph(n, 3, 20)], []) for n in (rng.randint(4, 6) for _ in range(4))]
        cases += [
            ([0, []], ["empty"]),
            ([1, []], ["empty"]),
            ([3, []], ["empty"]),
            ([2, [[0, 1, 5]]], ["boundary"]),
            ([2, [[0, 1, 5], [1, 0, 3]]], ["boundary"]),
            ([2, [[0, 0, 1], [1, 1, 9], [0, 1, 7]]], ["boundary"]),
            ([3, [[0, 1, 4], [1, 2, 4], [0, 2, 4]]], ["boundary"]),
            ([3, [[0, 1, 1], [1, 2, 2], [0, 2, 3]]], ["boundary"]),
            ([4, [[0, 1, 1], [2, 3, 1]]], ["boundary"]),
            ([4, [[0, 1, 0], [1, 2, 0], [2, 3, 0]]], ["boundary"]),
            ([5, [[0, 1, 2], [1, 2, 9], [2, 3, 1], [3, 4, 8], [4, 0, 3], [1, 3, 5]]], ["boundary"]),
            ([250, graph(250, 150, 1_000_000)], ["large"]),
            ([200, [e for e in graph(200, 0, 1000) if e[1] != 100]], ["large"]),
            ([240, graph(120, 40, 10_000) + graph(120, 40, 10_000, 120)], ["large"]),
        ]
        return cases
