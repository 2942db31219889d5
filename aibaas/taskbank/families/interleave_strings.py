"""Easy family: interleave two strings in chunks of characters, the remainder of the longer appended.

Easy: a single loop over positions; the care needed is which string starts, the chunk size and what
happens once the shorter string runs out.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

PAIRS = [
    ("left", "right"),
    ("head", "tail"),
    ("odd_part", "even_part"),
    ("top", "bottom"),
    ("north", "south"),
]
BMP_LETTERS = "éüñ中ßж"


class InterleaveStrings(Family):
    name = "interleave-strings"
    difficulty = Difficulty.EASY
    tags = ("strings",)
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{first}}: str, {{second}}: str) -> str:
    xs = {{first}} if {{a_first}} else {{second}}
    ys = {{second}} if {{a_first}} else {{first}}
    out = []
    i = 0
    while i < len(xs) or i < len(ys):
        out.append(xs[i : i + {{chunk}}])
        out.append(ys[i : i + {{chunk}}])
        i += {{chunk}}
    return "".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{first}}: string, {{second}}: string): string {
  const xs = Array.from({{a_first}} ? {{first}} : {{second}});
  const ys = Array.from({{a_first}} ? {{second}} : {{first}});
  let out = "";
  for (let i = 0; i < xs.length || i < ys.length; i += {{chunk}}) {
    out += xs.slice(i, i + {{chunk}}).join("");
    out += ys.slice(i, i + {{chunk}}).join("");
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{first}}, String {{second}}) {
        int[] xs = ({{a_first}} ? {{first}} : {{second}}).codePoints().toArray();
        int[] ys = ({{a_first}} ? {{second}} : {{first}}).codePoints().toArray();
        int step = (int) {{chunk}};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < xs.length || i < ys.length; i += step) {
            for (int j = i; j < i + step && j < xs.length; j++) out.appendCodePoint(xs[j]);
            for (int j = i; j < i + step && j < ys.length; j++) out.appendCodePoint(ys[j]);
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{first}} string, {{second}} string) string {
	xs := []rune({{first}})
	ys := []rune({{second}})
	if !{{a_first}} {
		xs, ys = ys, xs
	}
	step := {{chunk}}
	out := []rune{}
	for i := 0; i < len(xs) || i < len(ys); i += step {
		for j := i; j < i + step && j < len(xs); j++ {
			out = append(out, xs[j])
		}
		for j := i; j < i + step && j < len(ys); j++ {
			out = append(out, ys[j])
		}
	}
	return string(out)
}
""",
        Language.RUBY: """def {{fn}}({{first}}, {{second}})
  xs = ({{a_first}} ? {{first}} : {{second}}).chars
  ys = ({{a_first}} ? {{second}} : {{first}}).chars
  out = +""
  i = 0
  while i < xs.length || i < ys.length
    out << (xs[i, {{chunk}}] || []).join
    out << (ys[i, {{chunk}}] || []).join
    i += {{chunk}}
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{first}}: String, {{second}}: String) -> String {
    let mut xs: Vec<char> = {{first}}.chars().collect();
    let mut ys: Vec<char> = {{second}}.chars().collect();
    if !{{a_first}} {
        std::mem::swap(&mut xs, &mut ys);
    }
    let step: usize = {{chunk}};
    let mut out = String::new();
    let mut i = 0;
    while i < xs.len() || i < ys.len() {
        let mut j = i;
        while j < i + step && j < xs.len() {
            out.push(xs[j]);
            j += 1;
        }
        j = i;
        while j < i + step && j < ys.len() {
            out.push(ys[j]);
            j += 1;
        }
        i += step;
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Text;

public static class Solution
{
    public static string {{fn}}(string {{first}}, string {{second}})
    {
        string xs = {{a_first}} ? {{first}} : {{second}};
        string ys = {{a_first}} ? {{second}} : {{first}};
        int step = (int){{chunk}};
        var result = new StringBuilder();
        for (int i = 0; i < xs.Length || i < ys.Length; i += step)
        {
            for (int j = i; j < i + step && j < xs.Length; j++) result.Append(xs[j]);
            for (int j = i; j < i + step && j < ys.Length; j++) result.Append(ys[j]);
        }
        return result.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["interleave", "weave_strings", "zip_chars", "alternate_chars", "braid_text"],
            first=[a for a, _ in PAIRS],
            second=[b for _, b in PAIRS],
        )
        p["params"]["first"], p["params"]["second"] = rng.choice(PAIRS)
        p |= {
            "a_first": rng.choice([True, False]),
            "chunk": rng.choice([1, 1, 2, 3]),
            "alphabet": rng.choice(["abcdef", "ABCXYZ", "0123456789", "xyz-_."]),
            "framing": rng.choice(
                [
                    "A card shuffler riffles two decks of symbols together.",
                    "A steganography toy hides one message between the letters of another.",
                    "A line-protocol multiplexer merges two character streams into one.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"a_first": (p["a_first"], "bool"), "chunk": (p["chunk"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("first", "str"), ("second", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        a, b = p["params"]["first"], p["params"]["second"]
        lead, other = (a, b) if p["a_first"] else (b, a)
        k = p["chunk"]
        unit = "character" if k == 1 else f"{k} characters"
        partial = "" if k == 1 else f"When a string has fewer than {k} characters left, take what remains. "
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which interleaves the strings `{a}` and `{b}`: starting "
            f"with `{lead}`, take the next {unit} of `{lead}`, then the next {unit} of `{other}`, and "
            f"repeat. {partial}Once one string is used up, the rest of the other is appended unchanged. "
            "Characters are Unicode "
            "code points (inputs contain only characters of the Basic Multilingual Plane). Either "
            "string may be empty."
        )
        return "Interleave strings", statement, "Interleave two strings in chunks."

    def solve(self, p: Params, *args: Any) -> Any:
        a, b = args
        xs, ys = (a, b) if p["a_first"] else (b, a)
        k = p["chunk"]
        return "".join(xs[i : i + k] + ys[i : i + k] for i in range(0, max(len(xs), len(ys)), k))

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet = p["alphabet"]

        def word(n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        cases: list[Case] = [([word(rng.randint(3, 6)), word(rng.randint(3, 6))], []) for _ in range(2)]
        cases += [
            ([word(2), word(7)], []),
            ([word(8), word(3)], []),
            (["", ""], ["empty"]),
            (["", word(5)], ["empty"]),
            ([word(5), ""], ["empty"]),
            (["a", "b"], ["boundary"]),
            (["abcdefgh", "12345678"], ["boundary"]),
            (["abcdefg", "1234567890"], ["boundary"]),
            (["a b", "  "], ["boundary"]),
            ([word(900), word(1100)], ["large"]),
            ([BMP_LETTERS, "xyz"], ["unicode"]),
            (["ab", BMP_LETTERS[::-1] * 2], ["unicode"]),
        ]
        return cases
