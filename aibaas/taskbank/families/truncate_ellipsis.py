"""Easy family: shorten a string to a width, ending it with an ellipsis marker.

Easy: slicing and a backwards search for a space; the rules to state and test are strings that
already fit, widths narrower than the marker, and (in the word variant) not cutting inside a word.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class TruncateEllipsis(Family):
    name = "truncate-ellipsis"
    difficulty = Difficulty.EASY
    tags = ("strings", "formatting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str, {{width}}: int) -> str:
    if len({{text}}) <= {{width}}:
        return {{text}}
    if {{width}} < len({{marker}}):
        return {{marker}}[:{{width}}]
    keep = {{width}} - len({{marker}})
    prefix = {{text}}[:keep]
    if {{words}} and keep > 0 and {{text}}[keep] != " " and prefix[keep - 1] != " ":
        at = prefix.rfind(" ")
        if at >= 0:
            prefix = prefix[:at]
    if {{words}}:
        prefix = prefix.rstrip(" ")
    return prefix + {{marker}}
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string, {{width}}: number): string {
  const chars = Array.from({{text}});
  const mark = Array.from({{marker}});
  if (chars.length <= {{width}}) return {{text}};
  if ({{width}} < mark.length) return mark.slice(0, {{width}}).join("");
  const keep = {{width}} - mark.length;
  let prefix = chars.slice(0, keep).join("");
  if ({{words}} && keep > 0 && chars[keep] !== " " && chars[keep - 1] !== " ") {
    const at = prefix.lastIndexOf(" ");
    if (at >= 0) prefix = prefix.slice(0, at);
  }
  if ({{words}}) prefix = prefix.replace(/ +$/, "");
  return prefix + {{marker}};
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{text}}, long {{width}}) {
        String mark = {{marker}};
        if ({{text}}.length() <= {{width}}) return {{text}};
        if ({{width}} < mark.length()) return mark.substring(0, (int) {{width}});
        int keep = (int) {{width}} - mark.length();
        String prefix = {{text}}.substring(0, keep);
        if ({{words}} && keep > 0 && {{text}}.charAt(keep) != ' ' && prefix.charAt(keep - 1) != ' ') {
            int at = prefix.lastIndexOf(' ');
            if (at >= 0) prefix = prefix.substring(0, at);
        }
        if ({{words}}) prefix = prefix.replaceAll(" +$", "");
        return prefix + mark;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} string, {{width}} int) string {
	chars := []rune({{text}})
	mark := []rune({{marker}})
	if len(chars) <= {{width}} {
		return {{text}}
	}
	if {{width}} < len(mark) {
		return string(mark[:{{width}}])
	}
	keep := {{width}} - len(mark)
	prefix := string(chars[:keep])
	if {{words}} && keep > 0 && chars[keep] != ' ' && chars[keep - 1] != ' ' {
		at := strings.LastIndex(prefix, " ")
		if at >= 0 {
			prefix = prefix[:at]
		}
	}
	if {{words}} {
		prefix = strings.TrimRight(prefix, " ")
	}
	return prefix + string(mark)
}
""",
        Language.RUBY: """def {{fn}}({{text}}, {{width}})
  mark = {{marker}}
  return {{text}} if {{text}}.length <= {{width}}
  return mark[0, {{width}}] if {{width}} < mark.length
  keep = {{width}} - mark.length
  prefix = {{text}}[0, keep]
  if {{words}} && keep > 0 && {{text}}[keep] != " " && prefix[keep - 1] != " "
    at = prefix.rindex(" ")
    prefix = prefix[0, at] unless at.nil?
  end
  prefix = prefix.sub(/ +\\z/, "") if {{words}}
  prefix + mark
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String, {{width}}: i64) -> String {
    let chars: Vec<char> = {{text}}.chars().collect();
    let mark: Vec<char> = {{marker}}.chars().collect();
    if chars.len() as i64 <= {{width}} {
        return {{text}};
    }
    if {{width}} < mark.len() as i64 {
        return mark[..{{width}} as usize].iter().collect();
    }
    let keep = {{width}} as usize - mark.len();
    let mut prefix: String = chars[..keep].iter().collect();
    if {{words}} && keep > 0 && chars[keep] != ' ' && chars[keep - 1] != ' ' {
        if let Some(at) = prefix.rfind(' ') {
            prefix.truncate(at);
        }
    }
    if {{words}} {
        prefix = prefix.trim_end_matches(' ').to_string();
    }
    let tail: String = mark.iter().collect();
    prefix + &tail
}
""",
        Language.CSHARP: """using System;

public static class Solution
{
    public static string {{fn}}(string {{text}}, long {{width}})
    {
        string mark = {{marker}};
        if ({{text}}.Length <= {{width}}) return {{text}};
        if ({{width}} < mark.Length) return mark.Substring(0, (int){{width}});
        int keep = (int){{width}} - mark.Length;
        string prefix = {{text}}.Substring(0, keep);
        if ({{words}} && keep > 0 && {{text}}[keep] != ' ' && prefix[keep - 1] != ' ')
        {
            int at = prefix.LastIndexOf(' ');
            if (at >= 0) prefix = prefix.Substring(0, at);
        }
        if ({{words}}) prefix = prefix.TrimEnd(' ');
        return prefix + mark;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["truncate", "shorten", "ellipsize", "clip_text", "fit_preview"],
            text=["text", "title", "summary", "headline", "snippet"],
            width=["width", "limit", "max_len", "room", "budget"],
        )
        p |= {
            "marker": rng.choice(["...", "\u2026"]),
            "words": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A mail client shows subject lines in a narrow column.",
                    "A notification banner must fit a message into a fixed number of characters.",
                    "A search page shortens result titles for display.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"marker": (p["marker"], "str"), "words": (p["words"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str"), ("width", "int")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, width, marker = p["params"]["text"], p["params"]["width"], p["marker"]
        m = len(marker)
        what = "three full stops `...`" if m == 3 else "the single character `…` (U+2026)"
        if p["words"]:
            cut = (
                f"take the first `{width}` - {m} characters of `{text}` as the prefix. If the cut falls "
                "inside a word (the prefix is non-empty, its last character is not a space, and the "
                f"character of `{text}` right after it is not a space either), drop that partial word: "
                "shorten the prefix to the part before its last space, when it contains a space (when "
                "it contains none, keep it whole). Then remove all trailing spaces from the prefix and "
                "append the marker"
            )
        else:
            cut = (
                f"return the first `{width}` - {m} characters of `{text}` (spaces included, nothing "
                "removed) followed by the marker"
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which shortens `{text}` to at most `{width}` characters "
            f"using the marker {what}. If `{text}` has at most `{width}` characters, return it "
            f"unchanged. Otherwise, if `{width}` is smaller than the marker's length ({m}), return the "
            f"first `{width}` characters of the marker; else {cut}. Words are separated by spaces "
            f"(U+0020) only. `{width}` is never negative. Characters are Unicode code points (inputs "
            "contain only characters of the Basic Multilingual Plane)."
        )
        return "Truncate with ellipsis", statement, "Shorten a string with an ellipsis."

    def solve(self, p: Params, *args: Any) -> Any:
        text, width = args
        marker = p["marker"]
        if len(text) <= width:
            return text
        if width < len(marker):
            return marker[:width]
        keep = width - len(marker)
        prefix = text[:keep]
        if p["words"]:
            if prefix and text[keep] != " " and not prefix.endswith(" ") and " " in prefix:
                prefix = prefix[: prefix.rindex(" ")]
            prefix = prefix.rstrip(" ")
        return prefix + marker

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        vocab = ["quick", "brown", "fox", "a", "jumps", "over", "the", "lazy", "dog", "zebra"]

        def sentence(n: int) -> str:
            return " ".join(rng.choice(vocab) for _ in range(n))

        s = "the quick brown fox"
        cases: list[Case] = [([sentence(6), rng.randint(10, 16)], []), ([sentence(5), 30], [])]
        cases += [([sentence(rng.randint(3, 8)), rng.randint(5, 20)], []) for _ in range(2)]
        cases += [
            (["", 0], ["empty"]),
            (["", 4], ["empty"]),
            ([s, 0], ["boundary"]),
            ([s, 1], ["boundary"]),
            ([s, 2], ["boundary"]),
            ([s, 3], ["boundary"]),
            ([s, 4], ["boundary"]),
            ([s, 12], ["boundary"]),
            ([s, 13], ["boundary"]),
            ([s, 14], ["boundary"]),
            ([s, 18], ["boundary"]),
            ([s, 19], ["boundary"]),
            (["abcdefghij", 7], ["boundary"]),
            (["ab   cd   ef", 9], ["boundary"]),
            ([sentence(400), 1500], ["large"]),
            ([sentence(400), 2000], ["large"]),
            (["élan über ñandú 中文字", 12], ["unicode"]),
            (["中文中文中文中文", 5], ["unicode"]),
        ]
        return cases
