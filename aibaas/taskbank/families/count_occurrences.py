"""Easy family: count the occurrences of a pattern in a text, overlapping or not.

Easy: a sliding comparison; the rules to state and test are overlapping matches (`aa` in `aaaa`),
a match at the very end, a pattern longer than the text and the empty pattern.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

PAIRS = [
    ("text", "pattern"),
    ("haystack", "needle"),
    ("document", "probe"),
    ("genome", "motif"),
    ("body", "phrase"),
]


class CountOccurrences(Family):
    name = "count-occurrences"
    difficulty = Difficulty.EASY
    tags = ("strings", "searching")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str, {{pattern}}: str) -> int:
    if len({{pattern}}) == 0:
        return 0
    found = 0
    i = 0
    while i + len({{pattern}}) <= len({{text}}):
        if {{text}}[i : i + len({{pattern}})] == {{pattern}}:
            found += 1
            i += 1 if {{overlap}} else len({{pattern}})
        else:
            i += 1
    return found
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string, {{pattern}}: string): number {
  if ({{pattern}}.length === 0) return 0;
  let found = 0;
  let i = 0;
  while (i + {{pattern}}.length <= {{text}}.length) {
    if ({{text}}.startsWith({{pattern}}, i)) {
      found++;
      i += {{overlap}} ? 1 : {{pattern}}.length;
    } else {
      i++;
    }
  }
  return found;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(String {{text}}, String {{pattern}}) {
        if ({{pattern}}.length() == 0) return 0;
        long found = 0;
        int i = 0;
        while (i + {{pattern}}.length() <= {{text}}.length()) {
            if ({{text}}.startsWith({{pattern}}, i)) {
                found++;
                i += {{overlap}} ? 1 : {{pattern}}.length();
            } else {
                i++;
            }
        }
        return found;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} string, {{pattern}} string) int {
	if len({{pattern}}) == 0 {
		return 0
	}
	found := 0
	i := 0
	for i + len({{pattern}}) <= len({{text}}) {
		if strings.HasPrefix({{text}}[i:], {{pattern}}) {
			found++
			if {{overlap}} {
				i++
			} else {
				i += len({{pattern}})
			}
		} else {
			i++
		}
	}
	return found
}
""",
        Language.RUBY: """def {{fn}}({{text}}, {{pattern}})
  return 0 if {{pattern}}.length == 0
  found = 0
  i = 0
  while i + {{pattern}}.length <= {{text}}.length
    if {{text}}[i, {{pattern}}.length] == {{pattern}}
      found += 1
      i += {{overlap}} ? 1 : {{pattern}}.length
    else
      i += 1
    end
  end
  found
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String, {{pattern}}: String) -> i64 {
    let hay = {{text}}.as_bytes();
    let pin = {{pattern}}.as_bytes();
    if pin.len() == 0 {
        return 0;
    }
    let mut found: i64 = 0;
    let mut i = 0;
    while i + pin.len() <= hay.len() {
        if hay[i..].starts_with(pin) {
            found += 1;
            i += if {{overlap}} { 1 } else { pin.len() };
        } else {
            i += 1;
        }
    }
    found
}
""",
        Language.CSHARP: """using System;

public static class Solution
{
    public static long {{fn}}(string {{text}}, string {{pattern}})
    {
        if ({{pattern}}.Length == 0) return 0;
        long found = 0;
        int i = 0;
        while (i + {{pattern}}.Length <= {{text}}.Length)
        {
            if (string.CompareOrdinal({{text}}, i, {{pattern}}, 0, {{pattern}}.Length) == 0)
            {
                found++;
                i += {{overlap}} ? 1 : {{pattern}}.Length;
            }
            else
            {
                i++;
            }
        }
        return found;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["count_occurrences", "count_matches", "occurrences", "tally_pattern", "match_count"],
            text=[a for a, _ in PAIRS],
            pattern=[b for _, b in PAIRS],
        )
        p["params"]["text"], p["params"]["pattern"] = rng.choice(PAIRS)
        p |= {
            "overlap": rng.choice([True, False]),
            "alphabet": rng.choice(["ab", "abc", "ACGT", "01"]),
            "framing": rng.choice(
                [
                    "A DNA toolkit counts how often a motif appears in a sequence.",
                    "A log analyser counts how often a marker appears in a line.",
                    "A text editor shows how many times the search string occurs.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"overlap": (p["overlap"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str"), ("pattern", "str")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, pattern = p["params"]["text"], p["params"]["pattern"]
        if p["overlap"]:
            rule = (
                "Occurrences may overlap: every position where a match starts counts, so `aa` occurs "
                "3 times in `aaaa`."
            )
        else:
            rule = (
                "Occurrences must not overlap: scanning from the left, after a match the search "
                "continues just after its last character, so `aa` occurs 2 times in `aaaa` and `aba` "
                "once in `ababa`."
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns how many times `{pattern}` occurs as a "
            f"contiguous substring of `{text}` (exact, case-sensitive comparison). {rule} An empty "
            f"`{pattern}` occurs 0 times, and a `{pattern}` longer than `{text}` too. Characters are "
            "Unicode code points (inputs contain only characters of the Basic Multilingual Plane)."
        )
        return "Count occurrences", statement, "Count a pattern's occurrences in a text."

    def solve(self, p: Params, *args: Any) -> Any:
        text, pattern = args
        if not pattern:
            return 0
        found, i = 0, 0
        while True:
            i = text.find(pattern, i)
            if i < 0:
                return found
            found += 1
            i += 1 if p["overlap"] else len(pattern)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet = p["alphabet"]

        def word(n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        a, b = alphabet[0], alphabet[1]

        def sample() -> list[str]:
            hay = word(rng.randint(10, 16))
            at = rng.randint(0, len(hay) - 3)
            return [hay, hay[at : at + rng.choice([2, 3])]]

        cases: list[Case] = [(sample(), []) for _ in range(2)]
        cases += [
            ([a * 6, a * 2], []),
            ([(a + b) * 4 + a, a + b + a], []),
            (["", ""], ["empty"]),
            ([word(5), ""], ["empty"]),
            (["", a], ["empty"]),
            ([a, a], ["boundary"]),
            ([a + b, a + b + a], ["boundary"]),
            ([b * 3 + a, a], ["boundary"]),
            ([a + b * 3, b], ["boundary"]),
            ([a * 5, a * 3], ["boundary"]),
            ([word(3000), word(2)], ["large"]),
            ([a * 2000, a * 7], ["large"]),
            (["éééé中é", "éé"], ["unicode"]),
            (["中文中文中", "中文中"], ["unicode"]),
        ]
        return cases
