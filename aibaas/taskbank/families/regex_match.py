"""Hard family: full-match a string against a tiny regex language ('.', '*', and '+' in some variants).

It is hard because greedy or backtracking matchers are wrong or exponential on patterns such as
`a*a*a*b`: the solver needs the O(n * m) table over (text position, pattern atom).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


def _atoms(pattern: str, plus: bool) -> list[tuple[str, bool]]:
    atoms: list[tuple[str, bool]] = []
    for c in pattern:
        if c == "*":
            atoms[-1] = (atoms[-1][0], True)
        elif c == "+" and plus:
            atoms.append((atoms[-1][0], True))
        else:
            atoms.append((c, False))
    return atoms


class RegexMatch(Family):
    name = "regex-match"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "strings")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str, {{pattern}}: str) -> bool:
    atoms: list[str] = []
    stars: list[bool] = []
    for c in {{pattern}}:
        if c == "*":
            stars[-1] = True
        elif c == "+" and {{plus}}:
            atoms.append(atoms[-1])
            stars.append(True)
        else:
            atoms.append(c)
            stars.append(False)
    n = len({{text}})
    t = len(atoms)
    ok = [[False] * (t + 1) for _ in range(n + 1)]
    ok[n][t] = True
    for i in range(n, -1, -1):
        for j in range(t - 1, -1, -1):
            first = i < n and (atoms[j] == "." or atoms[j] == {{text}}[i])
            if stars[j]:
                ok[i][j] = ok[i][j + 1] or (first and ok[i + 1][j])
            else:
                ok[i][j] = first and ok[i + 1][j + 1]
    return ok[0][0]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string, {{pattern}}: string): boolean {
  const s = Array.from({{text}});
  const atoms: string[] = [];
  const stars: boolean[] = [];
  for (const c of Array.from({{pattern}})) {
    if (c === "*") {
      stars[stars.length - 1] = true;
    } else if (c === "+" && {{plus}}) {
      atoms.push(atoms[atoms.length - 1]);
      stars.push(true);
    } else {
      atoms.push(c);
      stars.push(false);
    }
  }
  const n = s.length;
  const t = atoms.length;
  const ok: boolean[][] = Array.from({ length: n + 1 }, () => new Array<boolean>(t + 1).fill(false));
  ok[n][t] = true;
  for (let i = n; i >= 0; i--) {
    for (let j = t - 1; j >= 0; j--) {
      const first = i < n && (atoms[j] === "." || atoms[j] === s[i]);
      ok[i][j] = stars[j] ? ok[i][j + 1] || (first && ok[i + 1][j]) : first && ok[i + 1][j + 1];
    }
  }
  return ok[0][0];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static boolean {{fn}}(String {{text}}, String {{pattern}}) {
        int[] s = {{text}}.codePoints().toArray();
        List<Integer> atoms = new ArrayList<>();
        List<Boolean> stars = new ArrayList<>();
        for (int c : {{pattern}}.codePoints().toArray()) {
            if (c == '*') {
                stars.set(stars.size() - 1, true);
            } else if (c == '+' && {{plus}}) {
                atoms.add(atoms.get(atoms.size() - 1));
                stars.add(true);
            } else {
                atoms.add(c);
                stars.add(false);
            }
        }
        int n = s.length;
        int t = atoms.size();
        boolean[][] ok = new boolean[n + 1][t + 1];
        ok[n][t] = true;
        for (int i = n; i >= 0; i--) {
            for (int j = t - 1; j >= 0; j--) {
                int atom = atoms.get(j);
                boolean first = i < n && (atom == '.' || atom == s[i]);
                if (stars.get(j)) {
                    ok[i][j] = ok[i][j + 1] || (first && ok[i + 1][j]);
                } else {
                    ok[i][j] = first && ok[i + 1][j + 1];
                }
            }
        }
        return ok[0][0];
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{text}} string, {{pattern}} string) bool {
	s := []rune({{text}})
	atoms := []rune{}
	stars := []bool{}
	for _, c := range {{pattern}} {
		if c == '*' {
			stars[len(stars) - 1] = true
		} else if c == '+' && {{plus}} {
			atoms = append(atoms, atoms[len(atoms) - 1])
			stars = append(stars, true)
		} else {
			atoms = append(atoms, c)
			stars = append(stars, false)
		}
	}
	n := len(s)
	t := len(atoms)
	ok := make([][]bool, n + 1)
	for i := range ok {
		ok[i] = make([]bool, t + 1)
	}
	ok[n][t] = true
	for i := n; i >= 0; i-- {
		for j := t - 1; j >= 0; j-- {
			first := i < n && (atoms[j] == '.' || atoms[j] == s[i])
			if stars[j] {
				ok[i][j] = ok[i][j + 1] || (first && ok[i + 1][j])
			} else {
				ok[i][j] = first && ok[i + 1][j + 1]
			}
		}
	}
	return ok[0][0]
}
""",
        Language.RUBY: """def {{fn}}({{text}}, {{pattern}})
  s = {{text}}.chars
  atoms = []
  stars = []
  {{pattern}}.each_char do |c|
    if c == "*"
      stars[-1] = true
    elsif c == "+" && {{plus}}
      atoms.push(atoms[-1])
      stars.push(true)
    else
      atoms.push(c)
      stars.push(false)
    end
  end
  n = s.length
  t = atoms.length
  ok = Array.new(n + 1) { Array.new(t + 1, false) }
  ok[n][t] = true
  n.downto(0) do |i|
    (t - 1).downto(0) do |j|
      first = i < n && (atoms[j] == "." || atoms[j] == s[i])
      ok[i][j] = stars[j] ? (ok[i][j + 1] || (first && ok[i + 1][j])) : (first && ok[i + 1][j + 1])
    end
  end
  ok[0][0]
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String, {{pattern}}: String) -> bool {
    let s: Vec<char> = {{text}}.chars().collect();
    let mut atoms: Vec<char> = Vec::new();
    let mut stars: Vec<bool> = Vec::new();
    for c in {{pattern}}.chars() {
        if c == '*' {
            let last = stars.len() - 1;
            stars[last] = true;
        } else if c == '+' && {{plus}} {
            atoms.push(atoms[atoms.len() - 1]);
            stars.push(true);
        } else {
            atoms.push(c);
            stars.push(false);
        }
    }
    let n = s.len();
    let t = atoms.len();
    let mut ok = vec![vec![false; t + 1]; n + 1];
    ok[n][t] = true;
    for i in (0..n + 1).rev() {
        for j in (0..t).rev() {
            let first = i < n && (atoms[j] == '.' || atoms[j] == s[i]);
            ok[i][j] = if stars[j] {
                ok[i][j + 1] || (first && ok[i + 1][j])
            } else {
                first && ok[i + 1][j + 1]
            };
        }
    }
    ok[0][0]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static bool {{fn}}(string {{text}}, string {{pattern}})
    {
        var atoms = new List<char>();
        var stars = new List<bool>();
        foreach (char c in {{pattern}})
        {
            if (c == '*')
            {
                stars[stars.Count - 1] = true;
            }
            else if (c == '+' && {{plus}})
            {
                atoms.Add(atoms[atoms.Count - 1]);
                stars.Add(true);
            }
            else
            {
                atoms.Add(c);
                stars.Add(false);
            }
        }
        int n = {{text}}.Length;
        int t = atoms.Count;
        var ok = new bool[n + 1, t + 1];
        ok[n, t] = true;
        for (int i = n; i >= 0; i--)
        {
            for (int j = t - 1; j >= 0; j--)
            {
                bool first = i < n && (atoms[j] == '.' || atoms[j] == {{text}}[i]);
                ok[i, j] = stars[j] ? ok[i, j + 1] || (first && ok[i + 1, j]) : first && ok[i + 1, j + 1];
            }
        }
        return ok[0, 0];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["full_match", "regex_matches", "matches_pattern", "check_pattern", "accepts"],
            text=["text", "subject", "candidate", "haystack", "message"],
            pattern=["pattern", "regex", "rule", "spec", "shape"],
        )
        p |= {
            "plus": rng.choice([True, False]),
            "alphabet": rng.choice(["ab", "abc", "xy"]),
            "framing": rng.choice(
                [
                    "A log filter accepts a line only when the whole line fits a small pattern.",
                    "A form validator checks every field against a pattern.",
                    "A router dispatches a request when its whole path fits a route pattern.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"plus": (p["plus"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str"), ("pattern", "str")], "bool")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, pattern = p["params"]["text"], p["params"]["pattern"]
        plus = (
            "`+` after an element matches one or more copies of it (so `x+` means the same as `xx*`)"
            if p["plus"]
            else "`+` has no special meaning: it is an ordinary character that matches itself"
        )
        quantifiers = "`*` or `+`" if p["plus"] else "`*`"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns whether the whole of `{text}` matches "
            f"the whole of `{pattern}` (not just a part of it). In the pattern, `.` matches any one "
            f"character; `*` after an element (a character or `.`) matches zero or more copies of "
            f"that element; {plus}; every other character matches itself exactly (case-sensitive). "
            f"Patterns are well formed: {quantifiers} never starts the pattern and never follows "
            f"another {quantifiers}. A character is one Unicode code point (all in the Basic "
            "Multilingual Plane); the text never contains `.` or `*`. The empty pattern matches only "
            "the empty text. Texts and patterns have at most a few hundred characters."
        )
        return "Regular expression full match", statement, "Whether a text fully matches a small regex."

    def solve(self, p: Params, *args: Any) -> Any:
        text, pattern = args
        atoms = _atoms(pattern, p["plus"])
        n, t = len(text), len(atoms)
        ok = [[False] * (t + 1) for _ in range(n + 1)]
        ok[n][t] = True
        for i in range(n, -1, -1):
            for j in range(t - 1, -1, -1):
                c, star = atoms[j]
                first = i < n and c in (".", text[i])
                ok[i][j] = (
                    (ok[i][j + 1] or (first and ok[i + 1][j])) if star else (first and ok[i + 1][j + 1])
                )
        return ok[0][0]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet, plus = p["alphabet"], p["plus"]
        a, b = alphabet[0], alphabet[1]
        quantifiers = ["", "", "*", "+"] if plus else ["", "", "*"]

        def pattern(atoms: int) -> str:
            return "".join(rng.choice(alphabet + ".") + rng.choice(quantifiers) for _ in range(atoms))

        def sample(pat: str) -> str:
            out = []
            for c, star in _atoms(pat, plus):
                for _ in range(rng.randint(0, 3) if star else 1):
                    out.append(rng.choice(alphabet) if c == "." else c)
            if rng.random() < 0.4 and out:
                out[rng.randrange(len(out))] = rng.choice(alphabet)
            return "".join(out)

        pats = [pattern(rng.randint(3, 5)) for _ in range(4)]
        cases: list[Case] = [([sample(q), q], []) for q in pats]
        big = pattern(120)
        cases += [
            (["", ""], ["empty"]),
            (["", f"{a}*"], ["empty"]),
            ([a, ""], ["empty"]),
            (["", "."], ["empty"]),
            ([a + a, a], ["boundary"]),
            ([a + a, a + "*"], ["boundary"]),
            ([a + b, ".*"], ["boundary"]),
            ([a + a + b, f"c*{a}*{b}"], ["boundary"]),
            ([b, f"{a}*{b}{a}*"], ["boundary"]),
            ([a + b + b, f"{a}{b}*{a}"], ["boundary"]),
            (["mississippi", "mis*is*p*."], ["boundary"]),
            ([a * 3, a + "+"], ["boundary"]),
            ([a + b, f"{a}+{b}"], ["boundary"]),
            ([f"{a}+{b}", f"{a}+{b}"], ["boundary"]),
            ([b, f"{a}+{b}"], ["boundary"]),
            (["+", "."], ["boundary"]),
            (["éé", "é*"], ["unicode"]),
            (["中文", ".."], ["unicode"]),
            (["ñ", "n"], ["unicode"]),
            ([a * 300, f"{a}*" * 20 + b], ["large"]),
            ([a * 300 + b, f"{a}*" * 20 + b], ["large"]),
            ([sample(big), big], ["large"]),
        ]
        return cases
