"""Hard family: the cheapest way to multiply a chain of matrices, with a per-entry write cost (interval DP).

It is hard because greedy choices fail and trying every parenthesisation is exponential: the solver
needs the O(n^3) interval DP over sub-chains, with the variant's cost model applied at every merge.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MatrixChain(Family):
    name = "matrix-chain"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "intervals")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{dims}}: list[int]) -> int:
    n = len({{dims}}) - 1
    if n < 2:
        return 0
    cost = [[0] * n for _ in range(n)]
    for span in range(2, n + 1):
        for i in range(n - span + 1):
            j = i + span - 1
            best = -1
            for k in range(i, j):
                here = cost[i][k] + cost[k + 1][j] + {{dims}}[i] * {{dims}}[k + 1] * {{dims}}[j + 1]
                if best < 0 or here < best:
                    best = here
            cost[i][j] = best + {{write}} * {{dims}}[i] * {{dims}}[j + 1]
    return cost[0][n - 1]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{dims}}: number[]): number {
  const n = {{dims}}.length - 1;
  if (n < 2) return 0;
  const cost: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let span = 2; span <= n; span++) {
    for (let i = 0; i + span - 1 < n; i++) {
      const j = i + span - 1;
      let best = -1;
      for (let k = i; k < j; k++) {
        const here = cost[i][k] + cost[k + 1][j] + {{dims}}[i] * {{dims}}[k + 1] * {{dims}}[j + 1];
        if (best < 0 || here < best) best = here;
      }
      cost[i][j] = best + {{write}} * {{dims}}[i] * {{dims}}[j + 1];
    }
  }
  return cost[0][n - 1];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{dims}}) {
        int n = {{dims}}.size() - 1;
        if (n < 2) return 0;
        long[][] cost = new long[n][n];
        for (int span = 2; span <= n; span++) {
            for (int i = 0; i + span - 1 < n; i++) {
                int j = i + span - 1;
                long best = -1;
                for (int k = i; k < j; k++) {
                    long here = cost[i][k] + cost[k + 1][j];
                    here = here + {{dims}}.get(i) * {{dims}}.get(k + 1) * {{dims}}.get(j + 1);
                    if (best < 0 || here < best) best = here;
                }
                cost[i][j] = best + {{write}} * {{dims}}.get(i) * {{dims}}.get(j + 1);
            }
        }
        return cost[0][n - 1];
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{dims}} []int) int {
	n := len({{dims}}) - 1
	if n < 2 {
		return 0
	}
	cost := make([][]int, n)
	for i := range cost {
		cost[i] = make([]int, n)
	}
	for span := 2; span <= n; span++ {
		for i := 0; i + span - 1 < n; i++ {
			j := i + span - 1
			best := -1
			for k := i; k < j; k++ {
				here := cost[i][k] + cost[k + 1][j] + {{dims}}[i] * {{dims}}[k + 1] * {{dims}}[j + 1]
				if best < 0 || here < best {
					best = here
				}
			}
			cost[i][j] = best + {{write}} * {{dims}}[i] * {{dims}}[j + 1]
		}
	}
	return cost[0][n - 1]
}
""",
        Language.RUBY: """def {{fn}}({{dims}})
  n = {{dims}}.length - 1
  return 0 if n < 2
  cost = Array.new(n) { Array.new(n, 0) }
  (2..n).each do |span|
    (0..(n - span)).each do |i|
      j = i + span - 1
      best = -1
      (i...j).each do |k|
        here = cost[i][k] + cost[k + 1][j] + {{dims}}[i] * {{dims}}[k + 1] * {{dims}}[j + 1]
        best = here if best < 0 || here < best
      end
      cost[i][j] = best + {{write}} * {{dims}}[i] * {{dims}}[j + 1]
    end
  end
  cost[0][n - 1]
end
""",
        Language.RUST: """pub fn {{fn}}({{dims}}: Vec<i64>) -> i64 {
    if {{dims}}.len() < 3 {
        return 0;
    }
    let n = {{dims}}.len() - 1;
    let mut cost = vec![vec![0i64; n]; n];
    for span in 2..n + 1 {
        for i in 0..n - span + 1 {
            let j = i + span - 1;
            let mut best: i64 = -1;
            for k in i..j {
                let here = cost[i][k] + cost[k + 1][j] + {{dims}}[i] * {{dims}}[k + 1] * {{dims}}[j + 1];
                if best < 0 || here < best {
                    best = here;
                }
            }
            cost[i][j] = best + {{write}} * {{dims}}[i] * {{dims}}[j + 1];
        }
    }
    cost[0][n - 1]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{dims}})
    {
        int n = {{dims}}.Count - 1;
        if (n < 2) return 0;
        var cost = new long[n, n];
        for (int span = 2; span <= n; span++)
        {
            for (int i = 0; i + span - 1 < n; i++)
            {
                int j = i + span - 1;
                long best = -1;
                for (int k = i; k < j; k++)
                {
                    long here = cost[i, k] + cost[k + 1, j] + {{dims}}[i] * {{dims}}[k + 1] * {{dims}}[j + 1];
                    if (best < 0 || here < best) best = here;
                }
                cost[i, j] = best + {{write}} * {{dims}}[i] * {{dims}}[j + 1];
            }
        }
        return cost[0, n - 1];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["chain_cost", "min_multiplications", "cheapest_product", "plan_chain", "matrix_order_cost"],
            dims=["dims", "sizes", "shape", "bounds", "widths"],
        )
        p |= {
            "write": rng.choice([0, 1, 4]),
            "framing": rng.choice(
                [
                    "A linear-algebra library plans the order of a long matrix product.",
                    "A graphics pipeline composes a chain of transformation matrices.",
                    "A query optimiser orders a chain of joins modelled as matrix products.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"write": (p["write"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("dims", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        dims, write = p["params"]["dims"], p["write"]
        model = (
            "Multiplying an a x b matrix by a b x c matrix costs a * b * c"
            if write == 0
            else f"Multiplying an a x b matrix by a b x c matrix costs a * b * c + {write} * a * c "
            f"(the scalar multiplications plus {write} per entry written to the a x c result)"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{dims}` has n + 1 positive integers describing a chain "
            f"of n matrices: matrix i has `{dims}[i]` rows and `{dims}[i + 1]` columns. The chain must be "
            f"multiplied in its given order, but the multiplications can be grouped (parenthesised) in any "
            f"way. {model}. Return the minimum total cost of computing the whole product. With fewer than "
            f"two matrices (fewer than three entries, including an empty list) there is nothing to multiply: "
            f"return 0. There are at most 100 matrices and every dimension is at most 100."
        )
        return "Matrix chain order", statement, "Minimum cost of multiplying a matrix chain."

    def solve(self, p: Params, *args: Any) -> Any:
        (dims,) = args
        n = len(dims) - 1
        if n < 2:
            return 0
        cost = [[0] * n for _ in range(n)]
        for span in range(2, n + 1):
            for i in range(n - span + 1):
                j = i + span - 1
                cost[i][j] = (
                    min(
                        cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1] for k in range(i, j)
                    )
                    + p["write"] * dims[i] * dims[j + 1]
                )
        return cost[0][n - 1]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def draw(n: int, high: int) -> list[int]:
            return [rng.randint(1, high) for _ in range(n + 1)]

        cases: list[Case] = [([draw(rng.randint(3, 6), 30)], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[7]], ["empty"]),
            ([[3, 5]], ["boundary"]),
            ([[2, 3, 4]], ["boundary"]),
            ([[10, 1, 10, 1]], ["boundary"]),
            ([[1, 10, 1, 10]], ["boundary"]),
            ([[5, 4, 3, 2, 1]], ["boundary"]),
            ([[1, 2, 3, 4, 5]], ["boundary"]),
            ([[40, 20, 30, 10, 30]], ["boundary"]),
            ([[30, 1, 40, 10, 25, 3, 50]], ["boundary"]),
            ([draw(90, 100)], ["large"]),
            ([[(i * 37) % 97 + 1 for i in range(71)]], ["large"]),
        ]
        return cases
