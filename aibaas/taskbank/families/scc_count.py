"""Hard family: strongly connected components of a directed graph (how many, or the largest one's size).

It is hard because plain reachability is not enough: the solver needs Kosaraju's or Tarjan's
algorithm in O(n + m), written without deep recursion, and must handle self-loops and repeats.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class SccCount(Family):
    name = "scc-count"
    difficulty = Difficulty.HARD
    tags = ("graphs", "dfs")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{nodes}}: int, {{edges}}: list[list[int]]) -> int:
    out: list[list[int]] = [[] for _ in range({{nodes}})]
    back: list[list[int]] = [[] for _ in range({{nodes}})]
    for u, v in {{edges}}:
        out[u].append(v)
        back[v].append(u)
    seen = [False] * {{nodes}}
    order: list[int] = []
    for root in range({{nodes}}):
        if seen[root]:
            continue
        seen[root] = True
        stack = [[root, 0]]
        while len(stack) > 0:
            top = stack[-1]
            u = top[0]
            if top[1] < len(out[u]):
                v = out[u][top[1]]
                top[1] = top[1] + 1
                if not seen[v]:
                    seen[v] = True
                    stack.append([v, 0])
            else:
                stack.pop()
                order.append(u)
    comp = [-1] * {{nodes}}
    groups = 0
    biggest = 0
    for root in reversed(order):
        if comp[root] != -1:
            continue
        comp[root] = groups
        members = 0
        todo = [root]
        while len(todo) > 0:
            u = todo.pop()
            members = members + 1
            for v in back[u]:
                if comp[v] == -1:
                    comp[v] = groups
                    todo.append(v)
        groups = groups + 1
        biggest = max(biggest, members)
    return biggest if {{largest}} else groups
""",
        Language.TYPESCRIPT: """export function {{fn}}({{nodes}}: number, {{edges}}: number[][]): number {
  const out: number[][] = Array.from({ length: {{nodes}} }, () => []);
  const back: number[][] = Array.from({ length: {{nodes}} }, () => []);
  for (const [u, v] of {{edges}}) {
    out[u].push(v);
    back[v].push(u);
  }
  const seen = new Array<boolean>({{nodes}}).fill(false);
  const order: number[] = [];
  for (let root = 0; root < {{nodes}}; root++) {
    if (seen[root]) continue;
    seen[root] = true;
    const stack: number[][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const u = top[0];
      if (top[1] < out[u].length) {
        const v = out[u][top[1]];
        top[1] = top[1] + 1;
        if (!seen[v]) {
          seen[v] = true;
          stack.push([v, 0]);
        }
      } else {
        stack.pop();
        order.push(u);
      }
    }
  }
  const comp = new Array<number>({{nodes}}).fill(-1);
  let groups = 0;
  let biggest = 0;
  for (let k = order.length - 1; k >= 0; k--) {
    const root = order[k];
    if (comp[root] !== -1) continue;
    comp[root] = groups;
    let members = 0;
    const todo = [root];
    while (todo.length > 0) {
      const u = todo.pop() as number;
      members = members + 1;
      for (const v of back[u]) {
        if (comp[v] === -1) {
          comp[v] = groups;
          todo.push(v);
        }
      }
    }
    groups = groups + 1;
    biggest = Math.max(biggest, members);
  }
  return {{largest}} ? biggest : groups;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(long {{nodes}}, List<List<Long>> {{edges}}) {
        int size = (int) {{nodes}};
        List<List<Integer>> out = new ArrayList<>();
        List<List<Integer>> back = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(new ArrayList<>());
            back.add(new ArrayList<>());
        }
        for (List<Long> e : {{edges}}) {
            int u = (int) (long) e.get(0);
            int v = (int) (long) e.get(1);
            out.get(u).add(v);
            back.get(v).add(u);
        }
        boolean[] seen = new boolean[size];
        List<Integer> order = new ArrayList<>();
        int[] stackNode = new int[size];
        int[] stackNext = new int[size];
        for (int root = 0; root < size; root++) {
            if (seen[root]) continue;
            seen[root] = true;
            int depth = 1;
            stackNode[0] = root;
            stackNext[0] = 0;
            while (depth > 0) {
                int u = stackNode[depth - 1];
                if (stackNext[depth - 1] < out.get(u).size()) {
                    int v = out.get(u).get(stackNext[depth - 1]);
                    stackNext[depth - 1]++;
                    if (!seen[v]) {
                        seen[v] = true;
                        stackNode[depth] = v;
                        stackNext[depth] = 0;
                        depth++;
                    }
                } else {
                    depth--;
                    order.add(u);
                }
            }
        }
        int[] comp = new int[size];
        Arrays.fill(comp, -1);
        long groups = 0;
        long biggest = 0;
        for (int k = order.size() - 1; k >= 0; k--) {
            int root = order.get(k);
            if (comp[root] != -1) continue;
            comp[root] = (int) groups;
            long members = 0;
            List<Integer> todo = new ArrayList<>();
            todo.add(root);
            while (todo.size() > 0) {
                int u = todo.remove(todo.size() - 1);
                members = members + 1;
                for (int v : back.get(u)) {
                    if (comp[v] == -1) {
                        comp[v] = (int) groups;
                        todo.add(v);
                    }
                }
            }
            groups = groups + 1;
            biggest = Math.max(biggest, members);
        }
        return {{largest}} ? biggest : groups;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{nodes}} int, {{edges}} [][]int) int {
	out := make([][]int, {{nodes}})
	back := make([][]int, {{nodes}})
	for _, e := range {{edges}} {
		out[e[0]] = append(out[e[0]], e[1])
		back[e[1]] = append(back[e[1]], e[0])
	}
	seen := make([]bool, {{nodes}})
	order := []int{}
	stackNode := make([]int, {{nodes}})
	stackNext := make([]int, {{nodes}})
	for root := 0; root < {{nodes}}; root++ {
		if seen[root] {
			continue
		}
		seen[root] = true
		depth := 1
		stackNode[0], stackNext[0] = root, 0
		for depth > 0 {
			u := stackNode[depth - 1]
			if stackNext[depth - 1] < len(out[u]) {
				v := out[u][stackNext[depth - 1]]
				stackNext[depth - 1]++
				if !seen[v] {
					seen[v] = true
					stackNode[depth], stackNext[depth] = v, 0
					depth++
				}
			} else {
				depth--
				order = append(order, u)
			}
		}
	}
	comp := make([]int, {{nodes}})
	for i := range comp {
		comp[i] = -1
	}
	groups, biggest := 0, 0
	for k := len(order) - 1; k >= 0; k-- {
		root := order[k]
		if comp[root] != -1 {
			continue
		}
		comp[root] = groups
		members := 0
		todo := []int{root}
		for len(todo) > 0 {
			u := todo[len(todo) - 1]
			todo = todo[:len(todo) - 1]
			members = members + 1
			for _, v := range back[u] {
				if comp[v] == -1 {
					comp[v] = groups
					todo = append(todo, v)
				}
			}
		}
		groups = groups + 1
		if members > biggest {
			biggest = members
		}
	}
	if {{largest}} {
		return biggest
	}
	return groups
}
""",
        Language.RUBY: """def {{fn}}({{nodes}}, {{edges}})
  out = Array.new({{nodes}}) { [] }
  back = Array.new({{nodes}}) { [] }
  {{edges}}.each do |u, v|
    out[u].push(v)
    back[v].push(u)
  end
  seen = [false] * {{nodes}}
  order = []
  (0...{{nodes}}).each do |root|
    next if seen[root]
    seen[root] = true
    stack = [[root, 0]]
    while stack.length > 0
      top = stack[-1]
      u = top[0]
      if top[1] < out[u].length
        v = out[u][top[1]]
        top[1] = top[1] + 1
        unless seen[v]
          seen[v] = true
          stack.push([v, 0])
        end
      else
        stack.pop
        order.push(u)
      end
    end
  end
  comp = [-1] * {{nodes}}
  groups = 0
  biggest = 0
  order.reverse_each do |root|
    next if comp[root] != -1
    comp[root] = groups
    members = 0
    todo = [root]
    while todo.length > 0
      u = todo.pop
      members = members + 1
      back[u].each do |v|
        if comp[v] == -1
          comp[v] = groups
          todo.push(v)
        end
      end
    end
    groups = groups + 1
    biggest = [biggest, members].max
  end
  {{largest}} ? biggest : groups
end
""",
        Language.RUST: """pub fn {{fn}}({{nodes}}: i64, {{edges}}: Vec<Vec<i64>>) -> i64 {
    let size = {{nodes}} as usize;
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); size];
    let mut back: Vec<Vec<usize>> = vec![Vec::new(); size];
    for e in {{edges}}.iter() {
        out[e[0] as usize].push(e[1] as usize);
        back[e[1] as usize].push(e[0] as usize);
    }
    let mut seen = vec![false; size];
    let mut order: Vec<usize> = Vec::new();
    for root in 0..size {
        if seen[root] {
            continue;
        }
        seen[root] = true;
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        while stack.len() > 0 {
            let last = stack.len() - 1;
            let (u, next) = stack[last];
            if next < out[u].len() {
                let v = out[u][next];
                stack[last].1 = next + 1;
                if !seen[v] {
                    seen[v] = true;
                    stack.push((v, 0));
                }
            } else {
                stack.pop();
                order.push(u);
            }
        }
    }
    let mut comp: Vec<i64> = vec![-1; size];
    let mut groups: i64 = 0;
    let mut biggest: i64 = 0;
    for &root in order.iter().rev() {
        if comp[root] != -1 {
            continue;
        }
        comp[root] = groups;
        let mut members: i64 = 0;
        let mut todo: Vec<usize> = vec![root];
        while let Some(u) = todo.pop() {
            members = members + 1;
            for &v in back[u].iter() {
                if comp[v] == -1 {
                    comp[v] = groups;
                    todo.push(v);
                }
            }
        }
        groups = groups + 1;
        biggest = biggest.max(members);
    }
    if {{largest}} { biggest } else { groups }
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(long {{nodes}}, List<List<long>> {{edges}})
    {
        int size = (int){{nodes}};
        var out_ = new List<List<int>>();
        var back = new List<List<int>>();
        for (int i = 0; i < size; i++)
        {
            out_.Add(new List<int>());
            back.Add(new List<int>());
        }
        foreach (var e in {{edges}})
        {
            out_[(int)e[0]].Add((int)e[1]);
            back[(int)e[1]].Add((int)e[0]);
        }
        var seen = new bool[size];
        var order = new List<int>();
        var stackNode = new int[size];
        var stackNext = new int[size];
        for (int root = 0; root < size; root++)
        {
            if (seen[root]) continue;
            seen[root] = true;
            int depth = 1;
            stackNode[0] = root;
            stackNext[0] = 0;
            while (depth > 0)
            {
                int u = stackNode[depth - 1];
                if (stackNext[depth - 1] < out_[u].Count)
                {
                    int v = out_[u][stackNext[depth - 1]];
                    stackNext[depth - 1]++;
                    if (!seen[v])
                    {
                        seen[v] = true;
                        stackNode[depth] = v;
                        stackNext[depth] = 0;
                        depth++;
                    }
                }
                else
                {
                    depth--;
                    order.Add(u);
                }
            }
        }
        var comp = new int[size];
        for (int i = 0; i < size; i++) comp[i] = -1;
        long groups = 0;
        long biggest = 0;
        for (int k = order.Count - 1; k >= 0; k--)
        {
            int root = order[k];
            if (comp[root] != -1) continue;
            comp[root] = (int)groups;
            long members = 0;
            var todo = new Stack<int>();
            todo.Push(root);
            while (todo.Count > 0)
            {
                int u = todo.Pop();
                members = members + 1;
                foreach (int v in back[u])
                {
                    if (comp[v] == -1)
                    {
                        comp[v] = (int)groups;
                        todo.Push(v);
                    }
                }
            }
            groups = groups + 1;
            biggest = Math.Max(biggest, members);
        }
        return {{largest}} ? biggest : groups;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["scc_count", "strong_groups", "cycle_clusters", "mutual_reach", "component_stat"],
            nodes=["nodes", "vertex_count", "pages", "services", "cities"],
            edges=["edges", "links", "calls", "arcs", "flights"],
        )
        p |= {
            "largest": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A web crawler groups pages that can all reach each other through links.",
                    "A build system finds groups of services that call each other in cycles.",
                    "An airline finds groups of cities where every city can reach every other.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"largest": (p["largest"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("nodes", "int"), ("edges", "list[list[int]]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        nodes, edges = p["params"]["nodes"], p["params"]["edges"]
        want = (
            "the number of nodes in the largest strongly connected component (0 for a graph with no nodes)"
            if p["largest"]
            else "the number of strongly connected components"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. A directed graph has `{nodes}` nodes numbered 0 to "
            f"`{nodes}` - 1; each element of `{edges}` is a pair `[u, v]`, an edge from u to v (pairs "
            "may repeat and self-loops may appear). Two nodes are in the same strongly connected "
            "component when each can reach the other by following edges; every node is in exactly one "
            "component (a node that is on no cycle is a component by itself). Return "
            f"{want}. There are at most a few thousand nodes and edges."
        )
        title = "Largest strongly connected component" if p["largest"] else "Strongly connected components"
        return title, statement, f"Return {want}."

    def solve(self, p: Params, *args: Any) -> Any:
        nodes, edges = args
        out: list[list[int]] = [[] for _ in range(nodes)]
        for u, v in edges:
            out[u].append(v)
        index = [-1] * nodes
        low = [0] * nodes
        on_stack = [False] * nodes
        stack: list[int] = []
        sizes: list[int] = []
        counter = 0
        for root in range(nodes):
            if index[root] >= 0:
                continue
            work = [(root, 0)]
            index[root] = low[root] = counter
            counter += 1
            stack.append(root)
            on_stack[root] = True
            while work:
                u, i = work[-1]
                if i < len(out[u]):
                    work[-1] = (u, i + 1)
                    v = out[u][i]
                    if index[v] < 0:
                        index[v] = low[v] = counter
                        counter += 1
                        stack.append(v)
                        on_stack[v] = True
                        work.append((v, 0))
                    elif on_stack[v]:
                        low[u] = min(low[u], index[v])
                    continue
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[u])
                if low[u] == index[u]:
                    size = 0
                    while True:
                        w = stack.pop()
                        on_stack[w] = False
                        size += 1
                        if w == u:
                            break
                    sizes.append(size)
        return max(sizes, default=0) if p["largest"] else len(sizes)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def clustered(n: int, groups: int, extra: int) -> list[list[int]]:
            label = [rng.randrange(groups) for _ in range(n)]
            out: list[list[int]] = []
            for g in range(groups):
                members = [v for v in range(n) if label[v] == g]
                if len(members) > 1 and rng.random() < 0.8:
                    out += [[members[i], members[(i + 1) % len(members)]] for i in range(len(members))]
            for _ in range(extra):
                u, v = rng.randrange(n), rng.randrange(n)
                out.append([u, v] if label[u] <= label[v] else [v, u])
            rng.shuffle(out)
            return out

        sizes = [rng.randint(5, 7) for _ in range(4)]
        cases: list[Case] = [([n, clustered(n, 3, 3)], []) for n in sizes]
        cases += [
            ([0, []], ["empty"]),
            ([1, []], ["empty"]),
            ([3, []], ["empty"]),
            ([2, [[0, 1]]], ["boundary"]),
            ([2, [[0, 1], [1, 0]]], ["boundary"]),
            ([1, [[0, 0]]], ["boundary"]),
            ([4, [[0, 1], [1, 2], [2, 0], [2, 3]]], ["boundary"]),
            ([5, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]]], ["boundary"]),
            ([6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3]]], ["boundary"]),
            ([7, [[6, 5], [5, 6], [4, 3], [3, 2], [2, 4], [1, 0], [0, 6]]], ["boundary"]),
            ([300, clustered(300, 25, 120)], ["large"]),
            ([300, [[i, i + 1] for i in range(299)] + [[299, 150]]], ["large"]),
            ([250, [[rng.randrange(250), rng.randrange(250)] for _ in range(350)]], ["large"]),
        ]
        return cases
