"""Medium family: parse INI text into a flat map keyed `section.key`, skipping malformed lines.

Medium because it is a line parser with several exact rules: trimming, comment prefixes, section
headers that may be malformed, the first separator of a set, a default section and duplicate keys.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class IniParse(Family):
    name = "ini-parse"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "maps", "text")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    section = {{default_section}}
    for raw in {{text}}:
        line = raw.strip(" ")
        if len(line) == 0 or line[0] in {{comments}}:
            continue
        if line[0] == "[":
            if line.endswith("]") and len(line[1 : len(line) - 1].strip(" ")) > 0:
                section = line[1 : len(line) - 1].strip(" ")
            continue
        at = -1
        for i in range(len(line)):
            if line[i] in {{seps}}:
                at = i
                break
        if at <= 0:
            continue
        key = section + "." + line[:at].strip(" ")
        if {{keep_first}} and key in out:
            continue
        out[key] = line[at + 1 :].strip(" ")
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  let section = {{default_section}};
  const trim = (s: string): string => s.replace(/^ +| +$/g, "");
  for (const raw of {{text}}) {
    const line = trim(raw);
    if (line.length === 0 || {{comments}}.includes(line[0])) continue;
    if (line[0] === "[") {
      if (line.endsWith("]") && trim(line.slice(1, line.length - 1)).length > 0) {
        section = trim(line.slice(1, line.length - 1));
      }
      continue;
    }
    let at = -1;
    for (let i = 0; i < line.length; i++) {
      if ({{seps}}.includes(line[i])) {
        at = i;
        break;
      }
    }
    if (at <= 0) continue;
    const key = section + "." + trim(line.slice(0, at));
    if ({{keep_first}} && Object.prototype.hasOwnProperty.call(out, key)) continue;
    out[key] = trim(line.slice(at + 1));
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    private static String trim(String s) {
        return s.replaceAll("^ +| +$", "");
    }

    public static Map<String, String> {{fn}}(List<String> {{text}}) {
        Map<String, String> out = new HashMap<>();
        String section = {{default_section}};
        for (String raw : {{text}}) {
            String line = trim(raw);
            if (line.length() == 0 || {{comments}}.indexOf(line.charAt(0)) >= 0) continue;
            if (line.charAt(0) == '[') {
                if (line.endsWith("]") && trim(line.substring(1, line.length() - 1)).length() > 0) {
                    section = trim(line.substring(1, line.length() - 1));
                }
                continue;
            }
            int at = -1;
            for (int i = 0; i < line.length(); i++) {
                if ({{seps}}.indexOf(line.charAt(i)) >= 0) {
                    at = i;
                    break;
                }
            }
            if (at <= 0) continue;
            String key = section + "." + trim(line.substring(0, at));
            if ({{keep_first}} && out.containsKey(key)) continue;
            out.put(key, trim(line.substring(at + 1)));
        }
        return out;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{text}} []string) map[string]string {
	out := map[string]string{}
	section := {{default_section}}
	for _, raw := range {{text}} {
		line := strings.Trim(raw, " ")
		if len(line) == 0 || strings.IndexByte({{comments}}, line[0]) >= 0 {
			continue
		}
		if line[0] == '[' {
			if strings.HasSuffix(line, "]") && len(strings.Trim(line[1:len(line) - 1], " ")) > 0 {
				section = strings.Trim(line[1:len(line) - 1], " ")
			}
			continue
		}
		at := strings.IndexAny(line, {{seps}})
		if at <= 0 {
			continue
		}
		key := section + "." + strings.Trim(line[:at], " ")
		if _, seen := out[key]; {{keep_first}} && seen {
			continue
		}
		out[key] = strings.Trim(line[at + 1:], " ")
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  out = {}
  section = {{default_section}}
  trim = ->(s) { s.gsub(/\\A +| +\\z/, "") }
  {{text}}.each do |raw|
    line = trim.call(raw)
    next if line.length == 0 || {{comments}}.include?(line[0])
    if line[0] == "["
      if line.end_with?("]") && trim.call(line[1...(line.length - 1)]).length > 0
        section = trim.call(line[1...(line.length - 1)])
      end
      next
    end
    at = line.each_char.find_index { |c| {{seps}}.include?(c) }
    next if at.nil? || at <= 0
    key = section + "." + trim.call(line[0...at])
    next if {{keep_first}} && out.key?(key)
    out[key] = trim.call(line[(at + 1)..])
  end
  out
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{text}}: Vec<String>) -> HashMap<String, String> {
    let comments = {{comments}};
    let seps = {{seps}};
    let mut out: HashMap<String, String> = HashMap::new();
    let mut section = {{default_section}};
    for raw in {{text}}.iter() {
        let line = raw.trim_matches(' ');
        if line.len() == 0 || comments.contains(line.chars().next().unwrap()) {
            continue;
        }
        if line.starts_with('[') {
            if line.ends_with(']') && line[1..line.len() - 1].trim_matches(' ').len() > 0 {
                section = line[1..line.len() - 1].trim_matches(' ').to_string();
            }
            continue;
        }
        let at = match line.find(|c: char| seps.contains(c)) {
            Some(at) => at,
            None => continue,
        };
        if at <= 0 {
            continue;
        }
        let key = format!("{}.{}", section, line[..at].trim_matches(' '));
        if {{keep_first}} && out.contains_key(&key) {
            continue;
        }
        out.insert(key, line[at + 1..].trim_matches(' ').to_string());
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static Dictionary<string, string> {{fn}}(List<string> {{text}})
    {
        var result = new Dictionary<string, string>();
        string section = {{default_section}};
        foreach (string raw in {{text}})
        {
            string line = raw.Trim(' ');
            if (line.Length == 0 || {{comments}}.IndexOf(line[0]) >= 0) continue;
            if (line[0] == '[')
            {
                bool closed = line.EndsWith("]", StringComparison.Ordinal);
                if (closed && line.Substring(1, line.Length - 2).Trim(' ').Length > 0)
                {
                    section = line.Substring(1, line.Length - 2).Trim(' ');
                }
                continue;
            }
            int at = line.IndexOfAny({{seps}}.ToCharArray());
            if (at <= 0) continue;
            string key = section + "." + line.Substring(0, at).Trim(' ');
            if ({{keep_first}} && result.ContainsKey(key)) continue;
            result[key] = line.Substring(at + 1).Trim(' ');
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["parse_ini", "load_config", "read_ini", "flatten_ini", "ini_settings"],
            text=["text", "source", "config", "contents", "document"],
        )
        p |= {
            "comments": rng.choice(["#", ";", "#;"]),
            "seps": rng.choice(["=", ":", "=:"]),
            "default_section": rng.choice(["global", "default", "root", "main"]),
            "keep_first": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A desktop application loads its settings from an INI file.",
                    "A build tool flattens a legacy INI configuration into dotted keys.",
                    "A game server reads its options from an INI-style text block.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "comments": (p["comments"], "str"),
            "seps": (p["seps"], "str"),
            "default_section": (p["default_section"], "str"),
            "keep_first": (p["keep_first"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "list[str]")], "dict[str, str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, comments, seps = p["params"]["text"], p["comments"], p["seps"]
        comment_rule = " or ".join(f"`{c}`" for c in comments)
        sep_rule = (
            f"the first `{seps}` in the line"
            if len(seps) == 1
            else "the first character of the line that is `" + "` or `".join(seps) + "`"
        )
        which = "first" if p["keep_first"] else "last"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which parses the INI file whose lines are `{text}` "
            "(one element per line) and returns a map from `section.key` to value. Remove "
            "leading and trailing ASCII spaces (U+0020 only) from each line. Skip a line that is then "
            f"empty, or whose first character is {comment_rule} (a comment). A line whose first "
            "character is `[` is a section header: when it ends with `]` and the text between the "
            "brackets, with leading and trailing U+0020 removed, is not empty, that text becomes the "
            "current section; otherwise the line is malformed and skipped (the current section stays). "
            f"Any other line is an entry: it splits at {sep_rule}; the key is the text before it and "
            "the value the text after it, both with leading and trailing U+0020 removed (the value may "
            "be empty and may contain more separators). An entry line without a separator, or with an "
            f"empty key, is malformed and skipped. Entries before any valid header are in section "
            f"`{p['default_section']}`. The map key is the section, `.`, then the key (case-sensitive, "
            f"exactly as written). When the same map key occurs several times, the {which} "
            "occurrence wins."
        )
        return "INI parser", statement, "Parse INI text into a map keyed section.key."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        out: dict[str, str] = {}
        section = p["default_section"]
        for raw in text:
            line = raw.strip(" ")
            if not line or line[0] in p["comments"]:
                continue
            if line[0] == "[":
                inner = line[1:-1].strip(" ")
                if line[-1] == "]" and len(line) > 1 and inner:
                    section = inner
                continue
            at = next((i for i, c in enumerate(line) if c in p["seps"]), -1)
            if at > 0:
                key = f"{section}.{line[:at].strip(' ')}"
                if not (p["keep_first"] and key in out):
                    out[key] = line[at + 1 :].strip(" ")
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        comments: str = p["comments"]
        seps: str = p["seps"]
        sep = seps[0]
        other = "=" if sep == ":" else ":"
        c0, c9 = comments[0], comments[-1]
        keys = ["host", "port", "user", "Host", "path", "mode"]
        sections = ["server", "client", "paths", "Server"]

        def entry() -> str:
            pad = rng.choice(["", " ", "  "])
            return f"{pad}{rng.choice(keys)}{pad}{rng.choice(seps)}{pad}{rng.choice(['1', 'on', 'x y', ''])}"

        def doc(n: int) -> str:
            lines = []
            for _ in range(n):
                roll = rng.random()
                if roll < 0.6:
                    lines.append(entry())
                elif roll < 0.8:
                    lines.append(f"[{rng.choice(sections)}]")
                elif roll < 0.9:
                    lines.append(f"{rng.choice(comments)} note {sep} 1")
                else:
                    lines.append(rng.choice(["", "garbage", "[broken", "[]"]))
            return "\n".join(lines)

        def case(text: str, tags: list[str]) -> Case:
            return ([text.split("\n")], tags)

        big = "\n".join(f"[s{i // 10}]\nk{i % 10} {sep} v{i}" for i in range(600))
        cases: list[Case] = [
            case(f"name{sep}demo\n[{sections[0]}]\nhost {sep} example.org\nport{sep}8080", [])
        ]
        cases += [case(doc(rng.randint(5, 8)), []) for _ in range(3)]
        cases += [
            case(f"[a]\nx{sep}1\n[b]\nx{sep}2\n[a]\nx{sep}3", []),
            ([[]], ["empty"]),
            ([[""]], ["empty"]),
            case(f"\n  \n{c0} only a comment\n", ["empty"]),
            case(f"[ spaced name ]\n  k  {sep}  v w  \n{sep}novalue\nempty{sep}\nnosep", ["boundary"]),
            case(f"[sec\nk{sep}1\n[]\nk2{sep}2\n[  ]\nk3{sep}3\n]x[\n[a]b]\nk4{sep}4", ["boundary"]),
            case(
                f"k{sep}a{sep}b{other}c\nj{other}1{sep}2\n {c0}k{sep}hidden\nk {c0}{sep} 5\n{c9}z{sep}1",
                ["boundary"],
            ),
            case(f"dup{sep}1\ndup{sep}2\n[{p['default_section']}]\ndup{sep}3", ["boundary"]),
            case(f"[x]\t\nk{sep}v\t\n\tt{sep}1", ["boundary"]),
            case(big + "\n" + doc(300), ["large"]),
            case(f"[größe]\nschlüssel{sep}wert é\n名前 {sep} 値\n\u00a0k{sep}\u00a0v", ["unicode"]),
        ]
        return cases
