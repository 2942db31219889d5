"""Easy family: the main and anti-diagonal sums of a square matrix, with a rule for the centre cell.

Easy: one pass over the rows; the only care needed is the shared centre cell of an odd-sized matrix
and the empty matrix.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class DiagonalSums(Family):
    name = "diagonal-sums"
    difficulty = Difficulty.EASY
    tags = ("matrices", "collections")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{grid}}: list[list[int]]) -> list[int]:
    n = len({{grid}})
    down = 0
    up = 0
    for i in range(n):
        j = n - 1 - i
        centre = i == j
        if {{main_keeps}} or not centre:
            down += {{grid}}[i][i]
        if {{anti_keeps}} or not centre:
            up += {{grid}}[i][j]
    return [down, up]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{grid}}: number[][]): number[] {
  const n = {{grid}}.length;
  let down = 0;
  let up = 0;
  for (let i = 0; i < n; i++) {
    const j = n - 1 - i;
    const centre = i === j;
    if ({{main_keeps}} || !centre) down += {{grid}}[i][i];
    if ({{anti_keeps}} || !centre) up += {{grid}}[i][j];
  }
  return [down, up];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<List<Long>> {{grid}}) {
        int n = {{grid}}.size();
        long down = 0;
        long up = 0;
        for (int i = 0; i < n; i++) {
            int j = n - 1 - i;
            boolean centre = i == j;
            if ({{main_keeps}} || !centre) down += {{grid}}.get(i).get(i);
            if ({{anti_keeps}} || !centre) up += {{grid}}.get(i).get(j);
        }
        return new ArrayList<>(List.of(down, up));
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{grid}} [][]int) []int {
	n := len({{grid}})
	down := 0
	up := 0
	for i := 0; i < n; i++ {
		j := n - 1 - i
		centre := i == j
		if {{main_keeps}} || !centre {
			down += {{grid}}[i][i]
		}
		if {{anti_keeps}} || !centre {
			up += {{grid}}[i][j]
		}
	}
	return []int{down, up}
}
""",
        Language.RUBY: """def {{fn}}({{grid}})
  n = {{grid}}.length
  down = 0
  up = 0
  (0...n).each do |i|
    j = n - 1 - i
    centre = i == j
    down += {{grid}}[i][i] if {{main_keeps}} || !centre
    up += {{grid}}[i][j] if {{anti_keeps}} || !centre
  end
  [down, up]
end
""",
        Language.RUST: """pub fn {{fn}}({{grid}}: Vec<Vec<i64>>) -> Vec<i64> {
    let n = {{grid}}.len() as i64;
    let mut down: i64 = 0;
    let mut up: i64 = 0;
    for i in 0..n {
        let j = n - 1 - i;
        let centre = i == j;
        if {{main_keeps}} || !centre {
            down += {{grid}}[i as usize][i as usize];
        }
        if {{anti_keeps}} || !centre {
            up += {{grid}}[i as usize][j as usize];
        }
    }
    vec![down, up]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> {{fn}}(List<List<long>> {{grid}})
    {
        int n = {{grid}}.Count;
        long down = 0;
        long up = 0;
        for (int i = 0; i < n; i++)
        {
            int j = n - 1 - i;
            bool centre = i == j;
            if ({{main_keeps}} || !centre) down += {{grid}}[i][i];
            if ({{anti_keeps}} || !centre) up += {{grid}}[i][j];
        }
        return new List<long> { down, up };
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["diagonal_sums", "diagonal_totals", "cross_sums", "sum_diagonals", "x_totals"],
            grid=["grid", "matrix", "board", "cells", "tiles"],
        )
        main_keeps, anti_keeps = rng.choice([(True, True), (True, False), (False, True)])
        p |= {
            "main_keeps": main_keeps,
            "anti_keeps": anti_keeps,
            "scale": rng.choice([9, 100, 1_000_000_000]),
            "framing": rng.choice(
                [
                    "A puzzle checker scores the two diagonals of a square board.",
                    "An image filter weighs the diagonals of a square pixel block.",
                    "A spreadsheet add-in totals the diagonals of a square table.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"main_keeps": (p["main_keeps"], "bool"), "anti_keeps": (p["anti_keeps"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("grid", "list[list[int]]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        grid = p["params"]["grid"]
        if p["main_keeps"] and p["anti_keeps"]:
            rule = "it is counted in both sums"
        elif p["main_keeps"]:
            rule = "it is counted only in the main-diagonal sum (the anti-diagonal sum leaves it out)"
        else:
            rule = "it is counted only in the anti-diagonal sum (the main-diagonal sum leaves it out)"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{grid}` is a square matrix of n rows of n integers "
            "each (n >= 0). Return a list of exactly two integers `[main, anti]`: `main` is the sum of "
            "the cells at row i, column i, and `anti` the sum of the cells at row i, column n - 1 - i, "
            "for i from 0 to n - 1. When n is odd, the centre cell lies on both diagonals; "
            f"{rule}. An empty matrix gives `[0, 0]`. Values may be negative and as large as 10^9 "
            "in magnitude. The input must not be modified."
        )
        return "Diagonal sums", statement, "Sum the two diagonals of a square matrix."

    def solve(self, p: Params, *args: Any) -> Any:
        (grid,) = args
        n = len(grid)
        down = sum(grid[i][i] for i in range(n) if p["main_keeps"] or 2 * i != n - 1)
        up = sum(grid[i][n - 1 - i] for i in range(n) if p["anti_keeps"] or 2 * i != n - 1)
        return [down, up]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        scale = p["scale"]

        def square(n: int) -> list[list[int]]:
            return [[rng.randint(-scale, scale) for _ in range(n)] for _ in range(n)]

        big = 1_000_000_000
        cases: list[Case] = [([square(3)], []), ([square(4)], [])]
        cases += [([square(rng.randint(2, 5))], []) for _ in range(2)]
        cases += [
            ([[]], ["empty"]),
            ([[[7]]], ["boundary"]),
            ([[[1, 2], [3, 4]]], ["boundary"]),
            ([[[1, 2, 3], [4, 50, 6], [7, 8, 9]]], ["boundary"]),
            ([[[i * 5 + j + 1 for j in range(5)] for i in range(5)]], ["boundary"]),
            ([[[big] * 3 for _ in range(3)]], ["boundary"]),
            ([square(51)], ["large"]),
            ([square(40)], ["large"]),
        ]
        return cases
