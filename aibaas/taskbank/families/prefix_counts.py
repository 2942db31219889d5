"""Medium family: for each query prefix, count the words that start with it (autocomplete counts).

Medium because the counting rules vary and must be exact: ASCII-only case folding, distinct
versus repeated words, whether a word equal to the prefix counts, and the empty prefix.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


def _fold(text: str) -> str:
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


class PrefixCounts(Family):
    name = "prefix-counts"
    difficulty = Difficulty.MEDIUM
    tags = ("strings", "trie", "counting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{words}}: list[str], {{prefixes}}: list[str]) -> list[int]:
    def norm(s: str) -> str:
        if not {{fold}}:
            return s
        return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in s)

    pool = [norm(w) for w in {{words}}]
    if {{distinct}}:
        pool = sorted(set(pool))
    out: list[int] = []
    for prefix in {{prefixes}}:
        key = norm(prefix)
        total = 0
        for w in pool:
            if w.startswith(key) and (not {{strict}} or len(w) > len(key)):
                total = total + 1
        out.append(total)
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}(
  {{words}}: string[],
  {{prefixes}}: string[],
): number[] {
  const norm = (s: string): string => ({{fold}} ? s.replace(/[A-Z]/g, (c) => c.toLowerCase()) : s);
  let pool = {{words}}.map(norm);
  if ({{distinct}}) pool = Array.from(new Set(pool));
  const out: number[] = [];
  for (const prefix of {{prefixes}}) {
    const key = norm(prefix);
    let total = 0;
    for (const w of pool) {
      if (w.startsWith(key) && (!{{strict}} || w.length > key.length)) total = total + 1;
    }
    out.push(total);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    private static String norm(String s) {
        if (!{{fold}}) return s;
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        return b.toString();
    }

    public static List<Long> {{fn}}(List<String> {{words}}, List<String> {{prefixes}}) {
        List<String> pool = new ArrayList<>();
        for (String w : {{words}}) pool.add(norm(w));
        if ({{distinct}}) pool = new ArrayList<>(new TreeSet<>(pool));
        List<Long> out = new ArrayList<>();
        for (String prefix : {{prefixes}}) {
            String key = norm(prefix);
            long total = 0;
            for (String w : pool) {
                if (w.startsWith(key) && (!{{strict}} || w.length() > key.length())) total = total + 1;
            }
            out.add(total);
        }
        return out;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{words}} []string, {{prefixes}} []string) []int {
	norm := func(s string) string {
		if !{{fold}} {
			return s
		}
		b := []byte(s)
		for i := 0; i < len(b); i++ {
			if b[i] >= 'A' && b[i] <= 'Z' {
				b[i] = b[i] + 32
			}
		}
		return string(b)
	}
	pool := []string{}
	seen := map[string]bool{}
	for _, w := range {{words}} {
		n := norm(w)
		if {{distinct}} && seen[n] {
			continue
		}
		seen[n] = true
		pool = append(pool, n)
	}
	out := []int{}
	for _, prefix := range {{prefixes}} {
		key := norm(prefix)
		total := 0
		for _, w := range pool {
			if strings.HasPrefix(w, key) && (!{{strict}} || len(w) > len(key)) {
				total = total + 1
			}
		}
		out = append(out, total)
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{words}}, {{prefixes}})
  norm = ->(s) { {{fold}} ? s.tr("A-Z", "a-z") : s }
  pool = {{words}}.map { |w| norm.call(w) }
  pool = pool.uniq if {{distinct}}
  {{prefixes}}.map do |prefix|
    key = norm.call(prefix)
    total = 0
    pool.each do |w|
      total = total + 1 if w.start_with?(key) && (!{{strict}} || w.length > key.length)
    end
    total
  end
end
""",
        Language.RUST: """use std::collections::HashSet;

pub fn {{fn}}({{words}}: Vec<String>, {{prefixes}}: Vec<String>) -> Vec<i64> {
    let norm = |s: &String| -> String {
        if {{fold}} {
            s.to_ascii_lowercase()
        } else {
            s.clone()
        }
    };
    let mut pool: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for w in {{words}}.iter() {
        let n = norm(w);
        if {{distinct}} && seen.contains(&n) {
            continue;
        }
        seen.insert(n.clone());
        pool.push(n);
    }
    let mut out: Vec<i64> = Vec::new();
    for prefix in {{prefixes}}.iter() {
        let key = norm(prefix);
        let mut total: i64 = 0;
        for w in pool.iter() {
            if w.starts_with(key.as_str()) && (!{{strict}} || w.len() > key.len()) {
                total = total + 1;
            }
        }
        out.push(total);
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Text;

public static class Solution
{
    private static string Norm(string s)
    {
        if (!{{fold}}) return s;
        var b = new StringBuilder();
        foreach (char c in s) b.Append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        return b.ToString();
    }

    public static List<long> {{fn}}(List<string> {{words}}, List<string> {{prefixes}})
    {
        var pool = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string w in {{words}})
        {
            string n = Norm(w);
            if ({{distinct}} && seen.Contains(n)) continue;
            seen.Add(n);
            pool.Add(n);
        }
        var result = new List<long>();
        foreach (string prefix in {{prefixes}})
        {
            string key = Norm(prefix);
            long total = 0;
            foreach (string w in pool)
            {
                bool longer = w.Length > key.Length;
                if (w.StartsWith(key, StringComparison.Ordinal) && (!{{strict}} || longer)) total = total + 1;
            }
            result.Add(total);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["count_prefixes", "prefix_hits", "autocomplete_counts", "prefix_tally", "count_by_prefix"],
            words=["words", "dictionary", "terms", "vocabulary", "catalog"],
            prefixes=["prefixes", "queries", "stems", "typed", "probes"],
        )
        p |= {
            "fold": rng.choice([True, False]),
            "distinct": rng.choice([True, False]),
            "strict": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A search box shows how many completions each typed prefix has.",
                    "A phone contacts app counts the names matching what has been dialled so far.",
                    "A command-line shell counts the commands each abbreviation could expand to.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "fold": (p["fold"], "bool"),
            "distinct": (p["distinct"], "bool"),
            "strict": (p["strict"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("words", "list[str]"), ("prefixes", "list[str]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        words, prefixes = p["params"]["words"], p["params"]["prefixes"]
        case = (
            "Matching ignores ASCII case only: `A`-`Z` are treated as `a`-`z`, and every other "
            "character (including non-ASCII letters such as `É`) must match exactly."
            if p["fold"]
            else "Matching is case-sensitive and exact."
        )
        dup = (
            "Words that are equal (after that case rule) count once."
            if p["distinct"]
            else "Every element of the word list counts, duplicates included."
        )
        equal = (
            "A word counts only when it is strictly longer than the prefix (a word equal to the "
            "prefix does not count)."
            if p["strict"]
            else "A word equal to the prefix counts too."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns, for each string of `{prefixes}` in "
            f"order, how many words of `{words}` start with it. A word starts with a prefix when its "
            f"first characters are exactly the prefix's characters. {case} {dup} {equal} The empty "
            "prefix matches every word (subject to the rules above). A character is one Unicode code "
            "point; all text is in the Basic Multilingual Plane."
        )
        return "Prefix counts", statement, "Count the words that start with each prefix."

    def solve(self, p: Params, *args: Any) -> Any:
        words, prefixes = args
        norm = _fold if p["fold"] else str
        pool = [norm(w) for w in words]
        if p["distinct"]:
            pool = list(dict.fromkeys(pool))
        out = []
        for prefix in prefixes:
            key = norm(prefix)
            out.append(sum(1 for w in pool if w[: len(key)] == key and not (p["strict"] and w == key)))
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        base = ["car", "card", "care", "Cart", "cat", "dog", "door", "Dot", "do", "card"]
        letters = "abcdAB"

        def word(n: int) -> str:
            return "".join(rng.choice(letters) for _ in range(n))

        unicode_words = ["École", "école", "Ecole", "éclair", "中文", "中", "straße", "STRASSE"]
        cases: list[Case] = [([base, ["car", "ca", "do", "x"]], [])]
        cases += [
            ([[word(rng.randint(1, 4)) for _ in range(8)], [word(rng.randint(0, 2)) for _ in range(4)]], [])
        ]
        cases += [
            ([[word(rng.randint(1, 5)) for _ in range(12)], [word(rng.randint(1, 3)) for _ in range(5)]], [])
        ]
        cases += [
            ([base, ["CAR", "Ca", "DO", "card", "cards"]], []),
            ([[], ["a", ""]], ["empty"]),
            ([["a", "b"], []], ["empty"]),
            ([["", "a", ""], ["", "a"]], ["empty"]),
            ([["abc", "abc", "ABC", "ab"], ["abc", "ab", "a", "abcd"]], ["boundary"]),
            ([["Zebra", "zebra", "ZEBRA", "zeb"], ["zeb", "ZEB", "Zebra", "[", "@"]], ["boundary"]),
            ([["x", "xx", "xxx"], ["x", "xx", "xxx", "xxxx", ""]], ["boundary"]),
            ([["a-b", "a b", "a_b", "A_B"], ["a", "a ", "a_", "A_"]], ["boundary"]),
            (
                [
                    [word(rng.randint(1, 8)) for _ in range(1000)],
                    [word(rng.randint(0, 3)) for _ in range(200)],
                ],
                ["large"],
            ),
            ([unicode_words, ["é", "É", "E", "中", "stra", "STR"]], ["unicode"]),
        ]
        return cases
