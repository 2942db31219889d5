"""Easy family: title-case a heading, keeping a variant's minor words lowercase unless first or last.

Easy: split, compare, re-case; the precision lies in the rules: spaces kept exactly, only ASCII
letters change case, minor words match case-insensitively, and the first and last words (which a
single word is both of) are always capitalised.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

MINOR_POOL = ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "by", "for", "nor", "but"]
OTHER_WORDS = ["war", "PEACE", "mIxEd", "x-ray", "(note)", "2nd", "lord", "rings", "Sea", "oF,", "Q"]


def _lower(word: str) -> str:
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in word)


class TitleCase(Family):
    name = "title-case"
    difficulty = Difficulty.EASY
    tags = ("strings", "words")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> str:
    minor = {{minor}}.split(" ")
    parts = {{text}}.split(" ")
    filled = [i for i in range(len(parts)) if len(parts[i]) > 0]
    out = []
    for i in range(len(parts)):
        lower = "".join(chr(ord(c) + 32) if "A" <= c and c <= "Z" else c for c in parts[i])
        if len(lower) == 0 or (lower in minor and i != filled[0] and i != filled[-1]):
            out.append(lower)
        else:
            head = lower[0]
            if "a" <= head and head <= "z":
                head = chr(ord(head) - 32)
            out.append(head + lower[1:])
    return " ".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string {
  const minor = {{minor}}.split(" ");
  const parts = {{text}}.split(" ");
  let first = -1;
  let last = -1;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].length > 0) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return parts
    .map((w, i) => {
      const lower = w.replace(/[A-Z]/g, (c) => c.toLowerCase());
      if (lower.length === 0 || (minor.includes(lower) && i !== first && i !== last)) return lower;
      return lower[0].replace(/[a-z]/, (c) => c.toUpperCase()) + lower.slice(1);
    })
    .join(" ");
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static String lowerAscii(String w) {
        StringBuilder sb = new StringBuilder();
        for (char c : w.toCharArray()) sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        return sb.toString();
    }

    public static String {{fn}}(String {{text}}) {
        List<String> minor = Arrays.asList({{minor}}.split(" "));
        String[] parts = {{text}}.split(" ", -1);
        int first = -1, last = -1;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length() > 0) {
                if (first < 0) first = i;
                last = i;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) out.append(' ');
            String lower = lowerAscii(parts[i]);
            if (lower.isEmpty()) continue;
            char c = lower.charAt(0);
            if (minor.contains(lower) && i != first && i != last) out.append(lower);
            else out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c).append(lower.substring(1));
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

import "strings"

func lowerASCII(w string) []rune {
	b := []rune(w)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return b
}

func {{fn}}({{text}} string) string {
	minor := strings.Split({{minor}}, " ")
	parts := strings.Split({{text}}, " ")
	first, last := -1, -1
	for i, w := range parts {
		if len(w) > 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	out := make([]string, len(parts))
	for i, w := range parts {
		lower := lowerASCII(w)
		if len(lower) == 0 {
			continue
		}
		isMinor := false
		for _, m := range minor {
			if m == string(lower) {
				isMinor = true
			}
		}
		if !(isMinor && i != first && i != last) && lower[0] >= 'a' && lower[0] <= 'z' {
			lower[0] = lower[0] - 32
		}
		out[i] = string(lower)
	}
	return strings.Join(out, " ")
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  minor = {{minor}}.split(/ /)
  parts = {{text}}.split(/ /, -1)
  filled = (0...parts.length).select { |i| parts[i].length > 0 }
  parts.each_with_index.map do |w, i|
    lower = w.tr("A-Z", "a-z")
    if lower.empty? || (minor.include?(lower) && i != filled[0] && i != filled[-1])
      lower
    else
      lower[0].tr("a-z", "A-Z") + lower[1..]
    end
  end.join(" ")
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> String {
    let minor: Vec<String> = {{minor}}.split(' ').map(|m| m.to_string()).collect();
    let parts: Vec<&str> = {{text}}.split(' ').collect();
    let filled: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].len() > 0).collect();
    let mut out: Vec<String> = Vec::new();
    for (i, w) in parts.iter().enumerate() {
        let lower = w.to_ascii_lowercase();
        if lower.is_empty() || (minor.contains(&lower) && i != filled[0] && i != filled[filled.len() - 1]) {
            out.push(lower);
        } else {
            let mut chars: Vec<char> = lower.chars().collect();
            chars[0] = chars[0].to_ascii_uppercase();
            out.push(chars.into_iter().collect());
        }
    }
    out.join(" ")
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    static string LowerAscii(string w)
    {
        var chars = w.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= 'A' && chars[i] <= 'Z') chars[i] = (char)(chars[i] + 32);
        }
        return new string(chars);
    }

    public static string {{fn}}(string {{text}})
    {
        var minor = new List<string>({{minor}}.Split(' '));
        string[] parts = {{text}}.Split(' ');
        int first = -1, last = -1;
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 0)
            {
                if (first < 0) first = i;
                last = i;
            }
        }
        var result = new List<string>();
        for (int i = 0; i < parts.Length; i++)
        {
            string lower = LowerAscii(parts[i]);
            if (lower.Length > 0 && !(minor.Contains(lower) && i != first && i != last))
            {
                char c = lower[0];
                if (c >= 'a' && c <= 'z') c = (char)(c - 32);
                lower = c + lower.Substring(1);
            }
            result.Add(lower);
        }
        return string.Join(" ", result);
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["title_case", "headline_case", "format_title", "capitalize_title", "to_title"],
            text=["text", "heading", "title", "caption", "phrase"],
        )
        p |= {
            "minor": rng.sample(MINOR_POOL, rng.randint(4, 7)),
            "framing": rng.choice(
                [
                    "A publishing tool normalises the headings of every chapter.",
                    "A music library tidies up the album titles its users typed.",
                    "A news site formats headlines in its house style.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"minor": (" ".join(p["minor"]), "str")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text = p["params"]["text"]
        minor = ", ".join(f"`{w}`" for w in p["minor"])
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which title-cases `{text}`. Words are the non-empty pieces "
            "between ASCII spaces; every space of the input is kept exactly where it is (runs of spaces "
            "and leading or trailing spaces included), and any other character, punctuation included, "
            "belongs to a word. Each word is first lowercased; then it is capitalised (its first "
            "character uppercased) unless it is one of the minor words "
            f"{minor} and is neither the first nor the last word of the text (a single word is both, so "
            "it is always capitalised). A word counts as a minor word only when the whole word, "
            "lowercased, equals one of them (`of,` is not the minor word `of`). Only the ASCII letters "
            "`A`-`Z`/`a`-`z` ever change case; every other character, such as a digit, `(` or a "
            "non-ASCII letter like `é`, is left as it is, even when it starts a word."
        )
        return "Title case", statement, "Title-case a heading, keeping minor words lowercase."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        parts = text.split(" ")
        filled = [i for i, w in enumerate(parts) if w]
        out = []
        for i, word in enumerate(parts):
            lower = _lower(word)
            if not lower or (lower in p["minor"] and i not in (filled[0], filled[-1])):
                out.append(lower)
            else:
                head = lower[0].upper() if "a" <= lower[0] <= "z" else lower[0]
                out.append(head + lower[1:])
        return " ".join(out)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        minor = p["minor"]
        unused = [w for w in MINOR_POOL if w not in minor]

        def cased(word: str) -> str:
            return rng.choice([word, word.upper(), word.capitalize()])

        def heading(n: int) -> str:
            words = [
                cased(rng.choice(minor if rng.random() < 0.4 else OTHER_WORDS + unused)) for _ in range(n)
            ]
            return " ".join(words)

        m0, m1 = minor[0], minor[1]
        cases: list[Case] = [
            ([f"{m0} lord {m1} THE rings {m0}"], []),
            ([heading(rng.randint(4, 7))], []),
            ([heading(rng.randint(4, 7))], []),
            ([""], ["empty"]),
            (["   "], ["empty"]),
            ([m0.upper()], ["boundary"]),
            ([f"  {m0}  {m1}  "], ["boundary"]),
            ([f"war {m0} {m1} {unused[0]} peace"], ["boundary"]),
            ([f"x {m0}, {m0}s ({m1}) {m1.upper()} z"], ["boundary"]),
            ([f"a{m0} {m0}Z 9{m1} {m1} q"], ["boundary"]),
            ([heading(800)], ["large"]),
            ([f"élan {m0} ñandú {m1} zoë"], ["unicode"]),
            ([f"über {m0} 中文 ÀB"], ["unicode"]),
        ]
        return cases
