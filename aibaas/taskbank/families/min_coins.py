"""Hard family: fewest coins for an amount, with unlimited or single-use coins (DP, O(n*amount))."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MinCoins(Family):
    name = "min-coins"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "knapsack")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{coins}}: list[int], {{amount}}: int) -> int:
    best = [0] + [{{amount}} + 1] * {{amount}}
    for coin in {{coins}}:
        if {{once}}:
            totals = range({{amount}}, coin - 1, -1)
        else:
            totals = range(coin, {{amount}} + 1)
        for total in totals:
            best[total] = min(best[total], best[total - coin] + 1)
    return best[{{amount}}] if best[{{amount}}] <= {{amount}} else -1
""",
        Language.TYPESCRIPT: """export function {{fn}}({{coins}}: number[], {{amount}}: number): number {
  const best = new Array<number>({{amount}} + 1).fill({{amount}} + 1);
  best[0] = 0;
  for (const coin of {{coins}}) {
    if ({{once}}) {
      for (let total = {{amount}}; total >= coin; total--) {
        best[total] = Math.min(best[total], best[total - coin] + 1);
      }
    } else {
      for (let total = coin; total <= {{amount}}; total++) {
        best[total] = Math.min(best[total], best[total - coin] + 1);
      }
    }
  }
  return best[{{amount}}] <= {{amount}} ? best[{{amount}}] : -1;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{coins}}, long {{amount}}) {
        int target = (int) {{amount}};
        long[] best = new long[target + 1];
        Arrays.fill(best, target + 1);
        best[0] = 0;
        for (long value : {{coins}}) {
            int coin = (int) value;
            if ({{once}}) {
                for (int total = target; total >= coin; total--) {
                    best[total] = Math.min(best[total], best[total - coin] + 1);
                }
            } else {
                for (int total = coin; total <= target; total++) {
                    best[total] = Math.min(best[total], best[total - coin] + 1);
                }
            }
        }
        return best[target] <= target ? best[target] : -1;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{coins}} []int, {{amount}} int) int {
	best := make([]int, {{amount}} + 1)
	for total := 1; total <= {{amount}}; total++ {
		best[total] = {{amount}} + 1
	}
	relax := func(total int, coin int) {
		if best[total - coin] + 1 < best[total] {
			best[total] = best[total - coin] + 1
		}
	}
	for _, coin := range {{coins}} {
		if {{once}} {
			for total := {{amount}}; total >= coin; total-- {
				relax(total, coin)
			}
		} else {
			for total := coin; total <= {{amount}}; total++ {
				relax(total, coin)
			}
		}
	}
	if best[{{amount}}] <= {{amount}} {
		return best[{{amount}}]
	}
	return -1
}
""",
        Language.RUBY: """def {{fn}}({{coins}}, {{amount}})
  best = [0] + [{{amount}} + 1] * {{amount}}
  {{coins}}.each do |coin|
    totals = {{once}} ? {{amount}}.downto(coin) : coin.upto({{amount}})
    totals.each do |total|
      best[total] = [best[total], best[total - coin] + 1].min
    end
  end
  best[{{amount}}] <= {{amount}} ? best[{{amount}}] : -1
end
""",
        Language.RUST: """pub fn {{fn}}({{coins}}: Vec<i64>, {{amount}}: i64) -> i64 {
    let target = {{amount}} as usize;
    let mut best: Vec<i64> = vec![{{amount}} + 1; target + 1];
    best[0] = 0;
    for coin in {{coins}} {
        let coin = coin as usize;
        if coin > target {
            continue;
        }
        let mut totals: Vec<usize> = (coin..target + 1).collect();
        if {{once}} {
            totals.reverse();
        }
        for total in totals {
            best[total] = best[total].min(best[total - coin] + 1);
        }
    }
    if best[target] <= {{amount}} { best[target] } else { -1 }
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{coins}}, long {{amount}})
    {
        int target = (int){{amount}};
        var best = new long[target + 1];
        for (int total = 1; total <= target; total++) best[total] = target + 1;
        foreach (long value in {{coins}})
        {
            int coin = (int)value;
            if ({{once}})
            {
                for (int total = target; total >= coin; total--)
                    best[total] = Math.Min(best[total], best[total - coin] + 1);
            }
            else
            {
                for (int total = coin; total <= target; total++)
                    best[total] = Math.Min(best[total], best[total - coin] + 1);
            }
        }
        return best[target] <= target ? best[target] : -1;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["min_coins", "fewest_coins", "least_tokens", "min_stamps", "fewest_pieces"],
            coins=["coins", "denominations", "tokens", "stamps", "pieces"],
            amount=["amount", "price", "due", "goal"],
        )
        p |= {
            "once": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A vending machine pays out change.",
                    "A post office clerk covers a postage amount with stamps.",
                    "A board game pays a price with the fewest tokens.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"once": (p["once"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("coins", "list[int]"), ("amount", "int")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        coins, amount = p["params"]["coins"], p["params"]["amount"]
        supply = (
            "Each element of the list is one physical coin that can be used at most once (equal "
            "values may appear several times)."
            if p["once"]
            else "Every listed value is available in unlimited supply (a value may be listed twice)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the fewest coins from `{coins}` whose "
            f"values add up to exactly `{amount}`, or -1 when it cannot be done. {supply} Coin values "
            f"are positive; `{amount}` is between 0 and 10000 (0 needs no coins)."
        )
        return "Fewest coins", statement, "Fewest coins that add up to an amount, or -1."

    def solve(self, p: Params, *args: Any) -> Any:
        coins, amount = args
        best = [0] + [amount + 1] * amount
        for coin in coins:
            totals = range(amount, coin - 1, -1) if p["once"] else range(coin, amount + 1)
            for total in totals:
                best[total] = min(best[total], best[total - coin] + 1)
        return best[amount] if best[amount] <= amount else -1

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def purse(n: int, high: int) -> list[int]:
            return [rng.randint(1, high) for _ in range(n)]

        cases: list[Case] = [([purse(rng.randint(3, 6), 25), rng.randint(10, 60)], []) for _ in range(4)]
        cases += [
            ([[1, 3, 4], 6], []),
            ([[], 0], ["empty"]),
            ([[], 7], ["empty"]),
            ([[5, 10], 0], ["boundary"]),
            ([[2], 3], ["boundary"]),
            ([[7], 7], ["boundary"]),
            ([[9, 20], 5], ["boundary"]),
            ([[5, 5, 5, 1], 15], ["boundary"]),
            ([purse(30, 400), 9973], ["large"]),
            ([[1] * 100 + [37, 91], 3000], ["large"]),
        ]
        return cases
