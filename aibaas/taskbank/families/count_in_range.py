"""Easy family: count the elements of a list that fall within a range given by two parameters.

Easy: one pass with two comparisons; the precision lies in the bounds (inclusive or half-open, per
variant) and in reversed bounds (swapped, or an empty range, per variant).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class CountInRange(Family):
    name = "count-in-range"
    difficulty = Difficulty.EASY
    tags = ("collections", "counting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int], {{lo}}: int, {{hi}}: int) -> int:
    a = {{lo}}
    b = {{hi}}
    if {{swap}} and a > b:
        a, b = b, a
    found = 0
    for v in {{values}}:
        if v >= a and v < b + {{extra}}:
            found = found + 1
    return found
""",
        Language.TYPESCRIPT: """export function {{fn}}(
  {{values}}: number[],
  {{lo}}: number,
  {{hi}}: number,
): number {
  let a = {{lo}};
  let b = {{hi}};
  if ({{swap}} && a > b) [a, b] = [b, a];
  let found = 0;
  for (const v of {{values}}) {
    if (v >= a && v < b + {{extra}}) found = found + 1;
  }
  return found;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{values}}, long {{lo}}, long {{hi}}) {
        long a = {{lo}};
        long b = {{hi}};
        if ({{swap}} && a > b) {
            long t = a;
            a = b;
            b = t;
        }
        long found = 0;
        for (long v : {{values}}) {
            if (v >= a && v < b + {{extra}}) found = found + 1;
        }
        return found;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int, {{lo}} int, {{hi}} int) int {
	a, b := {{lo}}, {{hi}}
	if {{swap}} && a > b {
		a, b = b, a
	}
	found := 0
	for _, v := range {{values}} {
		if v >= a && v < b + {{extra}} {
			found = found + 1
		}
	}
	return found
}
""",
        Language.RUBY: """def {{fn}}({{values}}, {{lo}}, {{hi}})
  a = {{lo}}
  b = {{hi}}
  if {{swap}} && a > b
    a, b = b, a
  end
  found = 0
  {{values}}.each do |v|
    found = found + 1 if v >= a && v < b + {{extra}}
  end
  found
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>, {{lo}}: i64, {{hi}}: i64) -> i64 {
    let mut a = {{lo}};
    let mut b = {{hi}};
    if {{swap}} && a > b {
        std::mem::swap(&mut a, &mut b);
    }
    let mut found: i64 = 0;
    for v in {{values}} {
        if v >= a && v < b + {{extra}} {
            found = found + 1;
        }
    }
    found
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{values}}, long {{lo}}, long {{hi}})
    {
        long a = {{lo}};
        long b = {{hi}};
        if ({{swap}} && a > b)
        {
            long t = a;
            a = b;
            b = t;
        }
        long found = 0;
        foreach (long v in {{values}})
        {
            if (v >= a && v < b + {{extra}}) found = found + 1;
        }
        return found;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["count_in_range", "count_between", "within_band", "tally_in_window", "how_many_inside"],
            values=["values", "ages", "temperatures", "scores", "latencies"],
            lo=["lo", "low", "lower", "min_value", "floor_value"],
            hi=["hi", "high", "upper", "max_value", "ceiling"],
        )
        p |= {
            "inclusive": rng.choice([True, False]),
            "swap": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A monitoring service counts requests whose latency falls in an alert band.",
                    "A census tool counts the people within an age bracket.",
                    "A weather station reports how many readings were in the comfortable range.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"extra": (1 if p["inclusive"] else 0, "int"), "swap": (p["swap"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]"), ("lo", "int"), ("hi", "int")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, lo, hi = p["params"]["values"], p["params"]["lo"], p["params"]["hi"]
        bounds = (
            f"`{lo} <= v <= {hi}` (both bounds inclusive)"
            if p["inclusive"]
            else f"`{lo} <= v < {hi}` (the lower bound is included, the upper bound `{hi}` is not)"
        )
        reversed_rule = (
            f"When `{lo}` is greater than `{hi}`, the two bounds are swapped first (the smaller one becomes "
            "the lower bound) and the same rule applies."
            if p["swap"]
            else f"When `{lo}` is greater than `{hi}`, the range is empty and the answer is 0 (bounds are "
            "never swapped)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns how many elements `v` of `{values}` satisfy "
            f"{bounds}. {reversed_rule} Every occurrence counts, duplicates included; an empty list gives "
            "0. All numbers lie between -10^15 and 10^15."
        )
        return "Count values in a range", statement, "Count the elements within a range."

    def solve(self, p: Params, *args: Any) -> Any:
        values, lo, hi = args
        if p["swap"] and lo > hi:
            lo, hi = hi, lo
        return sum(1 for v in values if lo <= v and (v <= hi if p["inclusive"] else v < hi))

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def draw(n: int) -> list[int]:
            return [rng.randint(-20, 20) for _ in range(n)]

        edge = [1, 2, 3, 4, 5, 5, 6, 7]
        big = 10**15
        cases: list[Case] = [
            ([[1, 5, 3, 9, 5, 7], 3, 7], []),
            ([draw(rng.randint(6, 10)), -5, 5], []),
            ([draw(rng.randint(6, 10)), 0, 12], []),
            ([[], 0, 10], ["empty"]),
            ([[], 5, 1], ["empty"]),
            ([edge, 5, 5], ["boundary"]),
            ([edge, 2, 6], ["boundary"]),
            ([edge, 6, 2], ["boundary"]),
            ([edge, 5, 4], ["boundary"]),
            ([edge, 8, 100], ["boundary"]),
            ([edge, -100, 1], ["boundary"]),
            ([[-big, big, 0], -big, big], ["boundary"]),
            ([[-3, -2, -1, 0], -2, -1], ["boundary"]),
            ([draw(500), -7, 7], ["large"]),
            ([draw(500), 9, -9], ["large"]),
        ]
        return cases
