"""Easy family: reverse the order of the words of a line (per variant, also each word's characters).

Easy: split on whitespace and join backwards; the edge cases are runs of whitespace, leading and
trailing whitespace, lines without words, and reversing characters rather than bytes.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

SPACES = " \t\n\r"


class ReverseWords(Family):
    name = "reverse-words"
    difficulty = Difficulty.EASY
    tags = ("strings", "words")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> str:
    words = []
    current = ""
    for ch in {{text}} + " ":
        if ch == " " or ch == "\\t" or ch == "\\n" or ch == "\\r":
            if len(current) > 0:
                words.append(current[::-1] if {{reverse_letters}} else current)
            current = ""
        else:
            current += ch
    out = []
    i = len(words) - 1
    while i >= 0:
        out.append(words[i])
        i -= 1
    return " ".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string {
  const words = {{text}}.split(/[ \\t\\n\\r]+/).filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    out.push({{reverse_letters}} ? Array.from(words[i]).reverse().join("") : words[i]);
  }
  return out.join(" ");
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{text}}) {
        List<String> words = new ArrayList<>();
        for (String w : {{text}}.split("[ \\t\\n\\r]+")) {
            if (w.length() > 0) words.add(w);
        }
        List<String> out = new ArrayList<>();
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            out.add({{reverse_letters}} ? new StringBuilder(w).reverse().toString() : w);
        }
        return String.join(" ", out);
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} string) string {
	words := strings.FieldsFunc({{text}}, func(r rune) bool {
		return r == ' ' || r == '\\t' || r == '\\n' || r == '\\r'
	})
	out := []string{}
	for i := len(words) - 1; i >= 0; i-- {
		w := []rune(words[i])
		if {{reverse_letters}} {
			for a, b := 0, len(w) - 1; a < b; a, b = a + 1, b - 1 {
				w[a], w[b] = w[b], w[a]
			}
		}
		out = append(out, string(w))
	}
	return strings.Join(out, " ")
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  words = {{text}}.split(/[ \\t\\n\\r]+/).reject(&:empty?)
  out = []
  i = words.length - 1
  while i >= 0
    out << ({{reverse_letters}} ? words[i].reverse : words[i])
    i -= 1
  end
  out.join(" ")
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> String {
    let words: Vec<&str> = {{text}}
        .split(|c: char| c == ' ' || c == '\\t' || c == '\\n' || c == '\\r')
        .filter(|w| w.len() > 0)
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = words.len();
    while i > 0 {
        let w = words[i - 1];
        out.push(if {{reverse_letters}} { w.chars().rev().collect() } else { w.to_string() });
        i -= 1;
    }
    out.join(" ")
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static string {{fn}}(string {{text}})
    {
        string[] words = {{text}}.Split(new char[] { ' ', '\\t', '\\n', '\\r' }, StringSplitOptions.None);
        var result = new List<string>();
        for (int i = words.Length - 1; i >= 0; i--)
        {
            string w = words[i];
            if (w.Length == 0) continue;
            result.Add({{reverse_letters}} ? new string(w.Reverse().ToArray()) : w);
        }
        return string.Join(" ", result);
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["reverse_words", "flip_word_order", "backwards_sentence", "mirror_words", "reverse_line"],
            text=["text", "sentence", "line", "phrase", "caption"],
        )
        p |= {
            "reverse_letters": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A word-game app shows each clue backwards.",
                    "A right-to-left layout test needs sentences with their words reordered.",
                    "A log viewer can display a line's tokens from last to first.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"reverse_letters": (p["reverse_letters"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text = p["params"]["text"]
        letters = (
            " In addition, the characters of every word are reversed (`abc` becomes `cba`); a character "
            "is a Unicode code point, and every character of the input is in the Basic Multilingual Plane."
            if p["reverse_letters"]
            else " Each word itself is kept unchanged."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the words of `{text}` in reverse order "
            "(last word first), joined by exactly one ASCII space, with no leading or trailing space. A "
            "word is a maximal run of characters that are not whitespace, and whitespace means only the "
            f"four ASCII characters space, tab, newline and carriage return.{letters} Runs of whitespace, "
            "and whitespace at either end, never produce empty words; a string with no words (empty or "
            "whitespace only) gives the empty string."
        )
        return "Reverse the words", statement, "Reverse the order of the words of a line."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        words: list[str] = []
        current = ""
        for ch in text + " ":
            if ch in SPACES:
                if current:
                    words.append(current[::-1] if p["reverse_letters"] else current)
                current = ""
            else:
                current += ch
        return " ".join(reversed(words))

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        vocab = [
            "the",
            "quick",
            "brown",
            "fox",
            "jumps",
            "over",
            "lazy",
            "dog",
            "a",
            "I",
            "42",
            "x-y",
            "it's",
        ]

        def line(n: int) -> str:
            out = rng.choice(["", " ", "  "])
            for _ in range(n):
                out += rng.choice(vocab) + rng.choice([" ", " ", "  ", "\t", "\t "])
            return out

        cases: list[Case] = [
            (["hello big world"], []),
            ([line(rng.randint(3, 6))], []),
            ([line(rng.randint(3, 6))], []),
            ([""], ["empty"]),
            (["   \t  "], ["empty"]),
            (["solo"], ["boundary"]),
            (["  ab  "], ["boundary"]),
            (["a b"], ["boundary"]),
            (["one\ttwo three\t\tfour  five"], ["boundary"]),
            (["  lead and trail  "], ["boundary"]),
            ([line(600)], ["large"]),
            (["héllo 中文 wörld"], ["unicode"]),
            (["ßx  ñé\tüb"], ["unicode"]),
        ]
        return cases
