"""Easy family: invert a string-to-string map into value -> sorted list of keys.

Easy: one pass with a map of lists and a sort; the rules to get right are the ordering of the keys
(code-point order, ascending or descending), ignoring empty values and dropping small groups.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class GroupByValue(Family):
    name = "group-by-value"
    difficulty = Difficulty.EASY
    tags = ("maps", "sorting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{mapping}}: dict[str, str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for key, value in {{mapping}}.items():
        if len(value) == 0:
            continue
        groups.setdefault(value, []).append(key)
    out: dict[str, list[str]] = {}
    for value, keys in groups.items():
        if len(keys) >= {{min_size}}:
            out[value] = sorted(keys, reverse={{descending}})
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}(
  {{mapping}}: Record<string, string>,
): Record<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of Object.keys({{mapping}})) {
    const value = {{mapping}}[key];
    if (value.length === 0) continue;
    const keys = groups.get(value) ?? [];
    keys.push(key);
    groups.set(value, keys);
  }
  const out: Record<string, string[]> = {};
  for (const [value, keys] of groups) {
    if (keys.length < {{min_size}}) continue;
    keys.sort();
    if ({{descending}}) keys.reverse();
    out[value] = keys;
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Map<String, List<String>> {{fn}}(Map<String, String> {{mapping}}) {
        Map<String, List<String>> groups = new HashMap<>();
        for (Map.Entry<String, String> entry : {{mapping}}.entrySet()) {
            if (entry.getValue().length() == 0) continue;
            groups.computeIfAbsent(entry.getValue(), v -> new ArrayList<>()).add(entry.getKey());
        }
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            List<String> keys = group.getValue();
            if (keys.size() < {{min_size}}) continue;
            Collections.sort(keys);
            if ({{descending}}) Collections.reverse(keys);
            out.put(group.getKey(), keys);
        }
        return out;
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{mapping}} map[string]string) map[string][]string {
	groups := map[string][]string{}
	for key, value := range {{mapping}} {
		if len(value) == 0 {
			continue
		}
		groups[value] = append(groups[value], key)
	}
	out := map[string][]string{}
	for value, keys := range groups {
		if len(keys) < {{min_size}} {
			continue
		}
		sort.Strings(keys)
		if {{descending}} {
			for i, j := 0, len(keys) - 1; i < j; i, j = i + 1, j - 1 {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
		out[value] = keys
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{mapping}})
  groups = Hash.new { |h, k| h[k] = [] }
  {{mapping}}.each do |key, value|
    next if value.length == 0
    groups[value] << key
  end
  out = {}
  groups.each do |value, keys|
    next if keys.length < {{min_size}}
    keys.sort!
    keys.reverse! if {{descending}}
    out[value] = keys
  end
  out
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{mapping}}: HashMap<String, String>) -> HashMap<String, Vec<String>> {
    let mut groups: HashMap<String, Vec<String>> = HashMap::new();
    for (key, value) in {{mapping}} {
        if value.len() == 0 {
            continue;
        }
        groups.entry(value).or_insert_with(Vec::new).push(key);
    }
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for (value, mut keys) in groups {
        if keys.len() < {{min_size}} {
            continue;
        }
        keys.sort();
        if {{descending}} {
            keys.reverse();
        }
        out.insert(value, keys);
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static Dictionary<string, List<string>> {{fn}}(Dictionary<string, string> {{mapping}})
    {
        var groups = new Dictionary<string, List<string>>();
        foreach (var entry in {{mapping}})
        {
            if (entry.Value.Length == 0) continue;
            if (!groups.ContainsKey(entry.Value)) groups[entry.Value] = new List<string>();
            groups[entry.Value].Add(entry.Key);
        }
        var result = new Dictionary<string, List<string>>();
        foreach (var pair in groups)
        {
            List<string> keys = pair.Value;
            if (keys.Count < {{min_size}}) continue;
            keys.Sort(string.CompareOrdinal);
            if ({{descending}}) keys.Reverse();
            result[pair.Key] = keys;
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["group_by_value", "invert_map", "keys_by_value", "invert_labels", "reverse_index"],
            mapping=["owners", "assignments", "labels", "roles", "colours"],
        )
        p |= {
            "descending": rng.choice([True, False]),
            "min_size": rng.choice([1, 1, 2]),
            "pool": rng.choice(
                [
                    (["ann", "bob", "cy", "dee", "Eve", "al", "bo"], ["red", "blue", "green"]),
                    (["srv1", "srv2", "srv10", "db", "Cache", "web"], ["eu", "us", "ap", "US"]),
                    (["a", "b", "c", "d", "e", "f", "g", "h"], ["x", "y"]),
                ]
            ),
            "framing": rng.choice(
                [
                    "A ticket system shows, for each team, the tickets assigned to it.",
                    "An inventory tool lists, per region, the servers deployed there.",
                    "A seating planner lists, per table, the guests seated at it.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"descending": (p["descending"], "bool"), "min_size": (p["min_size"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("mapping", "dict[str, str]")], "dict[str, list[str]]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        mapping = p["params"]["mapping"]
        order = "descending" if p["descending"] else "ascending"
        size = "" if p["min_size"] == 1 else f" Leave out values shared by fewer than {p['min_size']} keys."
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which inverts the map `{mapping}`: the result maps each "
            f"value of `{mapping}` to the list of keys that have that value, sorted in {order} order "
            "of Unicode code points (plain ordinal comparison, no locale or case folding; inputs contain "
            "only characters of the Basic Multilingual Plane). Entries whose value is the empty string "
            f"are ignored.{size} An empty map gives an empty map. Values and keys are case-sensitive. "
            "The input must not be modified."
        )
        return "Group keys by value", statement, "Invert a map into value -> sorted keys."

    def solve(self, p: Params, *args: Any) -> Any:
        (mapping,) = args
        groups: dict[str, list[str]] = {}
        for key, value in mapping.items():
            if value:
                groups.setdefault(value, []).append(key)
        return {
            v: sorted(keys, reverse=p["descending"])
            for v, keys in groups.items()
            if len(keys) >= p["min_size"]
        }

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        names, values = p["pool"]

        def draw(n: int) -> dict[str, str]:
            return {k: rng.choice(values) for k in rng.sample(names, min(n, len(names)))}

        cases: list[Case] = [([draw(5)], []), ([draw(6)], [])]
        cases += [([draw(rng.randint(3, 7))], []) for _ in range(2)]
        cases += [
            ([{}], ["empty"]),
            ([{"k": ""}], ["empty"]),
            ([{"solo": "v"}], ["boundary"]),
            ([{"b": "x", "a": "x", "B": "x", "A": "y", "a1": "", "z": "y"}], ["boundary"]),
            ([{"x10": "g", "x9": "g", "x1": "g", "x": "g", "y": "h", "Y": "H"}], ["boundary"]),
            ([{f"key{i:04d}": f"v{i % 37}" for i in range(1500)}], ["large"]),
            (
                [{"éclair": "ß", "eclair": "ß", "中": "ß", "zed": "ß", "Émile": "中文", "ñu": "中文"}],
                ["unicode"],
            ),
        ]
        return cases
