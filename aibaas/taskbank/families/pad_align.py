"""Easy family: pad a string to a width with a fill character, aligned left, right or centred.

Easy: arithmetic on the padding amount; the rules to state and test are where an odd padding's
extra character goes when centring, and that strings already at least as wide are unchanged.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

# alignment -> (num, bias): the padding before the text is (total * num + bias) // 2
ALIGNMENTS = {"left": (0, 0), "right": (2, 0), "center-right": (1, 0), "center-left": (1, 1)}


class PadAlign(Family):
    name = "pad-align"
    difficulty = Difficulty.EASY
    tags = ("strings", "formatting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str, {{width}}: int) -> str:
    total = {{width}} - len({{text}})
    if total <= 0:
        return {{text}}
    before = (total * {{num}} + {{bias}}) // 2
    return {{fill}} * before + {{text}} + {{fill}} * (total - before)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string, {{width}}: number): string {
  const total = {{width}} - Array.from({{text}}).length;
  if (total <= 0) return {{text}};
  const before = Math.floor((total * {{num}} + {{bias}}) / 2);
  return {{fill}}.repeat(before) + {{text}} + {{fill}}.repeat(total - before);
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{text}}, long {{width}}) {
        long total = {{width}} - {{text}}.codePointCount(0, {{text}}.length());
        if (total <= 0) return {{text}};
        long before = (total * {{num}} + {{bias}}) / 2;
        return {{fill}}.repeat((int) before) + {{text}} + {{fill}}.repeat((int) (total - before));
    }
}
""",
        Language.GO: """package solution

import (
	"strings"
	"unicode/utf8"
)

func {{fn}}({{text}} string, {{width}} int) string {
	total := {{width}} - utf8.RuneCountInString({{text}})
	if total <= 0 {
		return {{text}}
	}
	before := (total * {{num}} + {{bias}}) / 2
	return strings.Repeat({{fill}}, before) + {{text}} + strings.Repeat({{fill}}, total - before)
}
""",
        Language.RUBY: """def {{fn}}({{text}}, {{width}})
  total = {{width}} - {{text}}.length
  return {{text}} if total <= 0
  before = (total * {{num}} + {{bias}}) / 2
  {{fill}} * before + {{text}} + {{fill}} * (total - before)
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String, {{width}}: i64) -> String {
    let total = {{width}} - {{text}}.chars().count() as i64;
    if total <= 0 {
        return {{text}};
    }
    let before = (total * {{num}} + {{bias}}) / 2;
    let fill = {{fill}};
    format!("{}{}{}", fill.repeat(before as usize), {{text}}, fill.repeat((total - before) as usize))
}
""",
        Language.CSHARP: """using System;

public static class Solution
{
    public static string {{fn}}(string {{text}}, long {{width}})
    {
        long total = {{width}} - {{text}}.Length;
        if (total <= 0) return {{text}};
        long before = (total * {{num}} + {{bias}}) / 2;
        char fill = {{fill}}[0];
        return new string(fill, (int)before) + {{text}} + new string(fill, (int)(total - before));
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["pad_align", "align_text", "pad_to_width", "justify_cell", "fit_column"],
            text=["text", "label", "cell", "caption", "word"],
            width=["width", "size", "columns", "span", "target"],
        )
        align = rng.choice(sorted(ALIGNMENTS))
        p |= {
            "align": align,
            "num": ALIGNMENTS[align][0],
            "bias": ALIGNMENTS[align][1],
            "fill": rng.choice(["*", ".", "_", "~", "\u00b7"]),
            "framing": rng.choice(
                [
                    "A terminal table printer lays out its cells in fixed-width columns.",
                    "A receipt printer aligns item names on a fixed-width line.",
                    "A banner generator frames captions to a given width.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"num": (p["num"], "int"), "bias": (p["bias"], "int"), "fill": (p["fill"], "str")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str"), ("width", "int")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, width, fill = p["params"]["text"], p["params"]["width"], p["fill"]
        how = {
            "left": "aligned left: all fill characters go after the text",
            "right": "aligned right: all fill characters go before the text",
            "center-right": "centred: the fill characters are split evenly before and after the text; "
            "when their number is odd, the extra one goes after the text",
            "center-left": "centred: the fill characters are split evenly before and after the text; "
            "when their number is odd, the extra one goes before the text",
        }[p["align"]]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which pads `{text}` with the fill character `{fill}` "
            f"(U+{ord(fill):04X}) to exactly `{width}` characters, {how}. When `{text}` already has "
            f"`{width}` or more characters (including when `{width}` is zero or negative), return it "
            "unchanged: it is never truncated. Characters are Unicode code points (inputs contain only "
            "characters of the Basic Multilingual Plane)."
        )
        return "Pad and align", statement, "Pad a string to a width."

    def solve(self, p: Params, *args: Any) -> Any:
        text, width = args
        total = width - len(text)
        if total <= 0:
            return text
        before = {"left": 0, "right": total, "center-right": total // 2, "center-left": (total + 1) // 2}[
            p["align"]
        ]
        return p["fill"] * before + text + p["fill"] * (total - before)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def word(n: int) -> str:
            return "".join(rng.choice("abcxyz") for _ in range(n))

        cases: list[Case] = [([word(3), 8], []), ([word(4), 9], [])]
        cases += [([word(rng.randint(1, 6)), rng.randint(4, 12)], []) for _ in range(2)]
        cases += [
            (["", 0], ["empty"]),
            (["", 5], ["empty"]),
            (["abc", 3], ["boundary"]),
            (["abc", 4], ["boundary"]),
            (["abc", 5], ["boundary"]),
            (["abcdef", 2], ["boundary"]),
            (["ab", -3], ["boundary"]),
            (["a b", 6], ["boundary"]),
            ([word(1000), 2500], ["large"]),
            (["x", 1999], ["large"]),
            (["éü中", 8], ["unicode"]),
            (["ßñ", 5], ["unicode"]),
        ]
        return cases
