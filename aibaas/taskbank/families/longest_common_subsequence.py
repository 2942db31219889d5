"""Hard family: longest common subsequence with per-variant case folding and a minimum spacing.

Variants fold ASCII letters case-insensitively or not, and may require consecutive matched
characters to lie at least g positions apart in both strings; the reference is an O(n*m) table
whose diagonal step jumps back g cells, so the dynamic programming has real index arithmetic.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

ALPHABETS = ["abAB", "acgtACGT", "xyzXY", "abcdeABC"]


class LongestCommonSubsequence(Family):
    name = "longest-common-subsequence"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "strings")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def fold_codes(text: str) -> list[int]:
    return [ord(c) + {{fold}} if 65 <= ord(c) <= 90 else ord(c) for c in text]


def {{fn}}({{first}}: str, {{second}}: str) -> int:
    a = fold_codes({{first}})
    b = fold_codes({{second}})
    n = len(a)
    m = len(b)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            keep = max(best[i - 1][j], best[i][j - 1])
            if a[i - 1] == b[j - 1]:
                keep = max(keep, best[max(i - {{gap}}, 0)][max(j - {{gap}}, 0)] + 1)
            best[i][j] = keep
    return best[n][m]
""",
        Language.TYPESCRIPT: """function foldCodes(text: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    out.push(c >= 65 && c <= 90 ? c + {{fold}} : c);
  }
  return out;
}

export function {{fn}}({{first}}: string, {{second}}: string): number {
  const a = foldCodes({{first}});
  const b = foldCodes({{second}});
  const n = a.length;
  const m = b.length;
  const best: number[][] = [];
  for (let i = 0; i <= n; i++) best.push(new Array(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let keep = Math.max(best[i - 1][j], best[i][j - 1]);
      if (a[i - 1] === b[j - 1]) {
        keep = Math.max(keep, best[Math.max(i - {{gap}}, 0)][Math.max(j - {{gap}}, 0)] + 1);
      }
      best[i][j] = keep;
    }
  }
  return best[n][m];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static int[] foldCodes(String text) {
        int[] out = new int[text.length()];
        for (int k = 0; k < text.length(); k++) {
            int c = text.charAt(k);
            out[k] = c >= 65 && c <= 90 ? c + (int) {{fold}} : c;
        }
        return out;
    }

    public static long {{fn}}(String {{first}}, String {{second}}) {
        int[] a = foldCodes({{first}});
        int[] b = foldCodes({{second}});
        int n = a.length;
        int m = b.length;
        int g = (int) {{gap}};
        long[][] best = new long[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                long keep = Math.max(best[i - 1][j], best[i][j - 1]);
                if (a[i - 1] == b[j - 1]) {
                    keep = Math.max(keep, best[Math.max(i - g, 0)][Math.max(j - g, 0)] + 1);
                }
                best[i][j] = keep;
            }
        }
        return best[n][m];
    }
}
""",
        Language.GO: """package solution

func foldCodes(text string) []int {
	out := []int{}
	for _, r := range text {
		c := int(r)
		if c >= 65 && c <= 90 {
			c = c + {{fold}}
		}
		out = append(out, c)
	}
	return out
}

func clampZero(v int) int {
	if v < 0 {
		return 0
	}
	return v
}

func {{fn}}({{first}} string, {{second}} string) int {
	a := foldCodes({{first}})
	b := foldCodes({{second}})
	n := len(a)
	m := len(b)
	best := make([][]int, n + 1)
	for i := range best {
		best[i] = make([]int, m + 1)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			keep := best[i - 1][j]
			if best[i][j - 1] > keep {
				keep = best[i][j - 1]
			}
			if a[i - 1] == b[j - 1] {
				take := best[clampZero(i - {{gap}})][clampZero(j - {{gap}})] + 1
				if take > keep {
					keep = take
				}
			}
			best[i][j] = keep
		}
	}
	return best[n][m]
}
""",
        Language.RUBY: """def fold_codes(text)
  text.chars.map { |c| c.ord >= 65 && c.ord <= 90 ? c.ord + {{fold}} : c.ord }
end

def {{fn}}({{first}}, {{second}})
  a = fold_codes({{first}})
  b = fold_codes({{second}})
  n = a.length
  m = b.length
  best = Array.new(n + 1) { Array.new(m + 1, 0) }
  (1..n).each do |i|
    (1..m).each do |j|
      keep = [best[i - 1][j], best[i][j - 1]].max
      if a[i - 1] == b[j - 1]
        keep = [keep, best[[i - {{gap}}, 0].max][[j - {{gap}}, 0].max] + 1].max
      end
      best[i][j] = keep
    end
  end
  best[n][m]
end
""",
        Language.RUST: """fn fold_codes(text: &str) -> Vec<i64> {
    text.chars()
        .map(|ch| {
            let c = ch as i64;
            if c >= 65 && c <= 90 { c + {{fold}} } else { c }
        })
        .collect()
}

pub fn {{fn}}({{first}}: String, {{second}}: String) -> i64 {
    let a = fold_codes(&{{first}});
    let b = fold_codes(&{{second}});
    let n = a.len() as i64;
    let m = b.len() as i64;
    let mut best = vec![vec![0i64; b.len() + 1]; a.len() + 1];
    for i in 1..n + 1 {
        for j in 1..m + 1 {
            let (x, y) = (i as usize, j as usize);
            let mut keep = best[x - 1][y].max(best[x][y - 1]);
            if a[x - 1] == b[y - 1] {
                let pi = (i - {{gap}}).max(0) as usize;
                let pj = (j - {{gap}}).max(0) as usize;
                keep = keep.max(best[pi][pj] + 1);
            }
            best[x][y] = keep;
        }
    }
    best[a.len()][b.len()]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    static int[] FoldCodes(string text)
    {
        var output = new int[text.Length];
        for (int k = 0; k < text.Length; k++)
        {
            int c = text[k];
            output[k] = c >= 65 && c <= 90 ? c + (int){{fold}} : c;
        }
        return output;
    }

    public static long {{fn}}(string {{first}}, string {{second}})
    {
        int[] a = FoldCodes({{first}});
        int[] b = FoldCodes({{second}});
        int n = a.Length;
        int m = b.Length;
        int g = (int){{gap}};
        var best = new long[n + 1, m + 1];
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                long keep = Math.Max(best[i - 1, j], best[i, j - 1]);
                if (a[i - 1] == b[j - 1])
                {
                    keep = Math.Max(keep, best[Math.Max(i - g, 0), Math.Max(j - g, 0)] + 1);
                }
                best[i, j] = keep;
            }
        }
        return best[n, m];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["common_subsequence", "longest_common", "shared_chain", "lcs_length", "common_thread"],
            first=["first", "left", "draft", "older", "seq_a"],
            second=["second", "right", "revised", "newer", "seq_b"],
        )
        p |= {
            "fold": rng.choice([0, 32]),
            "gap": rng.choice([1, 1, 2, 3]),
            "alphabet": rng.choice(ALPHABETS),
            "framing": rng.choice(
                [
                    "A diff tool measures how much two revisions of a line have in common.",
                    "A biologist compares two sequencing reads.",
                    "A plagiarism checker scores how much of one answer survives in another.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"fold": (p["fold"], "int"), "gap": (p["gap"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("first", "str"), ("second", "str")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        first, second, gap = p["params"]["first"], p["params"]["second"], p["gap"]
        if p["fold"]:
            match = (
                "Two characters match when they are equal, except that the ASCII letters are compared "
                "case-insensitively ('A'-'Z' match 'a'-'z'); every other character, including non-ASCII "
                "letters such as 'É' and 'é', matches only itself."
            )
        else:
            match = "Two characters match only when they are equal (case-sensitive: 'A' does not match 'a')."
        if gap == 1:
            spacing = "A common subsequence picks matching characters in the same order from both strings."
        else:
            spacing = (
                "A common subsequence picks matching characters in the same order from both strings, and "
                f"any two consecutive picks must be at least {gap} positions apart in BOTH strings: if one "
                f"pick uses positions i and j and the next uses i' and j', then i' - i >= {gap} and "
                f"j' - j >= {gap}."
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the length of the longest common "
            f"subsequence of `{first}` and `{second}`. {spacing} {match} A character is a Unicode code "
            "point; all characters are in the Basic Multilingual Plane. Strings may be empty (the answer "
            "is then 0) and hold up to a few hundred characters, so aim for O(n*m)."
        )
        return "Longest common subsequence", statement, "Length of the longest common subsequence."

    def solve(self, p: Params, *args: Any) -> Any:
        fold, gap = p["fold"], p["gap"]
        a, b = ([ord(c) + fold if "A" <= c <= "Z" else ord(c) for c in text] for text in args)
        best = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
        for i in range(1, len(a) + 1):
            for j in range(1, len(b) + 1):
                best[i][j] = max(best[i - 1][j], best[i][j - 1])
                if a[i - 1] == b[j - 1]:
                    best[i][j] = max(best[i][j], best[max(i - gap, 0)][max(j - gap, 0)] + 1)
        return best[-1][-1]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet = p["alphabet"]

        def word(n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        lower = alphabet[0]
        upper = lower.upper()
        cases: list[Case] = [([word(rng.randint(5, 8)), word(rng.randint(5, 8))], []) for _ in range(4)]
        cases += [
            (["", ""], ["empty"]),
            (["", word(5)], ["empty"]),
            ([word(4), ""], ["empty"]),
            ([lower, lower], ["boundary"]),
            ([lower, upper], ["boundary"]),
            ([lower * 6, lower * 6], ["boundary"]),
            ([lower * 5, upper * 5], ["boundary"]),
            ([lower + "z" + lower, lower + lower], ["boundary"]),
            (["abcabc", "abcabc"], ["boundary"]),
            (["a@b[c`", "A@B[C`"], ["boundary"]),
            (["AZ@[", "az`{"], ["boundary"]),
            ([word(300), word(260)], ["large"]),
            ([lower * 200, (lower + upper) * 100], ["large"]),
            (["ÉtéÀ中", "étéà中"], ["unicode"]),
            (["中文中文字", "中中字ß"], ["unicode"]),
        ]
        return cases
