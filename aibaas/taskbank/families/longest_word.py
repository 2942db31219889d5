"""Easy family: the longest word of a text, with the first or the last one winning ties (per variant).

Easy: scan words and keep the best; the precision lies in what a word is (letters, digits and
non-ASCII characters; punctuation separates), how length is counted, ties, and texts without words.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

VOCAB = ["sun", "moon", "stars", "a", "it's", "well-known", "x2", "rain", "cloud", "sky", "ab", "cd", "12345"]


class LongestWord(Family):
    name = "longest-word"
    difficulty = Difficulty.EASY
    tags = ("strings", "words")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> str:
    best = ""
    current = ""
    for ch in {{text}} + " ":
        if ch.isascii() and not ch.isalnum():
            if len(current) > len(best) or ({{prefer_last}} and len(current) == len(best)):
                best = current
            current = ""
        else:
            current += ch
    return best
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string {
  let best = "";
  let bestLen = 0;
  let current = "";
  let currentLen = 0;
  for (const ch of {{text}} + " ") {
    const code = ch.codePointAt(0) ?? 0;
    const wordChar =
      code > 127 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (wordChar) {
      current += ch;
      currentLen++;
      continue;
    }
    if (currentLen > bestLen || ({{prefer_last}} && currentLen === bestLen)) {
      best = current;
      bestLen = currentLen;
    }
    current = "";
    currentLen = 0;
  }
  return best;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{text}}) {
        String best = "";
        StringBuilder current = new StringBuilder();
        for (char ch : ({{text}} + " ").toCharArray()) {
            boolean wordChar = ch > 127 || (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z')
                || (ch >= 'a' && ch <= 'z');
            if (wordChar) {
                current.append(ch);
                continue;
            }
            if (current.length() > best.length() || ({{prefer_last}} && current.length() == best.length())) {
                best = current.toString();
            }
            current.setLength(0);
        }
        return best;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{text}} string) string {
	best := []rune{}
	current := []rune{}
	for _, ch := range {{text}} + " " {
		wordChar := ch > 127 || (ch >= '0' && ch <= '9') ||
			(ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')
		if wordChar {
			current = append(current, ch)
			continue
		}
		if len(current) > len(best) || ({{prefer_last}} && len(current) == len(best)) {
			best = current
		}
		current = []rune{}
	}
	return string(best)
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  best = ""
  current = +""
  ({{text}} + " ").each_char do |ch|
    code = ch.ord
    if code > 127 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      current << ch
      next
    end
    best = current if current.length > best.length || ({{prefer_last}} && current.length == best.length)
    current = +""
  end
  best
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> String {
    let mut best: Vec<char> = Vec::new();
    let mut current: Vec<char> = Vec::new();
    for ch in {{text}}.chars().chain(" ".chars()) {
        let code = ch as u32;
        let word_char = code > 127 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)
            || (code >= 97 && code <= 122);
        if word_char {
            current.push(ch);
            continue;
        }
        if current.len() > best.len() || ({{prefer_last}} && current.len() == best.len()) {
            best = current.clone();
        }
        current.clear();
    }
    best.into_iter().collect()
}
""",
        Language.CSHARP: """using System;
using System.Text;

public static class Solution
{
    public static string {{fn}}(string {{text}})
    {
        string best = "";
        var current = new StringBuilder();
        foreach (char ch in {{text}} + " ")
        {
            bool wordChar = ch > 127 || (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z')
                || (ch >= 'a' && ch <= 'z');
            if (wordChar)
            {
                current.Append(ch);
                continue;
            }
            if (current.Length > best.Length || ({{prefer_last}} && current.Length == best.Length))
            {
                best = current.ToString();
            }
            current.Clear();
        }
        return best;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["longest_word", "find_longest_word", "biggest_word", "pick_longest", "widest_token"],
            text=["text", "sentence", "passage", "line", "headline"],
        )
        p |= {
            "prefer_last": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A word-game helper highlights the longest word a player typed.",
                    "A typesetting tool needs the longest word of a paragraph to size its columns.",
                    "A reading-level estimator starts from the longest word of each sentence.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"prefer_last": (p["prefer_last"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text = p["params"]["text"]
        tie = "the last" if p["prefer_last"] else "the first"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the longest word of `{text}`. A word is a "
            "maximal run of word characters: the ASCII letters `A`-`Z`, `a`-`z`, the ASCII digits `0`-`9` "
            "and every non-ASCII character (such as `é` or `中`). Every other character (spaces, tabs, "
            "and ASCII punctuation or symbols such as `'`, `-`, `,` or `!`) separates words, so "
            "`it's` is the two words `it` and `s`. The length of a word is its number of characters "
            "(Unicode code points; every input is in the Basic Multilingual Plane). When several words "
            f"share the greatest length, return {tie} of them in the text. Return the word exactly as "
            "it appears; return the empty string when the text has no word at all."
        )
        return "Longest word", statement, "The longest word of a text."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        words, current = [], ""
        for ch in text + " ":
            if ch.isascii() and not ch.isalnum():
                if current:
                    words.append(current)
                current = ""
            else:
                current += ch
        if not words:
            return ""
        top = max(len(w) for w in words)
        tied = [w for w in words if len(w) == top]
        return tied[-1] if p["prefer_last"] else tied[0]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def line(n: int) -> str:
            return "".join(rng.choice(VOCAB) + rng.choice([" ", ", ", "! ", " - "]) for _ in range(n))

        cases: list[Case] = [
            (["The quick brown fox jumped"], []),
            (["cat dog emu, owl!"], []),
            ([line(rng.randint(4, 8))], []),
            ([line(rng.randint(4, 8))], []),
            ([""], ["empty"]),
            ([" ,.!? - "], ["empty"]),
            (["z"], ["boundary"]),
            (["ab cd"], ["boundary"]),
            (["abc de fgh"], ["boundary"]),
            (["it's a well-known fact"], ["boundary"]),
            (["a1b2 zz\tccc9"], ["boundary"]),
            (["[x]{yy}@zzz`w~"], ["boundary"]),
            (["aa bbb cc"], ["boundary"]),
            (["0y z"], ["boundary"]),
            (["9y z"], ["boundary"]),
            (["Ay z"], ["boundary"]),
            (["Zy z"], ["boundary"]),
            (["ay b"], ["boundary"]),
            (["zy b"], ["boundary"]),
            ([line(700)], ["large"]),
            (["ab " * 900 + "cd"], ["large"]),
            (["é ñü 中文字 abc"], ["unicode"]),
            (["café, crème brûlée"], ["unicode"]),
        ]
        return cases
