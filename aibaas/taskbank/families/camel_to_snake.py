"""Easy family: convert a camelCase/PascalCase identifier to snake_case or kebab-case.

Easy: one pass deciding where words start; the precision lies in the acronym rule (every capital
starts a word, or a run of capitals is one word, per variant), digits, and ASCII-only lowercasing.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

PIECES = ["user", "Id", "HTTP", "Server", "v2", "Max", "X", "count", "URL", "a", "Json", "42"]


def _upper(ch: str) -> bool:
    return "A" <= ch <= "Z"


class CamelToSnake(Family):
    name = "camel-to-snake"
    difficulty = Difficulty.EASY
    tags = ("strings", "identifiers")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{name}}: str) -> str:
    out = []
    n = len({{name}})
    for i in range(n):
        ch = {{name}}[i]
        upper = "A" <= ch and ch <= "Z"
        if upper and i > 0:
            prev_upper = "A" <= {{name}}[i - 1] and {{name}}[i - 1] <= "Z"
            next_lower = i + 1 < n and "a" <= {{name}}[i + 1] and {{name}}[i + 1] <= "z"
            if not prev_upper or not {{acronyms}} or next_lower:
                out.append({{sep}})
        out.append(chr(ord(ch) + 32) if upper else ch)
    return "".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{name}}: string): string {
  const cs = Array.from({{name}});
  const isUpper = (c: string): boolean => c >= "A" && c <= "Z";
  const isLower = (c: string): boolean => c >= "a" && c <= "z";
  let out = "";
  for (let i = 0; i < cs.length; i++) {
    const upper = isUpper(cs[i]);
    if (upper && i > 0) {
      const nextLower = i + 1 < cs.length && isLower(cs[i + 1]);
      if (!isUpper(cs[i - 1]) || !{{acronyms}} || nextLower) out += {{sep}};
    }
    out += upper ? cs[i].toLowerCase() : cs[i];
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public static String {{fn}}(String {{name}}) {
        char[] cs = {{name}}.toCharArray();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cs.length; i++) {
            boolean upper = isUpper(cs[i]);
            if (upper && i > 0) {
                boolean nextLower = i + 1 < cs.length && cs[i + 1] >= 'a' && cs[i + 1] <= 'z';
                if (!isUpper(cs[i - 1]) || !{{acronyms}} || nextLower) out.append({{sep}});
            }
            out.append(upper ? (char) (cs[i] + 32) : cs[i]);
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

func isUpper(c rune) bool {
	return c >= 'A' && c <= 'Z'
}

func {{fn}}({{name}} string) string {
	cs := []rune({{name}})
	out := ""
	for i := 0; i < len(cs); i++ {
		upper := isUpper(cs[i])
		if upper && i > 0 {
			nextLower := i + 1 < len(cs) && cs[i + 1] >= 'a' && cs[i + 1] <= 'z'
			if !isUpper(cs[i - 1]) || !{{acronyms}} || nextLower {
				out += {{sep}}
			}
		}
		if upper {
			out += string(cs[i] + 32)
		} else {
			out += string(cs[i])
		}
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{name}})
  cs = {{name}}.chars
  out = +""
  cs.each_with_index do |ch, i|
    upper = ch >= "A" && ch <= "Z"
    if upper && i > 0
      prev_upper = cs[i - 1] >= "A" && cs[i - 1] <= "Z"
      next_lower = i + 1 < cs.length && cs[i + 1] >= "a" && cs[i + 1] <= "z"
      out << {{sep}} if !prev_upper || !{{acronyms}} || next_lower
    end
    out << (upper ? (ch.ord + 32).chr : ch)
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{name}}: String) -> String {
    let sep: String = {{sep}};
    let cs: Vec<char> = {{name}}.chars().collect();
    let mut out = String::new();
    for i in 0..cs.len() {
        let upper = cs[i].is_ascii_uppercase();
        if upper && i > 0 {
            let next_lower = i + 1 < cs.len() && cs[i + 1].is_ascii_lowercase();
            if !cs[i - 1].is_ascii_uppercase() || !{{acronyms}} || next_lower {
                out.push_str(&sep);
            }
        }
        out.push(if upper { ((cs[i] as u8) + 32) as char } else { cs[i] });
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Text;

public static class Solution
{
    static bool IsUpper(char c)
    {
        return c >= 'A' && c <= 'Z';
    }

    public static string {{fn}}(string {{name}})
    {
        var sb = new StringBuilder();
        for (int i = 0; i < {{name}}.Length; i++)
        {
            char ch = {{name}}[i];
            bool upper = IsUpper(ch);
            if (upper && i > 0)
            {
                bool nextLower = i + 1 < {{name}}.Length && {{name}}[i + 1] >= 'a' && {{name}}[i + 1] <= 'z';
                if (!IsUpper({{name}}[i - 1]) || !{{acronyms}} || nextLower) sb.Append({{sep}});
            }
            sb.Append(upper ? (char)(ch + 32) : ch);
        }
        return sb.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["decamelize", "split_identifier", "delimit_name", "convert_case", "separate_words"],
            name=["name", "identifier", "symbol", "prop", "method_name"],
        )
        p |= {
            "sep": rng.choice(["_", "-"]),
            "acronyms": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A code generator maps class properties to database columns.",
                    "A static-site tool turns component names into file names.",
                    "An API gateway exposes method names as URL path segments.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"sep": (p["sep"], "str"), "acronyms": (p["acronyms"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("name", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        name, sep = p["params"]["name"], p["sep"]
        style = "snake_case" if sep == "_" else "kebab-case"
        if p["acronyms"]:
            rule = (
                "An uppercase letter at position i > 0 starts a new word when the character before it is "
                "not an uppercase letter, or when the character after it exists and is a lowercase "
                "letter. So a run of capitals is one word, except that its last capital starts the next "
                f"word when a lowercase letter follows: `HTTPServer` gives `http{sep}server`, `getID` "
                f"gives `get{sep}id`, `ABC` gives `abc`."
            )
        else:
            rule = (
                "Every uppercase letter except one at position 0 starts a new word, even inside a run "
                f"of capitals: `HTTPServer` gives `h{sep}t{sep}t{sep}p{sep}server`, `getID` gives "
                f"`get{sep}i{sep}d`."
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which converts the camelCase or PascalCase identifier "
            f"`{name}` to {style}: the words are lowercased and joined with `{sep}`. The identifier "
            "consists of ASCII letters, ASCII digits and possibly non-ASCII letters. " + rule + " Only "
            "ASCII uppercase letters `A`-`Z` start words; digits and non-ASCII characters (such as "
            f"`é`) never do and are copied unchanged (`file2Name` gives `file2{sep}name`). Only ASCII "
            "letters change case. The empty string gives the empty string."
        )
        return f"camelCase to {style}", statement, f"Convert camelCase to {style}."

    def solve(self, p: Params, *args: Any) -> Any:
        (name,) = args
        out = ""
        for i, ch in enumerate(name):
            if _upper(ch) and i > 0:
                next_lower = i + 1 < len(name) and "a" <= name[i + 1] <= "z"
                if not p["acronyms"] or not _upper(name[i - 1]) or next_lower:
                    out += p["sep"]
            out += ch.lower() if _upper(ch) else ch
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def ident(n: int) -> str:
            return rng.choice(["get", "is", "Load", "x"]) + "".join(rng.choice(PIECES) for _ in range(n))

        cases: list[Case] = [
            (["userId"], []),
            (["HTTPServerError"], []),
            ([ident(rng.randint(2, 4))], []),
            ([ident(rng.randint(2, 4))], []),
            ([""], ["empty"]),
            (["a"], ["boundary"]),
            (["A"], ["boundary"]),
            (["ABC"], ["boundary"]),
            (["ABCd"], ["boundary"]),
            (["aB"], ["boundary"]),
            (["getID"], ["boundary"]),
            (["file2Name"], ["boundary"]),
            (["X1Y"], ["boundary"]),
            (["parseURLsFast"], ["boundary"]),
            (["ZzZZz"], ["boundary"]),
            ([ident(400)], ["large"]),
            (["caféAuLait"], ["unicode"]),
            (["élanVITALÉtat"], ["unicode"]),
        ]
        return cases
