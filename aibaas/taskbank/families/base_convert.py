"""Medium family: convert a signed number string from one base to another (2..36), null if invalid.

Medium because it is an exact parser (sign, digit values by character class, digits too large for
the source base, empty bodies) plus a positional re-encoding with zero and sign rules.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

LOWER = "0123456789abcdefghijklmnopqrstuvwxyz"


class BaseConvert(Family):
    name = "base-convert"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "number-bases")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> str | None:
    negative = {{text}}.startswith("-")
    body = {{text}}[1:] if negative else {{text}}
    if len(body) == 0:
        return None
    value = 0
    for c in body:
        if "0" <= c <= "9":
            d = ord(c) - 48
        elif "a" <= c <= "z":
            d = ord(c) - 87
        elif "A" <= c <= "Z":
            d = ord(c) - 55
        else:
            return None
        if d >= {{source}}:
            return None
        value = value * {{source}} + d
    if value == 0:
        return "0"
    out = ""
    while value > 0:
        out = {{symbols}}[value % {{target}}] + out
        value = value // {{target}}
    return "-" + out if negative else out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string | null {
  const negative = {{text}}.startsWith("-");
  const body = negative ? {{text}}.slice(1) : {{text}};
  if (body.length === 0) return null;
  let value = 0;
  for (const c of body) {
    let d: number;
    if (c >= "0" && c <= "9") d = c.charCodeAt(0) - 48;
    else if (c >= "a" && c <= "z") d = c.charCodeAt(0) - 87;
    else if (c >= "A" && c <= "Z") d = c.charCodeAt(0) - 55;
    else return null;
    if (d >= {{source}}) return null;
    value = value * {{source}} + d;
  }
  if (value === 0) return "0";
  let out = "";
  while (value > 0) {
    out = {{symbols}}[value % {{target}}] + out;
    value = Math.floor(value / {{target}});
  }
  return negative ? "-" + out : out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{text}}) {
        boolean negative = {{text}}.startsWith("-");
        String body = negative ? {{text}}.substring(1) : {{text}};
        if (body.length() == 0) return null;
        long value = 0;
        for (char c : body.toCharArray()) {
            long d;
            if (c >= '0' && c <= '9') d = c - 48;
            else if (c >= 'a' && c <= 'z') d = c - 87;
            else if (c >= 'A' && c <= 'Z') d = c - 55;
            else return null;
            if (d >= {{source}}) return null;
            value = value * {{source}} + d;
        }
        if (value == 0) return "0";
        String out = "";
        while (value > 0) {
            out = {{symbols}}.charAt((int) (value % {{target}})) + out;
            value = value / {{target}};
        }
        return negative ? "-" + out : out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{text}} string) *string {
	negative := len({{text}}) > 0 && {{text}}[0] == '-'
	body := {{text}}
	if negative {
		body = {{text}}[1:]
	}
	if len(body) == 0 {
		return nil
	}
	value := 0
	for _, c := range body {
		d := 0
		if c >= '0' && c <= '9' {
			d = int(c) - 48
		} else if c >= 'a' && c <= 'z' {
			d = int(c) - 87
		} else if c >= 'A' && c <= 'Z' {
			d = int(c) - 55
		} else {
			return nil
		}
		if d >= {{source}} {
			return nil
		}
		value = value * {{source}} + d
	}
	out := ""
	if value == 0 {
		out = "0"
	}
	for value > 0 {
		out = string({{symbols}}[value % {{target}}]) + out
		value = value / {{target}}
	}
	if negative && out != "0" {
		out = "-" + out
	}
	return &out
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  negative = {{text}}.start_with?("-")
  body = negative ? {{text}}[1..] : {{text}}
  return nil if body.length == 0
  value = 0
  body.each_char do |c|
    if c >= "0" && c <= "9"
      d = c.ord - 48
    elsif c >= "a" && c <= "z"
      d = c.ord - 87
    elsif c >= "A" && c <= "Z"
      d = c.ord - 55
    else
      return nil
    end
    return nil if d >= {{source}}
    value = value * {{source}} + d
  end
  return "0" if value == 0
  out = ""
  while value > 0
    out = {{symbols}}[value % {{target}}] + out
    value = value / {{target}}
  end
  negative ? "-" + out : out
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> Option<String> {
    let symbols: Vec<char> = {{symbols}}.chars().collect();
    let source: i64 = {{source}};
    let target: i64 = {{target}};
    let negative = {{text}}.starts_with('-');
    let body: &str = if negative { &{{text}}[1..] } else { &{{text}} };
    if body.len() == 0 {
        return None;
    }
    let mut value: i64 = 0;
    for c in body.chars() {
        let code = c as i64;
        let d: i64;
        if c >= '0' && c <= '9' {
            d = code - 48;
        } else if c >= 'a' && c <= 'z' {
            d = code - 87;
        } else if c >= 'A' && c <= 'Z' {
            d = code - 55;
        } else {
            return None;
        }
        if d >= source {
            return None;
        }
        value = value * source + d;
    }
    if value == 0 {
        return Some("0".to_string());
    }
    let mut out: Vec<char> = Vec::new();
    while value > 0 {
        out.push(symbols[(value % target) as usize]);
        value = value / target;
    }
    if negative {
        out.push('-');
    }
    Some(out.iter().rev().collect())
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static string {{fn}}(string {{text}})
    {
        bool negative = {{text}}.StartsWith("-", StringComparison.Ordinal);
        string body = negative ? {{text}}.Substring(1) : {{text}};
        if (body.Length == 0) return null;
        long value = 0;
        foreach (char c in body)
        {
            long d;
            if (c >= '0' && c <= '9') d = c - 48;
            else if (c >= 'a' && c <= 'z') d = c - 87;
            else if (c >= 'A' && c <= 'Z') d = c - 55;
            else return null;
            if (d >= {{source}}) return null;
            value = value * {{source}} + d;
        }
        if (value == 0) return "0";
        string out_text = "";
        while (value > 0)
        {
            out_text = {{symbols}}[(int)(value % {{target}})] + out_text;
            value = value / {{target}};
        }
        return negative ? "-" + out_text : out_text;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["convert_base", "rebase_number", "change_radix", "translate_numeral", "radix_convert"],
            text=["numeral", "digits", "raw", "number_text", "literal"],
        )
        source = rng.choice([2, 8, 10, 16, 36, rng.randint(3, 35)])
        target = rng.choice([b for b in [2, 7, 10, 16, 36, rng.randint(3, 35)] if b != source])
        p |= {
            "source": source,
            "target": target,
            "upper": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A debugging console shows numbers typed in one radix in another.",
                    "A puzzle game encodes scores in unusual number bases.",
                    "A data importer re-encodes identifiers between radices.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        symbols = LOWER.upper() if p["upper"] else LOWER
        return {"source": (p["source"], "int"), "target": (p["target"], "int"), "symbols": (symbols, "str")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "optional[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        source, target = p["source"], p["target"]
        case = "uppercase" if p["upper"] else "lowercase"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which reads `{p['params']['text']}` as an integer "
            f"written in base {source} and returns it written in base {target}. The input is an "
            "optional `-` followed by one or more digits; digit values are `0`-`9` for 0-9 and the "
            "ASCII letters `a`-`z` or `A`-`Z` (either case) for 10-35, and every digit must be smaller "
            f"than {source}. Return null (no value) for anything else: an empty string, a lone `-`, a "
            "`+` sign, spaces, any other character, or a digit too large for the base. Leading zeros "
            f"are allowed in the input. The output uses {case} letters for digit values 10-35, has no "
            "leading zeros, is `0` for zero (also for `-0`), and starts with `-` for a negative "
            "non-zero value. In every input the digits before the first invalid character (all of "
            "them, for a valid input) are worth less than 2^50."
        )
        return "Base conversion", statement, f"Convert a base-{source} numeral to base {target}, or null."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        negative = text.startswith("-")
        body = text.removeprefix("-")
        if not body or any(c.lower() not in LOWER[: p["source"]] or not c.isascii() for c in body):
            return None
        value = int(body, p["source"])
        symbols = LOWER.upper() if p["upper"] else LOWER
        out = ""
        while value > 0:
            value, d = divmod(value, p["target"])
            out = symbols[d] + out
        return ("-" + out if negative else out) if out else "0"

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        source: int = p["source"]

        def numeral(value: int) -> str:
            out = ""
            while value > 0:
                value, d = divmod(value, source)
                out = rng.choice([LOWER[d], LOWER[d].upper()]) + out
            return out or "0"

        top = LOWER[source - 1]
        beyond = LOWER[source] if source < 36 else "_"
        cases: list[Case] = [
            ([numeral(rng.randint(1, 5000))], []),
            (["-" + numeral(rng.randint(1, 900))], []),
        ]
        cases += [([numeral(rng.randint(0, 10**12))], []) for _ in range(3)]
        cases += [
            ([""], ["empty"]),
            (["-"], ["empty"]),
            (["0"], ["boundary"]),
            (["-000"], ["boundary"]),
            ([top], ["boundary"]),
            ([top.upper() + "0"], ["boundary"]),
            ([beyond], ["boundary"]),
            ([beyond.upper()], ["boundary"]),
            (["1" + beyond], ["boundary"]),
            (["+1"], ["boundary"]),
            (["1 0"], ["boundary"]),
            (["--1"], ["boundary"]),
            (["@"], ["boundary"]),
            (["/"], ["boundary"]),
            ([":"], ["boundary"]),
            (["["], ["boundary"]),
            (["`"], ["boundary"]),
            (["{"], ["boundary"]),
            (["10"], ["boundary"]),
            ([numeral(2**50 - 1)], ["boundary"]),
            (["-" + numeral(2**49 + 12345)], ["boundary"]),
            (["0" * 2000 + numeral(rng.randint(10**6, 10**9))], ["large"]),
            (["0" * 1500 + "1!"], ["large"]),
            (["!" + "1" * 1500], ["large"]),
            (["١٢"], ["unicode"]),
            (["1é"], ["unicode"]),
            (["\u212a"], ["unicode"]),
        ]
        return cases
