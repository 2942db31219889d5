"""Easy family: mask every ASCII digit of a string except the last few, keeping everything else.

Easy: count the digits, then replace all but the last n; the edge cases are strings with fewer than
n digits, digits spread among separators, and non-ASCII digits (which are not masked).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MaskDigits(Family):
    name = "mask-digits"
    difficulty = Difficulty.EASY
    tags = ("strings", "privacy")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> str:
    total = 0
    for ch in {{text}}:
        if "0" <= ch and ch <= "9":
            total = total + 1
    out = []
    seen = 0
    for ch in {{text}}:
        if "0" <= ch and ch <= "9":
            seen = seen + 1
            if seen <= total - {{keep}}:
                out.append({{mask}})
                continue
        out.append(ch)
    return "".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string {
  const isDigit = (c: string): boolean => c >= "0" && c <= "9";
  const cs = Array.from({{text}});
  const total = cs.filter(isDigit).length;
  let seen = 0;
  let out = "";
  for (const ch of cs) {
    if (isDigit(ch)) {
      seen = seen + 1;
      if (seen <= total - {{keep}}) {
        out += {{mask}};
        continue;
      }
    }
    out += ch;
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{text}}) {
        long total = 0;
        for (char ch : {{text}}.toCharArray()) {
            if (ch >= '0' && ch <= '9') total = total + 1;
        }
        StringBuilder out = new StringBuilder();
        long seen = 0;
        for (char ch : {{text}}.toCharArray()) {
            if (ch >= '0' && ch <= '9') {
                seen = seen + 1;
                if (seen <= total - {{keep}}) {
                    out.append({{mask}});
                    continue;
                }
            }
            out.append(ch);
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} string) string {
	total := 0
	for _, ch := range {{text}} {
		if ch >= '0' && ch <= '9' {
			total = total + 1
		}
	}
	var out strings.Builder
	seen := 0
	for _, ch := range {{text}} {
		if ch >= '0' && ch <= '9' {
			seen = seen + 1
			if seen <= total - {{keep}} {
				out.WriteString({{mask}})
				continue
			}
		}
		out.WriteRune(ch)
	}
	return out.String()
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  total = {{text}}.count("0-9")
  seen = 0
  out = +""
  {{text}}.each_char do |ch|
    if ch >= "0" && ch <= "9"
      seen = seen + 1
      if seen <= total - {{keep}}
        out << {{mask}}
        next
      end
    end
    out << ch
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> String {
    let mask: String = {{mask}};
    let total = {{text}}.chars().filter(|c| c.is_ascii_digit()).count() as i64;
    let mut seen: i64 = 0;
    let mut out = String::new();
    for ch in {{text}}.chars() {
        if ch >= '0' && ch <= '9' {
            seen = seen + 1;
            if seen <= total - {{keep}} {
                out.push_str(&mask);
                continue;
            }
        }
        out.push(ch);
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Linq;
using System.Text;

public static class Solution
{
    public static string {{fn}}(string {{text}})
    {
        long total = {{text}}.Count(c => c >= '0' && c <= '9');
        long seen = 0;
        var sb = new StringBuilder();
        foreach (char ch in {{text}})
        {
            if (ch >= '0' && ch <= '9')
            {
                seen = seen + 1;
                if (seen <= total - {{keep}})
                {
                    sb.Append({{mask}});
                    continue;
                }
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["mask_digits", "redact_number", "hide_digits", "mask_account", "obscure_card"],
            text=["text", "card", "account", "phone", "reference"],
        )
        p |= {
            "keep": rng.choice([1, 2, 3, 4]),
            "mask": rng.choice(["*", "#", "X"]),
            "framing": rng.choice(
                [
                    "A payment receipt shows only the end of the card number.",
                    "A support dashboard hides customers' phone numbers.",
                    "A bank statement redacts account references before printing.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"keep": (p["keep"], "int"), "mask": (p["mask"], "str")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, n, mask = p["params"]["text"], p["keep"], p["mask"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns `{text}` with every ASCII digit `0`-`9` "
            f"replaced by `{mask}`, except the last {n} digits of the text (counting digits only, from the "
            f"end), which stay visible. When the text holds {n} digits or fewer, nothing is masked. Every "
            "other character (spaces, dashes, letters, and non-ASCII characters, including non-ASCII "
            "digits such as `٣`) is kept unchanged and does not count as a digit; the result has the "
            f"same length as the input. Example: `4111-2222 33` becomes "
            f"`{self._mask('4111-2222 33', n, mask)}`."
        )
        return "Mask digits", statement, f"Mask all digits but the last {n}."

    @staticmethod
    def _mask(text: str, keep: int, mask: str) -> str:
        total = sum(1 for ch in text if "0" <= ch <= "9")
        out, seen = [], 0
        for ch in text:
            if "0" <= ch <= "9":
                seen += 1
                out.append(mask if seen <= total - keep else ch)
            else:
                out.append(ch)
        return "".join(out)

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        return self._mask(text, p["keep"], p["mask"])

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        n = p["keep"]

        def digits(count: int) -> str:
            return "".join(rng.choice("0123456789") for _ in range(count))

        def card() -> str:
            return "-".join(digits(4) for _ in range(rng.randint(2, 4)))

        cases: list[Case] = [
            (["4111 1111 1111 1234"], []),
            ([card()], []),
            (["tel: +1 (555) " + digits(3) + "-" + digits(4)], []),
            ([""], ["empty"]),
            (["no digits here"], ["empty"]),
            ([digits(n)], ["boundary"]),
            ([digits(n + 1)], ["boundary"]),
            ([digits(n - 1) + "ab"], ["boundary"]),
            (["7"], ["boundary"]),
            (["0a1b2c3d4e5f6g7h8i9"], ["boundary"]),
            (["/0:9/" + digits(n)], ["boundary"]),
            ([digits(2000)], ["large"]),
            ([" ".join(card() for _ in range(200))], ["large"]),
            (["café 12345 ünïcode 678"], ["unicode"]),
            (["٣٤ 123 ٥6"], ["unicode"]),
        ]
        return cases
