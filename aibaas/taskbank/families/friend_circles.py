"""Medium family: group people by friendship pairs (union-find) and report the group sizes.

Medium because it needs a disjoint-set structure (naive flooding is too slow on the large case)
plus exact rules for numbering, out-of-range pairs, a size threshold and the output order.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class FriendCircles(Family):
    name = "friend-circles"
    difficulty = Difficulty.MEDIUM
    tags = ("union-find", "graphs")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{n}}: int, {{pairs}}: list[list[int]]) -> list[int]:
    parent = list(range({{n}}))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in {{pairs}}:
        a = pair[0] - {{base}}
        b = pair[1] - {{base}}
        if a < 0 or b < 0 or a >= {{n}} or b >= {{n}}:
            continue
        ra = root(a)
        rb = root(b)
        if ra != rb:
            parent[ra] = rb
    tally = [0] * {{n}}
    for x in range({{n}}):
        tally[root(x)] += 1
    sizes = [s for s in tally if s >= {{min_size}}]
    sizes.sort(reverse=True)
    return sizes
""",
        Language.TYPESCRIPT: """export function {{fn}}({{n}}: number, {{pairs}}: number[][]): number[] {
  const parent: number[] = [];
  for (let x = 0; x < {{n}}; x++) parent.push(x);
  const root = (start: number): number => {
    let x = start;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const pair of {{pairs}}) {
    const a = pair[0] - {{base}};
    const b = pair[1] - {{base}};
    if (a < 0 || b < 0 || a >= {{n}} || b >= {{n}}) continue;
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[ra] = rb;
  }
  const tally: number[] = new Array({{n}}).fill(0);
  for (let x = 0; x < {{n}}; x++) tally[root(x)] += 1;
  return tally.filter((s) => s >= {{min_size}}).sort((u, v) => v - u);
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static int root(int[] parent, int start) {
        int x = start;
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static List<Long> {{fn}}(long {{n}}, List<List<Long>> {{pairs}}) {
        int total = (int) {{n}};
        int[] parent = new int[total];
        for (int x = 0; x < total; x++) parent[x] = x;
        for (List<Long> pair : {{pairs}}) {
            long a = pair.get(0) - {{base}};
            long b = pair.get(1) - {{base}};
            if (a < 0 || b < 0 || a >= total || b >= total) continue;
            int ra = root(parent, (int) a);
            int rb = root(parent, (int) b);
            if (ra != rb) parent[ra] = rb;
        }
        long[] tally = new long[total];
        for (int x = 0; x < total; x++) tally[root(parent, x)] += 1;
        List<Long> sizes = new ArrayList<>();
        for (long s : tally) if (s >= {{min_size}}) sizes.add(s);
        sizes.sort(Comparator.reverseOrder());
        return sizes;
    }
}
""",
        Language.GO: """package solution

import "sort"

func findRoot(parent []int, start int) int {
	x := start
	for parent[x] != x {
		parent[x] = parent[parent[x]]
		x = parent[x]
	}
	return x
}

func {{fn}}({{n}} int, {{pairs}} [][]int) []int {
	parent := make([]int, {{n}})
	for x := 0; x < {{n}}; x++ {
		parent[x] = x
	}
	for _, pair := range {{pairs}} {
		a := pair[0] - {{base}}
		b := pair[1] - {{base}}
		if a < 0 || b < 0 || a >= {{n}} || b >= {{n}} {
			continue
		}
		ra := findRoot(parent, a)
		rb := findRoot(parent, b)
		if ra != rb {
			parent[ra] = rb
		}
	}
	tally := make([]int, {{n}})
	for x := 0; x < {{n}}; x++ {
		tally[findRoot(parent, x)] += 1
	}
	sizes := []int{}
	for _, s := range tally {
		if s >= {{min_size}} {
			sizes = append(sizes, s)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	return sizes
}
""",
        Language.RUBY: """def {{fn}}({{n}}, {{pairs}})
  parent = (0...{{n}}).to_a
  root = lambda do |start|
    x = start
    while parent[x] != x
      parent[x] = parent[parent[x]]
      x = parent[x]
    end
    x
  end
  {{pairs}}.each do |pair|
    a = pair[0] - {{base}}
    b = pair[1] - {{base}}
    next if a < 0 || b < 0 || a >= {{n}} || b >= {{n}}
    ra = root.call(a)
    rb = root.call(b)
    parent[ra] = rb if ra != rb
  end
  tally = Array.new({{n}}, 0)
  (0...{{n}}).each { |x| tally[root.call(x)] += 1 }
  tally.select { |s| s >= {{min_size}} }.sort.reverse
end
""",
        Language.RUST: """fn find_root(parent: &mut Vec<usize>, start: usize) -> usize {
    let mut x = start;
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

pub fn {{fn}}({{n}}: i64, {{pairs}}: Vec<Vec<i64>>) -> Vec<i64> {
    let total = {{n}} as usize;
    let mut parent: Vec<usize> = (0..total).collect();
    for pair in {{pairs}}.iter() {
        let a = pair[0] - {{base}};
        let b = pair[1] - {{base}};
        if a < 0 || b < 0 || a >= {{n}} || b >= {{n}} {
            continue;
        }
        let ra = find_root(&mut parent, a as usize);
        let rb = find_root(&mut parent, b as usize);
        if ra != rb {
            parent[ra] = rb;
        }
    }
    let mut tally: Vec<i64> = vec![0; total];
    for x in 0..total {
        let r = find_root(&mut parent, x);
        tally[r] += 1;
    }
    let mut sizes: Vec<i64> = tally.into_iter().filter(|s| *s >= {{min_size}}).collect();
    sizes.sort_by(|u, v| v.cmp(u));
    sizes
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    static int Root(int[] parent, int start)
    {
        int x = start;
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static List<long> {{fn}}(long {{n}}, List<List<long>> {{pairs}})
    {
        int total = (int){{n}};
        int[] parent = new int[total];
        for (int x = 0; x < total; x++) parent[x] = x;
        foreach (List<long> pair in {{pairs}})
        {
            long a = pair[0] - {{base}};
            long b = pair[1] - {{base}};
            if (a < 0 || b < 0 || a >= total || b >= total) continue;
            int ra = Root(parent, (int)a);
            int rb = Root(parent, (int)b);
            if (ra != rb) parent[ra] = rb;
        }
        long[] tally = new long[total];
        for (int x = 0; x < total; x++) tally[Root(parent, x)] += 1;
        return tally.Where(s => s >= {{min_size}}).OrderByDescending(s => s).ToList();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["friend_circles", "group_sizes", "circle_sizes", "cluster_sizes", "community_sizes"],
            n=["people", "n", "headcount", "population", "members"],
            pairs=["pairs", "links", "friendships", "edges", "ties"],
        )
        p |= {
            "base": rng.choice([0, 1]),
            "min_size": rng.choice([1, 1, 2, 3]),
            "framing": rng.choice(
                [
                    "A social app suggests group chats from mutual friendships.",
                    "A school groups pupils who know each other, directly or through friends.",
                    "A research team studies clusters in a small contact network.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"base": (p["base"], "int"), "min_size": (p["min_size"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("n", "int"), ("pairs", "list[list[int]]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        n, pairs, base, min_size = p["params"]["n"], p["params"]["pairs"], p["base"], p["min_size"]
        keep = (
            "every circle (a person without friends is a circle of 1)"
            if min_size == 1
            else f"only the circles of at least {min_size} people"
        )
        numbering = f"0 to `{n}` - 1" if base == 0 else f"1 to `{n}`"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. There are `{n}` people (`{n}` >= 0), numbered "
            f"{numbering}. Each element of `{pairs}` is a list of two person numbers "
            "who are friends; friendship is symmetric and a friend circle is a maximal set of people "
            "connected through chains of friendships. A pair naming a number outside the valid range "
            "is ignored entirely; a pair of a person with themself changes nothing. Return the sizes "
            f"of {keep}, sorted in descending order (equal sizes repeated). Up to 5000 people and "
            "5000 pairs."
        )
        return "Friend circles", statement, "Sizes of the friend circles, largest first."

    def solve(self, p: Params, *args: Any) -> Any:
        n, pairs = args
        base: int = p["base"]
        adjacency: list[list[int]] = [[] for _ in range(n)]
        for a, b in pairs:
            if base <= a < base + n and base <= b < base + n:
                adjacency[a - base].append(b - base)
                adjacency[b - base].append(a - base)
        seen = [False] * n
        sizes = []
        for start in range(n):
            if seen[start]:
                continue
            seen[start] = True
            stack, size = [start], 0
            while stack:
                x = stack.pop()
                size += 1
                for y in adjacency[x]:
                    if not seen[y]:
                        seen[y] = True
                        stack.append(y)
            sizes.append(size)
        return sorted((s for s in sizes if s >= p["min_size"]), reverse=True)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        base: int = p["base"]

        def pairs(n: int, m: int) -> list[list[int]]:
            return [[rng.randint(base, base + n - 1), rng.randint(base, base + n - 1)] for _ in range(m)]

        chain = [[i + base, i + 1 + base] for i in range(599)]
        cases: list[Case] = [([8, pairs(8, 5)], []), ([10, pairs(10, 6)], [])]
        cases += [([12, pairs(12, rng.randint(3, 10))], []) for _ in range(3)]
        b = base
        cases += [
            ([0, []], ["empty"]),
            ([4, []], ["empty"]),
            ([1, [[b, b]]], ["boundary"]),
            ([3, [[b, b + 1], [b + 1, b + 2], [b + 2, b]]], ["boundary"]),
            (
                [5, [[b - 1, b], [b + 4, b + 5], [b + 3, b + 4], [b, b + 1]]],
                ["boundary"],
            ),
            (
                [6, [[b, b + 5], [b + 1, b + 6], [b + 2, b + 2], [b + 3, b + 4]]],
                ["boundary"],
            ),
            (
                [7, [[b, b + 1], [b + 2, b + 3], [b + 1, b + 3], [b + 4, b + 5]]],
                ["boundary"],
            ),
            ([600, chain], ["large"]),
            ([1500, pairs(1500, 700)], ["large"]),
        ]
        return cases
