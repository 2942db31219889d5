"""Easy family: merge two ascending integer lists into one ascending list, optionally without repeats.

Easy: a two-pointer merge; the edge cases are empty inputs, ties between the lists and, in the
deduplicating variant, repeats inside one list as well as across both.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

PAIRS = [
    ("left", "right"),
    ("older", "newer"),
    ("primary", "secondary"),
    ("xs", "ys"),
    ("head_part", "tail_part"),
]


class MergeSortedLists(Family):
    name = "merge-sorted-lists"
    difficulty = Difficulty.EASY
    tags = ("collections", "merging")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{first}}: list[int], {{second}}: list[int]) -> list[int]:
    out: list[int] = []
    i = 0
    j = 0
    while i < len({{first}}) or j < len({{second}}):
        if j == len({{second}}) or (i < len({{first}}) and {{first}}[i] <= {{second}}[j]):
            v = {{first}}[i]
            i += 1
        else:
            v = {{second}}[j]
            j += 1
        if not {{dedupe}} or len(out) == 0 or out[len(out) - 1] != v:
            out.append(v)
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{first}}: number[], {{second}}: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < {{first}}.length || j < {{second}}.length) {
    let v: number;
    if (j === {{second}}.length || (i < {{first}}.length && {{first}}[i] <= {{second}}[j])) {
      v = {{first}}[i];
      i++;
    } else {
      v = {{second}}[j];
      j++;
    }
    if (!{{dedupe}} || out.length === 0 || out[out.length - 1] !== v) out.push(v);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<Long> {{first}}, List<Long> {{second}}) {
        List<Long> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < {{first}}.size() || j < {{second}}.size()) {
            long v;
            if (j == {{second}}.size() || (i < {{first}}.size() && {{first}}.get(i) <= {{second}}.get(j))) {
                v = {{first}}.get(i);
                i++;
            } else {
                v = {{second}}.get(j);
                j++;
            }
            if (!{{dedupe}} || out.size() == 0 || out.get(out.size() - 1) != v) out.add(v);
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{first}} []int, {{second}} []int) []int {
	out := []int{}
	i := 0
	j := 0
	for i < len({{first}}) || j < len({{second}}) {
		var v int
		if j == len({{second}}) || (i < len({{first}}) && {{first}}[i] <= {{second}}[j]) {
			v = {{first}}[i]
			i++
		} else {
			v = {{second}}[j]
			j++
		}
		if !{{dedupe}} || len(out) == 0 || out[len(out) - 1] != v {
			out = append(out, v)
		}
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{first}}, {{second}})
  out = []
  i = 0
  j = 0
  while i < {{first}}.length || j < {{second}}.length
    if j == {{second}}.length || (i < {{first}}.length && {{first}}[i] <= {{second}}[j])
      v = {{first}}[i]
      i += 1
    else
      v = {{second}}[j]
      j += 1
    end
    out.push(v) if !{{dedupe}} || out.length == 0 || out[out.length - 1] != v
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{first}}: Vec<i64>, {{second}}: Vec<i64>) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let mut i = 0;
    let mut j = 0;
    while i < {{first}}.len() || j < {{second}}.len() {
        let v;
        if j == {{second}}.len() || (i < {{first}}.len() && {{first}}[i] <= {{second}}[j]) {
            v = {{first}}[i];
            i += 1;
        } else {
            v = {{second}}[j];
            j += 1;
        }
        if !{{dedupe}} || out.len() == 0 || out[out.len() - 1] != v {
            out.push(v);
        }
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> {{fn}}(List<long> {{first}}, List<long> {{second}})
    {
        var result = new List<long>();
        int i = 0;
        int j = 0;
        while (i < {{first}}.Count || j < {{second}}.Count)
        {
            long v;
            if (j == {{second}}.Count || (i < {{first}}.Count && {{first}}[i] <= {{second}}[j]))
            {
                v = {{first}}[i];
                i++;
            }
            else
            {
                v = {{second}}[j];
                j++;
            }
            if (!{{dedupe}} || result.Count == 0 || result[result.Count - 1] != v) result.Add(v);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["merge_sorted", "merge_ascending", "combine_sorted", "merge_feeds", "zip_sorted"],
            first=[a for a, _ in PAIRS],
            second=[b for _, b in PAIRS],
        )
        p["params"]["first"], p["params"]["second"] = rng.choice(PAIRS)
        p |= {
            "dedupe": rng.choice([True, False]),
            "domain": rng.choice([(0, 20), (-50, 50), (1000, 1030)]),
            "framing": rng.choice(
                [
                    "Two sensors report sorted timestamps that must be combined into one timeline.",
                    "Two shards return sorted ids that a query joins into one answer.",
                    "Two ranked price lists are combined into one ascending list.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"dedupe": (p["dedupe"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("first", "list[int]"), ("second", "list[int]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        a, b = p["params"]["first"], p["params"]["second"]
        if p["dedupe"]:
            rule = (
                "The result holds each distinct value exactly once, even when it is repeated inside one "
                "list or occurs in both, so it is strictly ascending."
            )
        else:
            rule = (
                "Every element of both lists appears in the result, repeats included, so its length is "
                "the sum of both lengths."
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which merges `{a}` and `{b}`, two lists of integers each "
            f"sorted in non-decreasing order (repeats allowed, either may be empty), into one list sorted in "
            f"non-decreasing order. {rule} Do not modify the inputs."
        )
        return "Merge sorted lists", statement, "Merge two sorted lists."

    def solve(self, p: Params, *args: Any) -> Any:
        a, b = args
        merged = sorted(a + b)
        return sorted(set(merged)) if p["dedupe"] else merged

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        low, high = p["domain"]

        def draw(n: int) -> list[int]:
            return sorted(rng.randint(low, high) for _ in range(n))

        cases: list[Case] = [([draw(rng.randint(3, 6)), draw(rng.randint(3, 6))], []) for _ in range(4)]
        cases += [
            ([[], []], ["empty"]),
            ([[], draw(4)], ["empty"]),
            ([draw(4), []], ["empty"]),
            ([[low, low, low], [low]], ["boundary"]),
            ([[low, low + 2, low + 4], [low + 1, low + 3, low + 5]], ["boundary"]),
            ([[high], [low]], ["boundary"]),
            ([[low, low + 1, low + 1], [low + 1, high, high]], ["boundary"]),
            ([[-(10**12), 0, 10**12], [-(10**12), 5]], ["boundary"]),
            ([draw(700), draw(500)], ["large"]),
        ]
        return cases
