"""Easy family: FizzBuzz with two divisor/word pairs that vary per seed.

Easy: a loop with two divisibility tests; the precision lies in the order in which words are
joined, divisors that share factors (so "both" is not "the product"), and non-positive n.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

PAIRS = [
    (3, "Fizz", 5, "Buzz"),
    (2, "Ping", 7, "Pong"),
    (4, "Tick", 6, "Tock"),
    (3, "Foo", 4, "Bar"),
    (5, "Zip", 3, "Zap"),
]


class FizzbuzzWords(Family):
    name = "fizzbuzz-words"
    difficulty = Difficulty.EASY
    tags = ("loops", "arithmetic")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{n}}: int) -> list[str]:
    out = []
    for i in range(1, {{n}} + 1):
        word = ""
        if i % {{d1}} == 0:
            word += {{w1}}
        if i % {{d2}} == 0:
            word += {{w2}}
        out.append(word if len(word) > 0 else str(i))
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{n}}: number): string[] {
  const out: string[] = [];
  for (let i = 1; i < {{n}} + 1; i++) {
    let word = "";
    if (i % {{d1}} === 0) word += {{w1}};
    if (i % {{d2}} === 0) word += {{w2}};
    out.push(word.length > 0 ? word : String(i));
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<String> {{fn}}(long {{n}}) {
        List<String> out = new ArrayList<>();
        for (long i = 1; i < {{n}} + 1; i++) {
            String word = "";
            if (i % {{d1}} == 0) word += {{w1}};
            if (i % {{d2}} == 0) word += {{w2}};
            out.add(word.length() > 0 ? word : String.valueOf(i));
        }
        return out;
    }
}
""",
        Language.GO: """package solution

import "strconv"

func {{fn}}({{n}} int) []string {
	out := []string{}
	for i := 1; i < {{n}} + 1; i++ {
		word := ""
		if i % {{d1}} == 0 {
			word += {{w1}}
		}
		if i % {{d2}} == 0 {
			word += {{w2}}
		}
		if len(word) > 0 {
			out = append(out, word)
		} else {
			out = append(out, strconv.Itoa(i))
		}
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{n}})
  out = []
  i = 1
  while i < {{n}} + 1
    word = +""
    word << {{w1}} if i % {{d1}} == 0
    word << {{w2}} if i % {{d2}} == 0
    out << (word.length > 0 ? word : i.to_s)
    i += 1
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{n}}: i64) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i: i64 = 1;
    while i < {{n}} + 1 {
        let mut word = String::new();
        if i % {{d1}} == 0 {
            word.push_str(&{{w1}});
        }
        if i % {{d2}} == 0 {
            word.push_str(&{{w2}});
        }
        out.push(if word.len() > 0 { word } else { i.to_string() });
        i += 1;
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> {{fn}}(long {{n}})
    {
        var result = new List<string>();
        for (long i = 1; i < {{n}} + 1; i++)
        {
            string word = "";
            if (i % {{d1}} == 0) word += {{w1}};
            if (i % {{d2}} == 0) word += {{w2}};
            result.Add(word.Length > 0 ? word : i.ToString());
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["fizzbuzz", "play_fizzbuzz", "count_off", "shout_numbers", "game_calls"],
            n=["n", "limit", "upto", "count_to", "last_number"],
        )
        d1, w1, d2, w2 = rng.choice(PAIRS)
        p |= {
            "d1": d1,
            "w1": w1,
            "d2": d2,
            "w2": w2,
            "framing": rng.choice(
                [
                    "A classroom game has children count aloud, replacing some numbers with words.",
                    "A party app generates the calls for a counting game.",
                    "A coding dojo warms up with a variation of FizzBuzz.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "d1": (p["d1"], "int"),
            "w1": (p["w1"], "str"),
            "d2": (p["d2"], "int"),
            "w2": (p["w2"], "str"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("n", "int")], "list[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        n, d1, w1, d2, w2 = p["params"]["n"], p["d1"], p["w1"], p["d2"], p["w2"]
        both = self.solve(p, d1 * d2)[-1]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns a list with one string for each integer i "
            f"from 1 to `{n}` inclusive, in order. The string for i is built from two rules: if i is "
            f"divisible by {d1} it contains `{w1}`, and if i is divisible by {d2} it contains `{w2}`; "
            f"when both apply, the two words are joined with `{w1}` first and nothing between them "
            f'(`{both}` for i = {d1 * d2}). When neither applies, the string is i in decimal (`"1"`). '
            f"When `{n}` is 0 or less the result is an empty list; `{n}` is at most 10^5."
        )
        return "FizzBuzz variant", statement, f"FizzBuzz with {d1}/{w1} and {d2}/{w2}."

    def solve(self, p: Params, *args: Any) -> Any:
        (n,) = args
        out = []
        for i in range(1, n + 1):
            word = (p["w1"] if i % p["d1"] == 0 else "") + (p["w2"] if i % p["d2"] == 0 else "")
            out.append(word or str(i))
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        d1, d2 = p["d1"], p["d2"]
        cases: list[Case] = [
            ([d1 * d2 + 1], []),
            ([rng.randint(5, 12)], []),
            ([0], ["empty"]),
            ([-4], ["empty"]),
            ([1], ["boundary"]),
            ([d1], ["boundary"]),
            ([d2 - 1], ["boundary"]),
            ([d2], ["boundary"]),
            ([d1 * d2], ["boundary"]),
            ([rng.randint(40, 80)], ["boundary"]),
            ([600], ["large"]),
        ]
        return cases
