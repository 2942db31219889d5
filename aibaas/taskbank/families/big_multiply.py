"""Hard family: multiply two arbitrarily long signed decimal strings, with digit grouping.

Hard because no built-in big integers may be used: schoolbook multiplication with carries over
digit arrays is needed, with validation, signs (and negative zero), leading zeros and grouping of
the result's digits deciding the edges.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class BigMultiply(Family):
    name = "big-multiply"
    difficulty = Difficulty.HARD
    tags = ("math", "strings", "big-numbers")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{lhs}}: str, {{rhs}}: str) -> str:
    negative = False
    parts: list[str] = []
    for v in ({{lhs}}, {{rhs}}):
        signed = len(v) > 0 and (v[0] == "-" or v[0] == "+")
        digits = v[1:] if signed else v
        if len(digits) == 0:
            return ""
        for c in digits:
            if c < "0" or c > "9":
                return ""
        if v[0] == "-":
            negative = not negative
        parts.append(digits)
    a, b = parts
    res = [0] * (len(a) + len(b))
    for i in range(len(a)):
        for j in range(len(b)):
            res[i + j + 1] += (ord(a[i]) - 48) * (ord(b[j]) - 48)
    for k in range(len(res) - 1, 0, -1):
        res[k - 1] += res[k] // 10
        res[k] = res[k] % 10
    start = 0
    while start < len(res) - 1 and res[start] == 0:
        start += 1
    out: list[str] = []
    for k in range(start, len(res)):
        if {{sep}} != "" and k > start and (len(res) - k) % {{group}} == 0:
            out.append({{sep}})
        out.append(str(res[k]))
    if res[start] == 0:
        negative = False
    return ("-" if negative else "") + "".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{lhs}}: string, {{rhs}}: string): string {
  let negative = false;
  const parts: string[] = [];
  for (const v of [{{lhs}}, {{rhs}}]) {
    const signed = v.length > 0 && (v[0] === "-" || v[0] === "+");
    const digits = signed ? v.slice(1) : v;
    if (digits.length === 0) return "";
    for (const c of digits) {
      if (c < "0" || c > "9") return "";
    }
    if (v[0] === "-") negative = !negative;
    parts.push(digits);
  }
  const [a, b] = parts;
  const res: number[] = new Array(a.length + b.length).fill(0);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      res[i + j + 1] += (a.charCodeAt(i) - 48) * (b.charCodeAt(j) - 48);
    }
  }
  for (let k = res.length - 1; k > 0; k--) {
    res[k - 1] += Math.floor(res[k] / 10);
    res[k] = res[k] % 10;
  }
  let start = 0;
  while (start < res.length - 1 && res[start] === 0) start++;
  const out: string[] = [];
  for (let k = start; k < res.length; k++) {
    if ({{sep}} !== "" && k > start && (res.length - k) % {{group}} === 0) out.push({{sep}});
    out.push(String(res[k]));
  }
  if (res[start] === 0) negative = false;
  return (negative ? "-" : "") + out.join("");
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{lhs}}, String {{rhs}}) {
        boolean negative = false;
        String[] parts = new String[2];
        String[] given = {{{lhs}}, {{rhs}}};
        for (int t = 0; t < 2; t++) {
            String v = given[t];
            boolean signed = v.length() > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+');
            String digits = signed ? v.substring(1) : v;
            if (digits.length() == 0) return "";
            for (int k = 0; k < digits.length(); k++) {
                char c = digits.charAt(k);
                if (c < '0' || c > '9') return "";
            }
            if (v.charAt(0) == '-') negative = !negative;
            parts[t] = digits;
        }
        String a = parts[0];
        String b = parts[1];
        long[] res = new long[a.length() + b.length()];
        for (int i = 0; i < a.length(); i++) {
            for (int j = 0; j < b.length(); j++) {
                res[i + j + 1] += (a.charAt(i) - 48) * (b.charAt(j) - 48);
            }
        }
        for (int k = res.length - 1; k > 0; k--) {
            res[k - 1] += res[k] / 10;
            res[k] = res[k] % 10;
        }
        int start = 0;
        while (start < res.length - 1 && res[start] == 0) start++;
        StringBuilder out = new StringBuilder();
        if (negative && res[start] != 0) out.append('-');
        for (int k = start; k < res.length; k++) {
            if ({{sep}}.length() > 0 && k > start && (res.length - k) % {{group}} == 0) out.append({{sep}});
            out.append(res[k]);
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{lhs}} string, {{rhs}} string) string {
	negative := false
	parts := []string{}
	for _, v := range []string{{{lhs}}, {{rhs}}} {
		signed := len(v) > 0 && (v[0] == '-' || v[0] == '+')
		digits := v
		if signed {
			digits = v[1:]
		}
		if len(digits) == 0 {
			return ""
		}
		for k := 0; k < len(digits); k++ {
			if digits[k] < '0' || digits[k] > '9' {
				return ""
			}
		}
		if v[0] == '-' {
			negative = !negative
		}
		parts = append(parts, digits)
	}
	a, b := parts[0], parts[1]
	res := make([]int, len(a) + len(b))
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(b); j++ {
			res[i + j + 1] += int(a[i] - '0') * int(b[j] - '0')
		}
	}
	for k := len(res) - 1; k > 0; k-- {
		res[k - 1] += res[k] / 10
		res[k] = res[k] % 10
	}
	start := 0
	for start < len(res) - 1 && res[start] == 0 {
		start++
	}
	var out strings.Builder
	if negative && res[start] != 0 {
		out.WriteByte('-')
	}
	for k := start; k < len(res); k++ {
		if len({{sep}}) > 0 && k > start && (len(res) - k) % {{group}} == 0 {
			out.WriteString({{sep}})
		}
		out.WriteByte(byte('0' + res[k]))
	}
	return out.String()
}
""",
        Language.RUBY: """def {{fn}}({{lhs}}, {{rhs}})
  negative = false
  parts = []
  [{{lhs}}, {{rhs}}].each do |v|
    signed = v.length > 0 && (v[0] == "-" || v[0] == "+")
    digits = signed ? v[1..] : v
    return "" if digits.length == 0
    digits.each_char do |c|
      return "" if c < "0" || c > "9"
    end
    negative = !negative if v[0] == "-"
    parts.push(digits)
  end
  a, b = parts
  res = Array.new(a.length + b.length, 0)
  a.length.times do |i|
    b.length.times do |j|
      res[i + j + 1] += (a[i].ord - 48) * (b[j].ord - 48)
    end
  end
  (res.length - 1).downto(1) do |k|
    res[k - 1] += res[k] / 10
    res[k] = res[k] % 10
  end
  start = 0
  start += 1 while start < res.length - 1 && res[start] == 0
  out = +""
  out << "-" if negative && res[start] != 0
  (start...res.length).each do |k|
    out << {{sep}} if {{sep}} != "" && k > start && (res.length - k) % {{group}} == 0
    out << res[k].to_s
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{lhs}}: String, {{rhs}}: String) -> String {
    let mut negative = false;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    for v in [{{lhs}}.as_bytes(), {{rhs}}.as_bytes()] {
        let signed = v.starts_with(b"-") || v.starts_with(b"+");
        let digits: Vec<u8> = if signed { v[1..].to_vec() } else { v.to_vec() };
        if digits.len() == 0 {
            return String::new();
        }
        for c in digits.iter() {
            if !c.is_ascii_digit() {
                return String::new();
            }
        }
        if v.starts_with(b"-") {
            negative = !negative;
        }
        parts.push(digits);
    }
    let (a, b) = (&parts[0], &parts[1]);
    let mut res: Vec<i64> = vec![0; a.len() + b.len()];
    for i in 0..a.len() {
        for j in 0..b.len() {
            res[i + j + 1] += (a[i] as i64 - 48) * (b[j] as i64 - 48);
        }
    }
    for k in (1..res.len()).rev() {
        res[k - 1] += res[k] / 10;
        res[k] = res[k] % 10;
    }
    let mut start = 0;
    while start < res.len() - 1 && res[start] == 0 {
        start += 1;
    }
    let mut out = String::new();
    if negative && res[start] != 0 {
        out.push('-');
    }
    for k in start..res.len() {
        if {{sep}}.len() > 0 && k > start && (res.len() - k) % {{group}} == 0 {
            out.push_str(&{{sep}});
        }
        out.push_str(&res[k].to_string());
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Text;

public static class Solution
{
    public static string {{fn}}(string {{lhs}}, string {{rhs}})
    {
        bool negative = false;
        var parts = new List<string>();
        foreach (string v in new string[] { {{lhs}}, {{rhs}} })
        {
            bool signed = v.Length > 0 && (v[0] == '-' || v[0] == '+');
            string digits = signed ? v.Substring(1) : v;
            if (digits.Length == 0) return "";
            foreach (char c in digits)
            {
                if (c < '0' || c > '9') return "";
            }
            if (v[0] == '-') negative = !negative;
            parts.Add(digits);
        }
        string a = parts[0];
        string b = parts[1];
        long[] res = new long[a.Length + b.Length];
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j < b.Length; j++)
            {
                res[i + j + 1] += (a[i] - 48) * (b[j] - 48);
            }
        }
        for (int k = res.Length - 1; k > 0; k--)
        {
            res[k - 1] += res[k] / 10;
            res[k] = res[k] % 10;
        }
        int start = 0;
        while (start < res.Length - 1 && res[start] == 0) start++;
        var out_ = new StringBuilder();
        if (negative && res[start] != 0) out_.Append('-');
        for (int k = start; k < res.Length; k++)
        {
            if ({{sep}}.Length > 0 && k > start && (res.Length - k) % {{group}} == 0) out_.Append({{sep}});
            out_.Append(res[k]);
        }
        return out_.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["multiply_strings", "big_multiply", "long_product", "times_decimal", "product_text"],
            lhs=["lhs", "multiplicand", "first", "x_text"],
            rhs=["rhs", "multiplier", "second", "y_text"],
        )
        p |= {
            "sep": rng.choice(["", ",", "_", " "]),
            "group": rng.choice([3, 4]),
            "framing": rng.choice(
                [
                    "A cryptography course checks students' hand-written bignum code.",
                    "An accounting ledger multiplies amounts too large for machine integers.",
                    "A calculator app for astronomers multiplies numbers with hundreds of digits.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"sep": (p["sep"], "str"), "group": (p["group"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("lhs", "str"), ("rhs", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        lhs, rhs, sep, group = p["params"]["lhs"], p["params"]["rhs"], p["sep"], p["group"]
        shown = {"": "", ",": "a comma `,`", "_": "an underscore `_`", " ": "a single space"}[sep]
        grouping = (
            "The digits are written without any separator."
            if sep == ""
            else f"The digits are grouped in blocks of {group} counted from the right, with {shown} "
            f"between blocks (the leftmost block may be shorter; no separator before the first digit)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which multiplies the integers written in `{lhs}` and "
            f"`{rhs}` and returns the product as a decimal string. A valid input is an optional `+` or "
            "`-` followed by one or more ASCII digits `0`-`9` (leading zeros allowed; nothing else, no "
            "spaces); inputs may have up to 1000 digits, so the built-in big-integer types must not be "
            "relied upon for the size. If either input is not valid (including the empty string or "
            "non-ASCII digits), return the empty string. The result has no leading zeros, starts with "
            f"`-` exactly when the product is negative (a zero product is `0`, never `-0`). {grouping}"
        )
        return "Multiply big numbers", statement, "Multiply two long signed decimal strings."

    def solve(self, p: Params, *args: Any) -> Any:
        values = []
        for text in args:
            body = text[1:] if text[:1] in ("+", "-") else text
            if not body or any(c not in "0123456789" for c in body):
                return ""
            values.append(-int(body) if text[:1] == "-" else int(body))
        product = values[0] * values[1]
        digits = str(abs(product))
        if p["sep"]:
            head = len(digits) % p["group"] or p["group"]
            blocks = [digits[:head]] + [
                digits[i : i + p["group"]] for i in range(head, len(digits), p["group"])
            ]
            digits = p["sep"].join(blocks)
        return ("-" if product < 0 else "") + digits

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def number(n: int, sign: str = "") -> str:
            return sign + str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))

        cases: list[Case] = [(["123", "-45"], [])]
        cases += [([number(rng.randint(1, 6), rng.choice(["", "-"])), number(rng.randint(1, 6))], [])]
        cases += [([number(rng.randint(5, 20), rng.choice(["", "-", "+"])), number(rng.randint(5, 20))], [])]
        cases += [
            (["", "5"], ["empty"]),
            (["7", ""], ["empty"]),
            (["-", "3"], ["boundary"]),
            (["0", "-987"], ["boundary"]),
            (["-0", "-0"], ["boundary"]),
            (["000", "0012"], ["boundary"]),
            (["+9", "-9"], ["boundary"]),
            (["-12", "-12"], ["boundary"]),
            (["99999", "99999"], ["boundary"]),
            (["1000", "1000"], ["boundary"]),
            (["12 ", "3"], ["boundary"]),
            (["1-2", "3"], ["boundary"]),
            (["--4", "3"], ["boundary"]),
            (["9223372036854775807", "9223372036854775807"], ["boundary"]),
            ([number(400, "-"), number(400)], ["large"]),
            (["9" * 600, "9" * 500], ["large"]),
            (["1" + "0" * 999, "-" + "0" * 10 + "1"], ["large"]),
            (["٣", "4"], ["unicode"]),
            (["１２", "3"], ["unicode"]),
            (["12", "é"], ["unicode"]),
        ]
        return cases
