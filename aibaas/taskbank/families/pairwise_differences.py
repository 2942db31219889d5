"""Easy family: the differences between consecutive elements of a list (signed or absolute).

Easy: one loop over adjacent pairs; the precision lies in the direction of the subtraction, the
absolute-value variant, and lists too short to have a pair.
"""

from __future__ import annotations

import itertools
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class PairwiseDifferences(Family):
    name = "pairwise-differences"
    difficulty = Difficulty.EASY
    tags = ("collections", "differences")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> list[int]:
    out = []
    for i in range(1, len({{values}})):
        d = {{sign}} * ({{values}}[i] - {{values}}[i - 1])
        if {{absolute}} and d < 0:
            d = -d
        out.append(d)
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < {{values}}.length; i++) {
    let d = {{sign}} * ({{values}}[i] - {{values}}[i - 1]);
    if ({{absolute}} && d < 0) d = -d;
    out.push(d);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<Long> {{values}}) {
        List<Long> out = new ArrayList<>();
        for (int i = 1; i < {{values}}.size(); i++) {
            long d = {{sign}} * ({{values}}.get(i) - {{values}}.get(i - 1));
            if ({{absolute}} && d < 0) d = -d;
            out.add(d);
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) []int {
	out := []int{}
	for i := 1; i < len({{values}}); i++ {
		d := {{sign}} * ({{values}}[i] - {{values}}[i - 1])
		if {{absolute}} && d < 0 {
			d = -d
		}
		out = append(out, d)
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  out = []
  (1...{{values}}.length).each do |i|
    d = {{sign}} * ({{values}}[i] - {{values}}[i - 1])
    d = -d if {{absolute}} && d < 0
    out << d
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    for i in 1..{{values}}.len() {
        let mut d: i64 = {{sign}} * ({{values}}[i] - {{values}}[i - 1]);
        if {{absolute}} && d < 0 {
            d = -d;
        }
        out.push(d);
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
        for (int i = 1; i < {{values}}.Count; i++)
        {
            long d = {{sign}} * ({{values}}[i] - {{values}}[i - 1]);
            if ({{absolute}} && d < 0) d = -d;
            result.Add(d);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["pairwise_differences", "consecutive_gaps", "step_changes", "deltas_between", "adjacent_diffs"],
            values=["values", "series", "heights", "readings", "prices"],
        )
        p |= {
            "sign": rng.choice([1, -1]),
            "absolute": rng.choice([True, False, False]),
            "framing": rng.choice(
                [
                    "A fitness tracker shows how the altitude changed between samples.",
                    "A stock widget displays the day-to-day price moves.",
                    "A thermostat log is reduced to the change between successive readings.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"sign": (p["sign"], "int"), "absolute": (p["absolute"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values = p["params"]["values"]
        if p["absolute"]:
            rule = (
                f"the absolute difference `|{values}[i+1] - {values}[i]|` (never negative; "
                "`[5, 2, 7]` gives `[3, 5]`)"
            )
        elif p["sign"] == 1:
            rule = (
                f"the signed difference `{values}[i+1] - {values}[i]` (later minus earlier, negative "
                "when the series goes down; `[5, 2, 7]` gives `[-3, 5]`)"
            )
        else:
            rule = (
                f"the signed difference `{values}[i] - {values}[i+1]` (earlier minus later, positive "
                "when the series goes down; `[5, 2, 7]` gives `[3, -5]`)"
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns, for every pair of consecutive elements of "
            f"`{values}` in order, {rule}. A list of n elements gives n - 1 differences; a list with fewer "
            "than two elements (the empty list included) gives an empty list. Elements lie between "
            "-10^15 and 10^15. The input must not be modified."
        )
        return "Consecutive differences", statement, "Differences between consecutive elements."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        diffs = [p["sign"] * (b - a) for a, b in itertools.pairwise(values)]
        return [abs(d) for d in diffs] if p["absolute"] else diffs

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def draw(n: int, span: int = 50) -> list[int]:
            return [rng.randint(-span, span) for _ in range(n)]

        big = 10**15
        cases: list[Case] = [
            ([[5, 2, 7, 7, 10]], []),
            ([draw(rng.randint(5, 9))], []),
            ([draw(rng.randint(5, 9))], []),
            ([[]], ["empty"]),
            ([[42]], ["boundary"]),
            ([[3, 8]], ["boundary"]),
            ([[8, 3]], ["boundary"]),
            ([[4, 4, 4]], ["boundary"]),
            ([[-3, -8, 0, 5]], ["boundary"]),
            ([[big, -big, big]], ["boundary"]),
            ([draw(500, 10**9)], ["large"]),
            ([list(range(400, 0, -1))], ["large"]),
        ]
        return cases
