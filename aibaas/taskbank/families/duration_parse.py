"""Medium family: parse a compact duration such as `1h30m15s` into seconds, strictly.

Medium because the scanner must enforce several exact rules at once: which unit letters exist,
strictly decreasing unit order (no repeats), digit limits and the seed's bare-number policy.
"""

from __future__ import annotations

import itertools
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

MAX_DIGITS = 9
SIZES = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
NAMES = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes", "s": "seconds"}


class DurationParse(Family):
    name = "duration-parse"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "validation")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> int | None:
    order = "wdhms"
    sizes = [604800, 86400, 3600, 60, 1]
    n = len({{text}})
    if n == 0:
        return None
    total = 0
    last = -1
    i = 0
    while i < n:
        j = i
        while j < n and {{text}}[j] in "0123456789":
            j += 1
        if j == i or j - i > {{max_digits}}:
            return None
        value = int({{text}}[i:j])
        if j == n:
            if not {{bare_seconds}} or last >= 4:
                return None
            return total + value
        pos = order.find({{text}}[j])
        if pos < 0 or {{units}}.find({{text}}[j]) < 0 or pos <= last:
            return None
        total += value * sizes[pos]
        last = pos
        i = j + 1
    return total
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): number | null {
  const order = "wdhms";
  const sizes = [604800, 86400, 3600, 60, 1];
  const n = {{text}}.length;
  if (n === 0) return null;
  let total = 0;
  let last = -1;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && {{text}}[j] >= "0" && {{text}}[j] <= "9") j++;
    if (j === i || j - i > {{max_digits}}) return null;
    const value = Number({{text}}.slice(i, j));
    if (j === n) {
      if (!{{bare_seconds}} || last >= 4) return null;
      return total + value;
    }
    const pos = order.indexOf({{text}}[j]);
    if (pos < 0 || {{units}}.indexOf({{text}}[j]) < 0 || pos <= last) return null;
    total += value * sizes[pos];
    last = pos;
    i = j + 1;
  }
  return total;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Long {{fn}}(String {{text}}) {
        String order = "wdhms";
        long[] sizes = {604800, 86400, 3600, 60, 1};
        int n = {{text}}.length();
        if (n == 0) return null;
        long total = 0;
        int last = -1;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && {{text}}.charAt(j) >= '0' && {{text}}.charAt(j) <= '9') j++;
            if (j == i || j - i > {{max_digits}}) return null;
            long value = Long.parseLong({{text}}.substring(i, j));
            if (j == n) {
                if (!{{bare_seconds}} || last >= 4) return null;
                return total + value;
            }
            int pos = order.indexOf({{text}}.charAt(j));
            if (pos < 0 || {{units}}.indexOf({{text}}.charAt(j)) < 0 || pos <= last) return null;
            total += value * sizes[pos];
            last = pos;
            i = j + 1;
        }
        return total;
    }
}
""",
        Language.GO: """package solution

import (
	"strconv"
	"strings"
)

func {{fn}}({{text}} string) *int {
	order := "wdhms"
	sizes := []int{604800, 86400, 3600, 60, 1}
	n := len({{text}})
	if n == 0 {
		return nil
	}
	total := 0
	last := -1
	i := 0
	for i < n {
		j := i
		for j < n && {{text}}[j] >= '0' && {{text}}[j] <= '9' {
			j += 1
		}
		if j == i || j - i > {{max_digits}} {
			return nil
		}
		value, _ := strconv.Atoi({{text}}[i:j])
		if j == n {
			if !{{bare_seconds}} || last >= 4 {
				return nil
			}
			total += value
			return &total
		}
		pos := strings.IndexByte(order, {{text}}[j])
		if pos < 0 || strings.IndexByte({{units}}, {{text}}[j]) < 0 || pos <= last {
			return nil
		}
		total += value * sizes[pos]
		last = pos
		i = j + 1
	}
	return &total
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  order = "wdhms"
  sizes = [604800, 86400, 3600, 60, 1]
  chars = {{text}}.chars
  n = chars.length
  return nil if n == 0
  total = 0
  last = -1
  i = 0
  while i < n
    j = i
    j += 1 while j < n && "0123456789".include?(chars[j])
    return nil if j == i || j - i > {{max_digits}}
    value = chars[i...j].join.to_i
    if j == n
      return nil if !{{bare_seconds}} || last >= 4
      return total + value
    end
    pos = order.index(chars[j])
    return nil if pos.nil? || {{units}}.index(chars[j]).nil? || pos <= last
    total += value * sizes[pos]
    last = pos
    i = j + 1
  end
  total
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> Option<i64> {
    let order = "wdhms".as_bytes();
    let sizes: [i64; 5] = [604800, 86400, 3600, 60, 1];
    let units = {{units}};
    let bytes = {{text}}.as_bytes();
    let n = bytes.len();
    if n == 0 {
        return None;
    }
    let mut total: i64 = 0;
    let mut last: i64 = -1;
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j < n && bytes[j].is_ascii_digit() {
            j += 1;
        }
        if j == i || j - i > {{max_digits}} {
            return None;
        }
        let value: i64 = {{text}}[i..j].parse().unwrap();
        if j == n {
            if !{{bare_seconds}} || last >= 4 {
                return None;
            }
            return Some(total + value);
        }
        let pos = order.iter().position(|&c| c == bytes[j])? as i64;
        if !units.as_bytes().contains(&bytes[j]) || pos <= last {
            return None;
        }
        total += value * sizes[pos as usize];
        last = pos;
        i = j + 1;
    }
    Some(total)
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long? {{fn}}(string {{text}})
    {
        string order = "wdhms";
        long[] sizes = {604800, 86400, 3600, 60, 1};
        bool bare = {{bare_seconds}};
        int n = {{text}}.Length;
        if (n == 0) return null;
        long total = 0;
        int last = -1;
        int i = 0;
        while (i < n)
        {
            int j = i;
            while (j < n && {{text}}[j] >= '0' && {{text}}[j] <= '9') j++;
            if (j == i || j - i > {{max_digits}}) return null;
            long value = long.Parse({{text}}.Substring(i, j - i));
            if (j == n)
            {
                if (!bare || last >= 4) return null;
                return total + value;
            }
            int pos = order.IndexOf({{text}}[j]);
            if (pos < 0 || {{units}}.IndexOf({{text}}[j]) < 0 || pos <= last) return null;
            total += value * sizes[pos];
            last = pos;
            i = j + 1;
        }
        return total;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["parse_duration", "duration_seconds", "to_seconds", "read_timeout", "span_seconds"],
            text=["spec", "duration", "text", "raw", "timeout"],
        )
        p |= {
            "units": rng.choice(["dhms", "hms", "wdhms", "ms", "dhms"]),
            "bare_seconds": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A job scheduler reads timeouts written like `2h45m`.",
                    "A chat bot parses reminder delays such as `1d12h`.",
                    "A video editor reads clip lengths typed as `3m20s`.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "units": (p["units"], "str"),
            "bare_seconds": (p["bare_seconds"], "bool"),
            "max_digits": (MAX_DIGITS, "int"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "optional[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        units = ", ".join(f"`{u}` ({NAMES[u]}, {SIZES[u]} s)" for u in p["units"])
        bare = (
            "The duration may end with one extra number without a unit, counted as seconds, but only if "
            "the `s` unit was not used (`1m30` is 90, `30` is 30, `1s5` is invalid)."
            if p["bare_seconds"]
            else "Every number must be followed by a unit: a trailing number without a unit is invalid "
            "(`1m30` and `30` are invalid)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the length in seconds of the duration "
            f"`{p['params']['text']}`, or null if it is invalid. A duration is one or more parts, written "
            "with nothing between them; each part is a number (1 to "
            f"{MAX_DIGITS} ASCII digits, leading zeros allowed, zero allowed) immediately followed by a "
            f"unit letter. The only units are {units}, lower-case only. Units must appear in strictly "
            "decreasing order of size: a repeated unit or a unit after a smaller one makes the duration "
            f"invalid. {bare} The empty string, a unit without a number, spaces, signs, decimal points and "
            "any other character are invalid."
        )
        return "Duration strings", statement, "Parse a compact duration into seconds, or null."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        units: str = p["units"]
        parts: list[tuple[str, str]] = []
        number = ""
        for c in text:
            if "0" <= c <= "9":
                number += c
            elif c in units and number:
                parts.append((number, c))
                number = ""
            else:
                return None
        if number:
            if not p["bare_seconds"]:
                return None
            parts.append((number, "!"))
        if not parts or any(len(digits) > MAX_DIGITS for digits, _ in parts):
            return None
        ranks = ["wdhms!".index(unit) for _, unit in parts]
        if "s" in [u for _, u in parts] and parts[-1][1] == "!":
            return None
        if any(a >= b for a, b in itertools.pairwise(ranks)):
            return None
        return sum(int(digits) * SIZES.get(unit, 1) for digits, unit in parts)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        units: str = p["units"]

        def duration() -> str:
            chosen = sorted(rng.sample(range(len(units)), rng.randint(1, len(units))))
            return "".join(f"{rng.randint(0, 90)}{units[k]}" for k in chosen)

        big, small = units[0], units[-1]
        second = units[1] if len(units) > 1 else units[0]
        nines = "9" * MAX_DIGITS
        return [
            ([duration()], []),
            ([duration()], []),
            (["".join(f"{k + 1}{u}" for k, u in enumerate(units))], []),
            ([f"1{big}30"], []),
            ([""], ["empty"]),
            ([small], ["empty"]),
            ([f"0{small}"], ["boundary"]),
            ([f"{nines}{big}"], ["boundary"]),
            ([f"1{nines}{big}"], ["boundary"]),
            ([f"007{second}"], ["boundary"]),
            ([f"1{second}1{second}"], ["boundary"]),
            ([f"1{small}1{big}"], ["boundary"]),
            ([f"1{big}2{small}"], ["boundary"]),
            (["45"], ["boundary"]),
            (["1s5"], ["boundary"]),
            (["1m30"], ["boundary"]),
            ([f"1{big.upper()}"], ["boundary"]),
            ([f"1{big} 2{small}"], ["boundary"]),
            ([f"-5{small}"], ["boundary"]),
            ([f"1.5{big}"], ["boundary"]),
            (["2w3d4h5m6s"], ["boundary"]),
            (["3y"], ["boundary"]),
            (["".join(f"{nines}{u}" for u in units)], ["large"]),
            (["1" * 5000 + small], ["large"]),
            ([f"1{big}" * 3000], ["large"]),
            ([f"٣{small}"], ["unicode"]),
            ([f"5{small}é"], ["unicode"]),
            ([f"２{big}"], ["unicode"]),
        ]
