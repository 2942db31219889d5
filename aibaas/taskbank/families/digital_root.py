"""Easy family: repeatedly replace a number by its decimal digit sum until it drops below a threshold.

Easy: two nested loops over decimal digits; the care needed is the threshold boundary (a value equal
to it is reduced once more), zero, and whether the value or the number of rounds is returned.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

VALUE_NAMES = ["digital_root", "fold_digits", "reduce_digits", "collapse_number"]
STEP_NAMES = ["digit_rounds", "fold_steps", "reduction_steps", "additive_persistence"]
MAX_VALUE = 9_007_199_254_740_991  # 2^53 - 1: exact in every language's integer type


class DigitalRoot(Family):
    name = "digital-root"
    difficulty = Difficulty.EASY
    tags = ("math", "digits")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{number}}: int) -> int:
    current = {{number}}
    steps = 0
    while current >= {{threshold}}:
        total = 0
        while current != 0:
            total += current % 10
            current //= 10
        current = total
        steps += 1
    return steps if {{count_steps}} else current
""",
        Language.TYPESCRIPT: """export function {{fn}}({{number}}: number): number {
  let current = {{number}};
  let steps = 0;
  while (current >= {{threshold}}) {
    let total = 0;
    while (current !== 0) {
      total += current % 10;
      current = Math.floor(current / 10);
    }
    current = total;
    steps++;
  }
  return {{count_steps}} ? steps : current;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(long {{number}}) {
        long current = {{number}};
        long steps = 0;
        while (current >= {{threshold}}) {
            long total = 0;
            while (current != 0) {
                total += current % 10;
                current /= 10;
            }
            current = total;
            steps++;
        }
        return {{count_steps}} ? steps : current;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{number}} int) int {
	current := {{number}}
	steps := 0
	for current >= {{threshold}} {
		total := 0
		for current != 0 {
			total += current % 10
			current /= 10
		}
		current = total
		steps++
	}
	if {{count_steps}} {
		return steps
	}
	return current
}
""",
        Language.RUBY: """def {{fn}}({{number}})
  current = {{number}}
  steps = 0
  while current >= {{threshold}}
    total = 0
    while current != 0
      total += current % 10
      current /= 10
    end
    current = total
    steps += 1
  end
  {{count_steps}} ? steps : current
end
""",
        Language.RUST: """pub fn {{fn}}({{number}}: i64) -> i64 {
    let mut current = {{number}};
    let mut steps: i64 = 0;
    while current >= {{threshold}} {
        let mut total: i64 = 0;
        while current != 0 {
            total += current % 10;
            current /= 10;
        }
        current = total;
        steps += 1;
    }
    if {{count_steps}} {
        steps
    } else {
        current
    }
}
""",
        Language.CSHARP: """using System;

public static class Solution
{
    public static long {{fn}}(long {{number}})
    {
        long current = {{number}};
        long steps = 0;
        while (current >= {{threshold}})
        {
            long total = 0;
            while (current != 0)
            {
                total += current % 10;
                current /= 10;
            }
            current = total;
            steps++;
        }
        return {{count_steps}} ? steps : current;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            VALUE_NAMES + STEP_NAMES,
            number=["figure", "reading", "amount", "serial", "code_value"],
        )
        count_steps = rng.choice([True, False])
        p["fn"] = rng.choice(STEP_NAMES if count_steps else VALUE_NAMES)
        p |= {
            "count_steps": count_steps,
            "threshold": rng.choice([10, 12, 25, 100]),
            "framing": rng.choice(
                [
                    "A checksum scheme folds an account number down to a short check value.",
                    "A numerology app reduces a birth number step by step.",
                    "A bar-code printer derives a small control number from a serial.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"threshold": (p["threshold"], "int"), "count_steps": (p["count_steps"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("number", "int")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        number, t = p["params"]["number"], p["threshold"]
        wanted = (
            "the number of replacements made (0 when the input is already below the threshold)"
            if p["count_steps"]
            else "the final value"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{number}` is an integer with 0 <= {number} <= 2^53 - 1. "
            f"While the current value is at least {t} (a value equal to {t} is reduced too), replace it "
            f"by the sum of its decimal digits. Return {wanted}."
        )
        return "Digit-sum reduction", statement, "Reduce a number by repeated digit sums."

    def solve(self, p: Params, *args: Any) -> Any:
        (current,) = args
        steps = 0
        while current >= p["threshold"]:
            current = sum(int(d) for d in str(current))
            steps += 1
        return steps if p["count_steps"] else current

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        t = p["threshold"]
        cases: list[Case] = [([rng.randint(100, 99_999)], []) for _ in range(3)]
        cases += [
            ([rng.randint(10**6, 10**9)], []),
            ([0], ["empty"]),
            ([t - 1], ["boundary"]),
            ([t], ["boundary"]),
            ([t + 1], ["boundary"]),
            ([9], ["boundary"]),
            ([19], ["boundary"]),
            ([199], ["boundary"]),
            ([99_999_999_999], ["boundary"]),
            ([MAX_VALUE], ["large"]),
            ([8_999_999_999_999_999 // 1000 * 999], ["large"]),
        ]
        return cases
