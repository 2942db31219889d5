"""Hard family: count monotone paths through a grid with obstacles, modulo 1_000_000_007.

Hard because the number of paths is exponential: a dynamic programme over cells (with modular
arithmetic, blocked start or goal, and optional diagonal steps) is needed, not enumeration.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

MOD = 1_000_000_007
FREE = ".o_"
WALLS = ["#", "X", "█", "*"]


class GridPaths(Family):
    name = "grid-paths"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "grids", "modular-arithmetic")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{grid}}: list[str]) -> int:
    cells = [list(line) for line in {{grid}}]
    if len(cells) == 0 or len(cells[0]) == 0:
        return 0
    cols = len(cells[0])
    prev = [0] * cols
    for r in range(len(cells)):
        cur = [0] * cols
        for c in range(cols):
            if cells[r][c] == {{wall}}:
                continue
            if r == 0 and c == 0:
                cur[c] = 1
                continue
            ways = 0
            if c > 0:
                ways += cur[c - 1]
            if r > 0:
                ways += prev[c]
            if {{diagonal}} and r > 0 and c > 0:
                ways += prev[c - 1]
            cur[c] = ways % 1000000007
        prev = cur
    return prev[cols - 1]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{grid}}: string[]): number {
  const cells = {{grid}}.map((line) => Array.from(line));
  if (cells.length === 0 || cells[0].length === 0) return 0;
  const cols = cells[0].length;
  let prev: number[] = new Array(cols).fill(0);
  for (let r = 0; r < cells.length; r++) {
    const cur: number[] = new Array(cols).fill(0);
    for (let c = 0; c < cols; c++) {
      if (cells[r][c] === {{wall}}) continue;
      if (r === 0 && c === 0) {
        cur[c] = 1;
        continue;
      }
      let ways = 0;
      if (c > 0) ways += cur[c - 1];
      if (r > 0) ways += prev[c];
      if ({{diagonal}} && r > 0 && c > 0) ways += prev[c - 1];
      cur[c] = ways % 1000000007;
    }
    prev = cur;
  }
  return prev[cols - 1];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<String> {{grid}}) {
        if ({{grid}}.size() == 0 || {{grid}}.get(0).length() == 0) return 0;
        int cols = {{grid}}.get(0).length();
        long[] prev = new long[cols];
        for (int r = 0; r < {{grid}}.size(); r++) {
            String line = {{grid}}.get(r);
            long[] cur = new long[cols];
            for (int c = 0; c < cols; c++) {
                if (line.charAt(c) == {{wall}}.charAt(0)) continue;
                if (r == 0 && c == 0) {
                    cur[c] = 1;
                    continue;
                }
                long ways = 0;
                if (c > 0) ways += cur[c - 1];
                if (r > 0) ways += prev[c];
                if ({{diagonal}} && r > 0 && c > 0) ways += prev[c - 1];
                cur[c] = ways % 1000000007L;
            }
            prev = cur;
        }
        return prev[cols - 1];
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{grid}} []string) int {
	cells := [][]rune{}
	for _, line := range {{grid}} {
		cells = append(cells, []rune(line))
	}
	if len(cells) == 0 || len(cells[0]) == 0 {
		return 0
	}
	wall := []rune({{wall}})[0]
	cols := len(cells[0])
	prev := make([]int, cols)
	for r := 0; r < len(cells); r++ {
		cur := make([]int, cols)
		for c := 0; c < cols; c++ {
			if cells[r][c] == wall {
				continue
			}
			if r == 0 && c == 0 {
				cur[c] = 1
				continue
			}
			ways := 0
			if c > 0 {
				ways += cur[c - 1]
			}
			if r > 0 {
				ways += prev[c]
			}
			if {{diagonal}} && r > 0 && c > 0 {
				ways += prev[c - 1]
			}
			cur[c] = ways % 1000000007
		}
		prev = cur
	}
	return prev[cols - 1]
}
""",
        Language.RUBY: """def {{fn}}({{grid}})
  cells = {{grid}}.map(&:chars)
  return 0 if cells.length == 0 || cells[0].length == 0
  cols = cells[0].length
  prev = Array.new(cols, 0)
  cells.each_with_index do |line, r|
    cur = Array.new(cols, 0)
    (0...cols).each do |c|
      next if line[c] == {{wall}}
      if r == 0 && c == 0
        cur[c] = 1
        next
      end
      ways = 0
      ways += cur[c - 1] if c > 0
      ways += prev[c] if r > 0
      ways += prev[c - 1] if {{diagonal}} && r > 0 && c > 0
      cur[c] = ways % 1000000007
    end
    prev = cur
  end
  prev[cols - 1]
end
""",
        Language.RUST: """pub fn {{fn}}({{grid}}: Vec<String>) -> i64 {
    let cells: Vec<Vec<char>> = {{grid}}.iter().map(|line| line.chars().collect()).collect();
    if cells.len() == 0 || cells[0].len() == 0 {
        return 0;
    }
    let wall = {{wall}}.chars().next().unwrap();
    let cols = cells[0].len();
    let mut prev: Vec<i64> = vec![0; cols];
    for r in 0..cells.len() {
        let mut cur: Vec<i64> = vec![0; cols];
        for c in 0..cols {
            if cells[r][c] == wall {
                continue;
            }
            if r == 0 && c == 0 {
                cur[c] = 1;
                continue;
            }
            let mut ways: i64 = 0;
            if c > 0 {
                ways += cur[c - 1];
            }
            if r > 0 {
                ways += prev[c];
            }
            if {{diagonal}} && r > 0 && c > 0 {
                ways += prev[c - 1];
            }
            cur[c] = ways % 1000000007;
        }
        prev = cur;
    }
    prev[cols - 1]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<string> {{grid}})
    {
        if ({{grid}}.Count == 0 || {{grid}}[0].Length == 0) return 0;
        int cols = {{grid}}[0].Length;
        long[] prev = new long[cols];
        for (int r = 0; r < {{grid}}.Count; r++)
        {
            string line = {{grid}}[r];
            long[] cur = new long[cols];
            for (int c = 0; c < cols; c++)
            {
                if (line[c] == {{wall}}[0]) continue;
                if (r == 0 && c == 0)
                {
                    cur[c] = 1;
                    continue;
                }
                long ways = 0;
                if (c > 0) ways += cur[c - 1];
                if (r > 0) ways += prev[c];
                if ({{diagonal}} && r > 0 && c > 0) ways += prev[c - 1];
                cur[c] = ways % 1000000007L;
            }
            prev = cur;
        }
        return prev[cols - 1];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["count_paths", "grid_routes", "lattice_paths", "path_count", "route_count"],
            grid=["grid", "maze", "board", "plan", "layout"],
        )
        p |= {
            "wall": rng.choice(WALLS),
            "diagonal": rng.choice([True, False]),
            "density": rng.choice([0.1, 0.2, 0.3]),
            "framing": rng.choice(
                [
                    "A warehouse robot only drives east or south between the shelves.",
                    "A river of lava flows downhill across a tiled map.",
                    "A delivery drone plans monotone routes over a city grid.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"wall": (p["wall"], "str"), "diagonal": (p["diagonal"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("grid", "list[str]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        grid, wall = p["params"]["grid"], p["wall"]
        moves = (
            "one cell right, one cell down, or one cell diagonally down-right"
            if p["diagonal"]
            else "one cell right or one cell down (no diagonal moves)"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{grid}` lists the rows of a rectangular grid, top to "
            "bottom; every row has the same number of characters (a character is one Unicode code "
            f"point; all are in the Basic Multilingual Plane). The character `{wall}` is an obstacle; "
            "every other character is a free cell. Count the paths from the top-left cell to the "
            f"bottom-right cell that visit only free cells, where each step moves {moves}. Return the "
            "count modulo 1000000007. If the start or the goal is an obstacle, or the grid has no cells "
            "(no rows, or rows of length 0), return 0; a single free cell has exactly 1 path. Grids "
            "have up to 300 rows and 300 columns."
        )
        return "Grid paths", statement, "Count monotone grid paths avoiding obstacles, modulo 1e9+7."

    def solve(self, p: Params, *args: Any) -> Any:
        (grid,) = args
        if not grid or not grid[0]:
            return 0
        rows, cols, wall = len(grid), len(grid[0]), p["wall"]
        ways = [[0] * (cols + 1) for _ in range(rows + 1)]
        ways[0][1] = 1  # a virtual entry above the start, so the start gets exactly one way
        for r in range(rows):
            line, above, here = grid[r], ways[r], ways[r + 1]
            for c in range(cols):
                if line[c] != wall:
                    total = above[c + 1] + here[c]
                    if p["diagonal"] and r and c:
                        total += above[c]
                    here[c + 1] = total % MOD
            if r == 0:
                ways[0][1] = 0
        return ways[rows][cols]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        wall, density = p["wall"], p["density"]
        free = FREE + "éü中" if wall != "█" else FREE

        def draw(rows: int, cols: int, chance: float, chars: str = ".") -> list[str]:
            lines = [
                "".join(wall if rng.random() < chance else rng.choice(chars) for _ in range(cols))
                for _ in range(rows)
            ]
            return lines

        open3 = ["...", "...", "..."]
        cases: list[Case] = [([open3], [])]
        cases += [([draw(rng.randint(2, 5), rng.randint(2, 6), density)], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[""]], ["empty"]),
            ([["."]], ["boundary"]),
            ([[wall]], ["boundary"]),
            ([[wall + ".", ".."]], ["boundary"]),
            ([["..", "." + wall]], ["boundary"]),
            ([["." + wall, wall + "."]], ["boundary"]),
            ([["." * 7]], ["boundary"]),
            ([["."] * 6], ["boundary"]),
            ([[".." + wall + "..", "....."]], ["boundary"]),
            ([[".", wall, "."]], ["boundary"]),
            ([draw(200, 200, 0.02)], ["large"]),
            ([draw(200, 200, 0.0)], ["large"]),
            ([draw(2, 300, 0.01)], ["large"]),
            ([draw(4, 5, 0.2, free)], ["unicode"]),
            ([["é" * 3, "中" * 3]], ["unicode"]),
        ]
        return cases
