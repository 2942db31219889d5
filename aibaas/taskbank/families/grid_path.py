"""Hard family: shortest path on a grid from any start to any goal (multi-source BFS)."""

from __future__ import annotations

import random
from collections import deque
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

SYMBOLS = [("S", "G", "#"), ("A", "B", "X"), ("s", "e", "█"), ("@", "*", "#")]


class GridPath(Family):
    name = "grid-path"
    difficulty = Difficulty.HARD
    tags = ("graphs", "bfs", "grids")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """from collections import deque


def {{fn}}({{grid}}: list[str]) -> int:
    cells = [list(row) for row in {{grid}}]
    dist: dict[tuple[int, int], int] = {}
    queue: deque[tuple[int, int]] = deque()
    for r, row in enumerate(cells):
        for c, ch in enumerate(row):
            if ch == {{start}}:
                dist[(r, c)] = 0
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        if cells[r][c] == {{goal}}:
            return dist[(r, c)]
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if (dr == 0 and dc == 0) or (dr != 0 and dc != 0 and not {{diagonal}}):
                    continue
                nr = r + dr
                nc = c + dc
                if nr < 0 or nr >= len(cells) or nc < 0 or nc >= len(cells[nr]):
                    continue
                if cells[nr][nc] != {{wall}} and (nr, nc) not in dist:
                    dist[(nr, nc)] = dist[(r, c)] + 1
                    queue.append((nr, nc))
    return -1
""",
        Language.TYPESCRIPT: """export function {{fn}}({{grid}}: string[]): number {
  const cells = {{grid}}.map((row) => Array.from(row));
  const dist = new Map<string, number>();
  const queue: number[][] = [];
  cells.forEach((row, r) => row.forEach((ch, c) => {
    if (ch === {{start}}) {
      dist.set(`${r},${c}`, 0);
      queue.push([r, c]);
    }
  }));
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head];
    const here = dist.get(`${r},${c}`) as number;
    if (cells[r][c] === {{goal}}) return here;
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if ((dr === 0 && dc === 0) || (dr !== 0 && dc !== 0 && !{{diagonal}})) continue;
        const nr = r + dr;
        const nc = c + dc;
        if (nr < 0 || nr >= cells.length || nc < 0 || nc >= cells[nr].length) continue;
        if (cells[nr][nc] !== {{wall}} && !dist.has(`${nr},${nc}`)) {
          dist.set(`${nr},${nc}`, here + 1);
          queue.push([nr, nc]);
        }
      }
    }
  }
  return -1;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<String> {{grid}}) {
        char start = {{start}}.charAt(0);
        char goal = {{goal}}.charAt(0);
        char wall = {{wall}}.charAt(0);
        int rows = {{grid}}.size();
        int[][] dist = new int[rows][];
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int r = 0; r < rows; r++) {
            dist[r] = new int[{{grid}}.get(r).length()];
            Arrays.fill(dist[r], -1);
            for (int c = 0; c < dist[r].length; c++) {
                if ({{grid}}.get(r).charAt(c) == start) {
                    dist[r][c] = 0;
                    queue.add(new int[] {r, c});
                }
            }
        }
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            int r = at[0], c = at[1];
            if ({{grid}}.get(r).charAt(c) == goal) return dist[r][c];
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    if ((dr == 0 && dc == 0) || (dr != 0 && dc != 0 && !{{diagonal}})) continue;
                    int nr = r + dr;
                    int nc = c + dc;
                    if (nr < 0 || nr >= rows || nc < 0 || nc >= dist[nr].length) continue;
                    if ({{grid}}.get(nr).charAt(nc) != wall && dist[nr][nc] < 0) {
                        dist[nr][nc] = dist[r][c] + 1;
                        queue.add(new int[] {nr, nc});
                    }
                }
            }
        }
        return -1;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{grid}} []string) int {
	cells := [][]string{}
	dist := [][]int{}
	queue := [][2]int{}
	for r, row := range {{grid}} {
		cells = append(cells, strings.Split(row, ""))
		dist = append(dist, make([]int, len(cells[r])))
		for c := range cells[r] {
			dist[r][c] = -1
			if cells[r][c] == {{start}} {
				dist[r][c] = 0
				queue = append(queue, [2]int{r, c})
			}
		}
	}
	for head := 0; head < len(queue); head++ {
		r, c := queue[head][0], queue[head][1]
		if cells[r][c] == {{goal}} {
			return dist[r][c]
		}
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				if (dr == 0 && dc == 0) || (dr != 0 && dc != 0 && !{{diagonal}}) {
					continue
				}
				nr := r + dr
				nc := c + dc
				if nr < 0 || nr >= len(cells) || nc < 0 || nc >= len(cells[nr]) {
					continue
				}
				if cells[nr][nc] != {{wall}} && dist[nr][nc] < 0 {
					dist[nr][nc] = dist[r][c] + 1
					queue = append(queue, [2]int{nr, nc})
				}
			}
		}
	}
	return -1
}
""",
        Language.RUBY: """def {{fn}}({{grid}})
  cells = {{grid}}.map(&:chars)
  dist = cells.map { |row| Array.new(row.length, -1) }
  queue = []
  cells.each_with_index do |row, r|
    row.each_with_index do |ch, c|
      next unless ch == {{start}}
      dist[r][c] = 0
      queue.push([r, c])
    end
  end
  head = 0
  while head < queue.length
    r, c = queue[head]
    head += 1
    return dist[r][c] if cells[r][c] == {{goal}}
    [-1, 0, 1].product([-1, 0, 1]).each do |dr, dc|
      next if (dr == 0 && dc == 0) || (dr != 0 && dc != 0 && !{{diagonal}})
      nr = r + dr
      nc = c + dc
      next if nr < 0 || nr >= cells.length || nc < 0 || nc >= cells[nr].length
      if cells[nr][nc] != {{wall}} && dist[nr][nc] < 0
        dist[nr][nc] = dist[r][c] + 1
        queue.push([nr, nc])
      end
    end
  end
  -1
end
""",
        Language.RUST: """use std::collections::VecDeque;

pub fn {{fn}}({{grid}}: Vec<String>) -> i64 {
    let start = {{start}}.chars().next().unwrap();
    let goal = {{goal}}.chars().next().unwrap();
    let wall = {{wall}}.chars().next().unwrap();
    let cells: Vec<Vec<char>> = {{grid}}.iter().map(|row| row.chars().collect()).collect();
    let mut dist: Vec<Vec<i64>> = cells.iter().map(|row| vec![-1; row.len()]).collect();
    let mut queue: VecDeque<(usize, usize)> = VecDeque::new();
    for r in 0..cells.len() {
        for c in 0..cells[r].len() {
            if cells[r][c] == start {
                dist[r][c] = 0;
                queue.push_back((r, c));
            }
        }
    }
    while let Some((r, c)) = queue.pop_front() {
        if cells[r][c] == goal {
            return dist[r][c];
        }
        for dr in -1i64..=1 {
            for dc in -1i64..=1 {
                if (dr == 0 && dc == 0) || (dr != 0 && dc != 0 && !{{diagonal}}) {
                    continue;
                }
                let nr = r as i64 + dr;
                let nc = c as i64 + dc;
                if nr < 0 || nr >= cells.len() as i64 || nc < 0 || nc >= cells[nr as usize].len() as i64 {
                    continue;
                }
                let (nr, nc) = (nr as usize, nc as usize);
                if cells[nr][nc] != wall && dist[nr][nc] < 0 {
                    dist[nr][nc] = dist[r][c] + 1;
                    queue.push_back((nr, nc));
                }
            }
        }
    }
    -1
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<string> {{grid}})
    {
        char start = {{start}}[0];
        char goal = {{goal}}[0];
        char wall = {{wall}}[0];
        int rows = {{grid}}.Count;
        var dist = new int[rows][];
        var queue = new Queue<int[]>();
        for (int r = 0; r < rows; r++)
        {
            dist[r] = new int[{{grid}}[r].Length];
            for (int c = 0; c < dist[r].Length; c++)
            {
                dist[r][c] = -1;
                if ({{grid}}[r][c] == start)
                {
                    dist[r][c] = 0;
                    queue.Enqueue(new int[] { r, c });
                }
            }
        }
        while (queue.Count > 0)
        {
            int[] at = queue.Dequeue();
            int r = at[0], c = at[1];
            if ({{grid}}[r][c] == goal) return dist[r][c];
            for (int dr = -1; dr <= 1; dr++)
            {
                for (int dc = -1; dc <= 1; dc++)
                {
                    if ((dr == 0 && dc == 0) || (dr != 0 && dc != 0 && !{{diagonal}})) continue;
                    int nr = r + dr;
                    int nc = c + dc;
                    if (nr < 0 || nr >= rows || nc < 0 || nc >= dist[nr].Length) continue;
                    if ({{grid}}[nr][nc] != wall && dist[nr][nc] < 0)
                    {
                        dist[nr][nc] = dist[r][c] + 1;
                        queue.Enqueue(new int[] { nr, nc });
                    }
                }
            }
        }
        return -1;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["shortest_route", "min_steps", "grid_distance", "escape_steps", "path_length"],
            grid=["grid", "maze", "floor", "board", "layout"],
        )
        p |= {
            "symbols": rng.choice(SYMBOLS),
            "diagonal": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A warehouse robot plans its route between shelves.",
                    "A dungeon game computes how far the nearest exit is.",
                    "An evacuation planner measures the walk to the closest door.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        start, goal, wall = p["symbols"]
        return {
            "start": (start, "str"),
            "goal": (goal, "str"),
            "wall": (wall, "str"),
            "diagonal": (p["diagonal"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("grid", "list[str]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        start, goal, wall = p["symbols"]
        moves = (
            "to any of the 8 neighbouring cells (diagonals included)"
            if p["diagonal"]
            else "up, down, left or right (no diagonals)"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{p['params']['grid']}` is a list of rows, each a "
            f"string with one character per cell: `{wall}` is a wall, `{start}` a start cell, `{goal}` "
            "a goal cell, and any other character a free cell (all characters are in the Basic "
            f"Multilingual Plane). A step moves {moves}, onto any cell that is not a wall and lies "
            "inside the grid; rows may have different lengths, and a cell exists only where its row "
            "has a character. There may be several start and goal cells. Return the fewest steps "
            "from any start cell to any goal cell, or -1 when no goal can be reached (including when "
            "there is no start or no goal)."
        )
        return "Shortest grid path", statement, "Fewest steps from a start cell to a goal cell, or -1."

    def solve(self, p: Params, *args: Any) -> Any:
        (grid,) = args
        start, goal, wall = p["symbols"]
        dist = {(r, c): 0 for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == start}
        queue = deque(dist)
        steps = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
        steps = [s for s in steps if p["diagonal"] or 0 in s]
        while queue:
            r, c = queue.popleft()
            if grid[r][c] == goal:
                return dist[(r, c)]
            for nr, nc in ((r + dr, c + dc) for dr, dc in steps):
                inside = 0 <= nr < len(grid) and 0 <= nc < len(grid[nr])
                if inside and grid[nr][nc] != wall and (nr, nc) not in dist:
                    dist[(nr, nc)] = dist[(r, c)] + 1
                    queue.append((nr, nc))
        return -1

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        start, goal, wall = p["symbols"]

        def maze(rows: int, cols: int, density: float) -> list[str]:
            cells = [[wall if rng.random() < density else "." for _ in range(cols)] for _ in range(rows)]
            cells[rng.randrange(rows)][rng.randrange(cols)] = start
            cells[rng.randrange(rows)][rng.randrange(cols)] = goal
            return ["".join(row) for row in cells]

        snake = [
            "." * 59 + wall if r % 4 == 1 else (wall + "." * 59 if r % 4 == 3 else "." * 60)
            for r in range(60)
        ]
        snake[0] = start + snake[0][1:]
        snake[-1] = snake[-1][:-1] + goal
        cases: list[Case] = [([maze(rng.randint(3, 6), rng.randint(3, 7), 0.25)], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([["", ""]], ["empty"]),
            ([[start + goal]], ["boundary"]),
            ([[start + wall + goal]], ["boundary"]),
            ([[start + ".", wall + goal]], ["boundary"]),
            ([[start + "..", "..", "." + goal]], ["boundary"]),
            ([[goal + "." + start + "." + goal, start + "...."]], ["boundary"]),
            ([[start * 3, "..."]], ["boundary"]),
            ([snake], ["large"]),
            ([maze(40, 50, 0.3)], ["large"]),
            ([[start + "·中é" + goal, "ü" + wall + "ñ"]], ["unicode"]),
        ]
        return cases
