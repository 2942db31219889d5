"""Medium family: read a rectangular matrix in spiral order from a given corner and orientation.

Medium because the walk must be exact: starting corner, first direction, turning sense and the
degenerate shapes (one row, one column, empty) all change the order.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

DIRECTIONS = ["right", "down", "left", "up"]
# (from_bottom, from_right) -> first direction index, clockwise and counter-clockwise
FIRST_DIR = {
    (False, False): (0, 1),
    (False, True): (1, 2),
    (True, True): (2, 3),
    (True, False): (3, 0),
}
CORNERS = {
    (False, False): "top-left",
    (False, True): "top-right",
    (True, True): "bottom-right",
    (True, False): "bottom-left",
}


class SpiralOrder(Family):
    name = "spiral-order"
    difficulty = Difficulty.MEDIUM
    tags = ("matrix", "simulation")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{matrix}}: list[list[int]]) -> list[int]:
    rows = len({{matrix}})
    cols = len({{matrix}}[0]) if rows > 0 else 0
    total = rows * cols
    seen = [[False] * cols for _ in range(rows)]
    dr = [0, 1, 0, -1]
    dc = [1, 0, -1, 0]
    r = rows - 1 if {{from_bottom}} else 0
    c = cols - 1 if {{from_right}} else 0
    d = {{first_dir}}
    out: list[int] = []
    while len(out) < total:
        out.append({{matrix}}[r][c])
        seen[r][c] = True
        nr = r + dr[d]
        nc = c + dc[d]
        if nr < 0 or nr >= rows or nc < 0 or nc >= cols or seen[nr][nc]:
            d = (d + {{turn}}) % 4
            nr = r + dr[d]
            nc = c + dc[d]
        r = nr
        c = nc
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{matrix}}: number[][]): number[] {
  const rows = {{matrix}}.length;
  const cols = rows > 0 ? {{matrix}}[0].length : 0;
  const total = rows * cols;
  const seen: boolean[][] = [];
  for (let i = 0; i < rows; i++) seen.push(new Array<boolean>(cols).fill(false));
  const dr = [0, 1, 0, -1];
  const dc = [1, 0, -1, 0];
  let r = {{from_bottom}} ? rows - 1 : 0;
  let c = {{from_right}} ? cols - 1 : 0;
  let d = {{first_dir}};
  const out: number[] = [];
  while (out.length < total) {
    out.push({{matrix}}[r][c]);
    seen[r][c] = true;
    let nr = r + dr[d];
    let nc = c + dc[d];
    if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr][nc]) {
      d = (d + {{turn}}) % 4;
      nr = r + dr[d];
      nc = c + dc[d];
    }
    r = nr;
    c = nc;
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<List<Long>> {{matrix}}) {
        int rows = {{matrix}}.size();
        int cols = rows > 0 ? {{matrix}}.get(0).size() : 0;
        int total = rows * cols;
        boolean[][] seen = new boolean[rows][cols];
        int[] dr = {0, 1, 0, -1};
        int[] dc = {1, 0, -1, 0};
        int r = {{from_bottom}} ? rows - 1 : 0;
        int c = {{from_right}} ? cols - 1 : 0;
        int d = (int) {{first_dir}};
        List<Long> out = new ArrayList<>();
        while (out.size() < total) {
            out.add({{matrix}}.get(r).get(c));
            seen[r][c] = true;
            int nr = r + dr[d];
            int nc = c + dc[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr][nc]) {
                d = (int) ((d + {{turn}}) % 4);
                nr = r + dr[d];
                nc = c + dc[d];
            }
            r = nr;
            c = nc;
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{matrix}} [][]int) []int {
	rows := len({{matrix}})
	cols := 0
	if rows > 0 {
		cols = len({{matrix}}[0])
	}
	total := rows * cols
	seen := make([][]bool, rows)
	for i := range seen {
		seen[i] = make([]bool, cols)
	}
	dr := []int{0, 1, 0, -1}
	dc := []int{1, 0, -1, 0}
	r, c := 0, 0
	if {{from_bottom}} {
		r = rows - 1
	}
	if {{from_right}} {
		c = cols - 1
	}
	d := {{first_dir}}
	out := []int{}
	for len(out) < total {
		out = append(out, {{matrix}}[r][c])
		seen[r][c] = true
		nr := r + dr[d]
		nc := c + dc[d]
		if nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr][nc] {
			d = (d + {{turn}}) % 4
			nr = r + dr[d]
			nc = c + dc[d]
		}
		r = nr
		c = nc
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{matrix}})
  rows = {{matrix}}.length
  cols = rows > 0 ? {{matrix}}[0].length : 0
  total = rows * cols
  seen = Array.new(rows) { Array.new(cols, false) }
  dr = [0, 1, 0, -1]
  dc = [1, 0, -1, 0]
  r = {{from_bottom}} ? rows - 1 : 0
  c = {{from_right}} ? cols - 1 : 0
  d = {{first_dir}}
  out = []
  while out.length < total
    out.push({{matrix}}[r][c])
    seen[r][c] = true
    nr = r + dr[d]
    nc = c + dc[d]
    if nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr][nc]
      d = (d + {{turn}}) % 4
      nr = r + dr[d]
      nc = c + dc[d]
    end
    r = nr
    c = nc
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{matrix}}: Vec<Vec<i64>>) -> Vec<i64> {
    let rows = {{matrix}}.len() as i64;
    let cols = if rows > 0 { {{matrix}}[0].len() as i64 } else { 0 };
    let total = (rows * cols) as usize;
    let mut seen = vec![vec![false; cols as usize]; rows as usize];
    let dr: [i64; 4] = [0, 1, 0, -1];
    let dc: [i64; 4] = [1, 0, -1, 0];
    let mut r: i64 = if {{from_bottom}} { rows - 1 } else { 0 };
    let mut c: i64 = if {{from_right}} { cols - 1 } else { 0 };
    let mut d: usize = {{first_dir}};
    let mut out: Vec<i64> = Vec::new();
    while out.len() < total {
        out.push({{matrix}}[r as usize][c as usize]);
        seen[r as usize][c as usize] = true;
        let mut nr = r + dr[d];
        let mut nc = c + dc[d];
        if nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr as usize][nc as usize] {
            d = (d + {{turn}}) % 4;
            nr = r + dr[d];
            nc = c + dc[d];
        }
        r = nr;
        c = nc;
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> {{fn}}(List<List<long>> {{matrix}})
    {
        int rows = {{matrix}}.Count;
        int cols = rows > 0 ? {{matrix}}[0].Count : 0;
        int total = rows * cols;
        bool[,] seen = new bool[rows, cols];
        int[] dr = { 0, 1, 0, -1 };
        int[] dc = { 1, 0, -1, 0 };
        int r = {{from_bottom}} ? rows - 1 : 0;
        int c = {{from_right}} ? cols - 1 : 0;
        int d = (int) {{first_dir}};
        var result = new List<long>();
        while (result.Count < total)
        {
            result.Add({{matrix}}[r][c]);
            seen[r, c] = true;
            int nr = r + dr[d];
            int nc = c + dc[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || seen[nr, nc])
            {
                d = (int) ((d + {{turn}}) % 4);
                nr = r + dr[d];
                nc = c + dc[d];
            }
            r = nr;
            c = nc;
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["spiral_order", "spiral_walk", "unroll_spiral", "spiral_read", "snail_order"],
            matrix=["matrix", "grid", "table", "cells", "board"],
        )
        corner = rng.choice(list(FIRST_DIR))
        clockwise = rng.choice([True, False])
        p |= {
            "from_bottom": corner[0],
            "from_right": corner[1],
            "clockwise": clockwise,
            "first_dir": FIRST_DIR[corner][0 if clockwise else 1],
            "framing": rng.choice(
                [
                    "A museum robot films the display cases of a rectangular hall ring by ring.",
                    "An LED matrix animation lights its pixels in a spiral.",
                    "A warehouse picker visits the shelves of a rectangular block in a spiral route.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "from_bottom": (p["from_bottom"], "bool"),
            "from_right": (p["from_right"], "bool"),
            "first_dir": (p["first_dir"], "int"),
            "turn": (1 if p["clockwise"] else 3, "int"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("matrix", "list[list[int]]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        matrix = p["params"]["matrix"]
        corner = CORNERS[(p["from_bottom"], p["from_right"])]
        sense = "clockwise" if p["clockwise"] else "counter-clockwise"
        first = DIRECTIONS[p["first_dir"]]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the values of the rectangular integer "
            f"matrix `{matrix}` (a list of rows, all of the same length) in {sense} spiral order "
            f"starting at the {corner} cell. The walk starts on that cell heading {first}. At each "
            "step it records the current cell; then, if the next cell in the current heading is "
            f"outside the matrix or already recorded, it first turns 90 degrees {sense}; then it "
            "moves one cell. It stops once every cell has been recorded, so each value appears "
            f"exactly once (a matrix with a single row or a single column is read from the {corner} "
            "end to the other). Rows run top to bottom, columns left to right. The matrix may have "
            "no rows, or rows of length 0: the result is then empty. Values are integers with "
            "magnitude up to 10^9. The input must not be modified."
        )
        return "Spiral order", statement, "Read a matrix in spiral order."

    def solve(self, p: Params, *args: Any) -> Any:
        (matrix,) = args
        m = [list(row) for row in matrix]
        clockwise = p["clockwise"]
        if p["from_bottom"]:
            m, clockwise = m[::-1], not clockwise
        if p["from_right"]:
            m, clockwise = [row[::-1] for row in m], not clockwise
        if not clockwise:
            m = [list(col) for col in zip(*m, strict=True)]
        out: list[int] = []
        while m and m[0]:
            out += m[0]
            m = [list(col) for col in zip(*m[1:], strict=True)][::-1]
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def draw(rows: int, cols: int, lo: int = -99, hi: int = 99) -> list[list[int]]:
            return [[rng.randint(lo, hi) for _ in range(cols)] for _ in range(rows)]

        def seq(rows: int, cols: int) -> list[list[int]]:
            return [[r * cols + c + 1 for c in range(cols)] for r in range(rows)]

        big = 1_000_000_000
        cases: list[Case] = [([seq(3, 3)], []), ([seq(3, 4)], [])]
        cases += [([draw(rng.randint(2, 5), rng.randint(2, 5))], []) for _ in range(2)]
        cases += [
            ([seq(4, 3)], []),
            ([[]], ["empty"]),
            ([[[], []]], ["empty"]),
            ([[[7]]], ["boundary"]),
            ([seq(1, 5)], ["boundary"]),
            ([seq(5, 1)], ["boundary"]),
            ([seq(2, 2)], ["boundary"]),
            ([seq(2, 5)], ["boundary"]),
            ([seq(5, 2)], ["boundary"]),
            ([seq(4, 4)], ["boundary"]),
            ([seq(5, 6)], ["boundary"]),
            ([[[big, -big], [-big, big]]], ["boundary"]),
            ([draw(30, 30, -big, big)], ["large"]),
            ([draw(1, 500)], ["large"]),
        ]
        return cases
