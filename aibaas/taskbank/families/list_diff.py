"""Medium family: the multiset edit script between two lists of strings, in a canonical order.

Medium because it needs counting with multiplicity (a map from value to balance), code-point
ordering that every language must reproduce, and an exact output layout per variant.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

MINUS_FIRST, PLUS_FIRST, MERGED = 0, 1, 2


class ListDiff(Family):
    name = "list-diff"
    difficulty = Difficulty.MEDIUM
    tags = ("maps", "sorting", "multiset")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{before}}: list[str], {{after}}: list[str]) -> list[str]:
    balance: dict[str, int] = {}
    for item in {{before}}:
        balance[item] = balance.get(item, 0) + 1
    for item in {{after}}:
        balance[item] = balance.get(item, 0) - 1
    keys = sorted(balance)
    if {{descending}}:
        keys.reverse()
    minus: list[str] = []
    plus: list[str] = []
    merged: list[str] = []
    for key in keys:
        for _ in range(balance[key]):
            minus.append("-" + key)
            merged.append("-" + key)
        for _ in range(0 - balance[key]):
            plus.append("+" + key)
            merged.append("+" + key)
    if {{layout}} == 0:
        return minus + plus
    if {{layout}} == 1:
        return plus + minus
    return merged
""",
        Language.TYPESCRIPT: """export function {{fn}}({{before}}: string[], {{after}}: string[]): string[] {
  const layout: number = {{layout}};
  const balance = new Map<string, number>();
  for (const item of {{before}}) balance.set(item, (balance.get(item) ?? 0) + 1);
  for (const item of {{after}}) balance.set(item, (balance.get(item) ?? 0) - 1);
  const keys = Array.from(balance.keys()).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  if ({{descending}}) keys.reverse();
  const minus: string[] = [];
  const plus: string[] = [];
  const merged: string[] = [];
  for (const key of keys) {
    const n = balance.get(key) as number;
    for (let i = 0; i < n; i++) {
      minus.push("-" + key);
      merged.push("-" + key);
    }
    for (let i = 0; i < 0 - n; i++) {
      plus.push("+" + key);
      merged.push("+" + key);
    }
  }
  if (layout === 0) return minus.concat(plus);
  if (layout === 1) return plus.concat(minus);
  return merged;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<String> {{fn}}(List<String> {{before}}, List<String> {{after}}) {
        TreeMap<String, Long> balance = new TreeMap<>();
        for (String item : {{before}}) balance.merge(item, 1L, Long::sum);
        for (String item : {{after}}) balance.merge(item, -1L, Long::sum);
        List<String> keys = new ArrayList<>(balance.keySet());
        if ({{descending}}) Collections.reverse(keys);
        List<String> minus = new ArrayList<>();
        List<String> plus = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        for (String key : keys) {
            long n = balance.get(key);
            for (long i = 0; i < n; i++) {
                minus.add("-" + key);
                merged.add("-" + key);
            }
            for (long i = 0; i < 0 - n; i++) {
                plus.add("+" + key);
                merged.add("+" + key);
            }
        }
        List<String> out = new ArrayList<>();
        if ({{layout}} == 0) {
            out.addAll(minus);
            out.addAll(plus);
        } else if ({{layout}} == 1) {
            out.addAll(plus);
            out.addAll(minus);
        } else {
            out.addAll(merged);
        }
        return out;
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{before}} []string, {{after}} []string) []string {
	layout := {{layout}}
	balance := map[string]int{}
	for _, item := range {{before}} {
		balance[item] = balance[item] + 1
	}
	for _, item := range {{after}} {
		balance[item] = balance[item] - 1
	}
	keys := []string{}
	for key := range balance {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	if {{descending}} {
		for i, j := 0, len(keys) - 1; i < j; i, j = i + 1, j - 1 {
			keys[i], keys[j] = keys[j], keys[i]
		}
	}
	minus := []string{}
	plus := []string{}
	merged := []string{}
	for _, key := range keys {
		n := balance[key]
		for i := 0; i < n; i++ {
			minus = append(minus, "-" + key)
			merged = append(merged, "-" + key)
		}
		for i := 0; i < 0 - n; i++ {
			plus = append(plus, "+" + key)
			merged = append(merged, "+" + key)
		}
	}
	if layout == 0 {
		return append(minus, plus...)
	}
	if layout == 1 {
		return append(plus, minus...)
	}
	return merged
}
""",
        Language.RUBY: """def {{fn}}({{before}}, {{after}})
  balance = Hash.new(0)
  {{before}}.each { |item| balance[item] = balance[item] + 1 }
  {{after}}.each { |item| balance[item] = balance[item] - 1 }
  keys = balance.keys.sort
  keys.reverse! if {{descending}}
  minus = []
  plus = []
  merged = []
  keys.each do |key|
    n = balance[key]
    n.times do
      minus.push("-" + key)
      merged.push("-" + key)
    end
    (0 - n).times do
      plus.push("+" + key)
      merged.push("+" + key)
    end
  end
  return minus + plus if {{layout}} == 0
  return plus + minus if {{layout}} == 1
  merged
end
""",
        Language.RUST: """use std::collections::BTreeMap;

pub fn {{fn}}({{before}}: Vec<String>, {{after}}: Vec<String>) -> Vec<String> {
    let layout: i64 = {{layout}};
    let mut balance: BTreeMap<String, i64> = BTreeMap::new();
    for item in {{before}}.iter() {
        *balance.entry(item.clone()).or_insert(0) += 1;
    }
    for item in {{after}}.iter() {
        *balance.entry(item.clone()).or_insert(0) -= 1;
    }
    let mut keys: Vec<String> = balance.keys().cloned().collect();
    if {{descending}} {
        keys.reverse();
    }
    let mut minus: Vec<String> = Vec::new();
    let mut plus: Vec<String> = Vec::new();
    let mut merged: Vec<String> = Vec::new();
    for key in keys.iter() {
        let n = balance[key];
        for _ in 0..n {
            minus.push(format!("-{}", key));
            merged.push(format!("-{}", key));
        }
        for _ in 0..(0 - n) {
            plus.push(format!("+{}", key));
            merged.push(format!("+{}", key));
        }
    }
    if layout == 0 {
        minus.extend(plus);
        return minus;
    }
    if layout == 1 {
        plus.extend(minus);
        return plus;
    }
    merged
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> {{fn}}(List<string> {{before}}, List<string> {{after}})
    {
        int layout = (int) {{layout}};
        var balance = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (string item in {{before}})
        {
            long seen;
            balance.TryGetValue(item, out seen);
            balance[item] = seen + 1;
        }
        foreach (string item in {{after}})
        {
            long seen;
            balance.TryGetValue(item, out seen);
            balance[item] = seen - 1;
        }
        var keys = new List<string>(balance.Keys);
        if ({{descending}}) keys.Reverse();
        var minus = new List<string>();
        var plus = new List<string>();
        var merged = new List<string>();
        foreach (string key in keys)
        {
            long n = balance[key];
            for (long i = 0; i < n; i++)
            {
                minus.Add("-" + key);
                merged.Add("-" + key);
            }
            for (long i = 0; i < 0 - n; i++)
            {
                plus.Add("+" + key);
                merged.Add("+" + key);
            }
        }
        if (layout == 0)
        {
            minus.AddRange(plus);
            return minus;
        }
        if (layout == 1)
        {
            plus.AddRange(minus);
            return plus;
        }
        return merged;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["diff_lists", "edit_script", "list_changes", "delta_lines", "compare_lists"],
            before=["before", "previous", "original", "snapshot"],
            after=["updated", "latest", "revised", "target"],
        )
        p |= {
            "layout": rng.choice([MINUS_FIRST, PLUS_FIRST, MERGED]),
            "descending": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A package manager shows which packages an update removes and installs.",
                    "A shopping app shows how a basket changed between two saves.",
                    "A config auditor reports the entries added to and removed from an allow-list.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"layout": (p["layout"], "int"), "descending": (p["descending"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("before", "list[str]"), ("after", "list[str]")], "list[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        before, after = p["params"]["before"], p["params"]["after"]
        direction = "descending" if p["descending"] else "ascending"
        layout = {
            MINUS_FIRST: f"all `-` lines first, in {direction} order of their values, then all `+` lines, "
            f"in {direction} order of their values",
            PLUS_FIRST: f"all `+` lines first, in {direction} order of their values, then all `-` lines, "
            f"in {direction} order of their values",
            MERGED: f"one block per value, blocks in {direction} order of the values (a value has only "
            "`-` lines or only `+` lines, never both)",
        }[p["layout"]]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which compares the lists `{before}` and `{after}` as "
            "multisets (order does not matter, duplicates do) and returns the edit script turning the "
            f"first into the second. For each value, let d be its count in `{before}` minus its count "
            f"in `{after}`: when d > 0 the script has d lines `-value`, when d < 0 it has -d lines "
            "`+value`, and nothing when d = 0 (so values in both lists cancel copy by copy). Values "
            "are compared exactly (case-sensitive) and ordered by Unicode code points, comparing "
            "character by character (a proper prefix comes first; all text is in the Basic "
            f"Multilingual Plane). Lines are ordered as {layout}; identical lines are adjacent. Both "
            "lists may be empty and may contain the empty string."
        )
        return "Multiset list diff", statement, "The multiset edit script between two lists."

    def solve(self, p: Params, *args: Any) -> Any:
        before, after = args
        balance = Counter(before)
        balance.subtract(Counter(after))
        keys = sorted(balance, reverse=p["descending"])
        minus = [f"-{k}" for k in keys for _ in range(max(0, balance[k]))]
        plus = [f"+{k}" for k in keys for _ in range(max(0, -balance[k]))]
        if p["layout"] == MINUS_FIRST:
            return minus + plus
        if p["layout"] == PLUS_FIRST:
            return plus + minus
        return [line for k in keys for line in (minus + plus) if line[1:] == k]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        pool = ["apple", "pear", "fig", "kiwi", "Fig", "lime", "plum"]

        def draw(n: int, values: list[str]) -> list[str]:
            return [rng.choice(values) for _ in range(n)]

        many = [f"pkg{i % 250:03d}" for i in range(900)]
        cases: list[Case] = [
            ([["apple", "pear", "fig"], ["pear", "kiwi", "fig", "fig"]], []),
            ([draw(5, pool), draw(5, pool)], []),
        ]
        cases += [([draw(rng.randint(3, 8), pool), draw(rng.randint(3, 8), pool)], []) for _ in range(2)]
        cases += [
            ([[], []], ["empty"]),
            ([[], ["a", "b", "a"]], ["empty"]),
            ([["a", "b", "a"], []], ["empty"]),
            ([["x", "x", "x"], ["x"]], ["boundary"]),
            ([["x"], ["x", "x", "x"]], ["boundary"]),
            ([["same", "same"], ["same", "same"]], ["boundary"]),
            ([["", "a", ""], ["a", "A", "ab", "B"]], ["boundary"]),
            ([["b", "a", "c", "b"], ["c", "d", "a", "a"]], ["boundary"]),
            ([["Zeta", "alpha", "zeta", "Alpha", "10", "9"], ["alpha"]], ["boundary"]),
            ([many, draw(700, many)], ["large"]),
            ([draw(800, pool), draw(800, pool)], ["large"]),
            ([["é", "e", "中", "z", "ß", "É"], ["e", "ñ", "中", "中"]], ["unicode"]),
        ]
        return cases
