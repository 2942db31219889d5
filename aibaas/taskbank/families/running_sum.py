"""Easy family: running sums of a list that reset to zero whenever the total passes a cap.

Easy: a single accumulator; the precision lies in the reset rule (strictly above the cap, or also at
the cap, per variant), in what is emitted at a reset, and in negative values that never trigger it.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class RunningSum(Family):
    name = "running-sum"
    difficulty = Difficulty.EASY
    tags = ("collections", "prefix-sums")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> list[int]:
    out = []
    total = 0
    for v in {{values}}:
        total = total + v
        if total > {{cap}} or ({{at_cap}} and total == {{cap}}):
            total = 0
        out.append(total)
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number[] {
  const out: number[] = [];
  let total = 0;
  for (const v of {{values}}) {
    total = total + v;
    if (total > {{cap}} || ({{at_cap}} && total === {{cap}})) total = 0;
    out.push(total);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<Long> {{values}}) {
        List<Long> out = new ArrayList<>();
        long total = 0;
        for (long v : {{values}}) {
            total = total + v;
            if (total > {{cap}} || ({{at_cap}} && total == {{cap}})) total = 0;
            out.add(total);
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) []int {
	out := []int{}
	total := 0
	for _, v := range {{values}} {
		total = total + v
		if total > {{cap}} || ({{at_cap}} && total == {{cap}}) {
			total = 0
		}
		out = append(out, total)
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  out = []
  total = 0
  {{values}}.each do |v|
    total = total + v
    total = 0 if total > {{cap}} || ({{at_cap}} && total == {{cap}})
    out << total
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let mut total: i64 = 0;
    for v in {{values}} {
        total = total + v;
        if total > {{cap}} || ({{at_cap}} && total == {{cap}}) {
            total = 0;
        }
        out.push(total);
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> {{fn}}(List<long> {{values}})
    {
        var result = new List<long>();
        long total = 0;
        foreach (long v in {{values}})
        {
            total = total + v;
            if (total > {{cap}} || ({{at_cap}} && total == {{cap}})) total = 0;
            result.Add(total);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["capped_running_sum", "running_totals", "meter_readings", "fill_levels", "bucket_totals"],
            values=["values", "amounts", "deltas", "deposits", "increments"],
        )
        p |= {
            "cap": rng.choice([10, 25, 100, 1000]),
            "at_cap": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A rain gauge tips its bucket and starts over whenever it overflows.",
                    "A loyalty card resets its points once the reward threshold is passed.",
                    "A battery model empties a capacitor that charges past its limit.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"cap": (p["cap"], "int"), "at_cap": (p["at_cap"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, cap = p["params"]["values"], p["cap"]
        when = (
            f"reaches or exceeds {cap} (total >= {cap})"
            if p["at_cap"]
            else f"exceeds {cap} (total > {cap}; a total of exactly {cap} is kept)"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the running totals of `{values}`. Start with "
            "a total of 0; for each element in order, add it to the total, then, if the total "
            f"{when}, reset the total to 0. The result has one entry per element: the total after that "
            "element was processed, so an element that triggers a reset yields 0. Elements may be "
            "negative (a negative total never triggers a reset) and lie between -10^9 and 10^9. An empty "
            "list gives an empty list."
        )
        return "Capped running sum", statement, f"Running totals that reset above {cap}."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        out, total = [], 0
        for v in values:
            total += v
            if total > p["cap"] or (p["at_cap"] and total == p["cap"]):
                total = 0
            out.append(total)
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        cap = p["cap"]
        step = max(1, cap // 4)

        def draw(n: int) -> list[int]:
            return [rng.randint(-step, 2 * step) for _ in range(n)]

        big = 10**9
        cases: list[Case] = [
            ([[step, step, step, step, step, 1, -2]], []),
            ([draw(rng.randint(6, 10))], []),
            ([draw(rng.randint(6, 10))], []),
            ([[]], ["empty"]),
            ([[cap]], ["boundary"]),
            ([[cap + 1]], ["boundary"]),
            ([[cap - 1, 1, 1]], ["boundary"]),
            ([[cap - 1, 2, cap, 0]], ["boundary"]),
            ([[-5, cap + 4, 1, 0]], ["boundary"]),
            ([[0, 0, -big, big, big, -big]], ["boundary"]),
            ([[1] * (cap + 3)], ["boundary"]),
            ([draw(500)], ["large"]),
            ([[rng.randint(-big, big) for _ in range(400)]], ["large"]),
        ]
        return cases
