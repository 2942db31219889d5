"""Medium family: simplify a Unix-style path (`.`, `..`, repeated slashes), absolute or relative.

Medium because a segment stack must follow exact rules: `..` at the root, unresolvable `..` in a
relative path (kept or dropped by variant), what an empty relative result is, trailing slashes.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class PathNormalize(Family):
    name = "path-normalize"
    difficulty = Difficulty.MEDIUM
    tags = ("stack", "strings", "parsing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{path}}: str) -> str:
    absolute = {{path}}.startswith("/")
    parts: list[str] = []
    for seg in {{path}}.split("/"):
        if seg == "" or seg == ".":
            continue
        if seg == "..":
            if len(parts) > 0 and parts[-1] != "..":
                parts.pop()
            elif not absolute and {{keep_up}}:
                parts.append(seg)
            continue
        parts.append(seg)
    joined = "/".join(parts)
    if absolute:
        return "/" + joined
    return joined if len(joined) > 0 else {{empty_rel}}
""",
        Language.TYPESCRIPT: """export function {{fn}}({{path}}: string): string {
  const absolute = {{path}}.startsWith("/");
  const parts: string[] = [];
  for (const seg of {{path}}.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
      else if (!absolute && {{keep_up}}) parts.push(seg);
      continue;
    }
    parts.push(seg);
  }
  const joined = parts.join("/");
  if (absolute) return "/" + joined;
  return joined.length > 0 ? joined : {{empty_rel}};
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{path}}) {
        boolean absolute = {{path}}.startsWith("/");
        List<String> parts = new ArrayList<>();
        for (String seg : {{path}}.split("/", -1)) {
            if (seg.equals("") || seg.equals(".")) continue;
            if (seg.equals("..")) {
                int last = parts.size() - 1;
                if (last >= 0 && !parts.get(last).equals("..")) parts.remove(last);
                else if (!absolute && {{keep_up}}) parts.add(seg);
                continue;
            }
            parts.add(seg);
        }
        String joined = String.join("/", parts);
        if (absolute) return "/" + joined;
        return joined.length() > 0 ? joined : {{empty_rel}};
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{path}} string) string {
	absolute := strings.HasPrefix({{path}}, "/")
	parts := []string{}
	for _, seg := range strings.Split({{path}}, "/") {
		if seg == "" || seg == "." {
			continue
		}
		if seg == ".." {
			if len(parts) > 0 && parts[len(parts) - 1] != ".." {
				parts = parts[:len(parts) - 1]
			} else if !absolute && {{keep_up}} {
				parts = append(parts, seg)
			}
			continue
		}
		parts = append(parts, seg)
	}
	joined := strings.Join(parts, "/")
	if absolute {
		return "/" + joined
	}
	if len(joined) > 0 {
		return joined
	}
	return {{empty_rel}}
}
""",
        Language.RUBY: """def {{fn}}({{path}})
  absolute = {{path}}.start_with?("/")
  parts = []
  {{path}}.split("/", -1).each do |seg|
    next if seg == "" || seg == "."
    if seg == ".."
      if parts.length > 0 && parts[-1] != ".."
        parts.pop
      elsif !absolute && {{keep_up}}
        parts.push(seg)
      end
      next
    end
    parts.push(seg)
  end
  joined = parts.join("/")
  return "/" + joined if absolute
  joined.length > 0 ? joined : {{empty_rel}}
end
""",
        Language.RUST: """pub fn {{fn}}({{path}}: String) -> String {
    let absolute = {{path}}.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in {{path}}.split('/') {
        if seg == "" || seg == "." {
            continue;
        }
        if seg == ".." {
            if parts.len() > 0 && parts[parts.len() - 1] != ".." {
                parts.pop();
            } else if !absolute && {{keep_up}} {
                parts.push(seg);
            }
            continue;
        }
        parts.push(seg);
    }
    let joined = parts.join("/");
    if absolute {
        return format!("/{}", joined);
    }
    if joined.len() > 0 { joined } else { {{empty_rel}} }
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static string {{fn}}(string {{path}})
    {
        bool absolute = {{path}}.StartsWith("/", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (string seg in {{path}}.Split('/'))
        {
            if (seg == "" || seg == ".") continue;
            if (seg == "..")
            {
                if (parts.Count > 0 && parts[parts.Count - 1] != "..") parts.RemoveAt(parts.Count - 1);
                else if (!absolute && {{keep_up}}) parts.Add(seg);
                continue;
            }
            parts.Add(seg);
        }
        string joined = string.Join("/", parts);
        if (absolute) return "/" + joined;
        return joined.Length > 0 ? joined : {{empty_rel}};
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["normalize_path", "simplify_path", "clean_path", "canonical_path", "resolve_path"],
            path=["path", "raw_path", "location", "route", "file_path"],
        )
        p |= {
            "keep_up": rng.choice([True, False]),
            "empty_rel": rng.choice([".", ""]),
            "framing": rng.choice(
                [
                    "A file manager shows tidy paths in its address bar.",
                    "A build tool normalises the paths written in its config files.",
                    "A web server canonicalises request paths before routing them.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"keep_up": (p["keep_up"], "bool"), "empty_rel": (p["empty_rel"], "str")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("path", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        up = (
            "is kept as a `..` segment (so `../x/../..` becomes `../..`)"
            if p["keep_up"]
            else "is dropped (so `../x/../..` becomes the empty relative path)"
        )
        empty = "`.`" if p["empty_rel"] else "the empty string"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which simplifies the Unix-style path "
            f"`{p['params']['path']}`. The path is absolute when it starts with `/`, otherwise "
            "relative. Split it on `/`; empty segments (from repeated, leading or trailing slashes) "
            "and `.` segments are ignored; `..` removes the last kept segment if there is one and it "
            "is not itself a kept `..`. A `..` with nothing to remove is ignored in an absolute path "
            f"(you cannot go above the root) and, in a relative path, {up}. Every other segment is a "
            "name kept as is (including `...`, spaces and any other character; names are "
            "case-sensitive). Join the kept segments with single `/`: an absolute result starts "
            "with `/` (the root alone is `/`), has no trailing slash; a relative result with no "
            f"segments is {empty}."
        )
        return "Path normalisation", statement, "Simplify a Unix path."

    def solve(self, p: Params, *args: Any) -> Any:
        (path,) = args
        absolute = path[:1] == "/"
        kept: list[str] = []
        for seg in (s for s in path.split("/") if s not in ("", ".")):
            if seg != "..":
                kept.append(seg)
            elif kept and kept[-1] != "..":
                kept.pop()
            elif p["keep_up"] and not absolute:
                kept.append(seg)
        if absolute:
            return "/" + "/".join(kept)
        return "/".join(kept) or p["empty_rel"]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        segs = ["a", "b", "docs", ".", "..", "", "x.txt", "..."]

        def path(n: int) -> str:
            return rng.choice(["/", ""]) + "/".join(rng.choice(segs) for _ in range(n))

        deep = "/".join(f"d{i}" for i in range(1500))
        cases: list[Case] = [(["/home//user/./docs/../pics/"], []), ([path(6)], [])]
        cases += [([path(rng.randint(4, 9))], []) for _ in range(3)]
        cases += [
            ([""], ["empty"]),
            (["/"], ["empty"]),
            (["./."], ["empty"]),
            (["///"], ["boundary"]),
            (["/.."], ["boundary"]),
            (["/../../a/.."], ["boundary"]),
            ([".."], ["boundary"]),
            (["../x/../.."], ["boundary"]),
            (["a/../../b"], ["boundary"]),
            (["a/b/../../.."], ["boundary"]),
            (["../../a/b/.."], ["boundary"]),
            (["/a/.../..../. ./b"], ["boundary"]),
            (["a//b///c/"], ["boundary"]),
            (["/" + deep + "/.." * 1499], ["large"]),
            (["../" * 700 + deep], ["large"]),
            (["/home/josé/./文档/../Übung"], ["unicode"]),
        ]
        return cases
