"""Easy family: transpose a rectangular matrix, or rotate it a quarter turn (per variant).

Easy: two nested loops with index arithmetic; the precision lies in the orientation of the result
(rows become columns; a rotation also reverses one axis), non-square shapes and empty matrices.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

# mode -> (ra, rb, ca, cb): result[i][j] = grid[ra * (rows - 1) + rb * j][ca * (cols - 1) + cb * i]
MODES = {"transpose": (0, 1, 0, 1), "clockwise": (1, -1, 0, 1), "counterclockwise": (0, 1, 1, -1)}


class MatrixTranspose(Family):
    name = "matrix-transpose"
    difficulty = Difficulty.EASY
    tags = ("collections", "matrices")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{grid}}: list[list[int]]) -> list[list[int]]:
    rows = len({{grid}})
    if rows == 0:
        return []
    cols = len({{grid}}[0])
    out = []
    for i in range(cols):
        line = []
        for j in range(rows):
            src_row = {{ra}} * (rows - 1) + {{rb}} * j
            src_col = {{ca}} * (cols - 1) + {{cb}} * i
            line.append({{grid}}[src_row][src_col])
        out.append(line)
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{grid}}: number[][]): number[][] {
  const rows = {{grid}}.length;
  if (rows === 0) return [];
  const cols = {{grid}}[0].length;
  const out: number[][] = [];
  for (let i = 0; i < cols; i++) {
    const line: number[] = [];
    for (let j = 0; j < rows; j++) {
      const srcRow = {{ra}} * (rows - 1) + {{rb}} * j;
      const srcCol = {{ca}} * (cols - 1) + {{cb}} * i;
      line.push({{grid}}[srcRow][srcCol]);
    }
    out.push(line);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<List<Long>> {{fn}}(List<List<Long>> {{grid}}) {
        List<List<Long>> out = new ArrayList<>();
        int rows = {{grid}}.size();
        if (rows == 0) return out;
        int cols = {{grid}}.get(0).size();
        for (int i = 0; i < cols; i++) {
            List<Long> line = new ArrayList<>();
            for (int j = 0; j < rows; j++) {
                int srcRow = (int) ({{ra}} * (rows - 1) + {{rb}} * j);
                int srcCol = (int) ({{ca}} * (cols - 1) + {{cb}} * i);
                line.add({{grid}}.get(srcRow).get(srcCol));
            }
            out.add(line);
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{grid}} [][]int) [][]int {
	out := [][]int{}
	rows := len({{grid}})
	if rows == 0 {
		return out
	}
	cols := len({{grid}}[0])
	for i := 0; i < cols; i++ {
		line := []int{}
		for j := 0; j < rows; j++ {
			srcRow := {{ra}} * (rows - 1) + {{rb}} * j
			srcCol := {{ca}} * (cols - 1) + {{cb}} * i
			line = append(line, {{grid}}[srcRow][srcCol])
		}
		out = append(out, line)
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{grid}})
  rows = {{grid}}.length
  return [] if rows == 0
  cols = {{grid}}[0].length
  (0...cols).map do |i|
    (0...rows).map do |j|
      src_row = {{ra}} * (rows - 1) + {{rb}} * j
      src_col = {{ca}} * (cols - 1) + {{cb}} * i
      {{grid}}[src_row][src_col]
    end
  end
end
""",
        Language.RUST: """pub fn {{fn}}({{grid}}: Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let mut out: Vec<Vec<i64>> = Vec::new();
    let rows = {{grid}}.len() as i64;
    if rows == 0 {
        return out;
    }
    let cols = {{grid}}[0].len() as i64;
    for i in 0..cols {
        let mut line: Vec<i64> = Vec::new();
        for j in 0..rows {
            let src_row = {{ra}} * (rows - 1) + {{rb}} * j;
            let src_col = {{ca}} * (cols - 1) + {{cb}} * i;
            line.push({{grid}}[src_row as usize][src_col as usize]);
        }
        out.push(line);
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<List<long>> {{fn}}(List<List<long>> {{grid}})
    {
        var result = new List<List<long>>();
        int rows = {{grid}}.Count;
        if (rows == 0) return result;
        int cols = {{grid}}[0].Count;
        for (int i = 0; i < cols; i++)
        {
            var line = new List<long>();
            for (int j = 0; j < rows; j++)
            {
                int srcRow = (int)({{ra}} * (rows - 1) + {{rb}} * j);
                int srcCol = (int)({{ca}} * (cols - 1) + {{cb}} * i);
                line.Add({{grid}}[srcRow][srcCol]);
            }
            result.Add(line);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["transform_matrix", "turn_grid", "reorient", "flip_table", "pivot_matrix"],
            grid=["grid", "matrix", "table", "image", "board"],
        )
        p |= {
            "mode": rng.choice(list(MODES)),
            "framing": rng.choice(
                [
                    "A spreadsheet tool swaps or turns a selected block of cells.",
                    "An image editor works on small grids of pixel intensities.",
                    "A puzzle game turns its square and rectangular boards.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        ra, rb, ca, cb = MODES[p["mode"]]
        return {"ra": (ra, "int"), "rb": (rb, "int"), "ca": (ca, "int"), "cb": (cb, "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("grid", "list[list[int]]")], "list[list[int]]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        grid = p["params"]["grid"]
        rule, example = {
            "transpose": (
                f"its transpose: row i of the result is column i of `{grid}` read from top to bottom, "
                f"so `result[i][j] = {grid}[j][i]`",
                "[[1, 4], [2, 5], [3, 6]]",
            ),
            "clockwise": (
                f"it rotated a quarter turn clockwise: row i of the result is column i of `{grid}` read "
                f"from bottom to top, so `result[i][j] = {grid}[R - 1 - j][i]`",
                "[[4, 1], [5, 2], [6, 3]]",
            ),
            "counterclockwise": (
                f"it rotated a quarter turn counter-clockwise: row i of the result is column C - 1 - i "
                f"of `{grid}` read from top to bottom, so `result[i][j] = {grid}[j][C - 1 - i]`",
                "[[3, 6], [2, 5], [1, 4]]",
            ),
        }[p["mode"]]
        statement = (
            f"{p['framing']} `{grid}` is a rectangular matrix of R rows, each holding the same number C "
            f"of integers. Write `{p['fn']}`, which returns {rule}. The result has C rows of R integers "
            f"each; for example `[[1, 2, 3], [4, 5, 6]]` gives `{example}`. When R is 0 or C is 0 (no "
            "rows, or only empty rows) the result is the empty list. The input must not be modified."
        )
        title = "Transpose a matrix" if p["mode"] == "transpose" else "Rotate a matrix"
        return title, statement, title + "."

    def solve(self, p: Params, *args: Any) -> Any:
        (grid,) = args
        if not grid or not grid[0]:
            return []
        columns = [list(col) for col in zip(*grid, strict=True)]
        if p["mode"] == "clockwise":
            return [col[::-1] for col in columns]
        if p["mode"] == "counterclockwise":
            return columns[::-1]
        return columns

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def draw(rows: int, cols: int) -> list[list[int]]:
            return [[rng.randint(-99, 99) for _ in range(cols)] for _ in range(rows)]

        big = 10**15
        cases: list[Case] = [
            ([[[1, 2, 3], [4, 5, 6]]], []),
            ([draw(rng.randint(2, 4), rng.randint(2, 4))], []),
            ([draw(3, 3)], []),
            ([[]], ["empty"]),
            ([[[], []]], ["empty"]),
            ([[[7]]], ["boundary"]),
            ([[[1, 2, 3, 4]]], ["boundary"]),
            ([[[1], [2], [3], [4]]], ["boundary"]),
            ([[[1, 2], [3, 4]]], ["boundary"]),
            ([[[big, -big], [0, 1], [-1, 2]]], ["boundary"]),
            ([draw(20, 25)], ["large"]),
            ([draw(1, 400)], ["large"]),
        ]
        return cases
