"""Hard family: full-match a text against a glob pattern with '?' and '*', optionally stopped by a separator.

It is hard because naive backtracking over many stars is exponential: the solver needs the O(n * m)
table, and the separator variant (like '/' in file globs) changes what both wildcards may consume.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

SEPARATORS = {-1: "/", 47: "/", 46: ".", 58: ":"}  # code point -> separator character used by inputs


class WildcardMatch(Family):
    name = "wildcard-match"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "strings")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str, {{pattern}}: str) -> bool:
    a = [ord(c) for c in {{text}}]
    b = [ord(c) for c in {{pattern}}]
    n = len(a)
    m = len(b)
    prev = [True] + [False] * m
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] and b[j - 1] == 42
    for i in range(1, n + 1):
        free = a[i - 1] != {{sep}}
        cur = [False] * (m + 1)
        for j in range(1, m + 1):
            if b[j - 1] == 42:
                cur[j] = cur[j - 1] or (prev[j] and free)
            elif b[j - 1] == 63:
                cur[j] = prev[j - 1] and free
            else:
                cur[j] = prev[j - 1] and a[i - 1] == b[j - 1]
        prev = cur
    return prev[m]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string, {{pattern}}: string): boolean {
  const a = Array.from({{text}}, (c) => c.codePointAt(0) as number);
  const b = Array.from({{pattern}}, (c) => c.codePointAt(0) as number);
  const n = a.length;
  const m = b.length;
  let prev: boolean[] = [true];
  for (let j = 1; j <= m; j++) prev.push(prev[j - 1] && b[j - 1] === 42);
  for (let i = 1; i <= n; i++) {
    const free = a[i - 1] !== {{sep}};
    const cur: boolean[] = [false];
    for (let j = 1; j <= m; j++) {
      if (b[j - 1] === 42) cur.push(cur[j - 1] || (prev[j] && free));
      else if (b[j - 1] === 63) cur.push(prev[j - 1] && free);
      else cur.push(prev[j - 1] && a[i - 1] === b[j - 1]);
    }
    prev = cur;
  }
  return prev[m];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static boolean {{fn}}(String {{text}}, String {{pattern}}) {
        int[] a = {{text}}.codePoints().toArray();
        int[] b = {{pattern}}.codePoints().toArray();
        int n = a.length;
        int m = b.length;
        boolean[] prev = new boolean[m + 1];
        prev[0] = true;
        for (int j = 1; j <= m; j++) prev[j] = prev[j - 1] && b[j - 1] == 42;
        for (int i = 1; i <= n; i++) {
            boolean free = a[i - 1] != {{sep}};
            boolean[] cur = new boolean[m + 1];
            for (int j = 1; j <= m; j++) {
                if (b[j - 1] == 42) cur[j] = cur[j - 1] || (prev[j] && free);
                else if (b[j - 1] == 63) cur[j] = prev[j - 1] && free;
                else cur[j] = prev[j - 1] && a[i - 1] == b[j - 1];
            }
            prev = cur;
        }
        return prev[m];
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{text}} string, {{pattern}} string) bool {
	a := []rune({{text}})
	b := []rune({{pattern}})
	n := len(a)
	m := len(b)
	prev := make([]bool, m + 1)
	prev[0] = true
	for j := 1; j <= m; j++ {
		prev[j] = prev[j - 1] && b[j - 1] == 42
	}
	for i := 1; i <= n; i++ {
		free := a[i - 1] != {{sep}}
		cur := make([]bool, m + 1)
		for j := 1; j <= m; j++ {
			if b[j - 1] == 42 {
				cur[j] = cur[j - 1] || (prev[j] && free)
			} else if b[j - 1] == 63 {
				cur[j] = prev[j - 1] && free
			} else {
				cur[j] = prev[j - 1] && a[i - 1] == b[j - 1]
			}
		}
		prev = cur
	}
	return prev[m]
}
""",
        Language.RUBY: """def {{fn}}({{text}}, {{pattern}})
  a = {{text}}.codepoints
  b = {{pattern}}.codepoints
  n = a.length
  m = b.length
  prev = [true] + [false] * m
  (1..m).each { |j| prev[j] = prev[j - 1] && b[j - 1] == 42 }
  (1..n).each do |i|
    free = a[i - 1] != {{sep}}
    cur = [false] * (m + 1)
    (1..m).each do |j|
      cur[j] =
        if b[j - 1] == 42
          cur[j - 1] || (prev[j] && free)
        elsif b[j - 1] == 63
          prev[j - 1] && free
        else
          prev[j - 1] && a[i - 1] == b[j - 1]
        end
    end
    prev = cur
  end
  prev[m]
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String, {{pattern}}: String) -> bool {
    let a: Vec<i64> = {{text}}.chars().map(|c| c as i64).collect();
    let b: Vec<i64> = {{pattern}}.chars().map(|c| c as i64).collect();
    let n = a.len();
    let m = b.len();
    let mut prev = vec![false; m + 1];
    prev[0] = true;
    for j in 1..m + 1 {
        prev[j] = prev[j - 1] && b[j - 1] == 42;
    }
    for i in 1..n + 1 {
        let free = a[i - 1] != {{sep}};
        let mut cur = vec![false; m + 1];
        for j in 1..m + 1 {
            cur[j] = if b[j - 1] == 42 {
                cur[j - 1] || (prev[j] && free)
            } else if b[j - 1] == 63 {
                prev[j - 1] && free
            } else {
                prev[j - 1] && a[i - 1] == b[j - 1]
            };
        }
        prev = cur;
    }
    prev[m]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static bool {{fn}}(string {{text}}, string {{pattern}})
    {
        int n = {{text}}.Length;
        int m = {{pattern}}.Length;
        var prev = new bool[m + 1];
        prev[0] = true;
        for (int j = 1; j <= m; j++) prev[j] = prev[j - 1] && {{pattern}}[j - 1] == 42;
        for (int i = 1; i <= n; i++)
        {
            long code = {{text}}[i - 1];
            bool free = code != {{sep}};
            var cur = new bool[m + 1];
            for (int j = 1; j <= m; j++)
            {
                if ({{pattern}}[j - 1] == 42) cur[j] = cur[j - 1] || (prev[j] && free);
                else if ({{pattern}}[j - 1] == 63) cur[j] = prev[j - 1] && free;
                else cur[j] = prev[j - 1] && code == {{pattern}}[j - 1];
            }
            prev = cur;
        }
        return prev[m];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["glob_match", "wildcard_matches", "fits_mask", "matches_glob", "mask_accepts"],
            text=["text", "path", "filename", "subject", "key"],
            pattern=["pattern", "glob", "mask", "template", "selector"],
        )
        p |= {
            "sep": rng.choice([-1, 47, 46, 58]),
            "framing": rng.choice(
                [
                    "A backup tool decides which files a rule applies to.",
                    "A message broker routes topics that fit a subscription mask.",
                    "A feature-flag service targets keys that fit a glob.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"sep": (p["sep"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str"), ("pattern", "str")], "bool")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, pattern = p["params"]["text"], p["params"]["pattern"]
        sep = p["sep"]
        rule = (
            "Every other character, including `/`, matches only itself."
            if sep < 0
            else f"The separator `{chr(sep)}` is special: neither `?` nor `*` ever matches it, so a "
            f"`{chr(sep)}` in `{text}` can only be matched by a `{chr(sep)}` in `{pattern}` (a `*` never "
            f"reaches across it). Every other character matches only itself."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns whether the whole of `{text}` matches the "
            f"whole of `{pattern}`. In the pattern, `?` matches exactly one character and `*` matches "
            f"any sequence of characters, including the empty one. {rule} Matching is case-sensitive, "
            "a character is one Unicode code point (all in the Basic Multilingual Plane), and the text "
            "never contains `?` or `*`. The empty pattern matches only the empty text. Texts and "
            "patterns have at most a few hundred characters."
        )
        return "Wildcard full match", statement, "Whether a text fully matches a glob pattern."

    def solve(self, p: Params, *args: Any) -> Any:
        text, pattern = args
        sep = chr(p["sep"]) if p["sep"] >= 0 else None
        m = len(pattern)
        prev = [True] + [False] * m
        for j in range(1, m + 1):
            prev[j] = prev[j - 1] and pattern[j - 1] == "*"
        for c in text:
            free = c != sep
            cur = [False] * (m + 1)
            for j, q in enumerate(pattern, start=1):
                if q == "*":
                    cur[j] = cur[j - 1] or (prev[j] and free)
                else:
                    cur[j] = prev[j - 1] and ((q == "?" and free) or q == c)
            prev = cur
        return prev[m]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        s = SEPARATORS[p["sep"]]
        alphabet = "ab" + s

        def pattern(n: int) -> str:
            return "".join(rng.choice(alphabet + "??**") for _ in range(n))

        def sample(pat: str) -> str:
            out = []
            for q in pat:
                if q == "*":
                    out += [rng.choice(alphabet) for _ in range(rng.randint(0, 3))]
                else:
                    out.append(rng.choice(alphabet) if q == "?" else q)
            return "".join(out)

        pats = [pattern(rng.randint(4, 6)) for _ in range(4)]
        big = pattern(150)
        segments = [rng.choice(["ab", "ba", "aab"]) for _ in range(60)]
        path = s.join(segments)
        cases: list[Case] = [([sample(q), q], []) for q in pats]
        cases += [
            (["", ""], ["empty"]),
            (["", "*"], ["empty"]),
            (["", "**"], ["empty"]),
            (["", "?"], ["empty"]),
            (["a", ""], ["empty"]),
            (["ab", "a?"], ["boundary"]),
            (["aab", "*b"], ["boundary"]),
            (["aab", "*a"], ["boundary"]),
            (["abab", "*ab*ab*"], ["boundary"]),
            (["ab", "a??"], ["boundary"]),
            ([f"a{s}b", "a*b"], ["boundary"]),
            ([f"a{s}b", "a?b"], ["boundary"]),
            ([f"a{s}b", f"a*{s}*"], ["boundary"]),
            ([s, "*"], ["boundary"]),
            ([s, "?"], ["boundary"]),
            ([s, s], ["boundary"]),
            ([f"ab{s}", "*?"], ["boundary"]),
            (["中文", "??"], ["unicode"]),
            ([f"é{s}ü", "é*ü"], ["unicode"]),
            (["ñ", "n"], ["unicode"]),
            (["a" * 400, "*a" * 80 + "b"], ["large"]),
            ([sample(big), big], ["large"]),
            ([path, "*" + s + "*" + s + "*b"], ["large"]),
            ([path, s.join("*" for _ in segments)], ["large"]),
        ]
        return cases
