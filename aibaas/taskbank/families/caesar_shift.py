"""Easy family: Caesar-shift the ASCII letters (and, per variant, digits) of a string by a fixed amount.

Easy: one pass over the characters with modular arithmetic; the traps are negative shifts, shifts
larger than the alphabet, keeping case, and leaving every other character untouched.
"""

from __future__ import annotations

import random
import string
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

ASCII_POOL = string.ascii_letters + string.digits + " .,!?-'"


class CaesarShift(Family):
    name = "caesar-shift"
    difficulty = Difficulty.EASY
    tags = ("strings", "cipher")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> str:
    out = []
    for ch in {{text}}:
        code = ord(ch)
        if 65 <= code and code <= 90:
            out.append(chr((code - 65 + {{shift}}) % 26 + 65))
        elif 97 <= code and code <= 122:
            out.append(chr((code - 97 + {{shift}}) % 26 + 97))
        elif {{shift_digits}} and 48 <= code and code <= 57:
            out.append(chr((code - 48 + {{shift}}) % 10 + 48))
        else:
            out.append(ch)
    return "".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string {
  const ls = (({{shift}} % 26) + 26) % 26;
  const ds = (({{shift}} % 10) + 10) % 10;
  let out = "";
  for (const ch of {{text}}) {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) out += String.fromCharCode(((code - 65 + ls) % 26) + 65);
    else if (code >= 97 && code <= 122) out += String.fromCharCode(((code - 97 + ls) % 26) + 97);
    else if ({{shift_digits}} && code >= 48 && code <= 57)
      out += String.fromCharCode(((code - 48 + ds) % 10) + 48);
    else out += ch;
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{text}}) {
        long ls = (({{shift}} % 26) + 26) % 26;
        long ds = (({{shift}} % 10) + 10) % 10;
        StringBuilder out = new StringBuilder();
        for (char ch : {{text}}.toCharArray()) {
            if (ch >= 'A' && ch <= 'Z') out.append((char) ('A' + (ch - 'A' + ls) % 26));
            else if (ch >= 'a' && ch <= 'z') out.append((char) ('a' + (ch - 'a' + ls) % 26));
            else if ({{shift_digits}} && ch >= '0' && ch <= '9')
                out.append((char) ('0' + (ch - '0' + ds) % 10));
            else out.append(ch);
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} string) string {
	ls := rune((({{shift}} % 26) + 26) % 26)
	ds := rune((({{shift}} % 10) + 10) % 10)
	var out strings.Builder
	for _, ch := range {{text}} {
		if ch >= 'A' && ch <= 'Z' {
			out.WriteRune('A' + (ch - 'A' + ls) % 26)
		} else if ch >= 'a' && ch <= 'z' {
			out.WriteRune('a' + (ch - 'a' + ls) % 26)
		} else if {{shift_digits}} && ch >= '0' && ch <= '9' {
			out.WriteRune('0' + (ch - '0' + ds) % 10)
		} else {
			out.WriteRune(ch)
		}
	}
	return out.String()
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  out = +""
  {{text}}.each_char do |ch|
    code = ch.ord
    if code >= 65 && code <= 90
      out << ((code - 65 + {{shift}}) % 26 + 65).chr
    elsif code >= 97 && code <= 122
      out << ((code - 97 + {{shift}}) % 26 + 97).chr
    elsif {{shift_digits}} && code >= 48 && code <= 57
      out << ((code - 48 + {{shift}}) % 10 + 48).chr
    else
      out << ch
    end
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> String {
    let ls: i64 = (({{shift}} % 26) + 26) % 26;
    let ds: i64 = (({{shift}} % 10) + 10) % 10;
    let mut out = String::new();
    for ch in {{text}}.chars() {
        let code = ch as i64;
        if code >= 65 && code <= 90 {
            out.push(((code - 65 + ls) % 26 + 65) as u8 as char);
        } else if code >= 97 && code <= 122 {
            out.push(((code - 97 + ls) % 26 + 97) as u8 as char);
        } else if {{shift_digits}} && code >= 48 && code <= 57 {
            out.push(((code - 48 + ds) % 10 + 48) as u8 as char);
        } else {
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
        long ls = (({{shift}} % 26) + 26) % 26;
        long ds = (({{shift}} % 10) + 10) % 10;
        var sb = new StringBuilder();
        foreach (char ch in {{text}})
        {
            if (ch >= 'A' && ch <= 'Z') sb.Append((char)('A' + (ch - 'A' + ls) % 26));
            else if (ch >= 'a' && ch <= 'z') sb.Append((char)('a' + (ch - 'a' + ls) % 26));
            else if ({{shift_digits}} && ch >= '0' && ch <= '9')
                sb.Append((char)('0' + (ch - '0' + ds) % 10));
            else sb.Append(ch);
        }
        return sb.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["caesar_shift", "rotate_letters", "shift_cipher", "encode_message", "scramble_text"],
            text=["text", "message", "line", "plain", "note"],
        )
        p |= {
            "shift": rng.choice([3, -3, 7, -11, 13, 29, -27, 55, -40]),
            "shift_digits": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A puzzle newsletter hides its answers with a classic Caesar cipher.",
                    "A toy messaging app offers a 'secret mode' for children.",
                    "A museum exhibit shows how Roman generals obscured their orders.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"shift": (p["shift"], "int"), "shift_digits": (p["shift_digits"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, k = p["params"]["text"], p["shift"]
        direction = "forward" if k > 0 else "backward"
        digits = (
            f"Each ASCII digit `0`-`9` is also shifted {direction} by {abs(k)} positions within the ten "
            "digits, wrapping around (`9` shifted forward by 1 is `0`). "
            if p["shift_digits"]
            else "Digits are not shifted. "
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns `{text}` with every ASCII letter shifted "
            f"{direction} by {abs(k)} positions in the alphabet (a shift of {k}), wrapping around within "
            "the 26 letters and keeping its case: uppercase `A`-`Z` stay uppercase and lowercase `a`-`z` "
            f"stay lowercase (a shift of 1 turns `z` into `a` and `Z` into `A`). {digits}Every other "
            "character (spaces, punctuation, and any non-ASCII character such as `é` or `中`) is copied "
            "unchanged, and the result has the same length as the input. The empty string gives the empty "
            "string."
        )
        return "Caesar shift", statement, f"Caesar-shift the letters of a string by {k}."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        k = p["shift"]
        out = []
        for ch in text:
            if ch in string.ascii_uppercase:
                out.append(chr((ord(ch) - 65 + k) % 26 + 65))
            elif ch in string.ascii_lowercase:
                out.append(chr((ord(ch) - 97 + k) % 26 + 97))
            elif p["shift_digits"] and ch in string.digits:
                out.append(chr((ord(ch) - 48 + k) % 10 + 48))
            else:
                out.append(ch)
        return "".join(out)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def draw(n: int) -> str:
            return "".join(rng.choice(ASCII_POOL) for _ in range(n))

        cases: list[Case] = [
            (["Hello, World 42!"], []),
            ([draw(rng.randint(6, 14))], []),
            ([draw(rng.randint(6, 14))], []),
            ([""], ["empty"]),
            (["a"], ["boundary"]),
            (["zZ"], ["boundary"]),
            (["AaMmNnZz"], ["boundary"]),
            (["@[`{/:09"], ["boundary"]),
            (["0123456789"], ["boundary"]),
            ([string.ascii_lowercase + string.ascii_uppercase], ["boundary"]),
            ([draw(2000)], ["large"]),
            (["héllo wörld 中文 ß9"], ["unicode"]),
            (["ÀZ€a"], ["unicode"]),
        ]
        return cases
