"""Easy family: every n-th element of a list, starting at a given index.

Easy: a strided loop; the rules to state and test are the zero-based start, lists shorter than the
start and the last element being picked exactly when the stride lands on it.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class EveryNth(Family):
    name = "every-nth"
    difficulty = Difficulty.EASY
    tags = ("collections",)
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> list[int]:
    out: list[int] = []
    for i in range(len({{values}})):
        if i >= {{offset}} and (i - {{offset}}) % {{step}} == 0:
            out.append({{values}}[i])
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < {{values}}.length; i++) {
    if (i >= {{offset}} && (i - {{offset}}) % {{step}} === 0) out.push({{values}}[i]);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<Long> {{values}}) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < {{values}}.size(); i++) {
            if (i >= {{offset}} && (i - {{offset}}) % {{step}} == 0) out.add({{values}}.get(i));
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) []int {
	out := []int{}
	for i := 0; i < len({{values}}); i++ {
		if i >= {{offset}} && (i - {{offset}}) % {{step}} == 0 {
			out = append(out, {{values}}[i])
		}
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  out = []
  {{values}}.each_index do |i|
    out.push({{values}}[i]) if i >= {{offset}} && (i - {{offset}}) % {{step}} == 0
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    for i in 0..{{values}}.len() as i64 {
        if i >= {{offset}} && (i - {{offset}}) % {{step}} == 0 {
            out.push({{values}}[i as usize]);
        }
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
        for (int i = 0; i < {{values}}.Count; i++)
        {
            if (i >= {{offset}} && (i - {{offset}}) % {{step}} == 0) result.Add({{values}}[i]);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["every_nth", "take_stride", "sample_every", "pick_stride", "thin_out"],
            values=["values", "samples", "frames", "readings", "rows"],
        )
        step = rng.choice([2, 3, 4, 5])
        p |= {
            "step": step,
            "offset": rng.choice([0, 1, step - 1, step + 1]),
            "framing": rng.choice(
                [
                    "A video tool keeps every n-th frame to build a quick preview.",
                    "A data logger thins out readings before uploading them.",
                    "A report shows every n-th row of a long table as a sample.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"step": (p["step"], "int"), "offset": (p["offset"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, step, offset = p["params"]["values"], p["step"], p["offset"]
        idx = ", ".join(str(offset + step * k) for k in range(3))
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the elements of `{values}` at the "
            f"zero-based indices {idx}, and so on (index {offset} plus every multiple of {step}), as long "
            "as the index is inside the list, in their original order. When the list has no element "
            f"at index {offset}, the result is empty. The input must not be modified."
        )
        return "Every n-th element", statement, "Take every n-th element."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        return values[p["offset"] :: p["step"]]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        step, offset = p["step"], p["offset"]

        def draw(n: int) -> list[int]:
            return [rng.randint(-99, 99) for _ in range(n)]

        cases: list[Case] = [([draw(rng.randint(8, 14))], []) for _ in range(2)]
        cases += [([list(range(1, 16))], []), ([draw(rng.randint(3, 20))], [])]
        cases += [
            ([[]], ["empty"]),
            ([draw(offset)], ["boundary"]),
            ([draw(offset + 1)], ["boundary"]),
            ([list(range(offset + step))], ["boundary"]),
            ([list(range(offset + step + 1))], ["boundary"]),
            ([[7]], ["boundary"]),
            ([draw(3000)], ["large"]),
        ]
        return cases
