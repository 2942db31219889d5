"""Medium family: parse `key=value` settings into a map, skipping malformed entries."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

MAX_DIGITS = 9


class KeyValues(Family):
    name = "key-values"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "maps", "validation")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for entry in {{text}}.split({{pair_sep}}):
        at = entry.find({{kv_sep}})
        if at < 0:
            continue
        key = entry[:at].strip(" ")
        value = entry[at + 1 :].strip(" ")
        digits = value[1:] if value.startswith("-") else value
        if len(key) == 0 or len(digits) == 0 or len(digits) > {{max_digits}}:
            continue
        if not all(c in "0123456789" for c in digits):
            continue
        if {{keep_first}} and key in out:
            continue
        out[key] = int(value)
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of {{text}}.split({{pair_sep}})) {
    const at = entry.indexOf({{kv_sep}});
    if (at < 0) continue;
    const key = entry.slice(0, at).replace(/^ +| +$/g, "");
    const value = entry.slice(at + 1).replace(/^ +| +$/g, "");
    const digits = value.startsWith("-") ? value.slice(1) : value;
    if (key.length === 0 || digits.length === 0 || digits.length > {{max_digits}}) continue;
    if (!Array.from(digits).every((c) => "0123456789".includes(c))) continue;
    if ({{keep_first}} && Object.prototype.hasOwnProperty.call(out, key)) continue;
    out[key] = Number(value);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Map<String, Long> {{fn}}(String {{text}}) {
        Map<String, Long> out = new HashMap<>();
        for (String entry : {{text}}.split(java.util.regex.Pattern.quote({{pair_sep}}), -1)) {
            int at = entry.indexOf({{kv_sep}});
            if (at < 0) continue;
            String key = entry.substring(0, at).replaceAll("^ +| +$", "");
            String value = entry.substring(at + 1).replaceAll("^ +| +$", "");
            String digits = value.startsWith("-") ? value.substring(1) : value;
            if (key.length() == 0 || digits.length() == 0 || digits.length() > {{max_digits}}) continue;
            if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) continue;
            if ({{keep_first}} && out.containsKey(key)) continue;
            out.put(key, Long.parseLong(value));
        }
        return out;
    }
}
""",
        Language.GO: """package solution

import (
	"strconv"
	"strings"
)

func {{fn}}({{text}} string) map[string]int {
	out := map[string]int{}
	for _, entry := range strings.Split({{text}}, {{pair_sep}}) {
		at := strings.Index(entry, {{kv_sep}})
		if at < 0 {
			continue
		}
		key := strings.Trim(entry[:at], " ")
		value := strings.Trim(entry[at + 1:], " ")
		digits := strings.TrimPrefix(value, "-")
		if len(key) == 0 || len(digits) == 0 || len(digits) > {{max_digits}} {
			continue
		}
		if strings.Trim(digits, "0123456789") != "" {
			continue
		}
		if _, seen := out[key]; {{keep_first}} && seen {
			continue
		}
		out[key], _ = strconv.Atoi(value)
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  out = {}
  {{text}}.split({{pair_sep}}, -1).each do |entry|
    at = entry.index({{kv_sep}})
    next if at.nil?
    key = entry[0...at].gsub(/\\A +| +\\z/, "")
    value = entry[(at + 1)..].gsub(/\\A +| +\\z/, "")
    digits = value.start_with?("-") ? value[1..] : value
    next if key.length == 0 || digits.length == 0 || digits.length > {{max_digits}}
    next unless digits.each_char.all? { |c| "0123456789".include?(c) }
    next if {{keep_first}} && out.key?(key)
    out[key] = value.to_i
  end
  out
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{text}}: String) -> HashMap<String, i64> {
    let pair_sep = {{pair_sep}};
    let kv_sep = {{kv_sep}};
    let mut out: HashMap<String, i64> = HashMap::new();
    for entry in {{text}}.split(pair_sep.as_str()) {
        let at = match entry.find(kv_sep.as_str()) {
            Some(at) => at,
            None => continue,
        };
        let key = entry[..at].trim_matches(' ');
        let value = entry[at + 1..].trim_matches(' ');
        let digits = value.strip_prefix('-').unwrap_or(value);
        if key.len() == 0 || digits.len() == 0 || digits.len() > {{max_digits}} {
            continue;
        }
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if {{keep_first}} && out.contains_key(key) {
            continue;
        }
        out.insert(key.to_string(), value.parse::<i64>().unwrap());
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static Dictionary<string, long> {{fn}}(string {{text}})
    {
        var result = new Dictionary<string, long>();
        foreach (string entry in {{text}}.Split(new[] { {{pair_sep}} }, StringSplitOptions.None))
        {
            int at = entry.IndexOf({{kv_sep}}, StringComparison.Ordinal);
            if (at < 0) continue;
            string key = entry.Substring(0, at).Trim(' ');
            string value = entry.Substring(at + 1).Trim(' ');
            string digits = value.StartsWith("-", StringComparison.Ordinal) ? value.Substring(1) : value;
            if (key.Length == 0 || digits.Length == 0 || digits.Length > {{max_digits}}) continue;
            if (!digits.All(c => c >= '0' && c <= '9')) continue;
            if ({{keep_first}} && result.ContainsKey(key)) continue;
            result[key] = long.Parse(value);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["parse_settings", "read_options", "parse_pairs", "load_counters", "decode_query"],
            text=["text", "raw", "header", "spec", "line"],
        )
        pair_sep, kv_sep = rng.choice([(";", "="), (",", ":"), ("&", "="), ("|", ":")])
        p |= {
            "pair_sep": pair_sep,
            "kv_sep": kv_sep,
            "keep_first": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A service reads numeric tuning options from one environment variable.",
                    "A game loads counters from a save line.",
                    "A proxy decodes integer parameters from a header.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "pair_sep": (p["pair_sep"], "str"),
            "kv_sep": (p["kv_sep"], "str"),
            "keep_first": (p["keep_first"], "bool"),
            "max_digits": (MAX_DIGITS, "int"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "dict[str, int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        ps, kv = p["pair_sep"], p["kv_sep"]
        which = "first" if p["keep_first"] else "last"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which parses `{p['params']['text']}`: entries are "
            f"separated by `{ps}`; in each entry the key is the text before the first `{kv}` and the "
            "value the text after it, both with leading and trailing ASCII spaces (only U+0020) "
            "removed. An entry is malformed, and skipped, when it has no "
            f"`{kv}`, its key is empty, or its value is not an optional `-` followed by 1 to "
            f"{MAX_DIGITS} ASCII digits. Keys are case-sensitive and may contain any other "
            f"character. When a key occurs in several well-formed entries, the {which} one wins. "
            "Return the map from key to integer value."
        )
        return "Key-value settings", statement, "Parse key/value entries into a map of integers."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        out: dict[str, int] = {}
        for entry in text.split(p["pair_sep"]):
            key, found, value = entry.partition(p["kv_sep"])
            key, value = key.strip(" "), value.strip(" ")
            digits = value.removeprefix("-")
            well_formed = found and key and 0 < len(digits) <= MAX_DIGITS and set(digits) <= set("0123456789")
            if well_formed and not (p["keep_first"] and key in out):
                out[key] = int(value)
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        ps: str = p["pair_sep"]
        kv: str = p["kv_sep"]
        keys = ["alpha", "beta", "retries", "timeout", "Mode", "mode"]

        def entry() -> str:
            return f"{rng.choice(keys)}{kv}{rng.randint(-50, 500)}"

        def line(n: int) -> str:
            return ps.join(entry() for _ in range(n))

        many = ps.join(f"k{i}{kv}{i * 7 - 300}" for i in range(600))
        cases: list[Case] = [([line(rng.randint(2, 4))], []) for _ in range(3)]
        cases += [
            ([f" a {kv} 1 {ps}b{kv}x{ps}{kv}3{ps}c{kv}-{ps}d{kv}2{kv}2{ps}a{kv}4"], []),
            ([""], ["empty"]),
            ([ps * 3], ["empty"]),
            ([f"k{kv}"], ["boundary"]),
            (
                [f"k{kv}{'9' * MAX_DIGITS}{ps}m{kv}-{'9' * MAX_DIGITS}{ps}n{kv}{'1' * (MAX_DIGITS + 1)}"],
                ["boundary"],
            ),
            ([f"k{kv}007{ps}k{kv}+5{ps}k{kv}-0{ps}k{kv}1.5{ps}k{kv}\t3"], ["boundary"]),
            ([f"x{kv}1{ps}x{kv}2{ps}x{kv}3"], ["boundary"]),
            ([many + ps + line(200)], ["large"]),
            ([f"größe{kv}3{ps}名前{kv}5{ps}Größe{kv}٣{ps} é {kv}7"], ["unicode"]),
        ]
        return cases
