"""Hard family: project duration as the longest path through a DAG of tasks, or -1 on a cycle.

Hard because it needs a topological order (Kahn's algorithm) with longest-path relaxation in
linear time, cycle detection (including self-dependencies), independent tasks, a per-dependency
lag and the direction convention of the dependency pairs.
"""

from __future__ import annotations

import graphlib
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class CriticalPath(Family):
    name = "critical-path"
    difficulty = Difficulty.HARD
    tags = ("graphs", "topological-sort", "scheduling")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{durations}}: list[int], {{deps}}: list[list[int]]) -> int:
    n = len({{durations}})
    indegree = [0] * n
    adj: list[list[int]] = [[] for _ in range(n)]
    for e in {{deps}}:
        u = e[0] if {{forward}} else e[1]
        v = e[1] if {{forward}} else e[0]
        adj[u].append(v)
        indegree[v] += 1
    start = [0] * n
    queue = [i for i in range(n) if indegree[i] == 0]
    head = 0
    best = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        finish = start[u] + {{durations}}[u]
        best = max(best, finish)
        for v in adj[u]:
            start[v] = max(start[v], finish + {{lag}})
            indegree[v] -= 1
            if indegree[v] == 0:
                queue.append(v)
    return best if head == n else -1
""",
        Language.TYPESCRIPT: """export function {{fn}}(
  {{durations}}: number[],
  {{deps}}: number[][],
): number {
  const n = {{durations}}.length;
  const indegree: number[] = new Array(n).fill(0);
  const adj: number[][] = [];
  for (let i = 0; i < n; i++) adj.push([]);
  for (const e of {{deps}}) {
    const u = {{forward}} ? e[0] : e[1];
    const v = {{forward}} ? e[1] : e[0];
    adj[u].push(v);
    indegree[v]++;
  }
  const start: number[] = new Array(n).fill(0);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  let head = 0;
  let best = 0;
  while (head < queue.length) {
    const u = queue[head];
    head++;
    const finish = start[u] + {{durations}}[u];
    best = Math.max(best, finish);
    for (const v of adj[u]) {
      start[v] = Math.max(start[v], finish + {{lag}});
      indegree[v]--;
      if (indegree[v] === 0) queue.push(v);
    }
  }
  return head === n ? best : -1;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{durations}}, List<List<Long>> {{deps}}) {
        int n = {{durations}}.size();
        int[] indegree = new int[n];
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (List<Long> e : {{deps}}) {
            int u = (int) (long) ({{forward}} ? e.get(0) : e.get(1));
            int v = (int) (long) ({{forward}} ? e.get(1) : e.get(0));
            adj.get(u).add(v);
            indegree[v]++;
        }
        long[] start = new long[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) if (indegree[i] == 0) queue[tail++] = i;
        int head = 0;
        long best = 0;
        while (head < tail) {
            int u = queue[head];
            head++;
            long finish = start[u] + {{durations}}.get(u);
            best = Math.max(best, finish);
            for (int v : adj.get(u)) {
                start[v] = Math.max(start[v], finish + {{lag}});
                indegree[v]--;
                if (indegree[v] == 0) queue[tail++] = v;
            }
        }
        return head == n ? best : -1;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{durations}} []int, {{deps}} [][]int) int {
	n := len({{durations}})
	indegree := make([]int, n)
	adj := make([][]int, n)
	for _, e := range {{deps}} {
		u, v := e[1], e[0]
		if {{forward}} {
			u, v = e[0], e[1]
		}
		adj[u] = append(adj[u], v)
		indegree[v]++
	}
	start := make([]int, n)
	queue := []int{}
	for i := 0; i < n; i++ {
		if indegree[i] == 0 {
			queue = append(queue, i)
		}
	}
	head := 0
	best := 0
	for head < len(queue) {
		u := queue[head]
		head++
		finish := start[u] + {{durations}}[u]
		if finish > best {
			best = finish
		}
		for _, v := range adj[u] {
			if finish + {{lag}} > start[v] {
				start[v] = finish + {{lag}}
			}
			indegree[v]--
			if indegree[v] == 0 {
				queue = append(queue, v)
			}
		}
	}
	if head == n {
		return best
	}
	return -1
}
""",
        Language.RUBY: """def {{fn}}({{durations}}, {{deps}})
  n = {{durations}}.length
  indegree = Array.new(n, 0)
  adj = Array.new(n) { [] }
  {{deps}}.each do |e|
    u = {{forward}} ? e[0] : e[1]
    v = {{forward}} ? e[1] : e[0]
    adj[u].push(v)
    indegree[v] += 1
  end
  start = Array.new(n, 0)
  queue = (0...n).select { |i| indegree[i] == 0 }
  head = 0
  best = 0
  while head < queue.length
    u = queue[head]
    head += 1
    finish = start[u] + {{durations}}[u]
    best = [best, finish].max
    adj[u].each do |v|
      start[v] = [start[v], finish + {{lag}}].max
      indegree[v] -= 1
      queue.push(v) if indegree[v] == 0
    end
  end
  head == n ? best : -1
end
""",
        Language.RUST: """pub fn {{fn}}({{durations}}: Vec<i64>, {{deps}}: Vec<Vec<i64>>) -> i64 {
    let n = {{durations}}.len();
    let mut indegree: Vec<usize> = vec![0; n];
    let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
    for e in {{deps}}.iter() {
        let (a, b) = (e[0] as usize, e[1] as usize);
        let (u, v) = if {{forward}} { (a, b) } else { (b, a) };
        adj[u].push(v);
        indegree[v] += 1;
    }
    let mut start: Vec<i64> = vec![0; n];
    let mut queue: Vec<usize> = (0..n).filter(|&i| indegree[i] == 0).collect();
    let mut head = 0;
    let mut best: i64 = 0;
    while head < queue.len() {
        let u = queue[head];
        head += 1;
        let finish = start[u] + {{durations}}[u];
        best = best.max(finish);
        for &v in adj[u].iter() {
            start[v] = start[v].max(finish + {{lag}});
            indegree[v] -= 1;
            if indegree[v] == 0 {
                queue.push(v);
            }
        }
    }
    if head == n { best } else { -1 }
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{durations}}, List<List<long>> {{deps}})
    {
        int n = {{durations}}.Count;
        int[] indegree = new int[n];
        var adj = new List<List<int>>();
        for (int i = 0; i < n; i++) adj.Add(new List<int>());
        foreach (var e in {{deps}})
        {
            int u = (int)({{forward}} ? e[0] : e[1]);
            int v = (int)({{forward}} ? e[1] : e[0]);
            adj[u].Add(v);
            indegree[v]++;
        }
        long[] start = new long[n];
        var queue = new List<int>();
        for (int i = 0; i < n; i++) if (indegree[i] == 0) queue.Add(i);
        int head = 0;
        long best = 0;
        while (head < queue.Count)
        {
            int u = queue[head];
            head++;
            long finish = start[u] + {{durations}}[u];
            best = Math.Max(best, finish);
            foreach (int v in adj[u])
            {
                start[v] = Math.Max(start[v], finish + {{lag}});
                indegree[v]--;
                if (indegree[v] == 0) queue.Add(v);
            }
        }
        return head == n ? best : -1;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["project_duration", "critical_path", "min_schedule", "build_time", "finish_time"],
            durations=["durations", "costs", "times", "lengths", "efforts"],
            deps=["deps", "edges", "links", "prereqs", "arrows"],
        )
        p |= {
            "forward": rng.choice([True, False]),
            "lag": rng.choice([0, 0, 1, 3]),
            "framing": rng.choice(
                [
                    "A build system runs compilation steps as soon as their inputs are ready.",
                    "A construction manager plans trades that wait on each other.",
                    "A data pipeline schedules jobs on an unlimited cluster.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"forward": (p["forward"], "bool"), "lag": (p["lag"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("durations", "list[int]"), ("deps", "list[list[int]]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        durations, deps, lag = p["params"]["durations"], p["params"]["deps"], p["lag"]
        pair = (
            "`[a, b]` means task `a` must finish before task `b` can start"
            if p["forward"]
            else "`[a, b]` means task `a` depends on task `b`: `b` must finish before `a` can start"
        )
        wait = (
            "A task starts as soon as all of its prerequisites have finished (at time 0 if it has none)."
            if lag == 0
            else f"A task starts {lag} time unit{'s' if lag > 1 else ''} after the last of its "
            "prerequisites has finished (at time 0 if it has none)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. Task `i` takes `{durations}[i]` time units (an integer "
            f"between 0 and 10^9); there are up to 10^4 tasks. Each element of `{deps}` is a pair of "
            f"task indices (valid, between 0 and n - 1); {pair}. Pairs may repeat. {wait} Any number of "
            "tasks can run at the same time. Return the time at which the last task finishes (0 when "
            "there are no tasks), or -1 when the dependencies contain a cycle (including a task that "
            "depends on itself), since then the project can never finish."
        )
        return "Critical path", statement, "Project duration through a task DAG, or -1 on a cycle."

    def solve(self, p: Params, *args: Any) -> Any:
        durations, deps = args
        graph: dict[int, set[int]] = {i: set() for i in range(len(durations))}
        for a, b in deps:
            before, after = (a, b) if p["forward"] else (b, a)
            if before == after:
                return -1
            graph[after].add(before)
        try:
            order = list(graphlib.TopologicalSorter(graph).static_order())
        except graphlib.CycleError:
            return -1
        finish: dict[int, int] = {}
        for task in order:
            begin = max((finish[b] + p["lag"] for b in graph[task]), default=0)
            finish[task] = begin + durations[task]
        return max(finish.values(), default=0)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        forward = p["forward"]

        def pair(before: int, after: int) -> list[int]:
            return [before, after] if forward else [after, before]

        def dag(n: int, m: int, high: int) -> list[Any]:
            order = list(range(n))
            rng.shuffle(order)
            edges = []
            for _ in range(m):
                i, j = sorted(rng.sample(range(n), 2))
                edges.append(pair(order[i], order[j]))
            return [[rng.randint(0, high) for _ in range(n)], edges]

        cases: list[Case] = [([[3, 2, 4, 1], [pair(0, 1), pair(0, 2), pair(1, 3), pair(2, 3)]], [])]
        cases += [(dag(rng.randint(3, 7), rng.randint(2, 8), 9), []) for _ in range(4)]
        cases += [
            ([[], []], ["empty"]),
            ([[5, 7, 2], []], ["empty"]),
            ([[4], []], ["boundary"]),
            ([[0, 0], [pair(0, 1)]], ["boundary"]),
            ([[4], [pair(0, 0)]], ["boundary"]),
            ([[1, 2], [pair(0, 1), pair(1, 0)]], ["boundary"]),
            ([[1, 2, 3], [pair(0, 1), pair(1, 2), pair(2, 1)]], ["boundary"]),
            ([[5, 1, 1], [pair(1, 2)]], ["boundary"]),
            ([[1, 5, 1], [pair(0, 2), pair(1, 2), pair(1, 2)]], ["boundary"]),
            ([[2, 2, 2, 2], [pair(0, 3), pair(1, 3), pair(2, 3), pair(0, 1)]], ["boundary"]),
            ([[10**9, 10**9], [pair(0, 1)]], ["boundary"]),
            (dag(600, 1100, 10**9), ["large"]),
            ([[rng.randint(0, 9) for _ in range(800)], [pair(i, i + 1) for i in range(799)]], ["large"]),
            ([[1] * 600, [pair(i, i + 1) for i in range(599)] + [pair(599, 300)]], ["large"]),
        ]
        return cases
