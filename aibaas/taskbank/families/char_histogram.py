"""Easy family: count the characters of a text into a map, skipping whitespace, optionally case-folded.

Easy: one pass with a hash map; the precise rules are which characters are whitespace, that only
ASCII letters are folded, and that rare characters below a minimum count are left out.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

WHITESPACE = " \t\n\r"


class CharHistogram(Family):
    name = "char-histogram"
    difficulty = Difficulty.EASY
    tags = ("strings", "hashing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> dict[str, int]:
    tally: dict[str, int] = {}
    for ch in {{text}}:
        if ch in " \\t\\n\\r":
            continue
        if {{fold}} and "A" <= ch and ch <= "Z":
            ch = chr(ord(ch) + 32)
        tally[ch] = tally.get(ch, 0) + 1
    return {k: v for k, v in tally.items() if v >= {{min_count}}}
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): Record<string, number> {
  const tally = new Map<string, number>();
  for (let ch of Array.from({{text}})) {
    if (" \\t\\n\\r".includes(ch)) continue;
    if ({{fold}} && "A" <= ch && ch <= "Z") ch = String.fromCharCode(ch.charCodeAt(0) + 32);
    tally.set(ch, (tally.get(ch) ?? 0) + 1);
  }
  const out: Record<string, number> = {};
  for (const [k, v] of tally) if (v >= {{min_count}}) out[k] = v;
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Map<String, Long> {{fn}}(String {{text}}) {
        Map<String, Long> tally = new HashMap<>();
        for (int cp : {{text}}.codePoints().toArray()) {
            if (cp == ' ' || cp == '\\t' || cp == '\\n' || cp == '\\r') continue;
            if ({{fold}} && 'A' <= cp && cp <= 'Z') cp = cp + 32;
            tally.merge(new String(Character.toChars(cp)), 1L, Long::sum);
        }
        tally.values().removeIf(v -> v < {{min_count}});
        return tally;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{text}} string) map[string]int {
	tally := map[string]int{}
	for _, ch := range {{text}} {
		if ch == ' ' || ch == '\\t' || ch == '\\n' || ch == '\\r' {
			continue
		}
		if {{fold}} && 'A' <= ch && ch <= 'Z' {
			ch = ch + 32
		}
		tally[string(ch)]++
	}
	for k, v := range tally {
		if v < {{min_count}} {
			delete(tally, k)
		}
	}
	return tally
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  tally = Hash.new(0)
  {{text}}.each_char do |ch|
    next if " \\t\\n\\r".include?(ch)
    ch = (ch.ord + 32).chr if {{fold}} && "A" <= ch && ch <= "Z"
    tally[ch] += 1
  end
  tally.select { |_, v| v >= {{min_count}} }.to_h
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{text}}: String) -> HashMap<String, i64> {
    let mut tally: HashMap<String, i64> = HashMap::new();
    for ch in {{text}}.chars() {
        if ch == ' ' || ch == '\\t' || ch == '\\n' || ch == '\\r' {
            continue;
        }
        let key = if {{fold}} && 'A' <= ch && ch <= 'Z' { ((ch as u8) + 32) as char } else { ch };
        *tally.entry(key.to_string()).or_insert(0) += 1;
    }
    tally.retain(|_, v| *v >= {{min_count}});
    tally
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static Dictionary<string, long> {{fn}}(string {{text}})
    {
        var tally = new Dictionary<string, long>();
        foreach (char c in {{text}})
        {
            if (c == ' ' || c == '\\t' || c == '\\n' || c == '\\r') continue;
            char ch = ({{fold}} && 'A' <= c && c <= 'Z') ? (char)(c + 32) : c;
            string key = ch.ToString();
            tally[key] = (tally.ContainsKey(key) ? tally[key] : 0) + 1;
        }
        var result = new Dictionary<string, long>();
        foreach (var entry in tally)
        {
            if (entry.Value >= {{min_count}}) result[entry.Key] = entry.Value;
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["char_histogram", "count_chars", "letter_counts", "symbol_census", "char_frequencies"],
            text=["text", "message", "line", "sample", "phrase"],
        )
        p |= {
            "fold": rng.choice([True, False]),
            "min_count": rng.choice([1, 1, 2, 3]),
            "alphabet": rng.choice(["aAbB c", "xyZZ zY", "Hello World", "a1A1 !"]),
            "framing": rng.choice(
                [
                    "A cryptanalysis toy prints letter frequencies of an intercepted message.",
                    "A keyboard-wear study counts how often each key character is typed.",
                    "A font subsetter needs to know which glyphs a text uses and how often.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"fold": (p["fold"], "bool"), "min_count": (p["min_count"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "dict[str, int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text = p["params"]["text"]
        fold = (
            "Counting is case-insensitive for ASCII letters only: `A`-`Z` are counted as their lowercase "
            "`a`-`z` (and only the lowercase key appears); every other character, including non-ASCII "
            "letters such as `É`, is counted as it is."
            if p["fold"]
            else "Counting is case-sensitive: `A` and `a` are different characters."
        )
        keep = (
            "Every counted character appears in the map."
            if p["min_count"] == 1
            else f"Leave out characters counted fewer than {p['min_count']} times."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns a map from each character of `{text}` to the "
            "number of times it occurs. Characters are Unicode code points (inputs contain only "
            "characters of the Basic Multilingual Plane), each key being a one-character string. The "
            "whitespace characters space, tab, line feed and carriage return (U+0020, U+0009, U+000A, "
            f"U+000D) are not counted; all other characters are. {fold} {keep} An empty text, or one "
            "of only whitespace, gives an empty map."
        )
        return "Character histogram", statement, "Count the characters of a text."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        tally: dict[str, int] = {}
        for ch in text:
            if ch in WHITESPACE:
                continue
            key = ch.lower() if p["fold"] and ch.isascii() else ch
            tally[key] = tally.get(key, 0) + 1
        return {k: v for k, v in tally.items() if v >= p["min_count"]}

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet = p["alphabet"]

        def word(n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        cases: list[Case] = [([word(rng.randint(10, 16))], []) for _ in range(2)]
        cases += [
            (["Hello, World"], []),
            ([word(15)], []),
            ([""], ["empty"]),
            ([" \t  \t"], ["empty"]),
            (["@AZ[`az{"], ["boundary"]),
            (["AaAaZzz"], ["boundary"]),
            (["x\u00a0x\u2003y\x0by"], ["boundary"]),
            (["aaabbc"], ["boundary"]),
            ([word(3000)], ["large"]),
            (["ÉéüÜ中中 ßß ñ"], ["unicode"]),
        ]
        return cases
