"""Easy family: is a string a palindrome once case and insignificant characters are ignored?

Easy: filter, fold case, compare from both ends; the edge cases are which characters count (ASCII
letters, and ASCII digits only in some variants), strings with nothing significant, and odd or even
lengths.
"""

from __future__ import annotations

import random
import string
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

NOISE = " ,.!?:;'-"


class PalindromeCheck(Family):
    name = "palindrome-check"
    difficulty = Difficulty.EASY
    tags = ("strings", "two-pointers")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> bool:
    kept = []
    for ch in {{text}}:
        if "a" <= ch and ch <= "z":
            kept.append(ch)
        elif "A" <= ch and ch <= "Z":
            kept.append(chr(ord(ch) + 32))
        elif {{keep_digits}} and "0" <= ch and ch <= "9":
            kept.append(ch)
    i = 0
    j = len(kept) - 1
    while i < j:
        if kept[i] != kept[j]:
            return False
        i += 1
        j -= 1
    return True
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): boolean {
  const kept: string[] = [];
  for (const ch of {{text}}) {
    if (ch >= "a" && ch <= "z") kept.push(ch);
    else if (ch >= "A" && ch <= "Z") kept.push(String.fromCharCode(ch.charCodeAt(0) + 32));
    else if ({{keep_digits}} && ch >= "0" && ch <= "9") kept.push(ch);
  }
  let i = 0;
  let j = kept.length - 1;
  while (i < j) {
    if (kept[i] !== kept[j]) return false;
    i++;
    j--;
  }
  return true;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static boolean {{fn}}(String {{text}}) {
        StringBuilder kept = new StringBuilder();
        for (char ch : {{text}}.toCharArray()) {
            if (ch >= 'a' && ch <= 'z') kept.append(ch);
            else if (ch >= 'A' && ch <= 'Z') kept.append((char) (ch + 32));
            else if ({{keep_digits}} && ch >= '0' && ch <= '9') kept.append(ch);
        }
        int i = 0;
        int j = kept.length() - 1;
        while (i < j) {
            if (kept.charAt(i) != kept.charAt(j)) return false;
            i++;
            j--;
        }
        return true;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{text}} string) bool {
	kept := []rune{}
	for _, ch := range {{text}} {
		if ch >= 'a' && ch <= 'z' {
			kept = append(kept, ch)
		} else if ch >= 'A' && ch <= 'Z' {
			kept = append(kept, ch + 32)
		} else if {{keep_digits}} && ch >= '0' && ch <= '9' {
			kept = append(kept, ch)
		}
	}
	for i, j := 0, len(kept) - 1; i < j; i, j = i + 1, j - 1 {
		if kept[i] != kept[j] {
			return false
		}
	}
	return true
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  kept = []
  {{text}}.each_char do |ch|
    if ch >= "a" && ch <= "z"
      kept << ch
    elsif ch >= "A" && ch <= "Z"
      kept << (ch.ord + 32).chr
    elsif {{keep_digits}} && ch >= "0" && ch <= "9"
      kept << ch
    end
  end
  i = 0
  j = kept.length - 1
  while i < j
    return false if kept[i] != kept[j]
    i += 1
    j -= 1
  end
  true
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> bool {
    let mut kept: Vec<char> = Vec::new();
    for ch in {{text}}.chars() {
        if ch >= 'a' && ch <= 'z' {
            kept.push(ch);
        } else if ch >= 'A' && ch <= 'Z' {
            kept.push(((ch as u8) + 32) as char);
        } else if {{keep_digits}} && ch >= '0' && ch <= '9' {
            kept.push(ch);
        }
    }
    let mut i: i64 = 0;
    let mut j: i64 = kept.len() as i64 - 1;
    while i < j {
        if kept[i as usize] != kept[j as usize] {
            return false;
        }
        i += 1;
        j -= 1;
    }
    true
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static bool {{fn}}(string {{text}})
    {
        var kept = new List<char>();
        foreach (char ch in {{text}})
        {
            if (ch >= 'a' && ch <= 'z') kept.Add(ch);
            else if (ch >= 'A' && ch <= 'Z') kept.Add((char)(ch + 32));
            else if ({{keep_digits}} && ch >= '0' && ch <= '9') kept.Add(ch);
        }
        int i = 0;
        int j = kept.Count - 1;
        while (i < j)
        {
            if (kept[i] != kept[j]) return false;
            i++;
            j--;
        }
        return true;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["is_palindrome", "reads_same_backwards", "palindrome_check", "check_palindrome", "is_mirror"],
            text=["text", "phrase", "candidate", "line", "entry"],
        )
        p |= {
            "keep_digits": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A word-puzzle site validates the palindromes its readers submit.",
                    "A licence-plate game awards points for plates that read the same both ways.",
                    "A linguistics course collects famous palindromic sentences.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"keep_digits": (p["keep_digits"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "bool")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text = p["params"]["text"]
        significant = (
            "the ASCII letters `A`-`Z`, `a`-`z` and the ASCII digits `0`-`9`"
            if p["keep_digits"]
            else "the ASCII letters `A`-`Z` and `a`-`z` (digits do not count)"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which tells whether `{text}` is a palindrome. Only "
            f"{significant} are significant; every other character (spaces, punctuation, symbols and "
            "every non-ASCII character such as `é` or `中`) is ignored. Letters are compared without "
            "regard to case (`A` equals `a`). The text is a palindrome when its significant characters, "
            "in order, read the same forwards and backwards; a text with no significant character at all "
            "(the empty string included) is a palindrome."
        )
        return "Palindrome check", statement, "Tell whether a string is a palindrome."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        allowed = string.ascii_letters + (string.digits if p["keep_digits"] else "")
        kept = [ch.lower() for ch in text if ch in allowed]
        return kept == kept[::-1]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet = "abAB12"

        def noisy(core: str) -> str:
            return "".join(c + (rng.choice(NOISE) if rng.random() < 0.3 else "") for c in core)

        def mirrored(n: int) -> str:
            half = "".join(rng.choice(alphabet) for _ in range(n))
            mid = rng.choice(["", "x", "7"])
            return noisy(half + mid + half[::-1].swapcase())

        near = mirrored(900)
        cut = len(near) // 2
        cases: list[Case] = [
            (["A man, a plan, a canal: Panama!"], []),
            (["race a car"], []),
            ([mirrored(rng.randint(3, 6))], []),
            ([noisy("".join(rng.choice(alphabet) for _ in range(8)))], []),
            ([""], ["empty"]),
            ([" ,.!? "], ["empty"]),
            (["Z"], ["boundary"]),
            (["aB"], ["boundary"]),
            (["aA"], ["boundary"]),
            (["ab, A"], ["boundary"]),
            (["ba, A"], ["boundary"]),
            (["1a2"], ["boundary"]),
            (["12 3 21"], ["boundary"]),
            (["0P"], ["boundary"]),
            (["a1b2BA"], ["boundary"]),
            (["xyzzyX9"], ["boundary"]),
            ([near], ["large"]),
            ([near[:cut] + "q" + near[cut:]], ["large"]),
            (["é a É"], ["unicode"]),
            (["ñab中"], ["unicode"]),
            (["中a中b中A"], ["unicode"]),
        ]
        return cases
