"""Hard family: count the coin combinations that make an amount, modulo a per-variant prime.

Variants allow each denomination any number of times or at most once and use 1_000_000_007 or
998_244_353; the reference is the O(n*amount) counting DP whose inner step reads either the row
being built (reuse) or the previous one (at most once), so order-insensitive counting is the crux.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

MODES = [(1, 1_000_000_007), (1, 998_244_353), (0, 1_000_000_007)]


class CoinWays(Family):
    name = "coin-ways"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "counting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{coins}}: list[int], {{amount}}: int) -> int:
    prev = [1] + [0] * {{amount}}
    for coin in {{coins}}:
        cur = prev[:]
        for a in range(coin, {{amount}} + 1):
            add = cur[a - coin] if {{reuse}} == 1 else prev[a - coin]
            cur[a] = (cur[a] + add) % {{modulus}}
        prev = cur
    return prev[{{amount}}]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{coins}}: number[], {{amount}}: number): number {
  const reuse: number = {{reuse}};
  let prev: number[] = new Array({{amount}} + 1).fill(0);
  prev[0] = 1;
  for (const coin of {{coins}}) {
    const cur = prev.slice();
    for (let a = coin; a <= {{amount}}; a++) {
      const add = reuse === 1 ? cur[a - coin] : prev[a - coin];
      cur[a] = (cur[a] + add) % {{modulus}};
    }
    prev = cur;
  }
  return prev[{{amount}}];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{coins}}, long {{amount}}) {
        int top = (int) {{amount}};
        long[] prev = new long[top + 1];
        prev[0] = 1;
        for (long value : {{coins}}) {
            int coin = (int) value;
            long[] cur = prev.clone();
            for (int a = coin; a <= top; a++) {
                long add = {{reuse}} == 1 ? cur[a - coin] : prev[a - coin];
                cur[a] = (cur[a] + add) % {{modulus}};
            }
            prev = cur;
        }
        return prev[top];
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{coins}} []int, {{amount}} int) int {
	prev := make([]int, {{amount}} + 1)
	prev[0] = 1
	for _, coin := range {{coins}} {
		cur := make([]int, len(prev))
		copy(cur, prev)
		for a := coin; a <= {{amount}}; a++ {
			add := prev[a - coin]
			if {{reuse}} == 1 {
				add = cur[a - coin]
			}
			cur[a] = (cur[a] + add) % {{modulus}}
		}
		prev = cur
	}
	return prev[{{amount}}]
}
""",
        Language.RUBY: """def {{fn}}({{coins}}, {{amount}})
  prev = [1] + [0] * {{amount}}
  {{coins}}.each do |coin|
    cur = prev.dup
    (coin..{{amount}}).each do |a|
      add = {{reuse}} == 1 ? cur[a - coin] : prev[a - coin]
      cur[a] = (cur[a] + add) % {{modulus}}
    end
    prev = cur
  end
  prev[{{amount}}]
end
""",
        Language.RUST: """pub fn {{fn}}({{coins}}: Vec<i64>, {{amount}}: i64) -> i64 {
    let top = {{amount}} as usize;
    let mut prev = vec![0i64; top + 1];
    prev[0] = 1;
    for &value in {{coins}}.iter() {
        let coin = value as usize;
        let mut cur = prev.clone();
        let mut a = coin;
        while a <= top {
            let add = if {{reuse}} == 1 { cur[a - coin] } else { prev[a - coin] };
            cur[a] = (cur[a] + add) % {{modulus}};
            a += 1;
        }
        prev = cur;
    }
    prev[top]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{coins}}, long {{amount}})
    {
        int top = (int){{amount}};
        var prev = new long[top + 1];
        prev[0] = 1;
        foreach (long value in {{coins}})
        {
            int coin = (int)value;
            var cur = (long[])prev.Clone();
            for (int a = coin; a <= top; a++)
            {
                long add = {{reuse}} == 1 ? cur[a - coin] : prev[a - coin];
                cur[a] = (cur[a] + add) % {{modulus}};
            }
            prev = cur;
        }
        return prev[top];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["coin_combinations", "count_change", "change_ways", "ways_to_pay", "count_payments"],
            coins=["coins", "denominations", "notes", "stamps"],
            amount=["amount", "total", "target", "price"],
        )
        p |= {
            "mode": rng.choice(MODES),
            "framing": rng.choice(
                [
                    "A vending machine studies how many ways a price can be paid.",
                    "A post office counts the stamp combinations that reach a postage value.",
                    "A puzzle asks how many ways a sum can be formed from given tokens.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        reuse, modulus = p["mode"]
        return {"reuse": (reuse, "int"), "modulus": (modulus, "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("coins", "list[int]"), ("amount", "int")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        coins, amount = p["params"]["coins"], p["params"]["amount"]
        reuse, modulus = p["mode"]
        if reuse:
            use = "Each denomination may be used any number of times (including zero)."
        else:
            use = "Each denomination may be used at most once (a combination is a subset of the list)."
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{coins}` lists distinct coin denominations (positive "
            f"integers, in any order). {use} Return the number of combinations whose values sum to "
            f"exactly `{amount}`, modulo {modulus:_}. Order does not matter: 1 + 2 and 2 + 1 are the "
            f"same combination. `{amount}` >= 0, and the empty combination makes 0, so an amount of 0 "
            "has exactly 1 combination; an amount that cannot be made has 0. Amounts go up to 10^4 "
            "and there are up to 100 denominations, so the true count can be astronomically large."
        )
        return "Coin combinations", statement, "Number of coin combinations that make an amount."

    def solve(self, p: Params, *args: Any) -> Any:
        coins, amount = args
        reuse, modulus = p["mode"]
        ways = [1] + [0] * amount
        for coin in coins:
            span = range(coin, amount + 1) if reuse else range(amount, coin - 1, -1)
            for a in span:
                ways[a] = (ways[a] + ways[a - coin]) % modulus
        return ways[amount]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def pool(n: int, top: int) -> list[int]:
            picked = rng.sample(range(1, top + 1), n)
            rng.shuffle(picked)
            return picked

        cases: list[Case] = [([pool(rng.randint(2, 4), 9), rng.randint(6, 15)], []) for _ in range(4)]
        cases += [
            ([[1, 2, 5], 0], ["empty"]),
            ([[], 7], ["empty"]),
            ([[], 0], ["empty"]),
            ([[7], 7], ["boundary"]),
            ([[7], 6], ["boundary"]),
            ([[2], 4], ["boundary"]),
            ([[3, 5], 4], ["boundary"]),
            ([[1, 2, 3], 3], ["boundary"]),
            ([[2, 1], 4], ["boundary"]),
            ([[9, 10, 11], 8], ["boundary"]),
            ([[1, 2, 3, 4, 5, 6], 6], ["boundary"]),
            ([list(range(1, 61)), 1000], ["large"]),
            ([pool(40, 300), 5000], ["large"]),
        ]
        return cases
