"""Medium family: sliding-window averages over a stream of integers, with partial or skipped warm-up.

Medium because a linear running-sum window (adding the new value, dropping the one that leaves)
has exact boundary rules: when a window is full, what the first windows report, and short input.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MovingAverage(Family):
    name = "moving-average"
    difficulty = Difficulty.MEDIUM
    tags = ("sliding-window", "streams")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> list[float]:
    result: list[float] = []
    running = 0
    for i in range(len({{values}})):
        running += {{values}}[i]
        if i >= {{window}}:
            running -= {{values}}[i - {{window}}]
        if i + 1 >= {{window}}:
            result.append(running / {{window}})
        elif {{partial}}:
            result.append(running / (i + 1))
    return result
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number[] {
  const result: number[] = [];
  let running = 0;
  for (let i = 0; i < {{values}}.length; i++) {
    running += {{values}}[i];
    if (i >= {{window}}) running -= {{values}}[i - {{window}}];
    if (i + 1 >= {{window}}) result.push(running / {{window}});
    else if ({{partial}}) result.push(running / (i + 1));
  }
  return result;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Double> {{fn}}(List<Long> {{values}}) {
        List<Double> result = new ArrayList<>();
        long running = 0;
        for (int i = 0; i < {{values}}.size(); i++) {
            running += {{values}}.get(i);
            if (i >= {{window}}) running -= {{values}}.get((int) (i - {{window}}));
            if (i + 1 >= {{window}}) result.add((double) running / {{window}});
            else if ({{partial}}) result.add((double) running / (i + 1));
        }
        return result;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) []float64 {
	result := []float64{}
	running := 0
	for i := 0; i < len({{values}}); i++ {
		running += {{values}}[i]
		if i >= {{window}} {
			running -= {{values}}[i - {{window}}]
		}
		if i + 1 >= {{window}} {
			result = append(result, float64(running) / float64({{window}}))
		} else if {{partial}} {
			result = append(result, float64(running) / float64(i + 1))
		}
	}
	return result
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  result = []
  running = 0
  {{values}}.each_index do |i|
    running += {{values}}[i]
    running -= {{values}}[i - {{window}}] if i >= {{window}}
    if i + 1 >= {{window}}
      result.push(running.to_f / {{window}})
    elsif {{partial}}
      result.push(running.to_f / (i + 1))
    end
  end
  result
end
""",
        Language.RUST: """pub fn {{fn}}({{values}}: Vec<i64>) -> Vec<f64> {
    let window: usize = {{window}};
    let mut result: Vec<f64> = Vec::new();
    let mut running: i64 = 0;
    for i in 0..{{values}}.len() {
        running += {{values}}[i];
        if i >= window {
            running -= {{values}}[i - window];
        }
        if i + 1 >= window {
            result.push(running as f64 / window as f64);
        } else if {{partial}} {
            result.push(running as f64 / (i + 1) as f64);
        }
    }
    result
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static List<double> {{fn}}(List<long> {{values}})
    {
        var result = new List<double>();
        long running = 0;
        for (int i = 0; i < {{values}}.Count; i++)
        {
            running += {{values}}[i];
            if (i >= {{window}}) running -= {{values}}[(int)(i - {{window}})];
            if (i + 1 >= {{window}}) result.Add((double)running / {{window}});
            else if ({{partial}}) result.Add((double)running / (i + 1));
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["moving_average", "rolling_mean", "smooth_series", "window_means", "trailing_average"],
            values=["values", "prices", "readings", "samples", "series"],
        )
        p |= {
            "window": rng.randint(2, 5),
            "partial": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A trading dashboard smooths closing prices.",
                    "A thermostat averages its latest sensor readings.",
                    "A fitness tracker shows a rolling mean of daily step counts.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"window": (p["window"], "int"), "partial": (p["partial"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "list[float]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, k = p["params"]["values"], p["window"]
        if p["partial"]:
            warm = (
                f"The first {k - 1} positions have fewer than {k} values so far: for each of them output "
                "the average of all values up to and including it. The output has one number per input "
                "value."
            )
        else:
            warm = (
                f"Positions before the window is first full (the first {k - 1}) produce no output, so "
                f"the output has {k - 1} fewer numbers than the input, or none when the input has fewer "
                f"than {k} values."
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the moving averages of `{values}` with a "
            f"window of {k}: for each position i, in order, once at least {k} values have been seen, "
            f"output the arithmetic mean (a float) of the {k} values ending at position i (i.e. "
            f"positions i - {k - 1} to i). {warm} An empty input gives an empty output. Values are "
            "integers with absolute value at most 10^9; answers within 1e-6 (relative) are accepted."
        )
        return "Moving average", statement, f"Moving averages with a window of {k}."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        k: int = p["window"]
        result = []
        for i in range(len(values)):
            chunk = values[max(0, i - k + 1) : i + 1]
            if len(chunk) == k or p["partial"]:
                result.append(sum(chunk) / len(chunk))
        return result

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        k: int = p["window"]

        def series(n: int, low: int = -50, high: int = 100) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        cases: list[Case] = [([series(k + 3)], []), ([series(k + 5, 0, 20)], [])]
        cases += [([series(rng.randint(k, 3 * k))], []) for _ in range(3)]
        cases += [
            ([[]], ["empty"]),
            ([series(1)], ["boundary"]),
            ([series(k - 1)], ["boundary"]),
            ([series(k)], ["boundary"]),
            ([series(k + 1)], ["boundary"]),
            ([[0] * k + [k * 7] + [0] * k], ["boundary"]),
            ([[10**9, -(10**9), 10**9, 10**9, -(10**9), 10**9, 7]], ["boundary"]),
            ([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], ["boundary"]),
            ([series(1500, -(10**6), 10**6)], ["large"]),
        ]
        return cases
