"""Hard family: the skyline key points of a set of rectangular buildings.

Hard because overlapping buildings, shared edges, equal heights and buildings hidden behind
taller ones must all give the minimal list of height changes, and a naive per-coordinate scan is
quadratic: the references compress coordinates and paint intervals tallest-first with a
union-find "next unpainted" pointer (a heap sweep works too).
"""

from __future__ import annotations

import heapq
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class Skyline(Family):
    name = "skyline"
    difficulty = Difficulty.HARD
    tags = ("sweep-line", "union-find", "intervals")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{towers}}: list[list[int]]) -> list[list[int]]:
    kept = []
    for b in {{towers}}:
        end = b[0] + b[1] if {{by_width}} else b[1]
        if b[2] >= {{min_height}} and end > b[0]:
            kept.append((b[0], end, b[2]))
    xs = sorted({x for b in kept for x in (b[0], b[1])})
    where = {x: i for i, x in enumerate(xs)}
    parent = list(range(len(xs)))
    level = [0] * len(xs)

    def find(i: int) -> int:
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    for start, end, height in sorted(kept, key=lambda b: -b[2]):
        i = find(where[start])
        while i < where[end]:
            level[i] = height
            parent[i] = i + 1
            i = find(i + 1)
    points: list[list[int]] = []
    previous = 0
    for i in range(len(xs)):
        if level[i] != previous:
            points.append([xs[i], level[i]])
            previous = level[i]
    return points
""",
        Language.TYPESCRIPT: """export function {{fn}}({{towers}}: number[][]): number[][] {
  const kept: number[][] = [];
  for (const b of {{towers}}) {
    const end = {{by_width}} ? b[0] + b[1] : b[1];
    if (b[2] >= {{min_height}} && end > b[0]) kept.push([b[0], end, b[2]]);
  }
  const xs = Array.from(new Set(kept.flatMap((b) => [b[0], b[1]]))).sort((a, c) => a - c);
  const where = new Map<number, number>();
  xs.forEach((x, i) => where.set(x, i));
  const parent = xs.map((_, i) => i);
  const level: number[] = xs.map(() => 0);
  const find = (start: number): number => {
    let root = start;
    while (parent[root] !== root) root = parent[root];
    let i = start;
    while (parent[i] !== root) {
      const up = parent[i];
      parent[i] = root;
      i = up;
    }
    return root;
  };
  kept.sort((a, c) => c[2] - a[2]);
  for (const [start, end, height] of kept) {
    let i = find(where.get(start) as number);
    while (i < (where.get(end) as number)) {
      level[i] = height;
      parent[i] = i + 1;
      i = find(i + 1);
    }
  }
  const points: number[][] = [];
  let previous = 0;
  for (let i = 0; i < xs.length; i++) {
    if (level[i] !== previous) {
      points.push([xs[i], level[i]]);
      previous = level[i];
    }
  }
  return points;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static int[] parent;

    static int find(int start) {
        int root = start;
        while (parent[root] != root) root = parent[root];
        int i = start;
        while (parent[i] != root) {
            int up = parent[i];
            parent[i] = root;
            i = up;
        }
        return root;
    }

    public static List<List<Long>> {{fn}}(List<List<Long>> {{towers}}) {
        List<long[]> kept = new ArrayList<>();
        for (List<Long> b : {{towers}}) {
            long end = {{by_width}} ? b.get(0) + b.get(1) : b.get(1);
            if (b.get(2) >= {{min_height}} && end > b.get(0)) kept.add(new long[] {b.get(0), end, b.get(2)});
        }
        TreeSet<Long> unique = new TreeSet<>();
        for (long[] b : kept) {
            unique.add(b[0]);
            unique.add(b[1]);
        }
        List<Long> xs = new ArrayList<>(unique);
        Map<Long, Integer> where = new HashMap<>();
        for (int i = 0; i < xs.size(); i++) where.put(xs.get(i), i);
        parent = new int[xs.size()];
        long[] level = new long[xs.size()];
        for (int i = 0; i < xs.size(); i++) parent[i] = i;
        kept.sort((a, c) -> Long.compare(c[2], a[2]));
        for (long[] b : kept) {
            int i = find(where.get(b[0]));
            while (i < where.get(b[1])) {
                level[i] = b[2];
                parent[i] = i + 1;
                i = find(i + 1);
            }
        }
        List<List<Long>> points = new ArrayList<>();
        long previous = 0;
        for (int i = 0; i < xs.size(); i++) {
            if (level[i] != previous) {
                points.add(new ArrayList<>(List.of(xs.get(i), level[i])));
                previous = level[i];
            }
        }
        return points;
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{towers}} [][]int) [][]int {
	kept := [][]int{}
	for _, b := range {{towers}} {
		end := b[1]
		if {{by_width}} {
			end = b[0] + b[1]
		}
		if b[2] >= {{min_height}} && end > b[0] {
			kept = append(kept, []int{b[0], end, b[2]})
		}
	}
	where := map[int]int{}
	xs := []int{}
	for _, b := range kept {
		for _, x := range []int{b[0], b[1]} {
			if _, ok := where[x]; !ok {
				where[x] = 0
				xs = append(xs, x)
			}
		}
	}
	sort.Ints(xs)
	parent := make([]int, len(xs))
	level := make([]int, len(xs))
	for i, x := range xs {
		where[x] = i
		parent[i] = i
	}
	find := func(start int) int {
		root := start
		for parent[root] != root {
			root = parent[root]
		}
		for i := start; parent[i] != root; {
			up := parent[i]
			parent[i] = root
			i = up
		}
		return root
	}
	sort.SliceStable(kept, func(a, c int) bool { return kept[a][2] > kept[c][2] })
	for _, b := range kept {
		for i := find(where[b[0]]); i < where[b[1]]; i = find(i + 1) {
			level[i] = b[2]
			parent[i] = i + 1
		}
	}
	points := [][]int{}
	previous := 0
	for i := 0; i < len(xs); i++ {
		if level[i] != previous {
			points = append(points, []int{xs[i], level[i]})
			previous = level[i]
		}
	}
	return points
}
""",
        Language.RUBY: """def {{fn}}({{towers}})
  kept = []
  {{towers}}.each do |b|
    finish = {{by_width}} ? b[0] + b[1] : b[1]
    kept.push([b[0], finish, b[2]]) if b[2] >= {{min_height}} && finish > b[0]
  end
  xs = kept.flat_map { |b| [b[0], b[1]] }.uniq.sort
  where = {}
  xs.each_with_index { |x, i| where[x] = i }
  parent = (0...xs.length).to_a
  level = Array.new(xs.length, 0)
  find = lambda do |start|
    root = start
    root = parent[root] while parent[root] != root
    i = start
    while parent[i] != root
      up = parent[i]
      parent[i] = root
      i = up
    end
    root
  end
  kept.sort_by { |b| -b[2] }.each do |b|
    i = find.call(where[b[0]])
    while i < where[b[1]]
      level[i] = b[2]
      parent[i] = i + 1
      i = find.call(i + 1)
    end
  end
  points = []
  previous = 0
  xs.each_with_index do |x, i|
    if level[i] != previous
      points.push([x, level[i]])
      previous = level[i]
    end
  end
  points
end
""",
        Language.RUST: """use std::collections::HashMap;

fn find(parent: &mut Vec<usize>, start: usize) -> usize {
    let mut root = start;
    while parent[root] != root {
        root = parent[root];
    }
    let mut i = start;
    while parent[i] != root {
        let up = parent[i];
        parent[i] = root;
        i = up;
    }
    root
}

pub fn {{fn}}({{towers}}: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let mut kept: Vec<(i64, i64, i64)> = Vec::new();
    for b in {{towers}}.iter() {
        let end = if {{by_width}} { b[0] + b[1] } else { b[1] };
        if b[2] >= {{min_height}} && end > b[0] {
            kept.push((b[0], end, b[2]));
        }
    }
    let mut xs: Vec<i64> = kept.iter().flat_map(|b| vec![b.0, b.1]).collect();
    xs.sort();
    xs.dedup();
    let mut where_at: HashMap<i64, usize> = HashMap::new();
    for (i, x) in xs.iter().enumerate() {
        where_at.insert(*x, i);
    }
    let mut parent: Vec<usize> = (0..xs.len()).collect();
    let mut level: Vec<i64> = vec![0; xs.len()];
    kept.sort_by(|a, c| c.2.cmp(&a.2));
    for b in kept.iter() {
        let mut i = find(&mut parent, where_at[&b.0]);
        while i < where_at[&b.1] {
            level[i] = b.2;
            parent[i] = i + 1;
            i = find(&mut parent, i + 1);
        }
    }
    let mut points: Vec<Vec<i64>> = Vec::new();
    let mut previous: i64 = 0;
    for i in 0..xs.len() {
        if level[i] != previous {
            points.push(vec![xs[i], level[i]]);
            previous = level[i];
        }
    }
    points
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    static int[] parent;

    static int Find(int start)
    {
        int root = start;
        while (parent[root] != root) root = parent[root];
        int i = start;
        while (parent[i] != root)
        {
            int up = parent[i];
            parent[i] = root;
            i = up;
        }
        return root;
    }

    public static List<List<long>> {{fn}}(List<List<long>> {{towers}})
    {
        var kept = new List<long[]>();
        foreach (var b in {{towers}})
        {
            long end = {{by_width}} ? b[0] + b[1] : b[1];
            if (b[2] >= {{min_height}} && end > b[0]) kept.Add(new long[] { b[0], end, b[2] });
        }
        var xs = kept.SelectMany(t => new long[] { t[0], t[1] }).Distinct().OrderBy(x => x).ToList();
        var slot = new Dictionary<long, int>();
        for (int i = 0; i < xs.Count; i++) slot[xs[i]] = i;
        parent = new int[xs.Count];
        var level = new long[xs.Count];
        for (int i = 0; i < xs.Count; i++) parent[i] = i;
        foreach (var b in kept.OrderByDescending(t => t[2]))
        {
            int i = Find(slot[b[0]]);
            while (i < slot[b[1]])
            {
                level[i] = b[2];
                parent[i] = i + 1;
                i = Find(i + 1);
            }
        }
        var points = new List<List<long>>();
        long previous = 0;
        for (int i = 0; i < xs.Count; i++)
        {
            if (level[i] != previous)
            {
                points.Add(new List<long> { xs[i], level[i] });
                previous = level[i];
            }
        }
        return points;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["skyline", "skyline_points", "city_outline", "roof_profile", "silhouette"],
            towers=["buildings", "towers", "blocks", "houses", "rects"],
        )
        p |= {
            "by_width": rng.choice([True, False]),
            "min_height": rng.choice([1, 1, 3]),
            "scale": rng.choice([30, 1000, 1_000_000_000]),
            "framing": rng.choice(
                [
                    "A photo app draws the outline of a city against the sky.",
                    "A game engine needs the roof profile of a street for its collision map.",
                    "An architect's tool traces the silhouette of a planned block.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"by_width": (p["by_width"], "bool"), "min_height": (p["min_height"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("towers", "list[list[int]]")], "list[list[int]]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        towers, low = p["params"]["towers"], p["min_height"]
        shape = (
            "`[left, width, height]`: the building covers x from `left` to `left + width`"
            if p["by_width"]
            else "`[left, right, height]`: the building covers x from `left` to `right`"
        )
        small = (
            "Buildings with height below 1 or with no extent (right end not greater than the left "
            "end) are ignored."
            if low == 1
            else f"Buildings lower than {low} are sheds that do not show in the outline and are ignored, "
            "as are buildings with no extent (right end not greater than the left end)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. Each element of `{towers}` is {shape} and has the given "
            "height, standing on the ground at height 0; coordinates are integers between -10^9 and "
            f"10^9 (ends within ±2*10^9), heights up to 10^9, in any order, up to 10^4 buildings. {small} "
            "Return the skyline: the key points `[x, height]`, sorted by x, where the height of the "
            "outline (the tallest building covering the half-open stretch just right of x, or 0) "
            "changes. List a point only where the height actually changes (no two consecutive points "
            "with the same height, no point whose height equals the height before it); the last point "
            "has height 0. No buildings give an empty list."
        )
        return "Skyline", statement, "The key points of the skyline of buildings."

    def solve(self, p: Params, *args: Any) -> Any:
        (towers,) = args
        events: list[tuple[int, int, int]] = []
        for left, second, height in towers:
            right = left + second if p["by_width"] else second
            if height >= p["min_height"] and right > left:
                events.append((left, -height, right))
                events.append((right, 0, 0))
        events.sort()
        live: list[tuple[int, int]] = [(0, 2**62)]
        points: list[list[int]] = []
        for x, negative, right in events:
            while live[0][1] <= x:
                heapq.heappop(live)
            if negative:
                heapq.heappush(live, (negative, right))
            top = -live[0][0]
            if points and points[-1][0] == x:
                points[-1][1] = top
                if len(points) > 1 and points[-2][1] == top:
                    points.pop()
            elif not points or points[-1][1] != top:
                points.append([x, top])
        return points

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        scale, by_width, low = p["scale"], p["by_width"], p["min_height"]

        def make(left: int, right: int, height: int) -> list[int]:
            return [left, right - left if by_width else right, height]

        def draw(n: int, span: int, high: int) -> list[list[int]]:
            out = []
            for _ in range(n):
                left = rng.randint(-span, span)
                out.append(make(left, left + rng.randint(1, max(2, span // 4)), rng.randint(1, high)))
            return out

        cases: list[Case] = [([[make(2, 9, 10), make(3, 7, 15), make(5, 12, 12), make(15, 20, 10)]], [])]
        cases += [([draw(rng.randint(3, 6), 20, 12)], []) for _ in range(3)]
        cases += [([draw(rng.randint(3, 6), scale, scale)], []) for _ in range(2)]
        cases += [
            ([[]], ["empty"]),
            ([[make(0, 5, low - 1)]], ["empty"]),
            ([[make(1, 4, low)]], ["boundary"]),
            ([[make(1, 1, 5), make(2, 3, 5)]], ["boundary"]),
            ([[make(0, 2, 3), make(2, 4, 3)]], ["boundary"]),
            ([[make(0, 2, 3), make(2, 4, 5)]], ["boundary"]),
            ([[make(0, 2, 3), make(3, 4, 3)]], ["boundary"]),
            ([[make(0, 10, 4), make(2, 5, 4), make(3, 10, 2)]], ["boundary"]),
            ([[make(0, 10, 4), make(0, 10, 9), make(0, 10, 9)]], ["boundary"]),
            ([[make(0, 3, low + 2), make(1, 2, low - 1), make(1, 2, low + 5)]], ["boundary"]),
            ([[make(5, 8, 2), make(-3, 6, 7), make(6, 9, 7)]], ["boundary"]),
            ([[make(-(10**9), 10**9, 10**9), make(0, 1, 10**9 - 1)]], ["boundary"]),
            ([draw(250, scale, scale)], ["large"]),
            ([[make(i, 1000 - i, i + 1) for i in range(0, 250)]], ["large"]),
            ([[make(3 * i, 3 * i + 2, 1 + i % 7) for i in range(250)]], ["large"]),
        ]
        return cases
