"""Medium family: count log lines per level (`LEVEL: message`), ignoring malformed lines.

Medium because it combines exact line parsing (the first `: ` separator, known levels only,
optional ASCII-only case folding) with a severity filter and a map that lists zero counts too.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

LEVEL_SETS = ["DEBUG,INFO,WARN,ERROR", "TRACE,INFO,WARNING,ERROR,FATAL", "LOW,MEDIUM,HIGH,CRITICAL"]
ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class LogLevels(Family):
    name = "log-levels"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "maps", "logs")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{lines}}: list[str]) -> dict[str, int]:
    names = {{levels}}.split(",")
    counts: dict[str, int] = {}
    for rank in range(len(names)):
        if rank >= {{min_rank}}:
            counts[names[rank]] = 0
    for row in {{lines}}:
        at = row.find(":")
        if at < 0 or at + 1 >= len(row) or row[at + 1] != " ":
            continue
        level = row[:at]
        if {{fold_case}}:
            level = "".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in level)
        if level in counts:
            counts[level] += 1
    return counts
""",
        Language.TYPESCRIPT: """export function {{fn}}({{lines}}: string[]): Record<string, number> {
  const names = {{levels}}.split(",");
  const counts: Record<string, number> = {};
  for (let rank = 0; rank < names.length; rank++) {
    if (rank >= {{min_rank}}) counts[names[rank]] = 0;
  }
  for (const row of {{lines}}) {
    const at = row.indexOf(":");
    if (at < 0 || at + 1 >= row.length || row[at + 1] !== " ") continue;
    let level = row.slice(0, at);
    if ({{fold_case}}) level = level.replace(/[a-z]/g, (c) => c.toUpperCase());
    if (Object.prototype.hasOwnProperty.call(counts, level)) counts[level] += 1;
  }
  return counts;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Map<String, Long> {{fn}}(List<String> {{lines}}) {
        String[] names = {{levels}}.split(",");
        Map<String, Long> counts = new HashMap<>();
        for (int rank = 0; rank < names.length; rank++) {
            if (rank >= {{min_rank}}) counts.put(names[rank], 0L);
        }
        for (String row : {{lines}}) {
            int at = row.indexOf(':');
            if (at < 0 || at + 1 >= row.length() || row.charAt(at + 1) != ' ') continue;
            String level = row.substring(0, at);
            if ({{fold_case}}) {
                StringBuilder sb = new StringBuilder();
                for (char c : level.toCharArray()) sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
                level = sb.toString();
            }
            if (counts.containsKey(level)) counts.put(level, counts.get(level) + 1);
        }
        return counts;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{lines}} []string) map[string]int {
	names := strings.Split({{levels}}, ",")
	counts := map[string]int{}
	for rank := 0; rank < len(names); rank++ {
		if rank >= {{min_rank}} {
			counts[names[rank]] = 0
		}
	}
	for _, row := range {{lines}} {
		at := strings.IndexByte(row, ':')
		if at < 0 || at + 1 >= len(row) || row[at + 1] != ' ' {
			continue
		}
		level := row[:at]
		if {{fold_case}} {
			level = strings.Map(func(c rune) rune {
				if c >= 'a' && c <= 'z' {
					return c - 32
				}
				return c
			}, level)
		}
		if _, known := counts[level]; known {
			counts[level] += 1
		}
	}
	return counts
}
""",
        Language.RUBY: """def {{fn}}({{lines}})
  names = {{levels}}.split(",")
  counts = {}
  names.each_with_index do |level, rank|
    counts[level] = 0 if rank >= {{min_rank}}
  end
  {{lines}}.each do |row|
    at = row.index(":")
    next if at.nil? || at + 1 >= row.length || row[at + 1] != " "
    level = row[0...at]
    level = level.tr("a-z", "A-Z") if {{fold_case}}
    counts[level] += 1 if counts.key?(level)
  end
  counts
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{lines}}: Vec<String>) -> HashMap<String, i64> {
    let levels: String = {{levels}};
    let min_rank: usize = {{min_rank}};
    let mut counts: HashMap<String, i64> = HashMap::new();
    for (rank, name) in levels.split(',').enumerate() {
        if rank >= min_rank {
            counts.insert(name.to_string(), 0);
        }
    }
    for row in {{lines}}.iter() {
        let at = match row.find(':') {
            Some(at) => at,
            None => continue,
        };
        if at + 1 >= row.len() || row.as_bytes()[at + 1] != b' ' {
            continue;
        }
        let mut level = row[..at].to_string();
        if {{fold_case}} {
            level = level.to_ascii_uppercase();
        }
        if let Some(slot) = counts.get_mut(&level) {
            *slot += 1;
        }
    }
    counts
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public static class Solution
{
    public static Dictionary<string, long> {{fn}}(List<string> {{lines}})
    {
        string[] names = {{levels}}.Split(',');
        var counts = new Dictionary<string, long>();
        for (int rank = 0; rank < names.Length; rank++)
        {
            if (rank >= {{min_rank}}) counts[names[rank]] = 0;
        }
        foreach (string row in {{lines}})
        {
            int at = row.IndexOf(':');
            if (at < 0 || at + 1 >= row.Length || row[at + 1] != ' ') continue;
            string level = row.Substring(0, at);
            if ({{fold_case}})
            {
                var sb = new StringBuilder();
                foreach (char c in level) sb.Append(c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
                level = sb.ToString();
            }
            if (counts.ContainsKey(level)) counts[level] += 1;
        }
        return counts;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["count_levels", "level_counts", "tally_logs", "summarize_log", "severity_counts"],
            lines=["lines", "log_lines", "entries", "records", "messages"],
        )
        p |= {
            "levels": rng.choice(LEVEL_SETS),
            "min_rank": rng.randint(0, 2),
            "fold_case": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "An operations dashboard summarises a service's log.",
                    "A CI job fails the build when too many warnings are logged.",
                    "An alerting bot counts the serious messages of the night.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "levels": (p["levels"], "str"),
            "min_rank": (p["min_rank"], "int"),
            "fold_case": (p["fold_case"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("lines", "list[str]")], "dict[str, int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        names = p["levels"].split(",")
        kept = names[p["min_rank"] :]
        case = (
            "The level text matches case-insensitively for ASCII letters only: lowercase `a`-`z` "
            "count as their uppercase forms, and no other character is changed"
            if p["fold_case"]
            else "The level text must match exactly (case-sensitive)"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. Each string of `{p['params']['lines']}` is one log "
            "line of the form `LEVEL: message`: the level is the text before the first occurrence "
            "of `: ` (a colon followed by a space) and the message, which may be empty or contain "
            "anything, follows it. The severity levels, from lowest to highest, are "
            f"{', '.join(f'`{n}`' for n in names)}. {case}; no spaces are trimmed. A line without "
            "`: `, or whose level text is not one of the levels, is malformed and ignored. Count "
            f"only levels from `{kept[0]}` upwards ({', '.join(kept)}); lines of lower levels are "
            "ignored too. Return a map from each of those counted level names (spelled as above) "
            "to its number of lines, including levels with 0 lines."
        )
        return "Log level counts", statement, "Count log lines per severity level."

    def solve(self, p: Params, *args: Any) -> Any:
        (lines,) = args
        counts = dict.fromkeys(p["levels"].split(",")[p["min_rank"] :], 0)
        for row in lines:
            level, sep, _ = row.partition(": ")
            if p["fold_case"]:
                level = level.translate(ASCII_UPPER)
            if sep and level in counts:
                counts[level] += 1
        return counts

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        names: list[str] = p["levels"].split(",")
        texts = ["disk full", "user login", "retry: 3", "", "ok"]

        def line() -> str:
            level = rng.choice(names)
            if rng.random() < 0.2:
                level = level.lower()
            return f"{level}: {rng.choice(texts)}"

        top, low = names[-1], names[0]
        cases: list[Case] = [([[line() for _ in range(6)]], []), ([[line() for _ in range(8)]], [])]
        cases += [([[line() for _ in range(rng.randint(5, 12))]], []) for _ in range(3)]
        cases += [
            ([[]], ["empty"]),
            ([["", ":", ": "]], ["empty"]),
            (
                [[f"{top}:no space", f"{top} : spaced", f" {top}: lead", f"{top}: ", f"{top}: a: b"]],
                ["boundary"],
            ),
            ([[f"{top.lower()}: x", f"{top.title()}: y", f"{top}: z", f"[{top}]: w"]], ["boundary"]),
            ([[f"{n}: m" for n in names] * 2], ["boundary"]),
            ([[f"{low}: a", f"{names[1]}: b", f"{names[2]}: c", f"{low}:: d", f"{low}:"]], ["boundary"]),
            ([[line() for _ in range(2500)]], ["large"]),
            ([[f"{top}: ошибка 中", f"{top.lower()}\u00a0: x", "ınfo: dotless", f"{top}: é"]], ["unicode"]),
        ]
        return cases
