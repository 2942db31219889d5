"""Hard family: a fraction as a decimal string with its repeating part in brackets.

Hard because the repeating block must be found exactly (long division that remembers where each
remainder first appeared), signs and zero need care, and long periods need a linear-time method.
"""

from __future__ import annotations

import random
from math import gcd
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

LIMIT = 10**15
BRACKETS = [("(", ")"), ("[", "]"), ("{", "}"), ("<", ">")]


class FractionDecimal(Family):
    name = "fraction-decimal"
    difficulty = Difficulty.HARD
    tags = ("math", "hashing", "strings")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{num}}: int, {{den}}: int) -> str | None:
    if {{den}} == 0:
        return None
    negative = ({{num}} < 0) != ({{den}} < 0) and {{num}} != 0
    a = abs({{num}})
    b = abs({{den}})
    whole = a // b
    rest = a % b
    sign = "-" if negative else ""
    if rest == 0:
        return sign + str(whole)
    head = "" if whole == 0 and not {{lead_zero}} else str(whole)
    digits: list[str] = []
    seen: dict[int, int] = {}
    while rest != 0 and rest not in seen:
        seen[rest] = len(digits)
        rest = rest * 10
        digits.append(str(rest // b))
        rest = rest % b
    frac = "".join(digits)
    if rest != 0:
        start = seen[rest]
        frac = frac[:start] + {{open}} + frac[start:] + {{close}}
    return sign + head + "." + frac
""",
        Language.TYPESCRIPT: """export function {{fn}}({{num}}: number, {{den}}: number): string | null {
  if ({{den}} === 0) return null;
  const negative = ({{num}} < 0) !== ({{den}} < 0) && {{num}} !== 0;
  const a = BigInt(Math.abs({{num}}));
  const b = BigInt(Math.abs({{den}}));
  const whole = a / b;
  let rest = a % b;
  const sign = negative ? "-" : "";
  if (rest === BigInt(0)) return sign + whole.toString();
  const head = whole === BigInt(0) && !{{lead_zero}} ? "" : whole.toString();
  const digits: string[] = [];
  const seen = new Map<bigint, number>();
  while (rest !== BigInt(0) && !seen.has(rest)) {
    seen.set(rest, digits.length);
    rest = rest * BigInt(10);
    digits.push((rest / b).toString());
    rest = rest % b;
  }
  let frac = digits.join("");
  if (rest !== BigInt(0)) {
    const start = seen.get(rest) as number;
    frac = frac.slice(0, start) + {{open}} + frac.slice(start) + {{close}};
  }
  return sign + head + "." + frac;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(long {{num}}, long {{den}}) {
        if ({{den}} == 0) return null;
        boolean negative = ({{num}} < 0) != ({{den}} < 0) && {{num}} != 0;
        long a = Math.abs({{num}});
        long b = Math.abs({{den}});
        long whole = a / b;
        long rest = a % b;
        String sign = negative ? "-" : "";
        if (rest == 0) return sign.concat(String.valueOf(whole));
        String head = whole == 0 && !{{lead_zero}} ? "" : String.valueOf(whole);
        StringBuilder digits = new StringBuilder();
        Map<Long, Integer> seen = new HashMap<>();
        while (rest != 0 && !seen.containsKey(rest)) {
            seen.put(rest, digits.length());
            rest = rest * 10;
            digits.append(rest / b);
            rest = rest % b;
        }
        if (rest != 0) digits.insert((int) seen.get(rest), {{open}}).append({{close}});
        return String.join("", sign, head, ".", digits);
    }
}
""",
        Language.GO: """package solution

import (
	"strconv"
	"strings"
)

func {{fn}}({{num}} int, {{den}} int) *string {
	if {{den}} == 0 {
		return nil
	}
	negative := ({{num}} < 0) != ({{den}} < 0) && {{num}} != 0
	a, b := {{num}}, {{den}}
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	whole := a / b
	rest := a % b
	sign := ""
	if negative {
		sign = "-"
	}
	if rest == 0 {
		text := strings.Join([]string{sign, strconv.Itoa(whole)}, "")
		return &text
	}
	head := strconv.Itoa(whole)
	if whole == 0 && !{{lead_zero}} {
		head = ""
	}
	digits := []byte{}
	seen := map[int]int{}
	for rest != 0 {
		if _, ok := seen[rest]; ok {
			break
		}
		seen[rest] = len(digits)
		rest = rest * 10
		digits = append(digits, strconv.Itoa(rest / b)...)
		rest = rest % b
	}
	frac := string(digits)
	if rest != 0 {
		start := seen[rest]
		frac = strings.Join([]string{frac[:start], {{open}}, frac[start:], {{close}}}, "")
	}
	text := strings.Join([]string{sign, head, ".", frac}, "")
	return &text
}
""",
        Language.RUBY: """def {{fn}}({{num}}, {{den}})
  return nil if {{den}} == 0
  negative = ({{num}} < 0) != ({{den}} < 0) && {{num}} != 0
  a = {{num}}.abs
  b = {{den}}.abs
  whole = a / b
  rest = a % b
  sign = negative ? "-" : ""
  return sign + whole.to_s if rest == 0
  head = whole == 0 && !{{lead_zero}} ? "" : whole.to_s
  digits = +""
  seen = {}
  while rest != 0 && !seen.key?(rest)
    seen[rest] = digits.length
    rest = rest * 10
    digits << (rest / b).to_s
    rest = rest % b
  end
  frac = digits
  if rest != 0
    start = seen[rest]
    frac = frac[0, start] + {{open}} + frac[start..] + {{close}}
  end
  sign + head + "." + frac
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{num}}: i64, {{den}}: i64) -> Option<String> {
    if {{den}} == 0 {
        return None;
    }
    let negative = ({{num}} < 0) != ({{den}} < 0) && {{num}} != 0;
    let a = {{num}}.abs();
    let b = {{den}}.abs();
    let whole = a / b;
    let mut rest = a % b;
    let sign = if negative { "-" } else { "" };
    if rest == 0 {
        return Some(format!("{}{}", sign, whole));
    }
    let head = if whole == 0 && !{{lead_zero}} { String::new() } else { whole.to_string() };
    let mut digits = String::new();
    let mut seen: HashMap<i64, usize> = HashMap::new();
    while rest != 0 && !seen.contains_key(&rest) {
        seen.insert(rest, digits.len());
        rest = rest * 10;
        digits.push_str(&(rest / b).to_string());
        rest = rest % b;
    }
    let mut frac = digits.clone();
    if rest != 0 {
        let start = seen[&rest];
        frac = format!("{}{}{}{}", &digits[..start], {{open}}, &digits[start..], {{close}});
    }
    Some(format!("{}{}.{}", sign, head, frac))
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Text;

public static class Solution
{
    public static string {{fn}}(long {{num}}, long {{den}})
    {
        if ({{den}} == 0) return null;
        bool negative = ({{num}} < 0) != ({{den}} < 0) && {{num}} != 0;
        long a = Math.Abs({{num}});
        long b = Math.Abs({{den}});
        long whole = a / b;
        long rest = a % b;
        string sign = negative ? "-" : "";
        if (rest == 0) return string.Concat(sign, whole.ToString());
        string head = whole == 0 && !{{lead_zero}} ? "" : whole.ToString();
        var digits = new StringBuilder();
        var seen = new Dictionary<long, int>();
        while (rest != 0 && !seen.ContainsKey(rest))
        {
            seen[rest] = digits.Length;
            rest = rest * 10;
            digits.Append((rest / b).ToString());
            rest = rest % b;
        }
        if (rest != 0) digits.Insert(seen[rest], {{open}}).Append({{close}});
        return string.Concat(sign, head, ".", digits.ToString());
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["fraction_to_decimal", "as_decimal", "decimal_expansion", "ratio_text", "long_division"],
            num=["numerator", "num", "top", "dividend", "upper"],
            den=["denominator", "den", "bottom", "divisor", "lower"],
        )
        p |= {
            "brackets": rng.choice(BRACKETS),
            "lead_zero": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A computer algebra system prints exact rational results.",
                    "A teaching app shows pupils the decimal form of a fraction.",
                    "A unit converter displays exact ratios without rounding.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "open": (p["brackets"][0], "str"),
            "close": (p["brackets"][1], "str"),
            "lead_zero": (p["lead_zero"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("num", "int"), ("den", "int")], "optional[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        num, den = p["params"]["num"], p["params"]["den"]
        op, cl = p["brackets"]
        lead = (
            "a value whose integer part is 0 but has a fractional part keeps the `0` before the point "
            f"(1/4 is `0.25`, 1/3 is `0.{op}3{cl}`)"
            if p["lead_zero"]
            else "a value whose integer part is 0 but has a fractional part is written without the `0` "
            f"before the point (1/4 is `.25`, 1/3 is `.{op}3{cl}`, -1/2 is `-.5`); a value of exactly 0 "
            "is `0`"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the exact value of `{num}` / `{den}` as a "
            "decimal string. Both are integers of magnitude at most 10^15 and either may be negative. "
            f"Return null (no value) when `{den}` is 0. Otherwise the result is: a `-` when the value is "
            "negative (zero is never negative), the integer part in decimal without leading zeros, and, "
            "only when the value is not an integer, a `.` followed by the digits after the point. When "
            "those digits repeat forever, write the digits before the repetition, then the shortest "
            f"repeating block once, enclosed in `{op}` and `{cl}`, starting as early as possible (1/6 is "
            f"`0.1{op}6{cl}`, 1/7 is `0.{op}142857{cl}`, 1/90 is `0.0{op}1{cl}`); terminating values have "
            f"no brackets and no trailing zeros (10/4 is `2.5`, -50/8 is `-6.25`). In this variant {lead}. "
            "Repeating blocks may be thousands of digits long."
        )
        return "Fraction to decimal", statement, "A fraction as a decimal with its repeating block marked."

    def solve(self, p: Params, *args: Any) -> Any:
        num, den = args
        if den == 0:
            return None
        sign = "-" if num * den < 0 else ""
        a, b = abs(num), abs(den)
        whole, rest = divmod(a, b)
        if rest == 0:
            return sign + str(whole)
        reduced = b // gcd(rest, b)
        pre = 0
        for factor in (2, 5):
            count = 0
            while reduced % factor == 0:
                reduced //= factor
                count += 1
            pre = max(pre, count)
        period, power = 0, 1 % reduced
        if reduced > 1:
            period, power = 1, 10 % reduced
            while power != 1:
                power = power * 10 % reduced
                period += 1
        digits = ""
        for _ in range(pre + period):
            rest *= 10
            digits += str(rest // b)
            rest %= b
        head = str(whole) if whole or p["lead_zero"] else ""
        op, cl = p["brackets"]
        tail = op + digits[pre:] + cl if period else ""
        return sign + head + "." + digits[:pre] + tail

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def small() -> list[int]:
            return [rng.randint(-300, 300), rng.choice([-1, 1]) * rng.randint(1, 60)]

        primes = [q for q in range(1500, 3000) if all(q % d for d in range(2, 64))]
        long_prime = rng.choice([q for q in primes if all(q % d for d in range(2, int(q**0.5) + 1))])
        cases: list[Case] = [([rng.randint(1, 20), rng.choice([6, 7, 12, 14, 22])], [])]
        cases += [(small(), []) for _ in range(4)]
        cases += [
            ([0, 5], ["empty"]),
            ([0, -7], ["empty"]),
            ([5, 0], ["boundary"]),
            ([0, 0], ["boundary"]),
            ([-7, 1], ["boundary"]),
            ([1, -3], ["boundary"]),
            ([-1, -4], ["boundary"]),
            ([-1, 2], ["boundary"]),
            ([10, 4], ["boundary"]),
            ([1, 90], ["boundary"]),
            ([1, 99], ["boundary"]),
            ([1, 11], ["boundary"]),
            ([7, 12], ["boundary"]),
            ([22, 7], ["boundary"]),
            ([-41, 333], ["boundary"]),
            ([1, 81], ["boundary"]),
            ([LIMIT, 7], ["large"]),
            ([-LIMIT + 1, LIMIT], ["large"]),
            ([LIMIT, 2**49], ["large"]),
            ([rng.randint(1, LIMIT), 3 * 2**47], ["large"]),
            ([rng.randint(-LIMIT, LIMIT), LIMIT - 1], ["large"]),
            ([rng.randint(1, LIMIT), -long_prime], ["large"]),
            ([1, 3 * long_prime], ["large"]),
        ]
        return cases
