"""Easy family: are two phrases anagrams of each other, ignoring whitespace, case and (per variant)
ASCII punctuation?

Easy: count characters of one phrase, subtract those of the other; the precision lies in which
characters are ignored or folded and in phrases with nothing left to compare.
"""

from __future__ import annotations

import random
import string
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

POOL = "aabbcdeE12 .,!-"


class AnagramCheck(Family):
    name = "anagram-check"
    difficulty = Difficulty.EASY
    tags = ("strings", "hashing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{left}}: str, {{right}}: str) -> bool:
    tally: dict[str, int] = {}
    for sign, phrase in ((1, {{left}}), (-1, {{right}})):
        for ch in phrase:
            code = ord(ch)
            if ch == " " or ch == "\\t" or ch == "\\n" or ch == "\\r":
                continue
            if 65 <= code and code <= 90:
                ch = chr(code + 32)
            elif {{ignore_punct}} and 33 <= code and code <= 126 and not ch.isalnum():
                continue
            tally[ch] = tally.get(ch, 0) + sign
    return all(v == 0 for v in tally.values())
""",
        Language.TYPESCRIPT: """function fold(ch: string): string | null {
  const code = ch.charCodeAt(0);
  if (ch === " " || ch === "\\t" || ch === "\\n" || ch === "\\r") return null;
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  const alnum = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  if ({{ignore_punct}} && !alnum && code >= 33 && code <= 126) return null;
  return ch;
}

export function {{fn}}({{left}}: string, {{right}}: string): boolean {
  const tally = new Map<string, number>();
  for (const ch of {{left}}) {
    const key = fold(ch);
    if (key !== null) tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  for (const ch of {{right}}) {
    const key = fold(ch);
    if (key !== null) tally.set(key, (tally.get(key) ?? 0) - 1);
  }
  for (const v of tally.values()) if (v !== 0) return false;
  return true;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static int fold(char ch) {
        if (ch == ' ' || ch == '\\t' || ch == '\\n' || ch == '\\r') return -1;
        if (ch >= 'A' && ch <= 'Z') return ch + 32;
        boolean alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if ({{ignore_punct}} && !alnum && ch >= 33 && ch <= 126) return -1;
        return ch;
    }

    public static boolean {{fn}}(String {{left}}, String {{right}}) {
        Map<Integer, Integer> tally = new HashMap<>();
        for (char ch : {{left}}.toCharArray()) {
            int key = fold(ch);
            if (key >= 0) tally.merge(key, 1, Integer::sum);
        }
        for (char ch : {{right}}.toCharArray()) {
            int key = fold(ch);
            if (key >= 0) tally.merge(key, -1, Integer::sum);
        }
        for (int v : tally.values()) if (v != 0) return false;
        return true;
    }
}
""",
        Language.GO: """package solution

func fold(ch rune) rune {
	if ch == ' ' || ch == '\\t' || ch == '\\n' || ch == '\\r' {
		return -1
	}
	if ch >= 'A' && ch <= 'Z' {
		return ch + 32
	}
	alnum := (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')
	if {{ignore_punct}} && !alnum && ch >= 33 && ch <= 126 {
		return -1
	}
	return ch
}

func {{fn}}({{left}} string, {{right}} string) bool {
	tally := map[rune]int{}
	for _, ch := range {{left}} {
		if key := fold(ch); key >= 0 {
			tally[key] += 1
		}
	}
	for _, ch := range {{right}} {
		if key := fold(ch); key >= 0 {
			tally[key] -= 1
		}
	}
	for _, v := range tally {
		if v != 0 {
			return false
		}
	}
	return true
}
""",
        Language.RUBY: """def {{fn}}({{left}}, {{right}})
  tally = Hash.new(0)
  [[1, {{left}}], [-1, {{right}}]].each do |sign, phrase|
    phrase.each_char do |ch|
      code = ch.ord
      next if ch == " " || ch == "\\t" || ch == "\\n" || ch == "\\r"
      if code >= 65 && code <= 90
        ch = (code + 32).chr
      elsif {{ignore_punct}} && code >= 33 && code <= 126 && ch !~ /[a-z0-9]/
        next
      end
      tally[ch] += sign
    end
  end
  tally.values.all? { |v| v == 0 }
end
""",
        Language.RUST: """use std::collections::HashMap;

fn fold(ch: char) -> Option<char> {
    if ch == ' ' || ch == '\\t' || ch == '\\n' || ch == '\\r' {
        return None;
    }
    if ch >= 'A' && ch <= 'Z' {
        return Some(((ch as u8) + 32) as char);
    }
    let code = ch as u32;
    let alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if {{ignore_punct}} && !alnum && code >= 33 && code <= 126 {
        return None;
    }
    Some(ch)
}

pub fn {{fn}}({{left}}: String, {{right}}: String) -> bool {
    let mut tally: HashMap<char, i64> = HashMap::new();
    for ch in {{left}}.chars() {
        if let Some(key) = fold(ch) {
            *tally.entry(key).or_insert(0) += 1;
        }
    }
    for ch in {{right}}.chars() {
        if let Some(key) = fold(ch) {
            *tally.entry(key).or_insert(0) -= 1;
        }
    }
    tally.values().all(|&v| v == 0)
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    static int Fold(char ch)
    {
        if (ch == ' ' || ch == '\\t' || ch == '\\n' || ch == '\\r') return -1;
        if (ch >= 'A' && ch <= 'Z') return ch + 32;
        bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if ({{ignore_punct}} && !alnum && ch >= 33 && ch <= 126) return -1;
        return ch;
    }

    public static bool {{fn}}(string {{left}}, string {{right}})
    {
        var tally = new Dictionary<int, int>();
        foreach (char ch in {{left}})
        {
            int key = Fold(ch);
            if (key < 0) continue;
            int seen;
            tally.TryGetValue(key, out seen);
            tally[key] = seen + 1;
        }
        foreach (char ch in {{right}})
        {
            int key = Fold(ch);
            if (key < 0) continue;
            int seen;
            tally.TryGetValue(key, out seen);
            tally[key] = seen - 1;
        }
        return tally.Values.All(v => v == 0);
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["is_anagram", "are_anagrams", "anagram_check", "same_letters", "check_anagram"],
            left=["phrase_a", "source", "original", "left_text", "clue"],
            right=["phrase_b", "target", "rearranged", "right_text", "answer"],
        )
        p |= {
            "ignore_punct": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A crossword helper verifies anagram clues.",
                    "A party game checks whether a player's answer rearranges the given phrase.",
                    "A word-art generator only accepts pairs of phrases made of the same characters.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"ignore_punct": (p["ignore_punct"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("left", "str"), ("right", "str")], "bool")

    def statement(self, p: Params) -> tuple[str, str, str]:
        left, right = p["params"]["left"], p["params"]["right"]
        punct = (
            "ASCII punctuation and symbols (every character from `!` (code 33) to `~` (code 126) that is "
            "not a letter or digit, such as `.`, `-`, `[` or `@`) are ignored too. "
            if p["ignore_punct"]
            else "Punctuation and symbols are NOT ignored: `.` and `,` are different characters that count. "
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which tells whether `{left}` and `{right}` are anagrams: "
            "after dropping the ignored characters, both must contain exactly the same characters with "
            "the same multiplicities, in any order. Whitespace (ASCII space, tab, newline, carriage "
            f"return) is ignored. {punct}The ASCII letters are compared without regard to case (`A` "
            "equals `a`); every other character, digits and non-ASCII characters such as `é` included, "
            "is compared exactly as it is (`É` and `é` differ). A character is a Unicode code point "
            "(all inputs are in the Basic Multilingual Plane). Two phrases with nothing left after "
            "dropping ignored characters are anagrams."
        )
        return "Anagram check", statement, "Tell whether two phrases are anagrams."

    def solve(self, p: Params, *args: Any) -> Any:
        left, right = args

        def key(text: str) -> list[str]:
            out = []
            for ch in text:
                if ch in " \t\n\r":
                    continue
                if p["ignore_punct"] and ch in string.punctuation:
                    continue
                out.append(ch.lower() if ch in string.ascii_uppercase else ch)
            return sorted(out)

        return key(left) == key(right)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def draw(n: int) -> str:
            return "".join(rng.choice(POOL) for _ in range(n))

        def shuffled(text: str) -> str:
            chars = list(text.swapcase() if rng.random() < 0.5 else text)
            rng.shuffle(chars)
            return "".join(chars)

        base = draw(rng.randint(6, 10))
        big = draw(2000)
        cases: list[Case] = [
            (["listen", "Silent"], []),
            (["Astronomer!", "Moon starer"], []),
            ([base, shuffled(base)], []),
            ([draw(8), draw(8)], []),
            (["", ""], ["empty"]),
            (["  ", "\t \t"], ["empty"]),
            (["a", ""], ["empty"]),
            (["ab", "abb"], ["boundary"]),
            (["abc", "abd"], ["boundary"]),
            (["A1", "1a"], ["boundary"]),
            (["a-b", "b a-"], ["boundary"]),
            (["a-b", "ab"], ["boundary"]),
            (["a.b", "a,b"], ["boundary"]),
            (["[@", "{`"], ["boundary"]),
            (["~/ :!", ""], ["boundary"]),
            (["09", ""], ["boundary"]),
            (["Z", "z"], ["boundary"]),
            ([big, shuffled(big)], ["large"]),
            ([big, shuffled(big)[1:] + "q"], ["large"]),
            (["été", "tée"], ["unicode"]),
            (["É", "é"], ["unicode"]),
            (["中文 ß!", "ß文中"], ["unicode"]),
        ]
        return cases
