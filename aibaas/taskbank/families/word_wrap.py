"""Medium family: greedy word wrap to a fixed width, with a stated rule for words that are too long.

Medium because greedy filling is easy but the exact rules matter: runs of spaces, the <= width
boundary, flushing before a long word, and splitting long words (cut, hyphenate or overflow).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

OVERFLOW, CUT, HYPHEN = 0, 1, 2


class WordWrap(Family):
    name = "word-wrap"
    difficulty = Difficulty.MEDIUM
    tags = ("text", "greedy")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> list[str]:
    width = {{width}}
    mode = {{mode}}
    lines: list[str] = []
    current = ""
    for word in {{text}}.split(" "):
        if len(word) == 0:
            continue
        if len(word) > width:
            if len(current) > 0:
                lines.append(current)
                current = ""
            if mode == 0:
                lines.append(word)
                continue
            step = width if mode == 1 else width - 1
            mark = "" if mode == 1 else "-"
            while len(word) > width:
                lines.append(word[:step] + mark)
                word = word[step:]
            current = word
        elif len(current) == 0:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current = current + " " + word
        else:
            lines.append(current)
            current = word
    if len(current) > 0:
        lines.append(current)
    return lines
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string[] {
  const width: number = {{width}};
  const mode: number = {{mode}};
  const lines: string[] = [];
  let current = "";
  for (let word of {{text}}.split(" ")) {
    if (word.length === 0) continue;
    if (word.length > width) {
      if (current.length > 0) {
        lines.push(current);
        current = "";
      }
      if (mode === 0) {
        lines.push(word);
        continue;
      }
      const step = mode === 1 ? width : width - 1;
      const mark = mode === 1 ? "" : "-";
      while (word.length > width) {
        lines.push(word.slice(0, step) + mark);
        word = word.slice(step);
      }
      current = word;
    } else if (current.length === 0) {
      current = word;
    } else if (current.length + 1 + word.length <= width) {
      current = current + " " + word;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<String> {{fn}}(String {{text}}) {
        int width = (int) {{width}};
        int mode = (int) {{mode}};
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String w : {{text}}.split(" ", -1)) {
            String word = w;
            if (word.length() == 0) continue;
            if (word.length() > width) {
                if (current.length() > 0) {
                    lines.add(current);
                    current = "";
                }
                if (mode == 0) {
                    lines.add(word);
                    continue;
                }
                int step = mode == 1 ? width : width - 1;
                String mark = mode == 1 ? "" : "-";
                while (word.length() > width) {
                    lines.add(word.substring(0, step) + mark);
                    word = word.substring(step);
                }
                current = word;
            } else if (current.length() == 0) {
                current = word;
            } else if (current.length() + 1 + word.length() <= width) {
                current = current + " " + word;
            } else {
                lines.add(current);
                current = word;
            }
        }
        if (current.length() > 0) lines.add(current);
        return lines;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} string) []string {
	width := {{width}}
	mode := {{mode}}
	lines := []string{}
	current := []rune{}
	for _, w := range strings.Split({{text}}, " ") {
		word := []rune(w)
		if len(word) == 0 {
			continue
		}
		if len(word) > width {
			if len(current) > 0 {
				lines = append(lines, string(current))
				current = []rune{}
			}
			if mode == 0 {
				lines = append(lines, string(word))
				continue
			}
			step := width
			mark := ""
			if mode != 1 {
				step = width - 1
				mark = "-"
			}
			for len(word) > width {
				lines = append(lines, string(word[:step]) + mark)
				word = word[step:]
			}
			current = word
		} else if len(current) == 0 {
			current = word
		} else if len(current) + 1 + len(word) <= width {
			current = append(append(current, ' '), word...)
		} else {
			lines = append(lines, string(current))
			current = word
		}
	}
	if len(current) > 0 {
		lines = append(lines, string(current))
	}
	return lines
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  width = {{width}}
  mode = {{mode}}
  lines = []
  current = ""
  {{text}}.split(/ /, -1).each do |w|
    word = w
    next if word.length == 0
    if word.length > width
      if current.length > 0
        lines.push(current)
        current = ""
      end
      if mode == 0
        lines.push(word)
        next
      end
      step = mode == 1 ? width : width - 1
      mark = mode == 1 ? "" : "-"
      while word.length > width
        lines.push(word[0, step] + mark)
        word = word[step..]
      end
      current = word
    elsif current.length == 0
      current = word
    elsif current.length + 1 + word.length <= width
      current = current + " " + word
    else
      lines.push(current)
      current = word
    end
  end
  lines.push(current) if current.length > 0
  lines
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> Vec<String> {
    let width: usize = {{width}};
    let mode: i64 = {{mode}};
    let mut lines: Vec<String> = Vec::new();
    let mut current: Vec<char> = Vec::new();
    for w in {{text}}.split(' ') {
        let mut word: Vec<char> = w.chars().collect();
        if word.len() == 0 {
            continue;
        }
        if word.len() > width {
            if current.len() > 0 {
                lines.push(current.iter().collect());
                current = Vec::new();
            }
            if mode == 0 {
                lines.push(word.iter().collect());
                continue;
            }
            let step = if mode == 1 { width } else { width - 1 };
            let mark = if mode == 1 { "" } else { "-" };
            while word.len() > width {
                let piece: String = word[..step].iter().collect();
                lines.push(piece + mark);
                word = word[step..].to_vec();
            }
            current = word;
        } else if current.len() == 0 {
            current = word;
        } else if current.len() + 1 + word.len() <= width {
            current.push(' ');
            current.extend(word);
        } else {
            lines.push(current.iter().collect());
            current = word;
        }
    }
    if current.len() > 0 {
        lines.push(current.iter().collect());
    }
    lines
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> {{fn}}(string {{text}})
    {
        int width = (int) {{width}};
        int mode = (int) {{mode}};
        var lines = new List<string>();
        string current = "";
        foreach (string w in {{text}}.Split(' '))
        {
            string word = w;
            if (word.Length == 0) continue;
            if (word.Length > width)
            {
                if (current.Length > 0)
                {
                    lines.Add(current);
                    current = "";
                }
                if (mode == 0)
                {
                    lines.Add(word);
                    continue;
                }
                int step = mode == 1 ? width : width - 1;
                string mark = mode == 1 ? "" : "-";
                while (word.Length > width)
                {
                    lines.Add(word.Substring(0, step) + mark);
                    word = word.Substring(step);
                }
                current = word;
            }
            else if (current.Length == 0)
            {
                current = word;
            }
            else if (current.Length + 1 + word.Length <= width)
            {
                current = current + " " + word;
            }
            else
            {
                lines.Add(current);
                current = word;
            }
        }
        if (current.Length > 0) lines.Add(current);
        return lines;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["wrap_text", "word_wrap", "fill_lines", "break_lines", "layout_text"],
            text=["text", "paragraph", "message", "body", "caption"],
        )
        p |= {
            "width": rng.choice([6, 8, 10, 12]),
            "mode": rng.choice([OVERFLOW, CUT, HYPHEN]),
            "framing": rng.choice(
                [
                    "A receipt printer has a fixed number of columns.",
                    "A smartwatch shows notifications on a narrow screen.",
                    "A terminal mail client re-flows message paragraphs.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"width": (p["width"], "int"), "mode": (p["mode"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "list[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        w = p["width"]
        long_rule = {
            OVERFLOW: (
                "it is put unbroken on a line of its own (that line is longer than the width) and the "
                "next word starts a new line"
            ),
            CUT: (
                f"it is cut into pieces of exactly {w} characters from its start, each piece on its own "
                f"line, until at most {w} characters remain; those remaining characters start the new "
                "current line, which later words may join"
            ),
            HYPHEN: (
                f"while more than {w} of its characters remain, its next {w - 1} characters followed by "
                f"`-` form a line of their own; the remaining (at most {w}) characters start the new "
                "current line, which later words may join"
            ),
        }[p["mode"]]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which wraps `{p['params']['text']}` into lines of at most "
            f"{w} characters and returns the lines in order. Words are the maximal runs of characters "
            "other than the ASCII space U+0020 (any number of spaces separates words; leading and "
            "trailing spaces are ignored; every other character, including tabs and punctuation, is "
            "part of a word). Fill greedily: a word joins the current line, separated by one space, when "
            f"the line's length would stay at most {w}; otherwise the current line is finished and the "
            f"word starts the next line. A word longer than {w} characters first finishes the current "
            f"line (if it is not empty); then {long_rule}. Lines never have leading or trailing spaces. "
            "Text with no words gives an empty list. A character is one Unicode code point; all "
            "inputs use Basic Multilingual Plane characters only."
        )
        return "Word wrap", statement, "Greedy word wrap to a fixed width."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        width, mode = p["width"], p["mode"]
        lines: list[str] = []
        current: list[str] = []

        def flush() -> None:
            if current:
                lines.append(" ".join(current))
                current.clear()

        for word in (x for x in text.split(" ") if x):
            if len(word) > width:
                flush()
                if mode == OVERFLOW:
                    lines.append(word)
                    continue
                step, mark = (width, "") if mode == CUT else (width - 1, "-")
                while len(word) > width:
                    lines.append(word[:step] + mark)
                    word = word[step:]
                current.append(word)
            elif len(" ".join([*current, word])) <= width:
                current.append(word)
            else:
                flush()
                current.append(word)
        flush()
        return lines

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        w = p["width"]
        vocab = ["a", "to", "the", "data", "quick", "brown", "lazy", "over", "jumps", "fox", "it"]

        def sentence(n: int) -> str:
            return " ".join(rng.choice(vocab) for _ in range(n))

        exact = "x" * (w - 2) + " y"
        cases: list[Case] = [(["the quick brown fox jumps over the lazy dog"], [])]
        cases += [([sentence(rng.randint(4, 9))], []) for _ in range(3)]
        cases += [
            (["a " + "b" * (w * 2 + 3) + " c"], []),
            ([""], ["empty"]),
            (["     "], ["empty"]),
            ([exact], ["boundary"]),
            ([exact + "z"], ["boundary"]),
            (["x" * w], ["boundary"]),
            (["x" * (w + 1)], ["boundary"]),
            (["ab " + "x" * (2 * w) + " cd"], ["boundary"]),
            (["x" * (2 * w - 1) + " " + "y" * (w - 3) + " z"], ["boundary"]),
            (["  lead   and    trail  "], ["boundary"]),
            (["tab\there, comma,  dots..."], ["boundary"]),
            (["a b c d e f g h i j k l m n o p"], ["boundary"]),
            ([sentence(1500)], ["large"]),
            ([" ".join("w" * rng.randint(1, 3 * w) for _ in range(300))], ["large"]),
            (["größe straße 中文字符测试文本内容很长 café ñ"], ["unicode"]),
        ]
        return cases
