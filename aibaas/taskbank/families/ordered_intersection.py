"""Easy family: the values of one list that also occur in another, in the first list's order.

Easy: a counting map and one pass; the rules to state and test are order, repeats (once each, or
as many times as both lists hold them) and empty inputs.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

PAIRS = [("xs", "ys"), ("primary", "secondary"), ("left", "right"), ("ours", "theirs"), ("wanted", "stock")]


class OrderedIntersection(Family):
    name = "ordered-intersection"
    difficulty = Difficulty.EASY
    tags = ("collections", "hashing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{first}}: list[int], {{second}}: list[int]) -> list[int]:
    budget: dict[int, int] = {}
    for v in {{second}}:
        budget[v] = budget.get(v, 0) + 1
    out: list[int] = []
    for v in {{first}}:
        if budget.get(v, 0) > 0:
            out.append(v)
            budget[v] = budget[v] - 1 if {{keep_repeats}} else 0
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{first}}: number[], {{second}}: number[]): number[] {
  const budget = new Map<number, number>();
  for (const v of {{second}}) budget.set(v, (budget.get(v) ?? 0) + 1);
  const out: number[] = [];
  for (const v of {{first}}) {
    const spare = budget.get(v) ?? 0;
    if (spare > 0) {
      out.push(v);
      budget.set(v, {{keep_repeats}} ? spare - 1 : 0);
    }
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<Long> {{first}}, List<Long> {{second}}) {
        Map<Long, Long> budget = new HashMap<>();
        for (long v : {{second}}) budget.put(v, budget.getOrDefault(v, 0L) + 1);
        List<Long> out = new ArrayList<>();
        for (long v : {{first}}) {
            long spare = budget.getOrDefault(v, 0L);
            if (spare > 0) {
                out.add(v);
                budget.put(v, {{keep_repeats}} ? spare - 1 : 0L);
            }
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{first}} []int, {{second}} []int) []int {
	budget := map[int]int{}
	for _, v := range {{second}} {
		budget[v] = budget[v] + 1
	}
	out := []int{}
	for _, v := range {{first}} {
		if budget[v] > 0 {
			out = append(out, v)
			if {{keep_repeats}} {
				budget[v] = budget[v] - 1
			} else {
				budget[v] = 0
			}
		}
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{first}}, {{second}})
  budget = Hash.new(0)
  {{second}}.each { |v| budget[v] = budget[v] + 1 }
  out = []
  {{first}}.each do |v|
    next unless budget[v] > 0
    out.push(v)
    budget[v] = {{keep_repeats}} ? budget[v] - 1 : 0
  end
  out
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{first}}: Vec<i64>, {{second}}: Vec<i64>) -> Vec<i64> {
    let mut budget: HashMap<i64, i64> = HashMap::new();
    for v in {{second}} {
        *budget.entry(v).or_insert(0) += 1;
    }
    let mut out: Vec<i64> = Vec::new();
    for v in {{first}} {
        let spare = *budget.get(&v).unwrap_or(&0);
        if spare > 0 {
            out.push(v);
            budget.insert(v, if {{keep_repeats}} { spare - 1 } else { 0 });
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
        var budget = new Dictionary<long, long>();
        foreach (long v in {{second}}) budget[v] = (budget.ContainsKey(v) ? budget[v] : 0) + 1;
        var result = new List<long>();
        foreach (long v in {{first}})
        {
            long spare = budget.ContainsKey(v) ? budget[v] : 0;
            if (spare > 0)
            {
                result.Add(v);
                budget[v] = {{keep_repeats}} ? spare - 1 : 0;
            }
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["ordered_intersection", "common_in_order", "shared_values", "keep_common", "intersect_ordered"],
            first=[a for a, _ in PAIRS],
            second=[b for _, b in PAIRS],
        )
        p["params"]["first"], p["params"]["second"] = rng.choice(PAIRS)
        p |= {
            "keep_repeats": rng.choice([True, False]),
            "domain": rng.choice([(0, 9), (-5, 5), (100, 115)]),
            "framing": rng.choice(
                [
                    "A shop shows which items of a wish list are in stock.",
                    "A scheduler keeps the requested slots that are still free.",
                    "A recommender keeps the suggested ids that the user has not hidden.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"keep_repeats": (p["keep_repeats"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("first", "list[int]"), ("second", "list[int]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        a, b = p["params"]["first"], p["params"]["second"]
        if p["keep_repeats"]:
            rule = (
                f"Repeats count: walking through `{a}` from the start, an element is kept while `{b}` "
                "still has an occurrence of that value not yet matched by an earlier kept element, so "
                f"a value appears min(count in `{a}`, count in `{b}`) times, at its earliest positions "
                f"in `{a}`."
            )
        else:
            rule = (
                f"Each value appears at most once in the result, at the position of its first "
                f"occurrence in `{a}`, however often it occurs in either list."
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the elements of `{a}` whose value also "
            f"occurs in `{b}`, in the order they appear in `{a}`. {rule} Either list may be empty. The "
            "inputs must not be modified."
        )
        return "Ordered intersection", statement, "Values of one list also in another, in order."

    def solve(self, p: Params, *args: Any) -> Any:
        a, b = args
        out: list[int] = []
        for v in a:
            if p["keep_repeats"]:
                if out.count(v) < b.count(v):
                    out.append(v)
            elif v in b and v not in out:
                out.append(v)
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        low, high = p["domain"]

        def draw(n: int) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        cases: list[Case] = [([draw(rng.randint(5, 8)), draw(rng.randint(4, 7))], []) for _ in range(4)]
        cases += [
            ([[], []], ["empty"]),
            ([[], draw(4)], ["empty"]),
            ([draw(4), []], ["empty"]),
            ([[low], [low]], ["boundary"]),
            ([[low, low, low], [low, low]], ["boundary"]),
            ([[low], [low, low, low]], ["boundary"]),
            ([[high, low, high, low], [low, high + 1]], ["boundary"]),
            ([[3, 1, 2, 1, 3, 2], [2, 2, 1, 9]], ["boundary"]),
            ([[-(10**12), 10**12, 0], [10**12, 0]], ["boundary"]),
            ([draw(600), draw(400)], ["large"]),
        ]
        return cases
