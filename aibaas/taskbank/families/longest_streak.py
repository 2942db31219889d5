"""Easy family: the length of the longest run of adjacent values following a rule (equal, rising...).

Easy: one pass keeping the current and the best run length; the care needed is the continuation
rule between neighbours, the first element and the empty list.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

RULES = {
    "equal": (True, 0),
    "increasing": (False, 0),
    "consecutive": (True, 1),
}


class LongestStreak(Family):
    name = "longest-streak"
    difficulty = Difficulty.EASY
    tags = ("collections", "scanning")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> int:
    best = 0
    run = 0
    for i in range(len({{values}})):
        ok = False
        if i > 0:
            diff = {{values}}[i] - {{values}}[i - 1]
            ok = diff == {{step}} if {{exact}} else diff > 0
        run = run + 1 if ok else 1
        if run > best:
            best = run
    return best
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < {{values}}.length; i++) {
    let ok = false;
    if (i > 0) {
      const diff = {{values}}[i] - {{values}}[i - 1];
      ok = {{exact}} ? diff === {{step}} : diff > 0;
    }
    run = ok ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{values}}) {
        long best = 0;
        long run = 0;
        for (int i = 0; i < {{values}}.size(); i++) {
            boolean ok = false;
            if (i > 0) {
                long diff = {{values}}.get(i) - {{values}}.get(i - 1);
                ok = {{exact}} ? diff == {{step}} : diff > 0;
            }
            run = ok ? run + 1 : 1;
            if (run > best) best = run;
        }
        return best;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) int {
	best := 0
	run := 0
	for i := 0; i < len({{values}}); i++ {
		ok := false
		if i > 0 {
			diff := {{values}}[i] - {{values}}[i - 1]
			if {{exact}} {
				ok = diff == {{step}}
			} else {
				ok = diff > 0
			}
		}
		if ok {
			run = run + 1
		} else {
			run = 1
		}
		if run > best {
			best = run
		}
	}
	return best
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  best = 0
  run = 0
  {{values}}.each_index do |i|
    ok = false
    if i > 0
      diff = {{values}}[i] - {{values}}[i - 1]
      ok = {{exact}} ? diff == {{step}} : diff > 0
    end
    run = ok ? run + 1 : 1
    best = run if run > best
  end
  best
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> i64 {
    let mut best: i64 = 0;
    let mut run: i64 = 0;
    for i in 0..{{values}}.len() {
        let mut ok = false;
        if i > 0 {
            let diff = {{values}}[i] - {{values}}[i - 1];
            ok = if {{exact}} { diff == {{step}} } else { diff > 0 };
        }
        run = if ok { run + 1 } else { 1 };
        if run > best {
            best = run;
        }
    }
    best
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{values}})
    {
        long best = 0;
        long run = 0;
        for (int i = 0; i < {{values}}.Count; i++)
        {
            bool ok = false;
            if (i > 0)
            {
                long diff = {{values}}[i] - {{values}}[i - 1];
                ok = {{exact}} ? diff == {{step}} : diff > 0;
            }
            run = ok ? run + 1 : 1;
            if (run > best) best = run;
        }
        return best;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["longest_streak", "longest_run", "best_streak", "max_run_length", "streak_length"],
            values=["values", "readings", "scores", "heights", "levels"],
        )
        rule = rng.choice(sorted(RULES))
        p |= {
            "rule": rule,
            "exact": RULES[rule][0],
            "step": RULES[rule][1],
            "domain": rng.choice([(0, 3), (-2, 2), (10, 14)]),
            "framing": rng.choice(
                [
                    "A fitness app reports the best streak in a member's daily scores.",
                    "A monitoring tool measures the longest stretch of a sensor's readings.",
                    "A game shows a player's longest combo in a list of moves.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"exact": (p["exact"], "bool"), "step": (p["step"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values = p["params"]["values"]
        rule = {
            "equal": "every element equals the one before it",
            "increasing": "every element is strictly greater than the one before it (equal neighbours "
            "end a run)",
            "consecutive": "every element is exactly 1 greater than the one before it (as in 4, 5, 6)",
        }[p["rule"]]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the length of the longest run in "
            f"`{values}`: a run is a stretch of adjacent elements in which {rule}. A single element is "
            "a run of length 1, so any non-empty list gives at least 1; the empty list gives 0. "
            "Values may be negative. The input must not be modified."
        )
        return "Longest streak", statement, "Length of the longest run of adjacent values."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        best, run = 0, 0
        for i, v in enumerate(values):
            diff = v - values[i - 1] if i else None
            if p["rule"] == "equal":
                ok = diff == 0
            elif p["rule"] == "increasing":
                ok = diff is not None and diff > 0
            else:
                ok = diff == 1
            run = run + 1 if ok else 1
            best = max(best, run)
        return best

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        low, high = p["domain"]

        def draw(n: int) -> list[int]:
            out = [rng.randint(low, high)]
            for _ in range(n - 1):
                out.append(
                    out[-1] + rng.choice([-1, 0, 1, 1, 2]) if rng.random() < 0.7 else rng.randint(low, high)
                )
            return out

        cases: list[Case] = [([draw(rng.randint(6, 10))], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[low]], ["boundary"]),
            ([[5, 5, 5, 6, 7, 8, 8]], ["boundary"]),
            ([[3, 2, 1, 0, -1]], ["boundary"]),
            ([[1, 2, 3, 1, 1, 1, 1, 2, 4, 6, 8, 10]], ["boundary"]),
            ([[9, 9, 1, 2, 3, 4]], ["boundary"]),
            ([[-3, -2, -1, 0, 0, 0]], ["boundary"]),
            ([draw(2000)], ["large"]),
            ([list(range(1500)) + [0] * 1600], ["large"]),
        ]
        return cases
