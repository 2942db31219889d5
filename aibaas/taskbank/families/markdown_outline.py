"""Medium family: number the Markdown ATX headings of a document hierarchically (1, 1.1, 1.2, 2 ...).

Medium because it is a small line parser plus a state machine: heading recognition rules, code
fences that switch headings off, per-level counters that reset, and a stated rule for skipped levels.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

DEPTH_SLOTS = 7


class MarkdownOutline(Family):
    name = "markdown-outline"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "state-machine", "text")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{lines}}: list[str]) -> list[str]:
    counters = [0, 0, 0, 0, 0, 0, 0]
    depth = 0
    in_code = False
    out: list[str] = []
    for line in {{lines}}:
        if line.startswith({{fence}}):
            in_code = not in_code
            continue
        if in_code:
            continue
        level = 0
        while level < len(line) and line[level] == "#":
            level = level + 1
        if level == 0 or level > {{max_level}} or level >= len(line) or line[level] != " ":
            continue
        title = line[level:].strip(" ")
        if len(title) == 0:
            continue
        if {{clamp}} and level > depth + 1:
            level = depth + 1
        counters[level] = counters[level] + 1
        for i in range(level + 1, 7):
            counters[i] = 0
        depth = level
        parts = [str(counters[i]) for i in range(1, level + 1)]
        out.append(".".join(parts) + {{suffix}} + " " + title)
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{lines}}: string[]): string[] {
  const counters: number[] = [0, 0, 0, 0, 0, 0, 0];
  let depth = 0;
  let inCode = false;
  const out: string[] = [];
  for (const line of {{lines}}) {
    if (line.startsWith({{fence}})) {
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    let level = 0;
    while (level < line.length && line[level] === "#") level = level + 1;
    if (level === 0 || level > {{max_level}} || level >= line.length || line[level] !== " ") continue;
    const title = line.slice(level).replace(/^ +| +$/g, "");
    if (title.length === 0) continue;
    if ({{clamp}} && level > depth + 1) level = depth + 1;
    counters[level] = counters[level] + 1;
    for (let i = level + 1; i < 7; i++) counters[i] = 0;
    depth = level;
    out.push(counters.slice(1, level + 1).join(".") + {{suffix}} + " " + title);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<String> {{fn}}(List<String> {{lines}}) {
        long[] counters = new long[7];
        int depth = 0;
        boolean inCode = false;
        List<String> out = new ArrayList<>();
        for (String line : {{lines}}) {
            if (line.startsWith({{fence}})) {
                inCode = !inCode;
                continue;
            }
            if (inCode) continue;
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') level = level + 1;
            if (level == 0 || level > {{max_level}} || level >= line.length()) continue;
            if (line.charAt(level) != ' ') continue;
            String title = line.substring(level).replaceAll("^ +| +$", "");
            if (title.length() == 0) continue;
            if ({{clamp}} && level > depth + 1) level = depth + 1;
            counters[level] = counters[level] + 1;
            for (int i = level + 1; i < 7; i++) counters[i] = 0;
            depth = level;
            StringBuilder number = new StringBuilder();
            for (int i = 1; i <= level; i++) {
                if (i > 1) number.append('.');
                number.append(counters[i]);
            }
            out.add(number.toString() + {{suffix}} + " " + title);
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

func {{fn}}({{lines}} []string) []string {
	counters := make([]int, 7)
	depth := 0
	inCode := false
	out := []string{}
	for _, line := range {{lines}} {
		if strings.HasPrefix(line, {{fence}}) {
			inCode = !inCode
			continue
		}
		if inCode {
			continue
		}
		level := 0
		for level < len(line) && line[level] == '#' {
			level = level + 1
		}
		if level == 0 || level > {{max_level}} || level >= len(line) || line[level] != ' ' {
			continue
		}
		title := strings.Trim(line[level:], " ")
		if len(title) == 0 {
			continue
		}
		if {{clamp}} && level > depth + 1 {
			level = depth + 1
		}
		counters[level] = counters[level] + 1
		for i := level + 1; i < 7; i++ {
			counters[i] = 0
		}
		depth = level
		parts := []string{}
		for i := 1; i <= level; i++ {
			parts = append(parts, strconv.Itoa(counters[i]))
		}
		out = append(out, strings.Join(parts, ".") + {{suffix}} + " " + title)
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{lines}})
  counters = [0, 0, 0, 0, 0, 0, 0]
  depth = 0
  in_code = false
  out = []
  {{lines}}.each do |line|
    if line.start_with?({{fence}})
      in_code = !in_code
      next
    end
    next if in_code
    level = 0
    level = level + 1 while level < line.length && line[level] == "#"
    next if level == 0 || level > {{max_level}} || level >= line.length || line[level] != " "
    title = line[level..].gsub(/\\A +| +\\z/, "")
    next if title.length == 0
    level = depth + 1 if {{clamp}} && level > depth + 1
    counters[level] = counters[level] + 1
    ((level + 1)...7).each { |i| counters[i] = 0 }
    depth = level
    out.push(counters[1..level].join(".") + {{suffix}} + " " + title)
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{lines}}: Vec<String>) -> Vec<String> {
    let fence = {{fence}};
    let mut counters: Vec<i64> = vec![0; 7];
    let mut depth: usize = 0;
    let mut in_code = false;
    let mut out: Vec<String> = Vec::new();
    for line in {{lines}}.iter() {
        if line.starts_with(fence.as_str()) {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        let bytes = line.as_bytes();
        let mut level: usize = 0;
        while level < bytes.len() && bytes[level] == b'#' {
            level = level + 1;
        }
        if level == 0 || level > {{max_level}} || level >= bytes.len() || bytes[level] != b' ' {
            continue;
        }
        let title = line[level..].trim_matches(' ');
        if title.len() == 0 {
            continue;
        }
        if {{clamp}} && level > depth + 1 {
            level = depth + 1;
        }
        counters[level] = counters[level] + 1;
        for i in (level + 1)..7 {
            counters[i] = 0;
        }
        depth = level;
        let parts: Vec<String> = (1..=level).map(|i| counters[i].to_string()).collect();
        out.push(format!("{}{} {}", parts.join("."), {{suffix}}, title));
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Text;

public static class Solution
{
    public static List<string> {{fn}}(List<string> {{lines}})
    {
        long[] counters = new long[7];
        int depth = 0;
        bool inCode = false;
        var result = new List<string>();
        foreach (string line in {{lines}})
        {
            if (line.StartsWith({{fence}}, StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }
            if (inCode) continue;
            int level = 0;
            while (level < line.Length && line[level] == '#') level = level + 1;
            if (level == 0 || level > {{max_level}} || level >= line.Length || line[level] != ' ') continue;
            string title = line.Substring(level).Trim(' ');
            if (title.Length == 0) continue;
            if ({{clamp}} && level > depth + 1) level = depth + 1;
            counters[level] = counters[level] + 1;
            for (int i = level + 1; i < 7; i++) counters[i] = 0;
            depth = level;
            var number = new StringBuilder();
            for (int i = 1; i <= level; i++)
            {
                if (i > 1) number.Append('.');
                number.Append(counters[i]);
            }
            result.Add(number.ToString() + {{suffix}} + " " + title);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["number_headings", "outline", "toc_entries", "heading_numbers", "build_toc"],
            lines=["lines", "document", "source_lines", "page", "rows"],
        )
        p |= {
            "fence": rng.choice(["```", "~~~"]),
            "max_level": rng.choice([3, 4, 6]),
            "clamp": rng.choice([True, False]),
            "suffix": rng.choice(["", ".", ")"]),
            "framing": rng.choice(
                [
                    "A documentation site prints a numbered table of contents for each page.",
                    "A note-taking app shows section numbers next to the headings of a note.",
                    "A report generator numbers the chapters and sections of a Markdown draft.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "fence": (p["fence"], "str"),
            "max_level": (p["max_level"], "int"),
            "clamp": (p["clamp"], "bool"),
            "suffix": (p["suffix"], "str"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("lines", "list[str]")], "list[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        lines, fence, top, suffix = p["params"]["lines"], p["fence"], p["max_level"], p["suffix"]
        if p["clamp"]:
            skip = (
                "A heading may not skip levels: its effective level is the smaller of its marker "
                "count and (effective level of the previous numbered heading) + 1, where the previous "
                "level is 0 before the first heading (so a document starting with `### A` numbers it "
                "`1`, and `# A` followed by `### B` numbers B `1.1`)."
            )
        else:
            skip = (
                "The level is the marker count even when levels are skipped; a skipped level's counter "
                "is simply whatever it currently is, possibly 0 (so a document starting with `### A` "
                "numbers it `0.0.1`, and `# A` followed by `### B` numbers B `1.0.1`)."
            )
        shown = f"followed by `{suffix}` " if suffix else "with nothing after it "
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which takes the lines of a Markdown document "
            f"`{lines}` and returns one string per heading, in document order. A line is a heading "
            f"when it starts (no leading spaces) with 1 to {top} `#` characters, then one ASCII space "
            "(U+0020), and its title is not empty; the title is the rest of the line after the `#` run "
            "with leading and trailing U+0020 spaces removed (other characters, including `#` and tabs, "
            f"are kept). A run of more than {top} `#`, or a `#` run followed by a character other "
            "than U+0020 (or by nothing), is not a heading. The number of `#` is the heading's level. "
            f"A line whose first three characters are `{fence}` toggles a code block "
            "(it starts one, or ends the open one); lines inside a code block and the fence lines "
            "themselves are never headings. "
            "Keep one counter per level, all starting at 0: a heading of level L adds 1 to counter L "
            f"and resets every counter deeper than L to 0. {skip} The number of a heading of level L is "
            "counters 1..L joined with `.` (e.g. `2.1.3`), "
            f"{shown}then one space and the title, e.g. `2.1{suffix} Setup`."
        )
        return "Markdown outline", statement, "Number the Markdown headings hierarchically."

    def solve(self, p: Params, *args: Any) -> Any:
        (lines,) = args
        counters = [0] * DEPTH_SLOTS
        depth, in_code, out = 0, False, []
        for line in lines:
            if line[:3] == p["fence"]:
                in_code = not in_code
                continue
            marks = len(line) - len(line.lstrip("#"))
            if in_code or not 1 <= marks <= p["max_level"] or line[marks : marks + 1] != " ":
                continue
            title = line[marks:].strip(" ")
            if not title:
                continue
            level = min(marks, depth + 1) if p["clamp"] else marks
            counters[level] += 1
            counters[level + 1 :] = [0] * (DEPTH_SLOTS - level - 1)
            depth = level
            number = ".".join(str(c) for c in counters[1 : level + 1])
            out.append(f"{number}{p['suffix']} {title}")
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        fence, top = p["fence"], p["max_level"]
        words = ["Intro", "Setup", "Usage", "API", "Notes", "FAQ", "Limits", "Build", "Deploy"]

        def heading(lo: int, hi: int) -> str:
            return "#" * rng.randint(lo, hi) + " " + rng.choice(words)

        def doc(n: int) -> list[str]:
            out: list[str] = []
            for _ in range(n):
                roll = rng.random()
                if roll < 0.55:
                    out.append(heading(1, min(top, 3)))
                elif roll < 0.65:
                    out.append(heading(1, 7))
                elif roll < 0.72:
                    out.append(fence + rng.choice(["", "python", "sh"]))
                else:
                    out.append(rng.choice(["plain text", "", "#tag", "- item", "  # indented"]))
            return out

        deep = "#" * top
        cases: list[Case] = [([[f"# {words[0]}", f"## {words[1]}", f"## {words[2]}", f"# {words[3]}"]], [])]
        cases += [([doc(rng.randint(6, 9))], []) for _ in range(3)]
        cases += [
            ([["# A", "### B", "## C", "### D", "# E", "### F"]], []),
            ([[]], ["empty"]),
            ([["text only", "", "#", "##   ", "#NoSpace"]], ["empty"]),
            ([[f"{deep} Deep", f"{deep}# Too deep", "# Top", f"{deep} Again"]], ["boundary"]),
            ([["## Start", "# One", "## Two", "## Three", "### Four", "#### Five", "## Six"]], ["boundary"]),
            ([["# Doc", fence, "# not a heading", fence + "js", "## Real", fence]], ["boundary"]),
            ([["#   Spaced   title  ", "# Hash # inside ##", "#\tTab", " # Lead", "## x "]], ["boundary"]),
            ([["# A", "## B", "# C", "## D", "### E", "# F", "### G"]], ["boundary"]),
            ([[fence, "# hidden", "# never closed"]], ["boundary"]),
            ([doc(700)], ["large"]),
            ([["# Größe", "## 中文 标题", "#é", "#\u00a0nbsp", "## café ñ"]], ["unicode"]),
        ]
        return cases
