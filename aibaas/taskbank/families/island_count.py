"""Hard family: count the islands of a character grid that have at least K cells.

Variants pick the land character, 4- or 8-connectivity and the minimum island size; the reference
floods each island with an explicit stack (grids are large enough that recursion is a risk), so
the neighbour set, the grid borders and the size threshold decide correctness.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

LANDS = ["#", "X", "1"]
WATER = {"#": ".", "X": "~", "1": "0"}


class IslandCount(Family):
    name = "island-count"
    difficulty = Difficulty.HARD
    tags = ("graphs", "flood-fill", "grids")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{grid}}: list[str]) -> int:
    land = {{land}}
    rows = len({{grid}})
    dr = [-1, 1, 0, 0, -1, -1, 1, 1]
    dc = [0, 0, -1, 1, -1, 1, -1, 1]
    seen = [[False] * len(line) for line in {{grid}}]
    islands = 0
    for r in range(rows):
        for c in range(len({{grid}}[r])):
            if {{grid}}[r][c] != land or seen[r][c]:
                continue
            seen[r][c] = True
            stack = [(r, c)]
            size = 0
            while stack:
                y, x = stack.pop()
                size += 1
                for k in range({{dirs}}):
                    ny = y + dr[k]
                    nx = x + dc[k]
                    if ny < 0 or ny >= rows or nx < 0 or nx >= len({{grid}}[ny]):
                        continue
                    if not seen[ny][nx] and {{grid}}[ny][nx] == land:
                        seen[ny][nx] = True
                        stack.append((ny, nx))
            if size >= {{min_size}}:
                islands += 1
    return islands
""",
        Language.TYPESCRIPT: """export function {{fn}}({{grid}}: string[]): number {
  const land = {{land}};
  const rows = {{grid}}.length;
  const dr = [-1, 1, 0, 0, -1, -1, 1, 1];
  const dc = [0, 0, -1, 1, -1, 1, -1, 1];
  const seen: boolean[][] = {{grid}}.map((line) => new Array(line.length).fill(false));
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < {{grid}}[r].length; c++) {
      if ({{grid}}[r][c] !== land || seen[r][c]) continue;
      seen[r][c] = true;
      const stack: number[][] = [[r, c]];
      let size = 0;
      while (stack.length > 0) {
        const [y, x] = stack.pop()!;
        size += 1;
        for (let k = 0; k < {{dirs}}; k++) {
          const ny = y + dr[k];
          const nx = x + dc[k];
          if (ny < 0 || ny >= rows || nx < 0 || nx >= {{grid}}[ny].length) continue;
          if (!seen[ny][nx] && {{grid}}[ny][nx] === land) {
            seen[ny][nx] = true;
            stack.push([ny, nx]);
          }
        }
      }
      if (size >= {{min_size}}) islands += 1;
    }
  }
  return islands;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<String> {{grid}}) {
        char land = {{land}}.charAt(0);
        int rows = {{grid}}.size();
        int[] dr = {-1, 1, 0, 0, -1, -1, 1, 1};
        int[] dc = {0, 0, -1, 1, -1, 1, -1, 1};
        boolean[][] seen = new boolean[rows][];
        for (int r = 0; r < rows; r++) seen[r] = new boolean[{{grid}}.get(r).length()];
        long islands = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < {{grid}}.get(r).length(); c++) {
                if ({{grid}}.get(r).charAt(c) != land || seen[r][c]) continue;
                seen[r][c] = true;
                Deque<int[]> stack = new ArrayDeque<>();
                stack.push(new int[] {r, c});
                long size = 0;
                while (!stack.isEmpty()) {
                    int[] cell = stack.pop();
                    size += 1;
                    for (int k = 0; k < {{dirs}}; k++) {
                        int ny = cell[0] + dr[k];
                        int nx = cell[1] + dc[k];
                        if (ny < 0 || ny >= rows || nx < 0 || nx >= {{grid}}.get(ny).length()) continue;
                        if (!seen[ny][nx] && {{grid}}.get(ny).charAt(nx) == land) {
                            seen[ny][nx] = true;
                            stack.push(new int[] {ny, nx});
                        }
                    }
                }
                if (size >= {{min_size}}) islands += 1;
            }
        }
        return islands;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{grid}} []string) int {
	land := []rune({{land}})[0]
	rows := len({{grid}})
	dr := []int{-1, 1, 0, 0, -1, -1, 1, 1}
	dc := []int{0, 0, -1, 1, -1, 1, -1, 1}
	cells := make([][]rune, rows)
	seen := make([][]bool, rows)
	for r := 0; r < rows; r++ {
		cells[r] = []rune({{grid}}[r])
		seen[r] = make([]bool, len(cells[r]))
	}
	islands := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < len(cells[r]); c++ {
			if cells[r][c] != land || seen[r][c] {
				continue
			}
			seen[r][c] = true
			stack := [][2]int{{r, c}}
			size := 0
			for len(stack) > 0 {
				top := stack[len(stack) - 1]
				stack = stack[:len(stack) - 1]
				size += 1
				for k := 0; k < {{dirs}}; k++ {
					ny := top[0] + dr[k]
					nx := top[1] + dc[k]
					if ny < 0 || ny >= rows || nx < 0 || nx >= len(cells[ny]) {
						continue
					}
					if !seen[ny][nx] && cells[ny][nx] == land {
						seen[ny][nx] = true
						stack = append(stack, [2]int{ny, nx})
					}
				}
			}
			if size >= {{min_size}} {
				islands += 1
			}
		}
	}
	return islands
}
""",
        Language.RUBY: """def {{fn}}({{grid}})
  land = {{land}}
  cells = {{grid}}.map(&:chars)
  rows = cells.length
  dr = [-1, 1, 0, 0, -1, -1, 1, 1]
  dc = [0, 0, -1, 1, -1, 1, -1, 1]
  seen = cells.map { |line| Array.new(line.length, false) }
  islands = 0
  (0...rows).each do |r|
    (0...cells[r].length).each do |c|
      next if cells[r][c] != land || seen[r][c]
      seen[r][c] = true
      stack = [[r, c]]
      size = 0
      until stack.empty?
        y, x = stack.pop
        size += 1
        (0...{{dirs}}).each do |k|
          ny = y + dr[k]
          nx = x + dc[k]
          next if ny < 0 || ny >= rows || nx < 0 || nx >= cells[ny].length
          if !seen[ny][nx] && cells[ny][nx] == land
            seen[ny][nx] = true
            stack.push([ny, nx])
          end
        end
      end
      islands += 1 if size >= {{min_size}}
    end
  end
  islands
end
""",
        Language.RUST: """pub fn {{fn}}({{grid}}: Vec<String>) -> i64 {
    let land = {{land}}.chars().next().unwrap();
    let cells: Vec<Vec<char>> = {{grid}}.iter().map(|line| line.chars().collect()).collect();
    let rows = cells.len() as i64;
    let dr: [i64; 8] = [-1, 1, 0, 0, -1, -1, 1, 1];
    let dc: [i64; 8] = [0, 0, -1, 1, -1, 1, -1, 1];
    let mut seen: Vec<Vec<bool>> = cells.iter().map(|line| vec![false; line.len()]).collect();
    let mut islands = 0i64;
    for r in 0..cells.len() {
        for c in 0..cells[r].len() {
            if cells[r][c] != land || seen[r][c] {
                continue;
            }
            seen[r][c] = true;
            let mut stack: Vec<(i64, i64)> = vec![(r as i64, c as i64)];
            let mut size = 0i64;
            while let Some((y, x)) = stack.pop() {
                size += 1;
                for k in 0..{{dirs}} {
                    let ny = y + dr[k];
                    let nx = x + dc[k];
                    if ny < 0 || ny >= rows || nx < 0 || nx >= cells[ny as usize].len() as i64 {
                        continue;
                    }
                    let (uy, ux) = (ny as usize, nx as usize);
                    if !seen[uy][ux] && cells[uy][ux] == land {
                        seen[uy][ux] = true;
                        stack.push((ny, nx));
                    }
                }
            }
            if size >= {{min_size}} {
                islands += 1;
            }
        }
    }
    islands
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<string> {{grid}})
    {
        char land = {{land}}[0];
        int rows = {{grid}}.Count;
        int[] dr = { -1, 1, 0, 0, -1, -1, 1, 1 };
        int[] dc = { 0, 0, -1, 1, -1, 1, -1, 1 };
        var seen = new bool[rows][];
        for (int r = 0; r < rows; r++) seen[r] = new bool[{{grid}}[r].Length];
        long islands = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < {{grid}}[r].Length; c++)
            {
                if ({{grid}}[r][c] != land || seen[r][c]) continue;
                seen[r][c] = true;
                var stack = new Stack<int[]>();
                stack.Push(new int[] { r, c });
                long size = 0;
                while (stack.Count > 0)
                {
                    int[] cell = stack.Pop();
                    size += 1;
                    for (int k = 0; k < {{dirs}}; k++)
                    {
                        int ny = cell[0] + dr[k];
                        int nx = cell[1] + dc[k];
                        if (ny < 0 || ny >= rows || nx < 0 || nx >= {{grid}}[ny].Length) continue;
                        if (!seen[ny][nx] && {{grid}}[ny][nx] == land)
                        {
                            seen[ny][nx] = true;
                            stack.Push(new int[] { ny, nx });
                        }
                    }
                }
                if (size >= {{min_size}}) islands += 1;
            }
        }
        return islands;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["count_islands", "island_count", "count_landmasses", "count_regions", "count_blobs"],
            grid=["grid", "world_map", "terrain", "chart", "picture"],
        )
        p |= {
            "land": rng.choice(LANDS),
            "dirs": rng.choice([4, 8]),
            "min_size": rng.choice([1, 1, 2, 3]),
            "framing": rng.choice(
                [
                    "A satellite image has been thresholded into land and water.",
                    "A microscope picture shows cell colonies on a plate.",
                    "A strategy game generates a map and wants to know how many landmasses it has.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"land": (p["land"], "str"), "dirs": (p["dirs"], "int"), "min_size": (p["min_size"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("grid", "list[str]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        grid, land, k = p["params"]["grid"], p["land"], p["min_size"]
        if p["dirs"] == 4:
            touch = "share a side (up, down, left or right; diagonal cells are NOT connected)"
        else:
            touch = "are neighbours in any of the 8 directions (sides and diagonals)"
        counted = (
            "Return the number of islands"
            if k == 1
            else f"Return the number of islands of at least {k} cells"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{grid}` lists the rows of a rectangular map, one string "
            "per row, all of the same length; each character is one cell. A cell is land when its "
            f"character is '{land}' and water otherwise (every other character, including letters, "
            "spaces and non-ASCII characters, is water). Two land cells are connected when they "
            f"{touch}; an island is a maximal set of land cells connected to each other. {counted}. "
            "An empty map has no islands. Characters are Unicode code points, all in the Basic "
            "Multilingual Plane; maps have up to 200 x 200 cells, and one island may cover most of them."
        )
        return "Count islands", statement, "Number of islands in a grid."

    def solve(self, p: Params, *args: Any) -> Any:
        (grid,) = args
        land, k = p["land"], p["min_size"]
        steps = [(-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1)][: p["dirs"]]
        todo = {(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == land}
        islands = 0
        while todo:
            frontier = [todo.pop()]
            size = 0
            while frontier:
                y, x = frontier.pop()
                size += 1
                for dy, dx in steps:
                    if (y + dy, x + dx) in todo:
                        todo.remove((y + dy, x + dx))
                        frontier.append((y + dy, x + dx))
            islands += size >= k
        return islands

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        land, k = p["land"], p["min_size"]
        water = WATER[land]

        def draw(h: int, w: int, share: float) -> list[str]:
            return ["".join(land if rng.random() < share else water for _ in range(w)) for _ in range(h)]

        def blob(size: int) -> list[str]:
            return [water * (size + 2), water + land * size + water, water * (size + 2)]

        snake = [
            (land * 120 if r % 2 == 0 else (water * 119 + land if r % 4 == 1 else land + water * 119))
            for r in range(120)
        ]
        cases: list[Case] = [([draw(rng.randint(3, 5), rng.randint(4, 7), 0.45)], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[""]], ["empty"]),
            ([[water * 5] * 3], ["empty"]),
            ([[land]], ["boundary"]),
            ([[land + water, water + land]], ["boundary"]),
            ([[water + land, land + water]], ["boundary"]),
            ([blob(k)], ["boundary"]),
            ([blob(k - 1) if k > 1 else blob(2)], ["boundary"]),
            ([[land * 3, land + water + land, land * 3]], ["boundary"]),
            ([[land + water + land + water + land]], ["boundary"]),
            ([[land, water, land, land]], ["boundary"]),
            ([[land * 4] * 4], ["boundary"]),
            ([draw(150, 150, 0.5)], ["large"]),
            ([snake], ["large"]),
            ([[water + "中" + land + "é" + land, land + "ß" + land + "中" + water]], ["unicode"]),
            ([["中" + land * 3 + "中", "é" + land + "é" + land + "é"]], ["unicode"]),
        ]
        return cases
