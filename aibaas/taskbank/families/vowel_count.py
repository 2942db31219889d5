"""Easy family: count the vowels of a string, for a vowel set that varies (with or without `y`).

Easy: one pass with a membership test; the precision lies in the case folding (ASCII only) and in
which characters are vowels (accented letters are not).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

POOL = "abcdeiouxyzAEIOUYWw .,!1"


class VowelCount(Family):
    name = "vowel-count"
    difficulty = Difficulty.EASY
    tags = ("strings", "counting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> int:
    total = 0
    for ch in {{text}}:
        code = ord(ch)
        if 65 <= code and code <= 90:
            ch = chr(code + 32)
        if ch in {{vowels}}:
            total += 1
    return total
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): number {
  let total = 0;
  for (const ch of {{text}}) {
    const code = ch.charCodeAt(0);
    const low = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    if ({{vowels}}.indexOf(low) >= 0) total++;
  }
  return total;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(String {{text}}) {
        long total = 0;
        for (char ch : {{text}}.toCharArray()) {
            char low = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
            if ({{vowels}}.indexOf(low) >= 0) total++;
        }
        return total;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} string) int {
	total := 0
	for _, ch := range {{text}} {
		if ch >= 'A' && ch <= 'Z' {
			ch = ch + 32
		}
		if strings.ContainsRune({{vowels}}, ch) {
			total = total + 1
		}
	}
	return total
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  total = 0
  {{text}}.each_char do |ch|
    code = ch.ord
    ch = (code + 32).chr if code >= 65 && code <= 90
    total = total + 1 if {{vowels}}.include?(ch)
  end
  total
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> i64 {
    let set = {{vowels}};
    let mut total: i64 = 0;
    for ch in {{text}}.chars() {
        let low = if ch >= 'A' && ch <= 'Z' { ((ch as u8) + 32) as char } else { ch };
        if set.contains(low) {
            total = total + 1;
        }
    }
    total
}
""",
        Language.CSHARP: """using System;

public static class Solution
{
    public static long {{fn}}(string {{text}})
    {
        long total = 0;
        foreach (char ch in {{text}})
        {
            char low = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
            if ({{vowels}}.IndexOf(low) >= 0) total = total + 1;
        }
        return total;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["count_vowels", "vowel_count", "tally_vowels", "num_vowels", "vowel_total"],
            text=["text", "word", "sentence", "lyric", "passage"],
        )
        p |= {
            "vowels": rng.choice(["aeiou", "aeiouy", "aeiouwy"]),
            "framing": rng.choice(
                [
                    "A poetry app estimates syllables by counting vowels.",
                    "A typing tutor reports how many vowels each drill line contains.",
                    "A linguistics exercise compares vowel density across languages.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"vowels": (p["vowels"], "str")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text = p["params"]["text"]
        letters = ", ".join(f"`{v}`" for v in p["vowels"])
        extra = {
            "aeiou": " (`y` is not a vowel here)",
            "aeiouy": " (`y` counts as a vowel, `w` does not)",
            "aeiouwy": " (as in Welsh, both `w` and `y` count as vowels)",
        }[p["vowels"]]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns how many characters of `{text}` are vowels. "
            f"The vowels are exactly the ASCII letters {letters}{extra}, in lowercase or uppercase (`A` "
            "counts like `a`). Every other character is not a vowel, including accented or other "
            "non-ASCII letters such as `é`, `ü` or `中`. Every occurrence counts; the empty string has 0 "
            "vowels."
        )
        return "Count the vowels", statement, "Count the vowels of a string."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        return sum(1 for ch in text if ch.isascii() and ch.lower() in p["vowels"])

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def draw(n: int) -> str:
            return "".join(rng.choice(POOL) for _ in range(n))

        cases: list[Case] = [
            (["Hello World"], []),
            (["rhythm and yew"], []),
            ([draw(rng.randint(8, 15))], []),
            ([draw(rng.randint(8, 15))], []),
            ([""], ["empty"]),
            (["bcd fgh!"], ["empty"]),
            (["a"], ["boundary"]),
            (["AEIOUYW"], ["boundary"]),
            (["aeiouyw"], ["boundary"]),
            (["@[`{ZzBb"], ["boundary"]),
            (["yYwW"], ["boundary"]),
            ([draw(3000)], ["large"]),
            (["a" * 2500], ["large"]),
            (["éüà中 aÉu"], ["unicode"]),
            (["ÀÉÎÕÜ yes"], ["unicode"]),
        ]
        return cases
