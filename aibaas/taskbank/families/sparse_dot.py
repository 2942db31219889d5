"""Medium family: dot product or cosine similarity of two sparse vectors keyed by dimension names.

Medium because the maps need normalising first (comment keys dropped, optional ASCII-only case
folding that merges dimensions by summing), then a sparse join, with an exact rule for zero vectors.
"""

from __future__ import annotations

import math
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class SparseDot(Family):
    name = "sparse-dot"
    difficulty = Difficulty.MEDIUM
    tags = ("maps", "math", "normalization")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """import math


def {{fn}}({{left}}: dict[str, int], {{right}}: dict[str, int]) -> float:
    def clean(vec: dict[str, int]) -> dict[str, int]:
        merged: dict[str, int] = {}
        for key, value in vec.items():
            if key.startswith({{skip}}):
                continue
            name = key
            if {{fold_case}}:
                name = "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in key)
            merged[name] = merged.get(name, 0) + value
        return merged

    a = clean({{left}})
    b = clean({{right}})
    dot = 0
    for name, value in a.items():
        dot += value * b.get(name, 0)
    if not {{cosine}}:
        return float(dot)
    na = sum(v * v for v in a.values())
    nb = sum(v * v for v in b.values())
    if na == 0 or nb == 0:
        return 0.0
    return dot / (math.sqrt(na) * math.sqrt(nb))
""",
        Language.TYPESCRIPT: """export function {{fn}}(
  {{left}}: Record<string, number>,
  {{right}}: Record<string, number>,
): number {
  const clean = (vec: Record<string, number>): Map<string, number> => {
    const merged = new Map<string, number>();
    for (const [key, value] of Object.entries(vec)) {
      if (key.startsWith({{skip}})) continue;
      let name = key;
      if ({{fold_case}}) name = key.replace(/[A-Z]/g, (c) => c.toLowerCase());
      merged.set(name, (merged.get(name) ?? 0) + value);
    }
    return merged;
  };
  const a = clean({{left}});
  const b = clean({{right}});
  let dot = 0;
  for (const [name, value] of a) dot += value * (b.get(name) ?? 0);
  if (!{{cosine}}) return dot;
  let na = 0;
  for (const value of a.values()) na += value * value;
  let nb = 0;
  for (const value of b.values()) nb += value * value;
  if (na === 0 || nb === 0) return 0;
  return dot / (Math.sqrt(na) * Math.sqrt(nb));
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static Map<String, Long> clean(Map<String, Long> vec) {
        Map<String, Long> merged = new HashMap<>();
        for (Map.Entry<String, Long> entry : vec.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith({{skip}})) continue;
            String name = key;
            if ({{fold_case}}) {
                StringBuilder sb = new StringBuilder();
                for (char c : key.toCharArray()) sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                name = sb.toString();
            }
            merged.put(name, merged.getOrDefault(name, 0L) + entry.getValue());
        }
        return merged;
    }

    public static double {{fn}}(Map<String, Long> {{left}}, Map<String, Long> {{right}}) {
        Map<String, Long> a = clean({{left}});
        Map<String, Long> b = clean({{right}});
        long dot = 0;
        for (Map.Entry<String, Long> entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0L);
        }
        if (!{{cosine}}) return (double) dot;
        long na = 0;
        for (long value : a.values()) na += value * value;
        long nb = 0;
        for (long value : b.values()) nb += value * value;
        if (na == 0 || nb == 0) return 0.0;
        return dot / (Math.sqrt(na) * Math.sqrt(nb));
    }
}
""",
        Language.GO: """package solution

import (
	"math"
	"strings"
)

func cleanVector(vec map[string]int) map[string]int {
	merged := map[string]int{}
	for key, value := range vec {
		if strings.HasPrefix(key, {{skip}}) {
			continue
		}
		name := key
		if {{fold_case}} {
			name = strings.Map(func(c rune) rune {
				if c >= 'A' && c <= 'Z' {
					return c + 32
				}
				return c
			}, key)
		}
		merged[name] += value
	}
	return merged
}

func {{fn}}({{left}} map[string]int, {{right}} map[string]int) float64 {
	a := cleanVector({{left}})
	b := cleanVector({{right}})
	dot := 0
	for name, value := range a {
		dot += value * b[name]
	}
	if !{{cosine}} {
		return float64(dot)
	}
	na := 0
	for _, value := range a {
		na += value * value
	}
	nb := 0
	for _, value := range b {
		nb += value * value
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return float64(dot) / (math.Sqrt(float64(na)) * math.Sqrt(float64(nb)))
}
""",
        Language.RUBY: """def {{fn}}({{left}}, {{right}})
  clean = lambda do |vec|
    merged = Hash.new(0)
    vec.each do |key, value|
      next if key.start_with?({{skip}})
      name = {{fold_case}} ? key.tr("A-Z", "a-z") : key
      merged[name] += value
    end
    merged
  end
  a = clean.call({{left}})
  b = clean.call({{right}})
  dot = 0
  a.each { |name, value| dot += value * b[name] }
  return dot.to_f unless {{cosine}}
  na = a.values.sum { |v| v * v }
  nb = b.values.sum { |v| v * v }
  return 0.0 if na == 0 || nb == 0
  dot / (Math.sqrt(na) * Math.sqrt(nb))
end
""",
        Language.RUST: """use std::collections::HashMap;

fn clean_vector(vec: &HashMap<String, i64>) -> HashMap<String, i64> {
    let mut merged: HashMap<String, i64> = HashMap::new();
    for (key, value) in vec.iter() {
        if key.starts_with({{skip}}.as_str()) {
            continue;
        }
        let name = if {{fold_case}} { key.to_ascii_lowercase() } else { key.clone() };
        *merged.entry(name).or_insert(0) += *value;
    }
    merged
}

pub fn {{fn}}({{left}}: HashMap<String, i64>, {{right}}: HashMap<String, i64>) -> f64 {
    let a = clean_vector(&{{left}});
    let b = clean_vector(&{{right}});
    let mut dot: i64 = 0;
    for (name, value) in a.iter() {
        dot += *value * b.get(name).copied().unwrap_or(0);
    }
    if !{{cosine}} {
        return dot as f64;
    }
    let na: i64 = a.values().map(|v| *v * *v).sum();
    let nb: i64 = b.values().map(|v| *v * *v).sum();
    if na == 0 || nb == 0 {
        return 0.0;
    }
    dot as f64 / ((na as f64).sqrt() * (nb as f64).sqrt())
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public static class Solution
{
    static Dictionary<string, long> Clean(Dictionary<string, long> vec)
    {
        var merged = new Dictionary<string, long>();
        foreach (KeyValuePair<string, long> entry in vec)
        {
            string key = entry.Key;
            if (key.StartsWith({{skip}}, StringComparison.Ordinal)) continue;
            string name = key;
            if ({{fold_case}})
            {
                var sb = new StringBuilder();
                foreach (char c in key) sb.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
                name = sb.ToString();
            }
            long old;
            merged.TryGetValue(name, out old);
            merged[name] = old + entry.Value;
        }
        return merged;
    }

    public static double {{fn}}(Dictionary<string, long> {{left}}, Dictionary<string, long> {{right}})
    {
        var a = Clean({{left}});
        var b = Clean({{right}});
        long dot = 0;
        foreach (KeyValuePair<string, long> entry in a)
        {
            long other;
            if (b.TryGetValue(entry.Key, out other)) dot += entry.Value * other;
        }
        if (!{{cosine}}) return (double)dot;
        long na = 0;
        foreach (long value in a.Values) na += value * value;
        long nb = 0;
        foreach (long value in b.Values) nb += value * value;
        if (na == 0 || nb == 0) return 0.0;
        return dot / (Math.Sqrt(na) * Math.Sqrt(nb));
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["sparse_dot", "similarity", "match_score", "vector_overlap", "term_score"],
            left=["doc_vec", "query", "left", "first_vec", "profile"],
            right=["other_vec", "target", "right", "second_vec", "item_vec"],
        )
        p |= {
            "cosine": rng.choice([True, False]),
            "fold_case": rng.choice([True, False]),
            "skip": rng.choice(["#", "_", "~"]),
            "framing": rng.choice(
                [
                    "A search engine scores documents by their term-weight vectors.",
                    "A recommender compares sparse user and item profiles.",
                    "A text tool compares two bags of weighted tags.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "cosine": (p["cosine"], "bool"),
            "fold_case": (p["fold_case"], "bool"),
            "skip": (p["skip"], "str"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("left", "dict[str, int]"), ("right", "dict[str, int]")], "float")

    def statement(self, p: Params) -> tuple[str, str, str]:
        left, right = p["params"]["left"], p["params"]["right"]
        fold = (
            "then ASCII letters `A`-`Z` in each remaining key are lowercased (no other character "
            "changes), and keys that become equal are merged into one dimension whose value is the "
            "sum of their values"
            if p["fold_case"]
            else "keys are case-sensitive and used exactly as given"
        )
        if p["cosine"]:
            result = (
                "Return their cosine similarity: the dot product divided by the product of the two "
                "Euclidean norms, or 0.0 when either cleaned vector has norm 0 (including when it has "
                "no dimensions)"
            )
        else:
            result = "Return their dot product as a float (0.0 when no dimension is shared)"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{left}` and `{right}` are sparse integer vectors: each "
            "maps a dimension name to its value, and every dimension not listed is 0. Clean each "
            f"vector first: keys starting with `{p['skip']}` are comments and ignored; {fold}. "
            f"The dot product is the sum, over dimensions present in both cleaned vectors, of the "
            f"products of their values. {result}. Values are between -1000 and 1000, at most 3000 "
            "keys per vector; a float within 1e-6 (relative) of the exact result is accepted."
        )
        title = "Sparse cosine similarity" if p["cosine"] else "Sparse dot product"
        return title, statement, "Compare two sparse vectors by dot product or cosine similarity."

    def solve(self, p: Params, *args: Any) -> Any:
        vectors = []
        for vec in args:
            merged: dict[str, int] = {}
            for key, value in vec.items():
                if not key.startswith(p["skip"]):
                    name = key.translate(FOLD) if p["fold_case"] else key
                    merged[name] = merged.get(name, 0) + value
            vectors.append(merged)
        a, b = vectors
        dot = sum(value * b[name] for name, value in a.items() if name in b)
        if not p["cosine"]:
            return float(dot)
        na, nb = sum(v * v for v in a.values()), sum(v * v for v in b.values())
        return 0.0 if na == 0 or nb == 0 else dot / math.sqrt(na * nb)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        skip: str = p["skip"]
        words = ["apple", "Apple", "pear", "PEAR", "kiwi", "plum", f"{skip}note", "fig", "Fig"]

        def vec(n: int) -> dict[str, int]:
            return {rng.choice(words): rng.randint(-9, 9) for _ in range(n)}

        big_a = {f"t{i}": rng.randint(-1000, 1000) for i in range(1000)}
        big_b = {f"T{i}" if i % 2 else f"t{i}": rng.randint(-1000, 1000) for i in range(500, 1500)}
        cases: list[Case] = [([vec(4), vec(4)], []), ([vec(5), vec(3)], [])]
        cases += [([vec(6), vec(6)], []) for _ in range(3)]
        cases += [
            ([{}, {}], ["empty"]),
            ([{"x": 3}, {}], ["empty"]),
            ([{f"{skip}x": 3, "y": 0}, {f"{skip}x": 4, "y": 5}], ["empty"]),
            ([{"A": 2, "a": 3, "Z": 1, "z": -1}, {"a": 4, "z": 6}], ["boundary"]),
            ([{"@": 2, "[": 3, "`": 1, "{": 5}, {"@": 1, "[": 1, "`": 1, "{": 1}], ["boundary"]),
            ([{"k": 1, "K": -1, "m": 2}, {"k": 5, "m": 1}], ["boundary"]),
            ([{"v": 3, "w": 4}, {"v": -6, "w": -8}], ["boundary"]),
            ([{"x": 1000, f"x{skip}": 7}, {"x": -1000, f"x{skip}": 2}], ["boundary"]),
            ([big_a, big_b], ["large"]),
            (
                [{"Émile": 2, "émile": 3, "中文": 4, "Straße": 1}, {"émile": 5, "中文": 1, "STRAßE": 2}],
                ["unicode"],
            ),
        ]
        return cases


FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
