"""Easy family: pair a list of keys with a list of values into a map.

Easy: one loop over the shorter list; the rules to state and test are which pair wins for a repeated
key, that surplus items of the longer list are ignored, and whether empty keys are kept.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

PAIRS = [
    ("names", "amounts"),
    ("labels", "scores"),
    ("fields", "numbers"),
    ("words", "weights"),
    ("tags", "totals"),
]


class ZipToDict(Family):
    name = "zip-to-dict"
    difficulty = Difficulty.EASY
    tags = ("collections", "maps")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{keys}}: list[str], {{values}}: list[int]) -> dict[str, int]:
    out: dict[str, int] = {}
    n = len({{keys}}) if len({{keys}}) < len({{values}}) else len({{values}})
    for i in range(n):
        key = {{keys}}[i]
        if {{skip_empty}} and len(key) == 0:
            continue
        if {{keep_first}} and key in out:
            continue
        out[key] = {{values}}[i]
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}(
  {{keys}}: string[],
  {{values}}: number[],
): Record<string, number> {
  const out = new Map<string, number>();
  const n = {{keys}}.length < {{values}}.length ? {{keys}}.length : {{values}}.length;
  for (let i = 0; i < n; i++) {
    const key = {{keys}}[i];
    if ({{skip_empty}} && key.length === 0) continue;
    if ({{keep_first}} && out.has(key)) continue;
    out.set(key, {{values}}[i]);
  }
  return Object.fromEntries(out);
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Map<String, Long> {{fn}}(List<String> {{keys}}, List<Long> {{values}}) {
        Map<String, Long> out = new HashMap<>();
        int n = {{keys}}.size() < {{values}}.size() ? {{keys}}.size() : {{values}}.size();
        for (int i = 0; i < n; i++) {
            String key = {{keys}}.get(i);
            if ({{skip_empty}} && key.length() == 0) continue;
            if ({{keep_first}} && out.containsKey(key)) continue;
            out.put(key, {{values}}.get(i));
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{keys}} []string, {{values}} []int) map[string]int {
	out := map[string]int{}
	n := len({{values}})
	if len({{keys}}) < n {
		n = len({{keys}})
	}
	for i := 0; i < n; i++ {
		key := {{keys}}[i]
		if {{skip_empty}} && len(key) == 0 {
			continue
		}
		if _, seen := out[key]; {{keep_first}} && seen {
			continue
		}
		out[key] = {{values}}[i]
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{keys}}, {{values}})
  out = {}
  n = {{keys}}.length < {{values}}.length ? {{keys}}.length : {{values}}.length
  (0...n).each do |i|
    key = {{keys}}[i]
    next if {{skip_empty}} && key.length == 0
    next if {{keep_first}} && out.key?(key)
    out[key] = {{values}}[i]
  end
  out
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{keys}}: Vec<String>, {{values}}: Vec<i64>) -> HashMap<String, i64> {
    let mut out: HashMap<String, i64> = HashMap::new();
    let n = if {{keys}}.len() < {{values}}.len() { {{keys}}.len() } else { {{values}}.len() };
    for i in 0..n {
        let key = {{keys}}[i].clone();
        if {{skip_empty}} && key.len() == 0 {
            continue;
        }
        if {{keep_first}} && out.contains_key(&key) {
            continue;
        }
        out.insert(key, {{values}}[i]);
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static Dictionary<string, long> {{fn}}(List<string> {{keys}}, List<long> {{values}})
    {
        var result = new Dictionary<string, long>();
        int n = {{keys}}.Count < {{values}}.Count ? {{keys}}.Count : {{values}}.Count;
        for (int i = 0; i < n; i++)
        {
            string key = {{keys}}[i];
            if ({{skip_empty}} && key.Length == 0) continue;
            if ({{keep_first}} && result.ContainsKey(key)) continue;
            result[key] = {{values}}[i];
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["zip_to_map", "pair_up", "build_lookup", "zip_pairs", "make_table"],
            keys=[a for a, _ in PAIRS],
            values=[b for _, b in PAIRS],
        )
        p["params"]["keys"], p["params"]["values"] = rng.choice(PAIRS)
        p |= {
            "keep_first": rng.choice([True, False]),
            "skip_empty": rng.choice([True, False]),
            "pool": rng.choice(
                [["x", "y", "z", "X", ""], ["cpu", "mem", "disk", "net", ""], ["a", "b", "ab", "ba", ""]]
            ),
            "framing": rng.choice(
                [
                    "A CSV importer pairs the header row with one data row.",
                    "A form handler pairs field names with the submitted numbers.",
                    "A metrics agent pairs metric names with the sampled readings.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"keep_first": (p["keep_first"], "bool"), "skip_empty": (p["skip_empty"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("keys", "list[str]"), ("values", "list[int]")], "dict[str, int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        keys, values = p["params"]["keys"], p["params"]["values"]
        which = "first" if p["keep_first"] else "last"
        empty = (
            "A pair whose key is the empty string is skipped entirely."
            if p["skip_empty"]
            else "The empty string is a valid key like any other."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which pairs `{keys}[i]` with `{values}[i]` for every "
            f"index i present in both lists and returns the resulting map from key to value. When the "
            "lists have different lengths, the surplus items of the longer list are ignored. When a key "
            f"occurs in several pairs, the {which} such pair wins. {empty} Keys are case-sensitive and "
            "compared exactly. The inputs must not be modified."
        )
        return "Zip into a map", statement, "Pair keys with values into a map."

    def solve(self, p: Params, *args: Any) -> Any:
        keys, values = args
        out: dict[str, int] = {}
        for key, value in zip(keys, values, strict=False):
            if (p["skip_empty"] and key == "") or (p["keep_first"] and key in out):
                continue
            out[key] = value
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        pool: list[str] = p["pool"]
        named = [k for k in pool if k]

        def draw(n: int, m: int) -> list[Any]:
            return [[rng.choice(pool) for _ in range(n)], [rng.randint(-100, 100) for _ in range(m)]]

        cases: list[Case] = [(draw(4, 4), []), (draw(5, 3), [])]
        cases += [(draw(3, 6), []), (draw(6, 6), [])]
        cases += [
            ([[], []], ["empty"]),
            ([[], [1, 2, 3]], ["empty"]),
            ([named[:3], []], ["empty"]),
            ([[named[0]], [7]], ["boundary"]),
            ([[named[0], named[1], named[0], named[0]], [1, 2, 3, 4]], ["boundary"]),
            ([["", named[0], ""], [5, 6, 7]], ["boundary"]),
            ([[named[0], named[1], named[2]], [10, 20]], ["boundary"]),
            ([[named[0], named[1]], [10, 20, 30]], ["boundary"]),
            ([[f"k{i % 500}" for i in range(2000)], list(range(1999))], ["large"]),
            ([["é", "中", "e\u0301", "é", "ß"], [1, 2, 3, 4, 5]], ["unicode"]),
        ]
        return cases
