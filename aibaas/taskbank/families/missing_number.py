"""Easy family: find the one value missing from an unordered list of a consecutive integer range.

Easy: the expected total minus the actual total; the care needed is where the range starts, that
its end follows from the list's length, and the cases where the first or the last value is missing.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MissingNumber(Family):
    name = "missing-number"
    difficulty = Difficulty.EASY
    tags = ("math", "collections")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> int:
    m = len({{values}})
    total = 0
    for i in range(m + 1):
        total += {{start}} + i
    for v in {{values}}:
        total -= v
    return total
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number {
  const m = {{values}}.length;
  let total = 0;
  for (let i = 0; i <= m; i++) total += {{start}} + i;
  for (const v of {{values}}) total -= v;
  return total;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{values}}) {
        int m = {{values}}.size();
        long total = 0;
        for (int i = 0; i <= m; i++) total += {{start}} + i;
        for (long v : {{values}}) total -= v;
        return total;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) int {
	m := len({{values}})
	total := 0
	for i := 0; i <= m; i++ {
		total += {{start}} + i
	}
	for _, v := range {{values}} {
		total -= v
	}
	return total
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  m = {{values}}.length
  total = 0
  (0..m).each { |i| total += {{start}} + i }
  {{values}}.each { |v| total -= v }
  total
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> i64 {
    let m = {{values}}.len() as i64;
    let mut total: i64 = 0;
    let mut i: i64 = 0;
    while i <= m {
        total += {{start}} + i;
        i += 1;
    }
    for v in {{values}} {
        total -= v;
    }
    total
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{values}})
    {
        int m = {{values}}.Count;
        long total = 0;
        for (int i = 0; i <= m; i++) total += {{start}} + i;
        foreach (long v in {{values}}) total -= v;
        return total;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["missing_number", "find_missing", "lost_ticket", "absent_id", "find_gap"],
            values=["values", "tickets", "ids", "seats", "labels"],
        )
        p |= {
            "start": rng.choice([0, 1]),
            "framing": rng.choice(
                [
                    "A raffle counts the returned ticket numbers to find the one never returned.",
                    "A roll call lists the seat numbers that answered; one seat is empty.",
                    "A packet log holds all sequence numbers of a burst but one.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"start": (p["start"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, s = p["params"]["values"], p["start"]
        top = "n" if s == 0 else f"n + {s}"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{values}` holds n distinct integers, in any order, "
            f"taken from the n + 1 consecutive integers {s}, {s + 1}, ..., {top} (n is the length of "
            f"`{values}`, so the range always has exactly one more value than the list). Exactly one "
            "value of that range is absent: return it. It may be the first or the last value of the "
            f"range; an empty list means the range is just {s}, which is missing. The input must not be "
            "modified."
        )
        return "Missing number", statement, "Find the missing value of a range."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        s = p["start"]
        return (set(range(s, s + len(values) + 1)) - set(values)).pop()

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        s = p["start"]

        def without(n: int, missing: int) -> list[int]:
            out = [v for v in range(s, s + n + 1) if v != missing]
            rng.shuffle(out)
            return out

        def draw(n: int) -> list[int]:
            return without(n, rng.randint(s, s + n))

        cases: list[Case] = [([draw(rng.randint(5, 9))], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[s]], ["boundary"]),
            ([[s + 1]], ["boundary"]),
            ([without(6, s)], ["boundary"]),
            ([without(6, s + 6)], ["boundary"]),
            ([list(range(s + 1, s + 11))], ["boundary"]),
            ([draw(3000)], ["large"]),
            ([without(2500, s + 2500)], ["large"]),
        ]
        return cases
