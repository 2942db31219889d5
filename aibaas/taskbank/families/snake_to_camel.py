"""Easy family: convert a snake_case identifier to camelCase or PascalCase (per variant).

Easy: split on underscores and re-case; the precision lies in repeated, leading and trailing
underscores (collapsed away), digits, ASCII-only case changes and names with no letters at all.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

PIECES = ["user", "ID", "http", "Server", "v2", "max", "count", "x", "2024", "ok"]


def _lower(text: str) -> str:
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


class SnakeToCamel(Family):
    name = "snake-to-camel"
    difficulty = Difficulty.EASY
    tags = ("strings", "identifiers")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{name}}: str) -> str:
    out = ""
    for piece in {{name}}.split("_"):
        if len(piece) == 0:
            continue
        low = "".join(chr(ord(c) + 32) if "A" <= c and c <= "Z" else c for c in piece)
        head = low[0]
        if (len(out) > 0 or {{pascal}}) and "a" <= head and head <= "z":
            head = chr(ord(head) - 32)
        out += head + low[1:]
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{name}}: string): string {
  let out = "";
  for (const piece of {{name}}.split("_")) {
    if (piece.length === 0) continue;
    const low = piece.replace(/[A-Z]/g, (c) => c.toLowerCase());
    let head = low[0];
    if ((out.length > 0 || {{pascal}}) && head >= "a" && head <= "z") head = head.toUpperCase();
    out += head + low.slice(1);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{name}}) {
        StringBuilder out = new StringBuilder();
        for (String piece : {{name}}.split("_", -1)) {
            if (piece.isEmpty()) continue;
            char[] cs = piece.toCharArray();
            for (int i = 0; i < cs.length; i++) {
                if (cs[i] >= 'A' && cs[i] <= 'Z') cs[i] = (char) (cs[i] + 32);
            }
            if ((out.length() > 0 || {{pascal}}) && cs[0] >= 'a' && cs[0] <= 'z') cs[0] = (char) (cs[0] - 32);
            out.append(cs);
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{name}} string) string {
	out := []rune{}
	for _, piece := range strings.Split({{name}}, "_") {
		if len(piece) == 0 {
			continue
		}
		cs := []rune(piece)
		for i, c := range cs {
			if c >= 'A' && c <= 'Z' {
				cs[i] = c + 32
			}
		}
		if (len(out) > 0 || {{pascal}}) && cs[0] >= 'a' && cs[0] <= 'z' {
			cs[0] = cs[0] - 32
		}
		out = append(out, cs...)
	}
	return string(out)
}
""",
        Language.RUBY: """def {{fn}}({{name}})
  out = +""
  {{name}}.split("_", -1).each do |piece|
    next if piece.empty?
    low = piece.tr("A-Z", "a-z")
    low[0] = low[0].tr("a-z", "A-Z") if out.length > 0 || {{pascal}}
    out << low
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{name}}: String) -> String {
    let mut out = String::new();
    for piece in {{name}}.split('_') {
        if piece.len() == 0 {
            continue;
        }
        let mut cs: Vec<char> = piece.to_ascii_lowercase().chars().collect();
        if out.len() > 0 || {{pascal}} {
            cs[0] = cs[0].to_ascii_uppercase();
        }
        out.extend(cs);
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Text;

public static class Solution
{
    public static string {{fn}}(string {{name}})
    {
        var sb = new StringBuilder();
        foreach (string piece in {{name}}.Split('_'))
        {
            if (piece.Length == 0) continue;
            char[] cs = piece.ToCharArray();
            for (int i = 0; i < cs.Length; i++)
            {
                if (cs[i] >= 'A' && cs[i] <= 'Z') cs[i] = (char)(cs[i] + 32);
            }
            if ((sb.Length > 0 || {{pascal}}) && cs[0] >= 'a' && cs[0] <= 'z') cs[0] = (char)(cs[0] - 32);
            sb.Append(cs);
        }
        return sb.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["snake_to_camel", "to_camel_case", "camelize", "convert_identifier", "rename_field"],
            name=["name", "identifier", "key", "field_name", "column"],
        )
        p |= {
            "pascal": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A code generator maps database column names to properties.",
                    "A JSON serializer renames Python-style keys for a JavaScript client.",
                    "A migration script converts configuration keys to a new style.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"pascal": (p["pascal"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("name", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        name = p["params"]["name"]
        if p["pascal"]:
            style, example = "PascalCase", "`user_id` becomes `UserId`"
            first = "Every piece, the first one included, is capitalised"
        else:
            style, example = "camelCase", "`user_id` becomes `userId`"
            first = "The first piece is kept entirely lowercase; every following piece is capitalised"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which converts the snake_case identifier `{name}` to "
            f"{style} ({example}). Split `{name}` on underscores `_` and discard the empty pieces, so "
            "repeated, leading and trailing underscores simply disappear. Lowercase every piece, then "
            f"join the pieces with nothing between them. {first} (its first character uppercased). "
            "Only the ASCII letters `A`-`Z`/`a`-`z` ever change case; digits and other characters, "
            "non-ASCII letters such as `é` included, are copied as they are, even at the start of a "
            "piece (`max_2nd` gives `max2nd` in camelCase). A name made only of underscores, or the empty "
            "string, gives the empty string."
        )
        return f"snake_case to {style}", statement, f"Convert snake_case to {style}."

    def solve(self, p: Params, *args: Any) -> Any:
        (name,) = args
        out = ""
        for piece in name.split("_"):
            if not piece:
                continue
            low = _lower(piece)
            if (out or p["pascal"]) and "a" <= low[0] <= "z":
                low = low[0].upper() + low[1:]
            out += low
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def ident(n: int) -> str:
            return "_".join(rng.choice(PIECES) for _ in range(n)).replace(
                "_", rng.choice(["_", "_", "__"]), 1
            )

        cases: list[Case] = [
            (["user_id"], []),
            (["HTTP_response_code"], []),
            ([ident(rng.randint(2, 4))], []),
            ([ident(rng.randint(2, 4))], []),
            ([""], ["empty"]),
            (["___"], ["empty"]),
            (["x"], ["boundary"]),
            (["X"], ["boundary"]),
            (["_private__name_"], ["boundary"]),
            (["max_2nd_value"], ["boundary"]),
            (["a_b_c"], ["boundary"]),
            (["ALL_CAPS"], ["boundary"]),
            (
                [
                    "already_Camel_Case",
                ],
                ["boundary"],
            ),
            ([ident(500)], ["large"]),
            (["été_über_x"], ["unicode"]),
            (["中_文_ok"], ["unicode"]),
        ]
        return cases
