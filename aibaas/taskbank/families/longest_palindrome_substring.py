"""Hard family: the longest palindromic substring (leftmost on ties), optionally ignoring ASCII case.

It is hard because the naive check of every substring is cubic: the solver must expand around all
2n - 1 centres (or use Manacher), count characters as code points and keep the leftmost of equals.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

ALPHABETS = ["ab", "abc", "xyz", "aAbB"]


class LongestPalindromeSubstring(Family):
    name = "longest-palindrome-substring"
    difficulty = Difficulty.HARD
    tags = ("strings", "two-pointers")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> str:
    chars = [ord(c) for c in {{text}}]
    if {{fold}}:
        chars = [c + 32 if 65 <= c <= 90 else c for c in chars]
    n = len(chars)
    start = 0
    size = 0
    for center in range(2 * n - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < n and chars[lo] == chars[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > size:
            start = lo + 1
            size = hi - lo - 1
    return {{text}}[start:start + size]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string {
  const points = Array.from({{text}});
  const chars = points.map((c) => {
    const code = c.codePointAt(0) as number;
    return {{fold}} && code >= 65 && code <= 90 ? code + 32 : code;
  });
  const n = chars.length;
  let start = 0;
  let size = 0;
  for (let center = 0; center < 2 * n - 1; center++) {
    let lo = Math.floor(center / 2);
    let hi = lo + (center % 2);
    while (lo >= 0 && hi < n && chars[lo] === chars[hi]) {
      lo--;
      hi++;
    }
    if (hi - lo - 1 > size) {
      start = lo + 1;
      size = hi - lo - 1;
    }
  }
  return points.slice(start, start + size).join("");
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{text}}) {
        int[] points = {{text}}.codePoints().toArray();
        int n = points.length;
        int[] chars = new int[n];
        for (int i = 0; i < n; i++) {
            int code = points[i];
            chars[i] = {{fold}} && code >= 65 && code <= 90 ? code + 32 : code;
        }
        int start = 0;
        int size = 0;
        for (int center = 0; center < 2 * n - 1; center++) {
            int lo = center / 2;
            int hi = lo + center % 2;
            while (lo >= 0 && hi < n && chars[lo] == chars[hi]) {
                lo--;
                hi++;
            }
            if (hi - lo - 1 > size) {
                start = lo + 1;
                size = hi - lo - 1;
            }
        }
        return new String(points, start, size);
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{text}} string) string {
	points := []rune({{text}})
	n := len(points)
	chars := make([]rune, n)
	for i, code := range points {
		if {{fold}} && code >= 65 && code <= 90 {
			code = code + 32
		}
		chars[i] = code
	}
	start, size := 0, 0
	for center := 0; center < 2 * n - 1; center++ {
		lo := center / 2
		hi := lo + center % 2
		for lo >= 0 && hi < n && chars[lo] == chars[hi] {
			lo--
			hi++
		}
		if hi - lo - 1 > size {
			start = lo + 1
			size = hi - lo - 1
		}
	}
	return string(points[start : start + size])
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  points = {{text}}.chars
  chars = points.map do |c|
    code = c.ord
    {{fold}} && code >= 65 && code <= 90 ? code + 32 : code
  end
  n = chars.length
  start = 0
  size = 0
  (0...(2 * n - 1)).each do |center|
    lo = center / 2
    hi = lo + center % 2
    while lo >= 0 && hi < n && chars[lo] == chars[hi]
      lo -= 1
      hi += 1
    end
    if hi - lo - 1 > size
      start = lo + 1
      size = hi - lo - 1
    end
  end
  points[start, size].join
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> String {
    let points: Vec<char> = {{text}}.chars().collect();
    let n = points.len() as i64;
    let chars: Vec<u32> = points
        .iter()
        .map(|c| {
            let code = *c as u32;
            if {{fold}} && code >= 65 && code <= 90 { code + 32 } else { code }
        })
        .collect();
    let mut start: i64 = 0;
    let mut size: i64 = 0;
    for center in 0..2 * n - 1 {
        let mut lo = center / 2;
        let mut hi = lo + center % 2;
        while lo >= 0 && hi < n && chars[lo as usize] == chars[hi as usize] {
            lo -= 1;
            hi += 1;
        }
        if hi - lo - 1 > size {
            start = lo + 1;
            size = hi - lo - 1;
        }
    }
    points[start as usize..(start + size) as usize].iter().collect()
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static string {{fn}}(string {{text}})
    {
        int n = {{text}}.Length;
        var chars = new int[n];
        for (int i = 0; i < n; i++)
        {
            int code = {{text}}[i];
            chars[i] = {{fold}} && code >= 65 && code <= 90 ? code + 32 : code;
        }
        int start = 0;
        int size = 0;
        for (int center = 0; center < 2 * n - 1; center++)
        {
            int lo = center / 2;
            int hi = lo + center % 2;
            while (lo >= 0 && hi < n && chars[lo] == chars[hi])
            {
                lo--;
                hi++;
            }
            if (hi - lo - 1 > size)
            {
                start = lo + 1;
                size = hi - lo - 1;
            }
        }
        return {{text}}.Substring(start, size);
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["longest_palindrome", "widest_mirror", "best_palindrome", "find_palindrome", "mirror_span"],
            text=["text", "word", "sequence", "phrase", "line"],
        )
        p |= {
            "fold": rng.choice([True, False]),
            "alphabet": rng.choice(ALPHABETS),
            "framing": rng.choice(
                [
                    "A word-game engine highlights the longest mirror-image stretch of a board row.",
                    "A DNA tool looks for the longest self-mirrored stretch of a read.",
                    "A text editor plug-in selects the longest palindrome in the current line.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"fold": (p["fold"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text = p["params"]["text"]
        compare = (
            "Characters are compared ignoring ASCII case only: an ASCII letter A-Z equals its lowercase "
            "a-z; every other character (including non-ASCII letters such as É and é) is compared exactly"
            if p["fold"]
            else "Characters are compared exactly (case-sensitive)"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the longest contiguous substring of "
            f"`{text}` that reads the same forwards and backwards. A character is one Unicode code "
            f"point (all are in the Basic Multilingual Plane). {compare}; the returned substring is "
            f"copied unchanged from `{text}`. When several longest substrings exist, return the one "
            "that starts first (leftmost). The empty string gives the empty string. Inputs have at "
            "most a few thousand characters."
        )
        return "Longest palindromic substring", statement, "The leftmost longest palindromic substring."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        keys = [c.lower() if p["fold"] and "A" <= c <= "Z" else c for c in text]
        n, start, size = len(keys), 0, 0
        for center in range(2 * n - 1):
            lo, hi = center // 2, center // 2 + center % 2
            while lo >= 0 and hi < n and keys[lo] == keys[hi]:
                lo, hi = lo - 1, hi + 1
            if hi - lo - 1 > size:
                start, size = lo + 1, hi - lo - 1
        return text[start : start + size]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet = p["alphabet"]

        def word(n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        core = word(300)
        cases: list[Case] = [([word(rng.randint(6, 11))], []) for _ in range(4)]
        cases += [
            ([""], ["empty"]),
            (["x"], ["boundary"]),
            (["ab"], ["boundary"]),
            (["aa"], ["boundary"]),
            (["abcba"], ["boundary"]),
            (["xabbay"], ["boundary"]),
            (["abacdc"], ["boundary"]),
            (["qrsrqzzz"], ["boundary"]),
            (["Aba!"], ["boundary"]),
            (["Zz@`"], ["boundary"]),
            (["xyZzy-aAa"], ["boundary"]),
            (["éaé"], ["unicode"]),
            (["中文中文"], ["unicode"]),
            (["xÉéxñoño"], ["unicode"]),
            (["a" * 1200 + "b"], ["large"]),
            ([word(700) + core + core[::-1] + word(700)], ["large"]),
        ]
        return cases
