"""Hard family: (base ^ exp) mod m by square-and-multiply, with a stated rule for negative bases.

Hard because exponents up to 9 * 10^15 rule out repeated multiplication (logarithmic binary
exponentiation is needed), every intermediate must stay inside 64 bits (reduce before squaring),
and negative bases, m = 1, exp = 0 and the 0^0 convention decide the edges.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

SAFE = 2**53 - 1


class ModPow(Family):
    name = "mod-pow"
    difficulty = Difficulty.HARD
    tags = ("math", "modular-arithmetic", "numeric")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{base}}: int, {{power}}: int, {{modulus}}: int) -> int:
    if {{base}} == 0 and {{power}} == 0:
        return {{zero_zero}} % {{modulus}}
    negative = {{base}} < 0 and {{power}} % 2 == 1
    b = abs({{base}}) % {{modulus}}
    e = {{power}}
    result = 1 % {{modulus}}
    while e > 0:
        if e % 2 == 1:
            result = result * b % {{modulus}}
        b = b * b % {{modulus}}
        e = e // 2
    if negative and result != 0:
        result = {{modulus}} - result if {{floor}} else -result
    return result
""",
        Language.TYPESCRIPT: """export function {{fn}}(
  {{base}}: number,
  {{power}}: number,
  {{modulus}}: number,
): number {
  const modBig = BigInt({{modulus}});
  if ({{base}} === 0 && {{power}} === 0) return Number(BigInt({{zero_zero}}) % modBig);
  const negative = {{base}} < 0 && {{power}} % 2 === 1;
  let b = BigInt(Math.abs({{base}})) % modBig;
  let e = BigInt({{power}});
  let result = BigInt(1) % modBig;
  const two = BigInt(2);
  while (e > BigInt(0)) {
    if (e % two === BigInt(1)) result = (result * b) % modBig;
    b = (b * b) % modBig;
    e = e / two;
  }
  if (negative && result !== BigInt(0)) result = {{floor}} ? modBig - result : -result;
  return Number(result);
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(long {{base}}, long {{power}}, long {{modulus}}) {
        if ({{base}} == 0 && {{power}} == 0) return {{zero_zero}} % {{modulus}};
        boolean negative = {{base}} < 0 && {{power}} % 2 == 1;
        long b = Math.abs({{base}}) % {{modulus}};
        long e = {{power}};
        long result = 1 % {{modulus}};
        while (e > 0) {
            if (e % 2 == 1) result = result * b % {{modulus}};
            b = b * b % {{modulus}};
            e = e / 2;
        }
        if (negative && result != 0) result = {{floor}} ? {{modulus}} - result : -result;
        return result;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{base}} int, {{power}} int, {{modulus}} int) int {
	if {{base}} == 0 && {{power}} == 0 {
		return {{zero_zero}} % {{modulus}}
	}
	negative := {{base}} < 0 && {{power}} % 2 == 1
	b := {{base}}
	if b < 0 {
		b = -b
	}
	b = b % {{modulus}}
	e := {{power}}
	result := 1 % {{modulus}}
	for e > 0 {
		if e % 2 == 1 {
			result = result * b % {{modulus}}
		}
		b = b * b % {{modulus}}
		e = e / 2
	}
	if negative && result != 0 {
		if {{floor}} {
			result = {{modulus}} - result
		} else {
			result = -result
		}
	}
	return result
}
""",
        Language.RUBY: """def {{fn}}({{base}}, {{power}}, {{modulus}})
  return {{zero_zero}} % {{modulus}} if {{base}} == 0 && {{power}} == 0
  negative = {{base}} < 0 && {{power}} % 2 == 1
  b = {{base}}.abs % {{modulus}}
  e = {{power}}
  result = 1 % {{modulus}}
  while e > 0
    result = result * b % {{modulus}} if e % 2 == 1
    b = b * b % {{modulus}}
    e = e / 2
  end
  result = {{floor}} ? {{modulus}} - result : -result if negative && result != 0
  result
end
""",
        Language.RUST: """pub fn {{fn}}({{base}}: i64, {{power}}: i64, {{modulus}}: i64) -> i64 {
    if {{base}} == 0 && {{power}} == 0 {
        return {{zero_zero}} % {{modulus}};
    }
    let negative = {{base}} < 0 && {{power}} % 2 == 1;
    let mut b = {{base}}.abs() % {{modulus}};
    let mut e = {{power}};
    let mut result = 1 % {{modulus}};
    while e > 0 {
        if e % 2 == 1 {
            result = result * b % {{modulus}};
        }
        b = b * b % {{modulus}};
        e = e / 2;
    }
    if negative && result != 0 {
        result = if {{floor}} { {{modulus}} - result } else { -result };
    }
    result
}
""",
        Language.CSHARP: """using System;

public static class Solution
{
    public static long {{fn}}(long {{base}}, long {{power}}, long {{modulus}})
    {
        if ({{base}} == 0 && {{power}} == 0) return {{zero_zero}} % {{modulus}};
        bool negative = {{base}} < 0 && {{power}} % 2 == 1;
        long b = Math.Abs({{base}}) % {{modulus}};
        long e = {{power}};
        long result = 1 % {{modulus}};
        while (e > 0)
        {
            if (e % 2 == 1) result = result * b % {{modulus}};
            b = b * b % {{modulus}};
            e = e / 2;
        }
        if (negative && result != 0) result = {{floor}} ? {{modulus}} - result : -result;
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["mod_pow", "power_mod", "modular_power", "pow_mod", "exp_mod"],
            base=["value", "g", "radix", "root"],
            power=["power", "exponent", "k", "times"],
            modulus=["modulus", "m", "prime", "ring"],
        )
        p |= {
            "floor": rng.choice([True, False]),
            "zero_zero": rng.choice([1, 0]),
            "framing": rng.choice(
                [
                    "A cryptography toolkit needs modular exponentiation for key exchange.",
                    "A hashing library raises a multiplier to a huge power modulo its table size.",
                    "A number-theory homework checker evaluates huge powers modulo small numbers.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"floor": (p["floor"], "bool"), "zero_zero": (p["zero_zero"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("base", "int"), ("power", "int"), ("modulus", "int")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        base, power, modulus = p["params"]["base"], p["params"]["power"], p["params"]["modulus"]
        rule = (
            f"The result is always in the range 0 to `{modulus}` - 1, even for a negative base "
            f"(the mathematical residue: (-2)^3 mod 5 is 2)."
            if p["floor"]
            else "The result takes the sign of the exact power, like a truncating remainder: for a "
            f"negative base and an odd exponent the result is -(|{base}|^{power} mod {modulus}), between "
            f"-(`{modulus}` - 1) and 0 ((-2)^3 mod 5 is -3; (-2)^2 mod 5 is 4; a zero residue is 0, "
            "never negative)."
        )
        zero = "1 (so it is 1 mod m)" if p["zero_zero"] == 1 else "0 in this system"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns `{base}` raised to the power `{power}`, "
            f"modulo `{modulus}`. `{base}` is an integer with magnitude at most 2^53 - 1 (it may be "
            f"negative), `{power}` is between 0 and 2^53 - 1 (about 9 * 10^15), and `{modulus}` is "
            f"between 1 and 1000000007. {rule} Any power modulo 1 is 0, and x^0 is 1 for x other than "
            f"0; 0^0 is defined as {zero}. Every intermediate value of a correct solution fits in a "
            "signed 64-bit integer if values are reduced modulo the modulus before multiplying."
        )
        return "Modular power", statement, "Modular exponentiation with a rule for negative bases."

    def solve(self, p: Params, *args: Any) -> Any:
        base, power, modulus = args
        if base == 0 and power == 0:
            return p["zero_zero"] % modulus
        residue = pow(abs(base), power, modulus)
        if base < 0 and power % 2 == 1 and residue:
            return modulus - residue if p["floor"] else -residue
        return residue

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        big_mod = 1_000_000_007
        cases: list[Case] = [([2, 10, 1000], [])]
        cases += [([rng.randint(-20, 20), rng.randint(0, 30), rng.randint(2, 97)], []) for _ in range(4)]
        cases += [
            ([0, 0, 7], ["empty"]),
            ([0, 0, 1], ["empty"]),
            ([0, 5, 7], ["boundary"]),
            ([5, 0, 7], ["boundary"]),
            ([-5, 0, 7], ["boundary"]),
            ([9, 9, 1], ["boundary"]),
            ([-2, 3, 5], ["boundary"]),
            ([-2, 2, 5], ["boundary"]),
            ([-5, 3, 5], ["boundary"]),
            ([-1, 1, 2], ["boundary"]),
            ([3, 1, 2], ["boundary"]),
            ([7, 1, 5], ["boundary"]),
            ([-7, 1, 5], ["boundary"]),
            ([2, 62, big_mod], ["boundary"]),
            ([big_mod - 1, 2, big_mod], ["boundary"]),
            ([2, SAFE, big_mod], ["large"]),
            ([-SAFE, SAFE, big_mod], ["large"]),
            ([-3, SAFE - 1, 1_000_000_000], ["large"]),
            ([rng.randint(-SAFE, SAFE), rng.randint(10**14, SAFE), big_mod], ["large"]),
            ([rng.randint(2, 10**9), rng.randint(10**15, SAFE), rng.randint(10**8, big_mod)], ["large"]),
            ([-(big_mod - 1), 2**52 + 1, big_mod], ["large"]),
        ]
        return cases
