"""Medium family: strictly parse a Roman numeral written in canonical subtractive form.

Medium because a value-summing parser is easy but accepting only the canonical spelling (no
"IIII", "VX", "IC" or "MCMC"), a bounded range and an exact letter-case rule takes care.
"""

from __future__ import annotations

import functools
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]


def encode(value: int) -> str:
    out = ""
    for symbol, weight in zip(SYMBOLS, VALUES, strict=True):
        while value >= weight:
            out += symbol
            value -= weight
    return out


@functools.cache
def spellings(top: int, allow_lower: bool) -> dict[str, int]:
    """Every valid spelling of 1..top mapped to its value."""
    table = {encode(value): value for value in range(1, top + 1)}
    if allow_lower:
        table |= {text.lower(): value for text, value in list(table.items())}
    return table


class RomanNumerals(Family):
    name = "roman-numerals"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "validation")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> int | None:
    symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
    values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
    weights = [1, 5, 10, 50, 100, 500, 1000]
    nums: list[int] = []
    for c in {{text}}:
        pos = "IVXLCDM".find(c)
        if pos < 0:
            pos = "ivxlcdm".find(c)
        if pos < 0:
            return None
        nums.append(weights[pos])
    total = 0
    for k in range(len(nums)):
        if k + 1 < len(nums) and nums[k] < nums[k + 1]:
            total -= nums[k]
        else:
            total += nums[k]
    if total < 1 or total > {{max_value}}:
        return None
    enc = ""
    rest = total
    for k in range(13):
        while rest >= values[k]:
            enc += symbols[k]
            rest -= values[k]
    if enc == {{text}} or ({{allow_lower}} and enc.lower() == {{text}}):
        return total
    return None
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): number | null {
  const symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
  const values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
  const weights = [1, 5, 10, 50, 100, 500, 1000];
  const nums: number[] = [];
  for (const c of Array.from({{text}})) {
    let pos = "IVXLCDM".indexOf(c);
    if (pos < 0) pos = "ivxlcdm".indexOf(c);
    if (pos < 0) return null;
    nums.push(weights[pos]);
  }
  let total = 0;
  for (let k = 0; k < nums.length; k++) {
    if (k + 1 < nums.length && nums[k] < nums[k + 1]) total -= nums[k];
    else total += nums[k];
  }
  if (total < 1 || total > {{max_value}}) return null;
  let enc = "";
  let rest = total;
  for (let k = 0; k < 13; k++) {
    while (rest >= values[k]) {
      enc += symbols[k];
      rest -= values[k];
    }
  }
  if (enc === {{text}} || ({{allow_lower}} && enc.toLowerCase() === {{text}})) return total;
  return null;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Long {{fn}}(String {{text}}) {
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        long[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        long[] weights = {1, 5, 10, 50, 100, 500, 1000};
        List<Long> nums = new ArrayList<>();
        for (char c : {{text}}.toCharArray()) {
            int pos = "IVXLCDM".indexOf(c);
            if (pos < 0) pos = "ivxlcdm".indexOf(c);
            if (pos < 0) return null;
            nums.add(weights[pos]);
        }
        long total = 0;
        for (int k = 0; k < nums.size(); k++) {
            if (k + 1 < nums.size() && nums.get(k) < nums.get(k + 1)) total -= nums.get(k);
            else total += nums.get(k);
        }
        if (total < 1 || total > {{max_value}}) return null;
        StringBuilder enc = new StringBuilder();
        long rest = total;
        for (int k = 0; k < 13; k++) {
            while (rest >= values[k]) {
                enc.append(symbols[k]);
                rest -= values[k];
            }
        }
        String spelled = enc.toString();
        String lowered = spelled.toLowerCase(Locale.ROOT);
        if (spelled.equals({{text}}) || ({{allow_lower}} && lowered.equals({{text}}))) {
            return total;
        }
        return null;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} string) *int {
	symbols := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	weights := []int{1, 5, 10, 50, 100, 500, 1000}
	nums := []int{}
	for _, c := range {{text}} {
		pos := strings.IndexRune("IVXLCDM", c)
		if pos < 0 {
			pos = strings.IndexRune("ivxlcdm", c)
		}
		if pos < 0 {
			return nil
		}
		nums = append(nums, weights[pos])
	}
	total := 0
	for k := 0; k < len(nums); k++ {
		if k + 1 < len(nums) && nums[k] < nums[k + 1] {
			total -= nums[k]
		} else {
			total += nums[k]
		}
	}
	if total < 1 || total > {{max_value}} {
		return nil
	}
	enc := ""
	rest := total
	for k := 0; k < 13; k++ {
		for rest >= values[k] {
			enc += symbols[k]
			rest -= values[k]
		}
	}
	if enc == {{text}} || ({{allow_lower}} && strings.ToLower(enc) == {{text}}) {
		return &total
	}
	return nil
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
  values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
  weights = [1, 5, 10, 50, 100, 500, 1000]
  nums = []
  {{text}}.each_char do |c|
    pos = "IVXLCDM".index(c)
    pos = "ivxlcdm".index(c) if pos.nil?
    return nil if pos.nil?
    nums << weights[pos]
  end
  total = 0
  (0...nums.length).each do |k|
    if k + 1 < nums.length && nums[k] < nums[k + 1]
      total -= nums[k]
    else
      total += nums[k]
    end
  end
  return nil if total < 1 || total > {{max_value}}
  enc = +""
  rest = total
  (0...13).each do |k|
    while rest >= values[k]
      enc << symbols[k]
      rest -= values[k]
    end
  end
  return total if enc == {{text}} || ({{allow_lower}} && enc.downcase == {{text}})
  nil
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> Option<i64> {
    let symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
    let values: [i64; 13] = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
    let weights: [i64; 7] = [1, 5, 10, 50, 100, 500, 1000];
    let mut nums: Vec<i64> = Vec::new();
    for c in {{text}}.chars() {
        let pos = match "IVXLCDM".find(c) {
            Some(at) => at,
            None => "ivxlcdm".find(c)?,
        };
        nums.push(weights[pos]);
    }
    let mut total: i64 = 0;
    for k in 0..nums.len() {
        if k + 1 < nums.len() && nums[k] < nums[k + 1] {
            total -= nums[k];
        } else {
            total += nums[k];
        }
    }
    if total < 1 || total > {{max_value}} {
        return None;
    }
    let mut enc = String::new();
    let mut rest = total;
    for k in 0..13 {
        while rest >= values[k] {
            enc.push_str(symbols[k]);
            rest -= values[k];
        }
    }
    if enc == {{text}} || ({{allow_lower}} && enc.to_ascii_lowercase() == {{text}}) {
        return Some(total);
    }
    None
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Text;

public static class Solution
{
    public static long? {{fn}}(string {{text}})
    {
        string[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        long[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        long[] weights = {1, 5, 10, 50, 100, 500, 1000};
        var nums = new List<long>();
        foreach (char c in {{text}})
        {
            int pos = "IVXLCDM".IndexOf(c);
            if (pos < 0) pos = "ivxlcdm".IndexOf(c);
            if (pos < 0) return null;
            nums.Add(weights[pos]);
        }
        long total = 0;
        for (int k = 0; k < nums.Count; k++)
        {
            if (k + 1 < nums.Count && nums[k] < nums[k + 1]) total -= nums[k];
            else total += nums[k];
        }
        if (total < 1 || total > {{max_value}}) return null;
        var enc = new StringBuilder();
        long rest = total;
        for (int k = 0; k < 13; k++)
        {
            while (rest >= values[k])
            {
                enc.Append(symbols[k]);
                rest -= values[k];
            }
        }
        string spelled = enc.ToString();
        bool lowerOk = {{allow_lower}};
        if (spelled == {{text}} || (lowerOk && spelled.ToLowerInvariant() == {{text}})) return total;
        return null;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["parse_roman", "roman_value", "from_roman", "decode_numeral", "roman_to_int"],
            text=["numeral", "roman", "glyphs", "label", "mark"],
        )
        p |= {
            "max_value": rng.choice([3999, 4999, 2999]),
            "allow_lower": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A library catalogue reads chapter numbers printed in Roman numerals.",
                    "A clock-face designer validates the hour labels a user typed.",
                    "A film archive parses copyright years from title cards.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"max_value": (p["max_value"], "int"), "allow_lower": (p["allow_lower"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "optional[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        top = p["max_value"]
        case_rule = (
            "The numeral may be written entirely in upper-case letters or entirely in lower-case letters "
            "(`mcmxc`); mixing cases (`Mcm`) is invalid."
            if p["allow_lower"]
            else "Only upper-case letters are accepted; any lower-case letter makes it invalid."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the value of the Roman numeral "
            f"`{p['params']['text']}`, or null when it is not a valid numeral. Letters are I=1, V=5, X=10, "
            f"L=50, C=100, D=500, M=1000. Valid numerals are exactly the canonical spellings of 1 to {top}: "
            f"thousands as `M` repeated (as many times as needed up to {top}), then hundreds as one of "
            "C, CC, CCC, CD, D, DC, DCC, DCCC, CM, then tens as one of X, XX, XXX, XL, L, LX, LXX, LXXX, XC, "
            "then units as one of I, II, III, IV, V, VI, VII, VIII, IX, each part omitted when its digit "
            "is 0. "
            "So `IIII`, `VV`, `IC`, `XM`, `IXI` and `CMCM` are invalid, as is any value above "
            f"{top}. {case_rule} The empty string, spaces and any other character are invalid."
        )
        return "Strict Roman numerals", statement, "Parse a canonical Roman numeral, or null if invalid."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        table = spellings(p["max_value"], p["allow_lower"])
        return table.get(text)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        top: int = p["max_value"]

        def valid() -> str:
            return encode(rng.randint(1, top))

        cases: list[Case] = [([valid()], []) for _ in range(2)]
        cases += [
            (["MCMXCIV"], []),
            (["IIII"], []),
            ([valid().lower()], []),
            ([""], ["empty"]),
            (["I"], ["boundary"]),
            ([encode(top)], ["boundary"]),
            ([encode(top) + "I"], ["boundary"]),
            (["M" * (top // 1000 + 1)], ["boundary"]),
            (["IV"], ["boundary"]),
            (["VI"], ["boundary"]),
            (["IIV"], ["boundary"]),
            (["VX"], ["boundary"]),
            (["IC"], ["boundary"]),
            (["XCIX"], ["boundary"]),
            (["CMCM"], ["boundary"]),
            (["MMXXIV"], ["boundary"]),
            (["mmxxiv"], ["boundary"]),
            (["MmXXiv"], ["boundary"]),
            (["XL"], ["boundary"]),
            (["XII "], ["boundary"]),
            (["III"], ["boundary"]),
            (["M" * 3000], ["large"]),
            (["MDCLXVI" * 400], ["large"]),
            (["Ⅻ"], ["unicode"]),
            (["XİV"], ["unicode"]),
            (["ⅹⅰ"], ["unicode"]),
        ]
        return cases
