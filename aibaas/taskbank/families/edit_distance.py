"""Hard family: edit distance with per-variant operation costs (dynamic programming, O(n*m))."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

COSTS = [(1, 1, 1), (1, 1, 2), (2, 3, 1), (3, 1, 2), (1, 2, 5)]
ALPHABETS = ["ab", "acgt", "xyz", "abcde"]


class EditDistance(Family):
    name = "edit-distance"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "strings")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{source}}: str, {{target}}: str) -> int:
    n = len({{source}})
    m = len({{target}})
    prev = [j * {{ins_cost}} for j in range(m + 1)]
    for i in range(1, n + 1):
        cur = [i * {{del_cost}}] + [0] * m
        for j in range(1, m + 1):
            same = {{source}}[i - 1] == {{target}}[j - 1]
            keep = prev[j - 1] + (0 if same else {{sub_cost}})
            cur[j] = min(keep, prev[j] + {{del_cost}}, cur[j - 1] + {{ins_cost}})
        prev = cur
    return prev[m]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{source}}: string, {{target}}: string): number {
  const a = Array.from({{source}});
  const b = Array.from({{target}});
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j * {{ins_cost}});
  for (let i = 1; i <= a.length; i++) {
    const cur = [i * {{del_cost}}];
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : {{sub_cost}});
      cur.push(Math.min(keep, prev[j] + {{del_cost}}, cur[j - 1] + {{ins_cost}}));
    }
    prev = cur;
  }
  return prev[b.length];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(String {{source}}, String {{target}}) {
        int n = {{source}}.length();
        int m = {{target}}.length();
        long[] prev = new long[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j * {{ins_cost}};
        for (int i = 1; i <= n; i++) {
            long[] cur = new long[m + 1];
            cur[0] = i * {{del_cost}};
            for (int j = 1; j <= m; j++) {
                boolean same = {{source}}.charAt(i - 1) == {{target}}.charAt(j - 1);
                long keep = prev[j - 1] + (same ? 0 : {{sub_cost}});
                cur[j] = Math.min(keep, Math.min(prev[j] + {{del_cost}}, cur[j - 1] + {{ins_cost}}));
            }
            prev = cur;
        }
        return prev[m];
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{source}} string, {{target}} string) int {
	a := []rune({{source}})
	b := []rune({{target}})
	prev := make([]int, len(b) + 1)
	for j := range prev {
		prev[j] = j * {{ins_cost}}
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b) + 1)
		cur[0] = i * {{del_cost}}
		for j := 1; j <= len(b); j++ {
			best := prev[j - 1]
			if a[i - 1] != b[j - 1] {
				best = best + {{sub_cost}}
			}
			if prev[j] + {{del_cost}} < best {
				best = prev[j] + {{del_cost}}
			}
			if cur[j - 1] + {{ins_cost}} < best {
				best = cur[j - 1] + {{ins_cost}}
			}
			cur[j] = best
		}
		prev = cur
	}
	return prev[len(b)]
}
""",
        Language.RUBY: """def {{fn}}({{source}}, {{target}})
  a = {{source}}.chars
  b = {{target}}.chars
  prev = (0..b.length).map { |j| j * {{ins_cost}} }
  (1..a.length).each do |i|
    cur = [i * {{del_cost}}]
    (1..b.length).each do |j|
      keep = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : {{sub_cost}})
      cur.push([keep, prev[j] + {{del_cost}}, cur[j - 1] + {{ins_cost}}].min)
    end
    prev = cur
  end
  prev[b.length]
end
""",
        Language.RUST: """pub fn {{fn}}({{source}}: String, {{target}}: String) -> i64 {
    let a: Vec<char> = {{source}}.chars().collect();
    let b: Vec<char> = {{target}}.chars().collect();
    let mut prev: Vec<i64> = (0..b.len() as i64 + 1).map(|j| j * {{ins_cost}}).collect();
    for i in 1..a.len() + 1 {
        let mut cur: Vec<i64> = vec![i as i64 * {{del_cost}}];
        for j in 1..b.len() + 1 {
            let keep = prev[j - 1] + if a[i - 1] == b[j - 1] { 0 } else { {{sub_cost}} };
            cur.push(keep.min(prev[j] + {{del_cost}}).min(cur[j - 1] + {{ins_cost}}));
        }
        prev = cur;
    }
    prev[b.len()]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(string {{source}}, string {{target}})
    {
        int n = {{source}}.Length;
        int m = {{target}}.Length;
        var prev = new long[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j * {{ins_cost}};
        for (int i = 1; i <= n; i++)
        {
            var cur = new long[m + 1];
            cur[0] = i * {{del_cost}};
            for (int j = 1; j <= m; j++)
            {
                long keep = prev[j - 1] + ({{source}}[i - 1] == {{target}}[j - 1] ? 0 : {{sub_cost}});
                cur[j] = Math.Min(keep, Math.Min(prev[j] + {{del_cost}}, cur[j - 1] + {{ins_cost}}));
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
            ["edit_cost", "min_edit_distance", "transform_cost", "diff_cost", "weighted_levenshtein"],
            source=["source", "before", "draft", "read", "left"],
            target=["target", "after", "wanted", "reference", "right"],
        )
        p |= {
            "costs": rng.choice(COSTS),
            "alphabet": rng.choice(ALPHABETS),
            "framing": rng.choice(
                [
                    "A spelling corrector ranks candidate words by how costly the correction is.",
                    "A sequencing pipeline aligns a read against a reference.",
                    "A diff tool prices the changes between two revisions of a line.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        ins, dele, sub = p["costs"]
        return {"ins_cost": (ins, "int"), "del_cost": (dele, "int"), "sub_cost": (sub, "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("source", "str"), ("target", "str")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        ins, dele, sub = p["costs"]
        source, target = p["params"]["source"], p["params"]["target"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the minimum total cost of turning "
            f"`{source}` into `{target}` with these operations on single characters: insert one "
            f"(cost {ins}), delete one (cost {dele}), replace one by a different one (cost {sub}). "
            "Characters are compared exactly (case-sensitive, code point by code point; all are in "
            "the Basic Multilingual Plane). Strings have at most a few hundred characters."
        )
        return "Weighted edit distance", statement, "Minimum cost to edit one string into another."

    def solve(self, p: Params, *args: Any) -> Any:
        source, target = args
        ins, dele, sub = p["costs"]
        prev = [j * ins for j in range(len(target) + 1)]
        for i, a in enumerate(source, start=1):
            cur = [i * dele]
            for j, b in enumerate(target, start=1):
                cur.append(min(prev[j - 1] + (0 if a == b else sub), prev[j] + dele, cur[j - 1] + ins))
            prev = cur
        return prev[-1]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet = p["alphabet"]

        def word(n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        def edited(text: str) -> str:
            chars = list(text)
            for _ in range(rng.randint(1, 3)):
                at = rng.randrange(len(chars) + 1)
                chars[at:at] = rng.choice(alphabet)
                del chars[rng.randrange(len(chars))]
            return "".join(chars)

        base = word(250)
        cases: list[Case] = [([w, edited(w)], []) for w in (word(rng.randint(4, 8)) for _ in range(3))]
        cases += [
            ([word(5), word(7)], []),
            (["", ""], ["empty"]),
            (["", word(4)], ["empty"]),
            ([word(4), ""], ["empty"]),
            ([alphabet[0], alphabet[0]], ["boundary"]),
            ([alphabet[0], alphabet[1]], ["boundary"]),
            ([alphabet[0] * 3, alphabet[0].upper() * 3], ["boundary"]),
            ([base, edited(base)], ["large"]),
            ([word(300), word(280)], ["large"]),
            (["naïve café", "naive cafe"], ["unicode"]),
            (["中文字", "中字"], ["unicode"]),
        ]
        return cases
