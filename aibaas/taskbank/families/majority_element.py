"""Easy family: a value occurring more than n/d times in a list, or null when there is none.

Easy: counting with a map; the rules to state and test are the strict "more than" boundary (exactly
n/d occurrences is not enough), the choice among several qualifying values and the empty list.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MajorityElement(Family):
    name = "majority-element"
    difficulty = Difficulty.EASY
    tags = ("collections", "hashing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{values}}: list[int]) -> int | None:
    n = len({{values}})
    tally: dict[int, int] = {}
    for v in {{values}}:
        tally[v] = tally.get(v, 0) + 1
    best = None
    for v, c in tally.items():
        if c * {{d}} > n and (best is None or v < best):
            best = v
    return best
""",
        Language.TYPESCRIPT: """export function {{fn}}({{values}}: number[]): number | null {
  const n = {{values}}.length;
  const tally = new Map<number, number>();
  for (const v of {{values}}) tally.set(v, (tally.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, c] of tally) {
    if (c * {{d}} > n && (best === null || v < best)) best = v;
  }
  return best;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Long {{fn}}(List<Long> {{values}}) {
        long n = {{values}}.size();
        Map<Long, Long> tally = new HashMap<>();
        for (long v : {{values}}) tally.put(v, tally.getOrDefault(v, 0L) + 1);
        Long best = null;
        for (Map.Entry<Long, Long> e : tally.entrySet()) {
            long v = e.getKey();
            if (e.getValue() * {{d}} > n && (best == null || v < best)) best = v;
        }
        return best;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{values}} []int) *int {
	n := len({{values}})
	tally := map[int]int{}
	for _, v := range {{values}} {
		tally[v] = tally[v] + 1
	}
	found := false
	best := 0
	for v, c := range tally {
		if c * {{d}} > n && (!found || v < best) {
			best = v
			found = true
		}
	}
	if !found {
		return nil
	}
	return &best
}
""",
        Language.RUBY: """def {{fn}}({{values}})
  n = {{values}}.length
  tally = Hash.new(0)
  {{values}}.each { |v| tally[v] = tally[v] + 1 }
  best = nil
  tally.each do |v, c|
    best = v if c * {{d}} > n && (best.nil? || v < best)
  end
  best
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{values}}: Vec<i64>) -> Option<i64> {
    let n = {{values}}.len() as i64;
    let mut tally: HashMap<i64, i64> = HashMap::new();
    for v in {{values}} {
        *tally.entry(v).or_insert(0) += 1;
    }
    let mut best: Option<i64> = None;
    for (v, c) in tally {
        if c * {{d}} > n && (best.is_none() || v < best.unwrap()) {
            best = Some(v);
        }
    }
    best
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long? {{fn}}(List<long> {{values}})
    {
        long n = {{values}}.Count;
        var tally = new Dictionary<long, long>();
        foreach (long v in {{values}}) tally[v] = (tally.ContainsKey(v) ? tally[v] : 0) + 1;
        long? best = null;
        foreach (var e in tally)
        {
            if (e.Value * {{d}} > n && (best == null || e.Key < best.Value)) best = e.Key;
        }
        return best;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["majority_element", "dominant_value", "frequent_value", "heavy_hitter", "common_vote"],
            values=["values", "votes", "ballots", "picks", "choices"],
        )
        p |= {
            "d": rng.choice([2, 2, 3, 4]),
            "domain": rng.choice([(1, 4), (-3, 3), (10, 13)]),
            "framing": rng.choice(
                [
                    "An election tool checks whether one candidate won a large enough share of the votes.",
                    "A cache finds the key that dominates a burst of requests.",
                    "A poll app highlights an answer picked by a large part of the audience.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"d": (p["d"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("values", "list[int]")], "optional[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        values, d = p["params"]["values"], p["d"]
        several = (
            "" if d == 2 else f" Several values may qualify (up to {d - 1}); return the smallest of them."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. With n the length of `{values}`, a value qualifies when "
            f"it occurs strictly more than n/{d} times (that is, count * {d} > n; exactly n/{d} "
            f"occurrences are not enough). Return the qualifying value.{several} Return null when no "
            "value qualifies, in particular for the empty list. Values may be negative. The input must "
            "not be modified."
        )
        return "Majority element", statement, "A value occurring more than n/d times."

    def solve(self, p: Params, *args: Any) -> Any:
        (values,) = args
        n, d = len(values), p["d"]
        winners = [v for v in set(values) if values.count(v) * d > n]
        return min(winners) if winners else None

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        low, high = p["domain"]
        d = p["d"]

        def draw(n: int) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        def heavy(n: int) -> list[int]:
            top = rng.randint(low, high)
            out = [top] * (n // d + 1) + draw(n - n // d - 1)
            rng.shuffle(out)
            return out

        exact = [low] * 2 + [high] * (2 * d - 2)  # n = 2d; low occurs exactly n/d times
        cases: list[Case] = [([heavy(rng.randint(6, 10))], []), ([draw(rng.randint(6, 10))], [])]
        cases += [([heavy(rng.randint(5, 12))], []), ([draw(9)], [])]
        cases += [
            ([[]], ["empty"]),
            ([[high]], ["boundary"]),
            ([[low, high]], ["boundary"]),
            ([exact], ["boundary"]),
            ([[*exact, low]], ["boundary"]),
            ([[high] * 3 + [low] * 3 + [low + 1]], ["boundary"]),
            ([[5, -7, -7, 5, -7, 5]], ["boundary"]),
            ([heavy(3000)], ["large"]),
            ([[i % (d + 1) for i in range(2400)]], ["large"]),
        ]
        return cases
