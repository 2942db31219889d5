"""Easy family: build an acronym from the initials of the words of a phrase.

Easy: one scan splitting on two separators; the rules to state and test are empty words between
separators, the minimum word length, ASCII-only upper-casing and the marker after each initial.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class Acronym(Family):
    name = "acronym"
    difficulty = Difficulty.EASY
    tags = ("strings",)
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{phrase}}: str) -> str:
    out = []
    first = ""
    size = 0
    for ch in {{phrase}} + " ":
        if ch == " " or ch == "-":
            if size >= {{min_len}}:
                if "a" <= first and first <= "z":
                    first = chr(ord(first) - 32)
                out.append(first + {{suffix}})
            size = 0
        else:
            if size == 0:
                first = ch
            size += 1
    return "".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{phrase}}: string): string {
  let out = "";
  let first = "";
  let size = 0;
  for (const ch of Array.from({{phrase}} + " ")) {
    if (ch === " " || ch === "-") {
      if (size >= {{min_len}}) {
        if ("a" <= first && first <= "z") first = String.fromCharCode(first.charCodeAt(0) - 32);
        out += first + {{suffix}};
      }
      size = 0;
    } else {
      if (size === 0) first = ch;
      size++;
    }
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{phrase}}) {
        StringBuilder out = new StringBuilder();
        int first = 0;
        int size = 0;
        for (int ch : ({{phrase}} + " ").codePoints().toArray()) {
            if (ch == ' ' || ch == '-') {
                if (size >= {{min_len}}) {
                    if ('a' <= first && first <= 'z') first = first - 32;
                    out.appendCodePoint(first).append({{suffix}});
                }
                size = 0;
            } else {
                if (size == 0) first = ch;
                size++;
            }
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{phrase}} string) string {
	out := []rune{}
	first := ' '
	size := 0
	for _, ch := range {{phrase}} + " " {
		if ch == ' ' || ch == '-' {
			if size >= {{min_len}} {
				if 'a' <= first && first <= 'z' {
					first = first - 32
				}
				out = append(out, first)
				out = append(out, []rune({{suffix}})...)
			}
			size = 0
		} else {
			if size == 0 {
				first = ch
			}
			size++
		}
	}
	return string(out)
}
""",
        Language.RUBY: """def {{fn}}({{phrase}})
  out = +""
  first = ""
  size = 0
  ({{phrase}} + " ").each_char do |ch|
    if ch == " " || ch == "-"
      if size >= {{min_len}}
        first = (first.ord - 32).chr if "a" <= first && first <= "z"
        out << first << {{suffix}}
      end
      size = 0
    else
      first = ch if size == 0
      size += 1
    end
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{phrase}}: String) -> String {
    let mut out = String::new();
    let mut first = ' ';
    let mut size = 0;
    for ch in ({{phrase}} + " ").chars() {
        if ch == ' ' || ch == '-' {
            if size >= {{min_len}} {
                if 'a' <= first && first <= 'z' {
                    first = ((first as u8) - 32) as char;
                }
                out.push(first);
                out.push_str(&{{suffix}});
            }
            size = 0;
        } else {
            if size == 0 {
                first = ch;
            }
            size += 1;
        }
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Text;

public static class Solution
{
    public static string {{fn}}(string {{phrase}})
    {
        var result = new StringBuilder();
        char first = ' ';
        int size = 0;
        foreach (char ch in {{phrase}} + " ")
        {
            if (ch == ' ' || ch == '-')
            {
                if (size >= {{min_len}})
                {
                    if ('a' <= first && first <= 'z') first = (char)(first - 32);
                    result.Append(first).Append({{suffix}});
                }
                size = 0;
            }
            else
            {
                if (size == 0) first = ch;
                size++;
            }
        }
        return result.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["acronym", "initials", "abbreviate", "make_acronym", "short_form"],
            phrase=["phrase", "title", "full_name", "heading", "caption"],
        )
        p |= {
            "min_len": rng.choice([1, 2, 3, 4]),
            "suffix": rng.choice(["", "", "."]),
            "framing": rng.choice(
                [
                    "A project tracker derives short codes from project titles.",
                    "A slide generator abbreviates long organisation names.",
                    "A chat app shows the initials of a channel's name as its icon.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"min_len": (p["min_len"], "int"), "suffix": (p["suffix"], "str")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("phrase", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        phrase, k = p["params"]["phrase"], p["min_len"]
        skip = (
            "" if k == 1 else f" Words with fewer than {k} characters are skipped (they contribute nothing)."
        )
        mark = (
            "The initials are concatenated with nothing between them."
            if p["suffix"] == ""
            else f"Each initial is followed by `{p['suffix']}` (so `alpha beta` gives `A.B.`)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the acronym of `{phrase}`. Words are the "
            "maximal runs of characters that are neither a space (U+0020) nor a hyphen (`-`); several "
            f"separators in a row, or at either end, produce no empty words.{skip} The acronym takes the "
            "first character of each remaining word, in order; an ASCII lowercase letter `a`-`z` is "
            "converted to uppercase, any other character (digit, punctuation, non-ASCII letter such as "
            f"`é`) is kept as it is. {mark} Characters are Unicode code points (inputs contain only "
            "characters of the Basic Multilingual Plane). A phrase without words gives the empty string."
        )
        return "Acronym", statement, "Build an acronym from a phrase."

    def solve(self, p: Params, *args: Any) -> Any:
        (phrase,) = args
        words = [w for w in phrase.replace("-", " ").split(" ") if len(w) >= max(1, p["min_len"])]
        return "".join((w[0].upper() if "a" <= w[0] <= "z" else w[0]) + p["suffix"] for w in words)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        vocab = ["portable", "network", "of", "a", "graphics", "to", "be", "run", "x", "time", "zone"]

        def phrase(n: int) -> str:
            return "".join(rng.choice(vocab) + rng.choice([" ", " ", "-", "  "]) for _ in range(n)).strip()

        cases: list[Case] = [([phrase(rng.randint(3, 6))], []) for _ in range(2)]
        cases += [
            (["Portable Network Graphics"], []),
            (["as soon as possible"], []),
            ([""], ["empty"]),
            (["  - -- "], ["empty"]),
            (["ab"], ["boundary"]),
            (["a bb ccc dddd eeeee"], ["boundary"]),
            (["--zeta  alpha-Beta-  z9 @home"], ["boundary"]),
            (["`tick {brace AZ az"], ["boundary"]),
            ([phrase(700)], ["large"]),
            (["élan vital über-ñandú 中文 字"], ["unicode"]),
        ]
        return cases
