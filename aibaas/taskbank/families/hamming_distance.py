"""Easy family: the number of positions at which two equally long strings differ, else null.

Easy: one paired loop; the rules to state and test are unequal lengths (null), characters as code
points (an emoji is one character, in every language), and optional ASCII case-insensitivity.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

PAIRS = [
    ("left", "right"),
    ("sent", "received"),
    ("typed", "target"),
    ("strand", "other"),
    ("word_a", "word_b"),
]


class HammingDistance(Family):
    name = "hamming-distance"
    difficulty = Difficulty.EASY
    tags = ("strings", "unicode")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{first}}: str, {{second}}: str) -> int | None:
    if len({{first}}) != len({{second}}):
        return None
    diff = 0
    for x, y in zip({{first}}, {{second}}):
        if {{ignore_case}} and "A" <= x and x <= "Z":
            x = chr(ord(x) + 32)
        if {{ignore_case}} and "A" <= y and y <= "Z":
            y = chr(ord(y) + 32)
        if x != y:
            diff += 1
    return diff
""",
        Language.TYPESCRIPT: """export function {{fn}}({{first}}: string, {{second}}: string): number | null {
  const xs = Array.from({{first}}, (c) => c.codePointAt(0) as number);
  const ys = Array.from({{second}}, (c) => c.codePointAt(0) as number);
  if (xs.length !== ys.length) return null;
  let diff = 0;
  for (let i = 0; i < xs.length; i++) {
    let x = xs[i];
    let y = ys[i];
    if ({{ignore_case}} && 65 <= x && x <= 90) x = x + 32;
    if ({{ignore_case}} && 65 <= y && y <= 90) y = y + 32;
    if (x !== y) diff++;
  }
  return diff;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Long {{fn}}(String {{first}}, String {{second}}) {
        int[] xs = {{first}}.codePoints().toArray();
        int[] ys = {{second}}.codePoints().toArray();
        if (xs.length != ys.length) return null;
        long diff = 0;
        for (int i = 0; i < xs.length; i++) {
            int x = xs[i];
            int y = ys[i];
            if ({{ignore_case}} && 'A' <= x && x <= 'Z') x = x + 32;
            if ({{ignore_case}} && 'A' <= y && y <= 'Z') y = y + 32;
            if (x != y) diff++;
        }
        return diff;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{first}} string, {{second}} string) *int {
	xs := []rune({{first}})
	ys := []rune({{second}})
	if len(xs) != len(ys) {
		return nil
	}
	diff := 0
	for i := 0; i < len(xs); i++ {
		x := xs[i]
		y := ys[i]
		if {{ignore_case}} && 'A' <= x && x <= 'Z' {
			x = x + 32
		}
		if {{ignore_case}} && 'A' <= y && y <= 'Z' {
			y = y + 32
		}
		if x != y {
			diff++
		}
	}
	return &diff
}
""",
        Language.RUBY: """def {{fn}}({{first}}, {{second}})
  xs = {{first}}.codepoints
  ys = {{second}}.codepoints
  return nil if xs.length != ys.length
  diff = 0
  xs.each_index do |i|
    x = xs[i]
    y = ys[i]
    x = x + 32 if {{ignore_case}} && 65 <= x && x <= 90
    y = y + 32 if {{ignore_case}} && 65 <= y && y <= 90
    diff += 1 if x != y
  end
  diff
end
""",
        Language.RUST: """pub fn {{fn}}({{first}}: String, {{second}}: String) -> Option<i64> {
    let xs: Vec<u32> = {{first}}.chars().map(|c| c as u32).collect();
    let ys: Vec<u32> = {{second}}.chars().map(|c| c as u32).collect();
    if xs.len() != ys.len() {
        return None;
    }
    let mut diff: i64 = 0;
    for i in 0..xs.len() {
        let mut x = xs[i];
        let mut y = ys[i];
        if {{ignore_case}} && 65 <= x && x <= 90 {
            x = x + 32;
        }
        if {{ignore_case}} && 65 <= y && y <= 90 {
            y = y + 32;
        }
        if x != y {
            diff += 1;
        }
    }
    Some(diff)
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    static List<int> CodePointsOf(string s)
    {
        var cps = new List<int>();
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cps.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                cps.Add(s[i]);
            }
        }
        return cps;
    }

    public static long? {{fn}}(string {{first}}, string {{second}})
    {
        List<int> xs = CodePointsOf({{first}});
        List<int> ys = CodePointsOf({{second}});
        if (xs.Count != ys.Count) return null;
        long diff = 0;
        for (int i = 0; i < xs.Count; i++)
        {
            int x = xs[i];
            int y = ys[i];
            if ({{ignore_case}} && 'A' <= x && x <= 'Z') x = x + 32;
            if ({{ignore_case}} && 'A' <= y && y <= 'Z') y = y + 32;
            if (x != y) diff++;
        }
        return diff;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["hamming_distance", "count_mismatches", "diff_positions", "hamming", "mismatch_count"],
            first=[a for a, _ in PAIRS],
            second=[b for _, b in PAIRS],
        )
        p["params"]["first"], p["params"]["second"] = rng.choice(PAIRS)
        p |= {
            "ignore_case": rng.choice([True, False]),
            "alphabet": rng.choice(["ACGTacgt", "01", "abAB", "xyzXYZ"]),
            "framing": rng.choice(
                [
                    "A genetics tool counts point mutations between two aligned DNA strands.",
                    "A serial link checker counts corrupted symbols between a sent and a received frame.",
                    "A typing tutor counts the wrongly typed characters of a fixed-length drill.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"ignore_case": (p["ignore_case"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("first", "str"), ("second", "str")], "optional[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        a, b = p["params"]["first"], p["params"]["second"]
        case = (
            "ASCII letters are compared case-insensitively (`A`-`Z` equal `a`-`z`); every other "
            "character, including non-ASCII letters such as `É` and `é`, must match exactly."
            if p["ignore_case"]
            else "Comparison is exact and case-sensitive (`A` differs from `a`)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the Hamming distance of `{a}` and `{b}`: "
            "the number of positions i at which the i-th character of one differs from the i-th "
            f"character of the other. {case} Characters are Unicode code points, including those "
            "outside the Basic Multilingual Plane (an emoji such as U+1F600 is one character, even "
            "where the language stores it as two UTF-16 units). When the strings have different "
            "numbers of characters, return null. Two empty strings are at distance 0."
        )
        return "Hamming distance", statement, "Count differing positions of two strings."

    def solve(self, p: Params, *args: Any) -> Any:
        a, b = args
        if len(a) != len(b):
            return None

        def fold(ch: str) -> str:
            return ch.lower() if p["ignore_case"] and "A" <= ch <= "Z" else ch

        return sum(fold(x) != fold(y) for x, y in zip(a, b, strict=True))

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet = p["alphabet"]

        def word(n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        w = word(10)
        near = "".join(c if rng.random() < 0.7 else rng.choice(alphabet) for c in w)
        cases: list[Case] = [([w, near], []), ([word(8), word(8)], [])]
        cases += [([word(6), word(7)], []), ([word(12), word(12)], [])]
        cases += [
            (["", ""], ["empty"]),
            (["", "a"], ["empty"]),
            (["a", "a"], ["boundary"]),
            (["a", "b"], ["boundary"]),
            (["AZaz@[", "azAZ`{"], ["boundary"]),
            (["abc", "abd"], ["boundary"]),
            (["xbc", "abc"], ["boundary"]),
            (["Hello", "hELLo"], ["boundary"]),
            ([word(3000), word(3000)], ["large"]),
            ([word(2500), word(2501)], ["large"]),
            (["Éé中ß", "éé中ss"], ["unicode"]),
            (["a\U0001f600b", "a\U0001f601b"], ["unicode"]),
            (["\U0001f600", "ab"], ["unicode"]),
            (["x\U0001f600y", "X\U0001f600Y"], ["unicode"]),
        ]
        return cases
