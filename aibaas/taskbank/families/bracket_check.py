"""Medium family: find the first bracket error in a text (parsing with a stack)."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

PAIR_SETS = ["()[]{}", "()<>", "[]{}<>", "()[]", "(){}<>"]
FILLER = "ab x=1;"
UNICODE_FILLER = "éü中ßñ"


class BracketCheck(Family):
    name = "bracket-check"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "stack")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> int:
    openers = {{openers}}
    closers = {{closers}}
    stack: list[int] = []
    for i, ch in enumerate({{text}}):
        if ch in openers:
            stack.append(i)
        elif ch in closers:
            if not stack or openers.index({{text}}[stack[-1]]) != closers.index(ch):
                return i
            stack.pop()
    if len(stack) == 0:
        return -1
    return stack[0] if {{outermost}} else stack[len(stack) - 1]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): number {
  const openers = {{openers}};
  const closers = {{closers}};
  const chars = Array.from({{text}});
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (openers.includes(ch)) {
      stack.push(i);
    } else if (closers.includes(ch)) {
      const top = stack.length - 1;
      if (top < 0 || openers.indexOf(chars[stack[top]]) !== closers.indexOf(ch)) return i;
      stack.pop();
    }
  }
  if (stack.length === 0) return -1;
  return {{outermost}} ? stack[0] : stack[stack.length - 1];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(String {{text}}) {
        String openers = {{openers}};
        String closers = {{closers}};
        List<Integer> stack = new ArrayList<>();
        for (int i = 0; i < {{text}}.length(); i++) {
            char ch = {{text}}.charAt(i);
            if (openers.indexOf(ch) >= 0) {
                stack.add(i);
            } else if (closers.indexOf(ch) >= 0) {
                int top = stack.size() - 1;
                if (top < 0) return i;
                if (openers.indexOf({{text}}.charAt(stack.get(top))) != closers.indexOf(ch)) return i;
                stack.remove(top);
            }
        }
        if (stack.size() == 0) return -1;
        return {{outermost}} ? stack.get(0) : stack.get(stack.size() - 1);
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} string) int {
	openers := {{openers}}
	closers := {{closers}}
	chars := []rune({{text}})
	stack := []int{}
	for i := 0; i < len(chars); i++ {
		ch := chars[i]
		if strings.ContainsRune(openers, ch) {
			stack = append(stack, i)
		} else if strings.ContainsRune(closers, ch) {
			top := len(stack) - 1
			if top < 0 || strings.IndexRune(openers, chars[stack[top]]) != strings.IndexRune(closers, ch) {
				return i
			}
			stack = stack[:top]
		}
	}
	if len(stack) == 0 {
		return -1
	}
	if {{outermost}} {
		return stack[0]
	}
	return stack[len(stack) - 1]
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  openers = {{openers}}
  closers = {{closers}}
  chars = {{text}}.chars
  stack = []
  chars.each_with_index do |ch, i|
    if openers.include?(ch)
      stack.push(i)
    elsif closers.include?(ch)
      return i if stack.empty? || openers.index(chars[stack[-1]]) != closers.index(ch)
      stack.pop
    end
  end
  return -1 if stack.length == 0
  {{outermost}} ? stack[0] : stack[stack.length - 1]
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> i64 {
    let openers: Vec<char> = {{openers}}.chars().collect();
    let closers: Vec<char> = {{closers}}.chars().collect();
    let chars: Vec<char> = {{text}}.chars().collect();
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..chars.len() {
        let ch = chars[i];
        if openers.contains(&ch) {
            stack.push(i);
        } else if let Some(kind) = closers.iter().position(|&c| c == ch) {
            match stack.last() {
                Some(&top) if openers.iter().position(|&c| c == chars[top]) == Some(kind) => {
                    stack.pop();
                }
                _ => return i as i64,
            }
        }
    }
    if stack.len() == 0 {
        return -1;
    }
    (if {{outermost}} { stack[0] } else { stack[stack.len() - 1] }) as i64
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(string {{text}})
    {
        string openers = {{openers}};
        string closers = {{closers}};
        var stack = new List<int>();
        for (int i = 0; i < {{text}}.Length; i++)
        {
            char ch = {{text}}[i];
            if (openers.IndexOf(ch) >= 0)
            {
                stack.Add(i);
            }
            else if (closers.IndexOf(ch) >= 0)
            {
                int top = stack.Count - 1;
                if (top < 0 || openers.IndexOf({{text}}[stack[top]]) != closers.IndexOf(ch)) return i;
                stack.RemoveAt(top);
            }
        }
        if (stack.Count == 0) return -1;
        return {{outermost}} ? stack[0] : stack[stack.Count - 1];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            [
                "first_bracket_error",
                "bracket_error_at",
                "check_brackets",
                "find_unbalanced",
                "locate_mismatch",
            ],
            text=["source", "text", "snippet", "expr", "line"],
        )
        pairs = rng.choice(PAIR_SETS)
        p |= {
            "openers": pairs[0::2],
            "closers": pairs[1::2],
            "outermost": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "An editor highlights the first bracket problem in the file being typed.",
                    "A template engine rejects snippets whose delimiters do not nest.",
                    "A config linter points at the first unbalanced bracket of a line.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "openers": (p["openers"], "str"),
            "closers": (p["closers"], "str"),
            "outermost": (p["outermost"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        pairs = ", ".join(f"`{o}{c}`" for o, c in zip(p["openers"], p["closers"], strict=True))
        which = "earliest (outermost)" if p["outermost"] else "latest (innermost)"
        text = p["params"]["text"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which checks the brackets of `{text}`. The bracket pairs "
            f"are {pairs}; every other character is ignored. Scan left to right: a closing bracket that "
            "has no open bracket to close, or that does not match the most recently opened one, is an "
            "error at its own position. If there is no such error but some brackets are still open at "
            f"the end, the error is at the position of the {which} of those still-open brackets. Return "
            "the 0-based position of the error, counted in characters (all characters are in the Basic "
            "Multilingual Plane), or -1 when the brackets are balanced."
        )
        return "First bracket error", statement, "Position of the first bracket error, or -1."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        openers, closers = p["openers"], p["closers"]
        stack: list[int] = []
        for i, ch in enumerate(text):
            if ch in openers:
                stack.append(i)
            elif ch in closers:
                if not stack or openers.index(text[stack[-1]]) != closers.index(ch):
                    return i
                stack.pop()
        if not stack:
            return -1
        return stack[0] if p["outermost"] else stack[-1]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        openers: str = p["openers"]
        closers: str = p["closers"]

        def balanced(depth: int, filler: str = FILLER) -> str:
            if depth == 0:
                return "".join(rng.choice(filler) for _ in range(rng.randint(0, 2)))
            k = rng.randrange(len(openers))
            inner = balanced(depth - 1, filler)
            return (
                inner[: len(inner) // 2] + openers[k] + inner + closers[k] + balanced(depth - 1, filler)[:3]
            )

        def broken(depth: int) -> str:
            text = list(balanced(depth))
            spots = [i for i, ch in enumerate(text) if ch in openers + closers]
            spot = rng.choice(spots)
            text[spot] = rng.choice([c for c in openers + closers if c != text[spot]])
            return "".join(text)

        deep = "".join(openers[i % len(openers)] for i in range(500))
        closing = "".join(closers[i % len(closers)] for i in reversed(range(500)))
        cases: list[Case] = [([balanced(3)], []), ([broken(3)], []), ([broken(4)], []), ([broken(3)], [])]
        cases += [
            ([""], ["empty"]),
            (["no brackets here"], ["empty"]),
            ([openers[0]], ["boundary"]),
            ([closers[-1]], ["boundary"]),
            ([openers[0] + closers[-1]], ["boundary"]),
            ([openers[0] + openers[-1] + "x" + closers[-1]], ["boundary"]),
            ([deep + closing], ["large"]),
            ([deep + closing[:-1]], ["large"]),
            ([deep[:250] + closing[:-1]], ["large"]),
            ([balanced(4, UNICODE_FILLER) + openers[0] + "中"], ["unicode"]),
            (["é" + closers[0] + "ü"], ["unicode"]),
        ]
        return cases
