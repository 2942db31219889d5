"""Easy family: is one string a rotation of another, optionally by at most k positions?

Easy: try each shift; the rules to state and test are equal lengths, the empty string, the identity
rotation and rotations in either direction up to the bound.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

UNLIMITED = 1_000_000
PAIRS = [
    ("original", "candidate"),
    ("source", "shifted"),
    ("word", "other"),
    ("ring", "probe"),
    ("dial", "turned"),
]


class RotationCheck(Family):
    name = "rotation-check"
    difficulty = Difficulty.EASY
    tags = ("strings",)
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{first}}: str, {{second}}: str) -> bool:
    n = len({{first}})
    if n != len({{second}}):
        return False
    if n == 0:
        return True
    for s in range(n):
        if s > {{max_shift}} and n - s > {{max_shift}}:
            continue
        if {{first}}[s:] + {{first}}[:s] == {{second}}:
            return True
    return False
""",
        Language.TYPESCRIPT: """export function {{fn}}({{first}}: string, {{second}}: string): boolean {
  const n = {{first}}.length;
  if (n !== {{second}}.length) return false;
  if (n === 0) return true;
  for (let s = 0; s < n; s++) {
    if (s > {{max_shift}} && n - s > {{max_shift}}) continue;
    if ({{first}}.slice(s) + {{first}}.slice(0, s) === {{second}}) return true;
  }
  return false;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static boolean {{fn}}(String {{first}}, String {{second}}) {
        int n = {{first}}.length();
        if (n != {{second}}.length()) return false;
        if (n == 0) return true;
        for (int s = 0; s < n; s++) {
            if (s > {{max_shift}} && n - s > {{max_shift}}) continue;
            if (({{first}}.substring(s) + {{first}}.substring(0, s)).equals({{second}})) return true;
        }
        return false;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{first}} string, {{second}} string) bool {
	xs := []rune({{first}})
	n := len(xs)
	if n != len([]rune({{second}})) {
		return false
	}
	if n == 0 {
		return true
	}
	for s := 0; s < n; s++ {
		if s > {{max_shift}} && n - s > {{max_shift}} {
			continue
		}
		if string(xs[s:]) + string(xs[:s]) == {{second}} {
			return true
		}
	}
	return false
}
""",
        Language.RUBY: """def {{fn}}({{first}}, {{second}})
  n = {{first}}.length
  return false if n != {{second}}.length
  return true if n == 0
  (0...n).each do |s|
    next if s > {{max_shift}} && n - s > {{max_shift}}
    return true if {{first}}[s..] + {{first}}[0...s] == {{second}}
  end
  false
end
""",
        Language.RUST: """pub fn {{fn}}({{first}}: String, {{second}}: String) -> bool {
    let xs: Vec<char> = {{first}}.chars().collect();
    let ys: Vec<char> = {{second}}.chars().collect();
    let n = xs.len() as i64;
    if n != ys.len() as i64 {
        return false;
    }
    if n == 0 {
        return true;
    }
    for s in 0..n {
        if s > {{max_shift}} && n - s > {{max_shift}} {
            continue;
        }
        let cut = s as usize;
        if xs[cut..].iter().chain(xs[..cut].iter()).eq(ys.iter()) {
            return true;
        }
    }
    false
}
""",
        Language.CSHARP: """using System;

public static class Solution
{
    public static bool {{fn}}(string {{first}}, string {{second}})
    {
        int n = {{first}}.Length;
        if (n != {{second}}.Length) return false;
        if (n == 0) return true;
        for (int s = 0; s < n; s++)
        {
            if (s > {{max_shift}} && n - s > {{max_shift}}) continue;
            if (string.Equals({{first}}.Substring(s) + {{first}}.Substring(0, s), {{second}})) return true;
        }
        return false;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["is_rotation", "rotation_check", "same_ring", "is_shifted", "rotates_into"],
            first=[a for a, _ in PAIRS],
            second=[b for _, b in PAIRS],
        )
        p["params"]["first"], p["params"]["second"] = rng.choice(PAIRS)
        p |= {
            "max_shift": rng.choice([1, 2, 3, UNLIMITED, UNLIMITED]),
            "alphabet": rng.choice(["ab", "abc", "xyz01"]),
            "framing": rng.choice(
                [
                    "A combination-lock app checks whether a dial reading is the code turned a few notches.",
                    "A necklace designer checks whether two bead strings form the same closed loop.",
                    "A cyclic-buffer debugger checks whether two dumps hold the same data at another offset.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"max_shift": (p["max_shift"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("first", "str"), ("second", "str")], "bool")

    def statement(self, p: Params) -> tuple[str, str, str]:
        a, b, k = p["params"]["first"], p["params"]["second"], p["max_shift"]
        limit = (
            "Any rotation counts."
            if k == UNLIMITED
            else f"Only rotations by at most {k} positions in either direction count: rotating left "
            f"by s with s <= {k}, or right by r with r <= {k} (rotating right by r is rotating left by "
            "n - r)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns whether `{b}` is a rotation of `{a}`. "
            f"Rotating a string of n characters left by s (0 <= s < n) moves its first s characters, in "
            f"order, to its end; s = 0 leaves it unchanged, so every string is a rotation of itself. "
            f"{limit} Strings of different lengths are never rotations of each other; two empty strings "
            "are. Comparison is exact and case-sensitive; characters are Unicode code points (inputs "
            "contain only characters of the Basic Multilingual Plane)."
        )
        return "Rotation check", statement, "Whether one string is a rotation of another."

    def solve(self, p: Params, *args: Any) -> Any:
        a, b = args
        n, k = len(a), p["max_shift"]
        if n != len(b):
            return False
        if n == 0:
            return True
        return any(a[s:] + a[:s] == b for s in range(n) if min(s, n - s) <= k)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet = p["alphabet"]

        def word(n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        def rot(text: str, s: int) -> str:
            return text[s:] + text[:s]

        ring_text = "abcdefgh"
        w = word(9)
        cases: list[Case] = [([w, rot(w, rng.randint(1, 2))], []), ([word(7), word(7)], [])]
        cases += [([w, rot(w, 4)], []), ([w, w[::-1]], [])]
        cases += [
            (["", ""], ["empty"]),
            (["", "a"], ["empty"]),
            (["a", "a"], ["boundary"]),
            (["a", "b"], ["boundary"]),
            ([ring_text, ring_text], ["boundary"]),
            ([ring_text, rot(ring_text, 1)], ["boundary"]),
            ([ring_text, rot(ring_text, 7)], ["boundary"]),
            ([ring_text, rot(ring_text, 2)], ["boundary"]),
            ([ring_text, rot(ring_text, 6)], ["boundary"]),
            ([ring_text, rot(ring_text, 3)], ["boundary"]),
            ([ring_text, rot(ring_text, 5)], ["boundary"]),
            ([ring_text, rot(ring_text, 4)], ["boundary"]),
            (["abc", "abcd"], ["boundary"]),
            (["aB", "Ba"], ["boundary"]),
            ([(ring_text * 200), rot(ring_text * 200, 3)], ["large"]),
            ([(ring_text * 200), rot(ring_text * 200, 1)[::-1]], ["large"]),
            (["éü中ß", "中ßéü"], ["unicode"]),
            (["éü中ß", "ü中ßé"], ["unicode"]),
        ]
        return cases
