"""Easy family: trim a string and collapse every internal whitespace run into one fill character.

Easy: one pass remembering whether whitespace is pending; the precision lies in what whitespace is,
the trimming at both ends, and the fill character varying per seed (space, `_` or `-`).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

SPACES = " \t\n\r"


class CollapseSpaces(Family):
    name = "collapse-spaces"
    difficulty = Difficulty.EASY
    tags = ("strings", "normalisation")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> str:
    out = []
    pending = False
    for ch in {{text}}:
        if ch == " " or ch == "\\t" or ch == "\\n" or ch == "\\r":
            pending = len(out) > 0
        else:
            if pending:
                out.append({{fill}})
            pending = False
            out.append(ch)
    return "".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string {
  let out = "";
  let pending = false;
  for (const ch of {{text}}) {
    if (ch === " " || ch === "\\t" || ch === "\\n" || ch === "\\r") {
      pending = out.length > 0;
    } else {
      if (pending) out += {{fill}};
      pending = false;
      out += ch;
    }
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{text}}) {
        StringBuilder out = new StringBuilder();
        boolean pending = false;
        for (char ch : {{text}}.toCharArray()) {
            if (ch == ' ' || ch == '\\t' || ch == '\\n' || ch == '\\r') {
                pending = out.length() > 0;
            } else {
                if (pending) out.append({{fill}});
                pending = false;
                out.append(ch);
            }
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} string) string {
	var out strings.Builder
	pending := false
	for _, ch := range {{text}} {
		if ch == ' ' || ch == '\\t' || ch == '\\n' || ch == '\\r' {
			pending = out.Len() > 0
		} else {
			if pending {
				out.WriteString({{fill}})
			}
			pending = false
			out.WriteRune(ch)
		}
	}
	return out.String()
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  out = +""
  pending = false
  {{text}}.each_char do |ch|
    if ch == " " || ch == "\\t" || ch == "\\n" || ch == "\\r"
      pending = out.length > 0
    else
      out << {{fill}} if pending
      pending = false
      out << ch
    end
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> String {
    let fill: String = {{fill}};
    let mut out = String::new();
    let mut pending = false;
    for ch in {{text}}.chars() {
        if ch == ' ' || ch == '\\t' || ch == '\\n' || ch == '\\r' {
            pending = out.len() > 0;
        } else {
            if pending {
                out.push_str(&fill);
            }
            pending = false;
            out.push(ch);
        }
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Text;

public static class Solution
{
    public static string {{fn}}(string {{text}})
    {
        var sb = new StringBuilder();
        bool pending = false;
        foreach (char ch in {{text}})
        {
            if (ch == ' ' || ch == '\\t' || ch == '\\n' || ch == '\\r')
            {
                pending = sb.Length > 0;
            }
            else
            {
                if (pending) sb.Append({{fill}});
                pending = false;
                sb.Append(ch);
            }
        }
        return sb.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["collapse_spaces", "normalize_whitespace", "squash_blanks", "tidy_spacing", "slug_spaces"],
            text=["text", "raw", "label", "field", "line"],
        )
        p |= {
            "fill": rng.choice([" ", "_", "-"]),
            "framing": rng.choice(
                [
                    "A form handler cleans up the names people paste into it.",
                    "A file-naming tool turns free-text titles into tidy names.",
                    "A search index normalises the spacing of every document title.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"fill": (p["fill"], "str")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, fill = p["params"]["text"], p["fill"]
        shown = {" ": "a single ASCII space", "_": "a single underscore `_`", "-": "a single hyphen `-`"}[
            fill
        ]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which normalises the whitespace of `{text}`. Whitespace "
            "means only the four ASCII characters space, tab, newline and carriage return. Remove all "
            "whitespace at the start and at the end, and replace every run of one or more whitespace "
            f"characters between two other characters with {shown}. Every other character is kept "
            f"unchanged and in order (an `{fill}` already present in the text, or a non-ASCII character "
            "such as `é` or a no-break space, is not whitespace and stays as it is). A text that is "
            "empty or whitespace only gives the empty string."
        )
        return "Collapse whitespace", statement, "Trim and collapse runs of whitespace."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        words, current = [], ""
        for ch in text + " ":
            if ch in SPACES:
                if current:
                    words.append(current)
                current = ""
            else:
                current += ch
        return p["fill"].join(words)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        pieces = ["alpha", "b", "x_y", "m-n", "42", "Q!", "."]

        def messy(n: int) -> str:
            out = rng.choice(["", " ", "\t ", "   "])
            for i in range(n):
                out += rng.choice(pieces)
                if i < n - 1 or rng.random() < 0.5:
                    out += rng.choice([" ", "  ", "\t", " \t  ", "   "])
            return out

        cases: list[Case] = [
            (["  hello    big\tworld  "], []),
            ([messy(rng.randint(3, 6))], []),
            ([messy(rng.randint(3, 6))], []),
            ([""], ["empty"]),
            ([" \t  \t"], ["empty"]),
            (["x"], ["boundary"]),
            ([" x"], ["boundary"]),
            (["x "], ["boundary"]),
            (["a b"], ["boundary"]),
            (["a\t\tb  c"], ["boundary"]),
            (["_a-b_ -_"], ["boundary"]),
            ([messy(800)], ["large"]),
            (["z" + " " * 3000 + "z"], ["large"]),
            (["  café  au\tlait "], ["unicode"]),
            (["中\u00a0文  ß"], ["unicode"]),
        ]
        return cases
