"""Medium family: advance Conway's Game of Life on a grid of strings by a fixed number of generations.

Medium because the rules are simple but exact: simultaneous update, neighbour counting at the
edges (dead border or wrap-around, counting repeated positions), symbols and generation count.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

SYMBOLS = [("#", "."), ("O", "-"), ("X", "_"), ("1", "0"), ("█", "·")]


class LifeStep(Family):
    name = "life-step"
    difficulty = Difficulty.MEDIUM
    tags = ("simulation", "grid")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{grid}}: list[str]) -> list[str]:
    rows = len({{grid}})
    cols = len({{grid}}[0]) if rows > 0 else 0
    cur = [[ch == {{alive}} for ch in row] for row in {{grid}}]
    for _ in range({{generations}}):
        nxt = [[False] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                n = 0
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        if dr == 0 and dc == 0:
                            continue
                        rr = r + dr
                        cc = c + dc
                        if {{wrap}}:
                            rr = (rr + rows) % rows
                            cc = (cc + cols) % cols
                        if rr >= 0 and rr < rows and cc >= 0 and cc < cols and cur[rr][cc]:
                            n = n + 1
                nxt[r][c] = n == 3 or (cur[r][c] and n == 2)
        cur = nxt
    return ["".join({{alive}} if x else {{dead}} for x in row) for row in cur]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{grid}}: string[]): string[] {
  const rows = {{grid}}.length;
  const cols = rows > 0 ? {{grid}}[0].length : 0;
  let cur: boolean[][] = {{grid}}.map((row) => Array.from(row).map((ch) => ch === {{alive}}));
  for (let g = 0; g < {{generations}}; g++) {
    const nxt: boolean[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: boolean[] = [];
      for (let c = 0; c < cols; c++) {
        let n = 0;
        for (let dr = -1; dr <= 1; dr++) {
          for (let dc = -1; dc <= 1; dc++) {
            if (dr === 0 && dc === 0) continue;
            let rr = r + dr;
            let cc = c + dc;
            if ({{wrap}}) {
              rr = (rr + rows) % rows;
              cc = (cc + cols) % cols;
            }
            if (rr >= 0 && rr < rows && cc >= 0 && cc < cols && cur[rr][cc]) n = n + 1;
          }
        }
        line.push(n === 3 || (cur[r][c] && n === 2));
      }
      nxt.push(line);
    }
    cur = nxt;
  }
  return cur.map((row) => row.map((x) => (x ? {{alive}} : {{dead}})).join(""));
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<String> {{fn}}(List<String> {{grid}}) {
        int rows = {{grid}}.size();
        int cols = rows > 0 ? {{grid}}.get(0).length() : 0;
        boolean[][] cur = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) cur[r][c] = {{grid}}.get(r).charAt(c) == {{alive}}.charAt(0);
        }
        for (int g = 0; g < {{generations}}; g++) {
            boolean[][] nxt = new boolean[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int n = 0;
                    for (int dr = -1; dr <= 1; dr++) {
                        for (int dc = -1; dc <= 1; dc++) {
                            if (dr == 0 && dc == 0) continue;
                            int rr = r + dr;
                            int cc = c + dc;
                            if ({{wrap}}) {
                                rr = (rr + rows) % rows;
                                cc = (cc + cols) % cols;
                            }
                            if (rr >= 0 && rr < rows && cc >= 0 && cc < cols && cur[rr][cc]) n = n + 1;
                        }
                    }
                    nxt[r][c] = n == 3 || (cur[r][c] && n == 2);
                }
            }
            cur = nxt;
        }
        List<String> out = new ArrayList<>();
        for (boolean[] row : cur) {
            StringBuilder line = new StringBuilder();
            for (boolean x : row) line.append(x ? {{alive}} : {{dead}});
            out.add(line.toString());
        }
        return out;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{grid}} []string) []string {
	cur := [][]bool{}
	for _, row := range {{grid}} {
		line := []bool{}
		for _, ch := range row {
			line = append(line, string(ch) == {{alive}})
		}
		cur = append(cur, line)
	}
	rows := len(cur)
	cols := 0
	if rows > 0 {
		cols = len(cur[0])
	}
	for g := 0; g < {{generations}}; g++ {
		nxt := make([][]bool, rows)
		for r := 0; r < rows; r++ {
			nxt[r] = make([]bool, cols)
			for c := 0; c < cols; c++ {
				n := 0
				for dr := -1; dr <= 1; dr++ {
					for dc := -1; dc <= 1; dc++ {
						if dr == 0 && dc == 0 {
							continue
						}
						rr := r + dr
						cc := c + dc
						if {{wrap}} {
							rr = (rr + rows) % rows
							cc = (cc + cols) % cols
						}
						if rr >= 0 && rr < rows && cc >= 0 && cc < cols && cur[rr][cc] {
							n = n + 1
						}
					}
				}
				nxt[r][c] = n == 3 || (cur[r][c] && n == 2)
			}
		}
		cur = nxt
	}
	out := []string{}
	for _, row := range cur {
		var line strings.Builder
		for _, x := range row {
			if x {
				line.WriteString({{alive}})
			} else {
				line.WriteString({{dead}})
			}
		}
		out = append(out, line.String())
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{grid}})
  rows = {{grid}}.length
  cols = rows > 0 ? {{grid}}[0].length : 0
  cur = {{grid}}.map { |row| row.chars.map { |ch| ch == {{alive}} } }
  {{generations}}.times do
    nxt = Array.new(rows) { Array.new(cols, false) }
    (0...rows).each do |r|
      (0...cols).each do |c|
        n = 0
        [-1, 0, 1].each do |dr|
          [-1, 0, 1].each do |dc|
            next if dr == 0 && dc == 0
            rr = r + dr
            cc = c + dc
            if {{wrap}}
              rr = (rr + rows) % rows
              cc = (cc + cols) % cols
            end
            n = n + 1 if rr >= 0 && rr < rows && cc >= 0 && cc < cols && cur[rr][cc]
          end
        end
        nxt[r][c] = n == 3 || (cur[r][c] && n == 2)
      end
    end
    cur = nxt
  end
  cur.map { |row| row.map { |x| x ? {{alive}} : {{dead}} }.join }
end
""",
        Language.RUST: """pub fn {{fn}}({{grid}}: Vec<String>) -> Vec<String> {
    let alive = {{alive}};
    let dead = {{dead}};
    let alive_ch = alive.chars().next().unwrap();
    let mut cur: Vec<Vec<bool>> = Vec::new();
    for row in {{grid}}.iter() {
        cur.push(row.chars().map(|ch| ch == alive_ch).collect());
    }
    let rows = cur.len() as i64;
    let cols = if rows > 0 { cur[0].len() as i64 } else { 0 };
    for _ in 0..{{generations}} {
        let mut nxt = vec![vec![false; cols as usize]; rows as usize];
        for r in 0..rows {
            for c in 0..cols {
                let mut n = 0;
                for dr in -1..=1i64 {
                    for dc in -1..=1i64 {
                        if dr == 0 && dc == 0 {
                            continue;
                        }
                        let mut rr = r + dr;
                        let mut cc = c + dc;
                        if {{wrap}} {
                            rr = (rr + rows) % rows;
                            cc = (cc + cols) % cols;
                        }
                        if rr >= 0 && rr < rows && cc >= 0 && cc < cols && cur[rr as usize][cc as usize] {
                            n = n + 1;
                        }
                    }
                }
                let me = cur[r as usize][c as usize];
                nxt[r as usize][c as usize] = n == 3 || (me && n == 2);
            }
        }
        cur = nxt;
    }
    cur.iter()
        .map(|row| row.iter().map(|x| if *x { alive.as_str() } else { dead.as_str() }).collect::<String>())
        .collect()
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Text;

public static class Solution
{
    public static List<string> {{fn}}(List<string> {{grid}})
    {
        int rows = {{grid}}.Count;
        int cols = rows > 0 ? {{grid}}[0].Length : 0;
        bool[,] cur = new bool[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++) cur[r, c] = {{grid}}[r][c] == {{alive}}[0];
        }
        for (int g = 0; g < {{generations}}; g++)
        {
            bool[,] nxt = new bool[rows, cols];
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < cols; c++)
                {
                    int n = 0;
                    for (int dr = -1; dr <= 1; dr++)
                    {
                        for (int dc = -1; dc <= 1; dc++)
                        {
                            if (dr == 0 && dc == 0) continue;
                            int rr = r + dr;
                            int cc = c + dc;
                            if ({{wrap}})
                            {
                                rr = (rr + rows) % rows;
                                cc = (cc + cols) % cols;
                            }
                            if (rr >= 0 && rr < rows && cc >= 0 && cc < cols && cur[rr, cc]) n = n + 1;
                        }
                    }
                    nxt[r, c] = n == 3 || (cur[r, c] && n == 2);
                }
            }
            cur = nxt;
        }
        var result = new List<string>();
        for (int r = 0; r < rows; r++)
        {
            var line = new StringBuilder();
            for (int c = 0; c < cols; c++) line.Append(cur[r, c] ? {{alive}} : {{dead}});
            result.Add(line.ToString());
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["life_step", "evolve", "next_generation", "simulate_life", "advance_cells"],
            grid=["grid", "board", "world", "cells", "field"],
        )
        alive, dead = rng.choice(SYMBOLS)
        p |= {
            "alive": alive,
            "dead": dead,
            "generations": rng.choice([1, 2, 4]),
            "wrap": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A screensaver animates Conway's Game of Life.",
                    "A cellular-automaton teaching tool shows what a pattern becomes.",
                    "A puzzle game previews how a colony of cells evolves.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "alive": (p["alive"], "str"),
            "dead": (p["dead"], "str"),
            "generations": (p["generations"], "int"),
            "wrap": (p["wrap"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("grid", "list[str]")], "list[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        grid, alive, dead, gens = p["params"]["grid"], p["alive"], p["dead"], p["generations"]
        if p["wrap"]:
            edges = (
                "The grid wraps around (a torus): neighbour positions are taken modulo the number of "
                "rows and of columns, and each of the eight positions counts on its own even when "
                "several are the same cell (as happens with fewer than 3 rows or columns; a lone live "
                "cell in a 1x1 grid has 8 live neighbours)."
            )
        else:
            edges = "Positions outside the grid are dead."
        times = "one generation" if gens == 1 else f"{gens} generations"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which advances the grid `{grid}` by {times} of "
            f"Conway's Game of Life and returns the resulting grid. Each string is a row; a cell is "
            f"live when its character is `{alive}`, and every other character is a dead cell (the "
            "result uses only "
            f"`{alive}` for live and `{dead}` for dead cells). A cell's neighbours are the eight "
            f"positions around it (horizontal, vertical and diagonal). {edges} In each generation all "
            "cells change at once: a live cell with 2 or 3 live neighbours stays live, a dead cell with "
            "exactly 3 live neighbours becomes live, and every other cell is dead afterwards. Rows all "
            "have the same number of characters (Unicode code points, all in the Basic Multilingual "
            "Plane); the grid may have no rows, or rows of length 0."
        )
        return "Game of Life", statement, "Advance Conway's Game of Life."

    def solve(self, p: Params, *args: Any) -> Any:
        (grid,) = args
        rows = len(grid)
        cols = len(grid[0]) if rows else 0
        live = {(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == p["alive"]}
        offsets = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
        for _ in range(p["generations"]):
            counts: Counter[tuple[int, int]] = Counter()
            for r, c in live:
                for dr, dc in offsets:
                    rr, cc = r + dr, c + dc
                    if p["wrap"]:
                        counts[(rr % rows, cc % cols)] += 1
                    elif 0 <= rr < rows and 0 <= cc < cols:
                        counts[(rr, cc)] += 1
            live = {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}
        return [
            "".join(p["alive"] if (r, c) in live else p["dead"] for c in range(cols)) for r in range(rows)
        ]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        a, d = p["alive"], p["dead"]

        def draw(rows: int, cols: int, density: float) -> list[str]:
            return ["".join(a if rng.random() < density else d for _ in range(cols)) for _ in range(rows)]

        def pattern(rows: list[str]) -> list[str]:
            return [row.replace("#", a).replace(".", d) for row in rows]

        blinker = pattern([".....", "..#..", "..#..", "..#..", "....."])
        glider = pattern([".#....", "..#...", "###...", "......", "......", "......"])
        cases: list[Case] = [([blinker], []), ([draw(4, 5, 0.4)], [])]
        cases += [([draw(rng.randint(3, 6), rng.randint(3, 6), 0.45)], []) for _ in range(2)]
        cases += [
            ([glider], []),
            ([[]], ["empty"]),
            ([["", ""]], ["empty"]),
            ([pattern(["#"])], ["boundary"]),
            ([pattern(["##", "##"])], ["boundary"]),
            ([pattern(["###"])], ["boundary"]),
            ([pattern(["#", "#", "#"])], ["boundary"]),
            ([pattern(["#..#", "....", "....", "#..#"])], ["boundary"]),
            ([pattern(["##.", "#..", "..."])], ["boundary"]),
            ([pattern(["###", "###", "###"])], ["boundary"]),
            ([pattern(["#.#.#", ".###.", "#.#.#"])], ["boundary"]),
            ([draw(40, 45, 0.35)], ["large"]),
            ([[a * 30] * 30], ["large"]),
            ([[f"é{a}{a}中", f"{a}ñ{a}{d}", f"{d}{a}ß "]], ["unicode"]),
        ]
        return cases
