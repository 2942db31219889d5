"""Medium family: compare two semantic versions by SemVer 2.0 precedence, rejecting invalid ones.

Medium because it needs a strict validator (no leading zeros, identifier alphabet, empty parts)
and the layered precedence rules for pre-release identifiers, with a few seed-varied options.
"""

from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

_NUM = r"(?:0|[1-9][0-9]*)"
_PRE = r"(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)"
_SEMVER = re.compile(
    rf"({_NUM})\.({_NUM})\.({_NUM})(?:-({_PRE}(?:\.{_PRE})*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
)

_HELPERS_PY = """def _cmp_ident(p: str, q: str) -> int:
    digits = "0123456789"
    p_num = all(c in digits for c in p)
    q_num = all(c in digits for c in q)
    if p_num and q_num and len(p) != len(q):
        return -1 if len(p) < len(q) else 1
    if p_num != q_num:
        return -1 if p_num else 1
    if p == q:
        return 0
    return -1 if p < q else 1


def _semver_parts(version: str) -> list[str] | None:
    alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-"
    rest = version
    if {{allow_v}} and rest.startswith("v"):
        rest = rest[1:]
    plus = rest.find("+")
    if plus >= 0:
        if not {{allow_build}}:
            return None
        for ident in rest[plus + 1 :].split("."):
            if ident == "" or not all(c in alnum for c in ident):
                return None
        rest = rest[:plus]
    pre: list[str] = []
    dash = rest.find("-")
    if dash >= 0:
        pre = rest[dash + 1 :].split(".")
        rest = rest[:dash]
    core = rest.split(".")
    if len(core) != 3:
        return None
    parts = core + pre
    for k in range(len(parts)):
        ident = parts[k]
        if ident == "" or not all(c in alnum for c in ident):
            return None
        numeric = all(c in "0123456789" for c in ident)
        if k < 3 and not numeric:
            return None
        if numeric and len(ident) > 1 and ident[0] == "0":
            return None
    return parts
"""


class SemverCompare(Family):
    name = "semver-compare"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "comparison", "validation")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: _HELPERS_PY
        + """

def {{fn}}({{left}}: str, {{right}}: str) -> int | None:
    x = _semver_parts({{left}})
    y = _semver_parts({{right}})
    if x is None or y is None:
        return None
    for k in range(3):
        c = _cmp_ident(x[k], y[k])
        if c != 0:
            return c
    if len(x) == 3 or len(y) == 3:
        if len(x) == len(y):
            return 0
        return 1 if len(x) == 3 else -1
    k = 3
    while k < len(x) and k < len(y):
        c = _cmp_ident(x[k], y[k])
        if c != 0:
            return c
        k += 1
    if len(x) == len(y):
        return 0
    return -1 if len(x) < len(y) else 1
""",
        Language.TYPESCRIPT: """function cmpIdent(p: string, q: string): number {
  const pNum = /^[0-9]*$/.test(p);
  const qNum = /^[0-9]*$/.test(q);
  if (pNum && qNum && p.length !== q.length) return p.length < q.length ? -1 : 1;
  if (pNum !== qNum) return pNum ? -1 : 1;
  if (p === q) return 0;
  return p < q ? -1 : 1;
}

function semverParts(version: string): string[] | null {
  const alnum = /^[0-9A-Za-z-]+$/;
  let rest = version;
  if ({{allow_v}} && rest.startsWith("v")) rest = rest.slice(1);
  const plus = rest.indexOf("+");
  if (plus >= 0) {
    if (!{{allow_build}}) return null;
    for (const ident of rest.slice(plus + 1).split(".")) {
      if (!alnum.test(ident)) return null;
    }
    rest = rest.slice(0, plus);
  }
  let pre: string[] = [];
  const dash = rest.indexOf("-");
  if (dash >= 0) {
    pre = rest.slice(dash + 1).split(".");
    rest = rest.slice(0, dash);
  }
  const core = rest.split(".");
  if (core.length !== 3) return null;
  const parts = core.concat(pre);
  for (let k = 0; k < parts.length; k++) {
    const ident = parts[k];
    if (!alnum.test(ident)) return null;
    const numeric = /^[0-9]+$/.test(ident);
    if (k < 3 && !numeric) return null;
    if (numeric && ident.length > 1 && ident[0] === "0") return null;
  }
  return parts;
}

export function {{fn}}({{left}}: string, {{right}}: string): number | null {
  const x = semverParts({{left}});
  const y = semverParts({{right}});
  if (x === null || y === null) return null;
  for (let k = 0; k < 3; k++) {
    const c = cmpIdent(x[k], y[k]);
    if (c !== 0) return c;
  }
  if (x.length === 3 || y.length === 3) {
    if (x.length === y.length) return 0;
    return x.length === 3 ? 1 : -1;
  }
  let k = 3;
  while (k < x.length && k < y.length) {
    const c = cmpIdent(x[k], y[k]);
    if (c !== 0) return c;
    k++;
  }
  if (x.length === y.length) return 0;
  return x.length < y.length ? -1 : 1;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static boolean allIn(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) return false;
        }
        return true;
    }

    static int cmpIdent(String p, String q) {
        boolean pNum = allIn(p, "0123456789");
        boolean qNum = allIn(q, "0123456789");
        if (pNum && qNum && p.length() != q.length()) return p.length() < q.length() ? -1 : 1;
        if (pNum != qNum) return pNum ? -1 : 1;
        int c = p.compareTo(q);
        if (c == 0) return 0;
        return c < 0 ? -1 : 1;
    }

    static List<String> semverParts(String version) {
        String alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-";
        String rest = version;
        if ({{allow_v}} && rest.startsWith("v")) rest = rest.substring(1);
        int plus = rest.indexOf('+');
        if (plus >= 0) {
            if (!{{allow_build}}) return null;
            for (String ident : rest.substring(plus + 1).split("\\\\.", -1)) {
                if (ident.isEmpty() || !allIn(ident, alnum)) return null;
            }
            rest = rest.substring(0, plus);
        }
        List<String> parts = new ArrayList<>();
        String preText = null;
        int dash = rest.indexOf('-');
        if (dash >= 0) {
            preText = rest.substring(dash + 1);
            rest = rest.substring(0, dash);
        }
        String[] core = rest.split("\\\\.", -1);
        if (core.length != 3) return null;
        parts.addAll(Arrays.asList(core));
        if (preText != null) parts.addAll(Arrays.asList(preText.split("\\\\.", -1)));
        for (int k = 0; k < parts.size(); k++) {
            String ident = parts.get(k);
            if (ident.isEmpty() || !allIn(ident, alnum)) return null;
            boolean numeric = allIn(ident, "0123456789");
            if (k < 3 && !numeric) return null;
            if (numeric && ident.length() > 1 && ident.charAt(0) == '0') return null;
        }
        return parts;
    }

    public static Long {{fn}}(String {{left}}, String {{right}}) {
        List<String> x = semverParts({{left}});
        List<String> y = semverParts({{right}});
        if (x == null || y == null) return null;
        for (int k = 0; k < 3; k++) {
            long c = cmpIdent(x.get(k), y.get(k));
            if (c != 0) return c;
        }
        if (x.size() == 3 || y.size() == 3) {
            if (x.size() == y.size()) return 0L;
            return x.size() == 3 ? 1L : -1L;
        }
        int k = 3;
        while (k < x.size() && k < y.size()) {
            long c = cmpIdent(x.get(k), y.get(k));
            if (c != 0) return c;
            k++;
        }
        if (x.size() == y.size()) return 0L;
        return x.size() < y.size() ? -1L : 1L;
    }
}
""",
        Language.GO: """package solution

import "strings"

func allIn(s string, allowed string) bool {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(allowed, s[i]) < 0 {
			return false
		}
	}
	return true
}

func cmpIdent(p string, q string) int {
	pNum := allIn(p, "0123456789")
	qNum := allIn(q, "0123456789")
	if pNum && qNum && len(p) != len(q) {
		if len(p) < len(q) {
			return -1
		}
		return 1
	}
	if pNum != qNum {
		if pNum {
			return -1
		}
		return 1
	}
	if p == q {
		return 0
	}
	if p < q {
		return -1
	}
	return 1
}

func semverParts(version string) []string {
	alnum := "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-"
	rest := version
	if {{allow_v}} && strings.HasPrefix(rest, "v") {
		rest = rest[1:]
	}
	if plus := strings.Index(rest, "+"); plus >= 0 {
		if !{{allow_build}} {
			return nil
		}
		for _, ident := range strings.Split(rest[plus + 1:], ".") {
			if ident == "" || !allIn(ident, alnum) {
				return nil
			}
		}
		rest = rest[:plus]
	}
	pre := []string{}
	if dash := strings.Index(rest, "-"); dash >= 0 {
		pre = strings.Split(rest[dash + 1:], ".")
		rest = rest[:dash]
	}
	core := strings.Split(rest, ".")
	if len(core) != 3 {
		return nil
	}
	parts := append(core, pre...)
	for k := 0; k < len(parts); k++ {
		ident := parts[k]
		if ident == "" || !allIn(ident, alnum) {
			return nil
		}
		numeric := allIn(ident, "0123456789")
		if k < 3 && !numeric {
			return nil
		}
		if numeric && len(ident) > 1 && ident[0] == '0' {
			return nil
		}
	}
	return parts
}

func {{fn}}({{left}} string, {{right}} string) *int {
	x := semverParts({{left}})
	y := semverParts({{right}})
	if x == nil || y == nil {
		return nil
	}
	result := 0
	for k := 0; k < 3; k++ {
		if c := cmpIdent(x[k], y[k]); c != 0 {
			result = c
			return &result
		}
	}
	if len(x) == 3 || len(y) == 3 {
		if len(x) == len(y) {
			return &result
		}
		result = -1
		if len(x) == 3 {
			result = 1
		}
		return &result
	}
	k := 3
	for k < len(x) && k < len(y) {
		if c := cmpIdent(x[k], y[k]); c != 0 {
			result = c
			return &result
		}
		k += 1
	}
	if len(x) < len(y) {
		result = -1
	} else if len(x) > len(y) {
		result = 1
	}
	return &result
}
""",
        Language.RUBY: """def cmp_ident(p, q)
  p_num = p.match?(/\\A[0-9]*\\z/)
  q_num = q.match?(/\\A[0-9]*\\z/)
  return (p.length < q.length ? -1 : 1) if p_num && q_num && p.length != q.length
  return (p_num ? -1 : 1) if p_num != q_num
  return 0 if p == q
  p < q ? -1 : 1
end

def semver_parts(version)
  alnum = /\\A[0-9A-Za-z-]+\\z/
  rest = version
  rest = rest[1..] if {{allow_v}} && rest.start_with?("v")
  plus = rest.index("+")
  unless plus.nil?
    return nil unless {{allow_build}}
    rest[(plus + 1)..].split(".", -1).each do |ident|
      return nil unless ident.match?(alnum)
    end
    return nil if rest[(plus + 1)..].empty?
    rest = rest[0...plus]
  end
  pre = []
  dash = rest.index("-")
  unless dash.nil?
    pre = rest[(dash + 1)..].split(".", -1)
    pre = [""] if pre.empty?
    rest = rest[0...dash]
  end
  core = rest.split(".", -1)
  return nil if core.length != 3
  parts = core + pre
  parts.each_with_index do |ident, k|
    return nil unless ident.match?(alnum)
    numeric = ident.match?(/\\A[0-9]+\\z/)
    return nil if k < 3 && !numeric
    return nil if numeric && ident.length > 1 && ident[0] == "0"
  end
  parts
end

def {{fn}}({{left}}, {{right}})
  x = semver_parts({{left}})
  y = semver_parts({{right}})
  return nil if x.nil? || y.nil?
  (0...3).each do |k|
    c = cmp_ident(x[k], y[k])
    return c if c != 0
  end
  if x.length == 3 || y.length == 3
    return 0 if x.length == y.length
    return x.length == 3 ? 1 : -1
  end
  k = 3
  while k < x.length && k < y.length
    c = cmp_ident(x[k], y[k])
    return c if c != 0
    k += 1
  end
  return 0 if x.length == y.length
  x.length < y.length ? -1 : 1
end
""",
        Language.RUST: """fn all_in(s: &str, allowed: &str) -> bool {
    s.bytes().all(|c| allowed.as_bytes().contains(&c))
}

fn cmp_ident(p: &str, q: &str) -> i64 {
    let p_num = all_in(p, "0123456789");
    let q_num = all_in(q, "0123456789");
    if p_num && q_num && p.len() != q.len() {
        return if p.len() < q.len() { -1 } else { 1 };
    }
    if p_num != q_num {
        return if p_num { -1 } else { 1 };
    }
    if p == q {
        return 0;
    }
    if p < q { -1 } else { 1 }
}

fn semver_parts(version: &str) -> Option<Vec<String>> {
    let alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-";
    let mut rest = version;
    if {{allow_v}} && rest.starts_with('v') {
        rest = &rest[1..];
    }
    if let Some(plus) = rest.find('+') {
        if !{{allow_build}} {
            return None;
        }
        for ident in rest[plus + 1..].split('.') {
            if ident.is_empty() || !all_in(ident, alnum) {
                return None;
            }
        }
        rest = &rest[..plus];
    }
    let mut pre: Vec<&str> = Vec::new();
    if let Some(dash) = rest.find('-') {
        pre = rest[dash + 1..].split('.').collect();
        rest = &rest[..dash];
    }
    let mut parts: Vec<&str> = rest.split('.').collect();
    if parts.len() != 3 {
        return None;
    }
    parts.extend(pre);
    for k in 0..parts.len() {
        let ident = parts[k];
        if ident.is_empty() || !all_in(ident, alnum) {
            return None;
        }
        let numeric = all_in(ident, "0123456789");
        if k < 3 && !numeric {
            return None;
        }
        if numeric && ident.len() > 1 && ident.starts_with('0') {
            return None;
        }
    }
    Some(parts.iter().map(|s| s.to_string()).collect())
}

pub fn {{fn}}({{left}}: String, {{right}}: String) -> Option<i64> {
    let x = semver_parts(&{{left}})?;
    let y = semver_parts(&{{right}})?;
    for k in 0..3 {
        let c = cmp_ident(&x[k], &y[k]);
        if c != 0 {
            return Some(c);
        }
    }
    if x.len() == 3 || y.len() == 3 {
        if x.len() == y.len() {
            return Some(0);
        }
        return Some(if x.len() == 3 { 1 } else { -1 });
    }
    let mut k = 3;
    while k < x.len() && k < y.len() {
        let c = cmp_ident(&x[k], &y[k]);
        if c != 0 {
            return Some(c);
        }
        k += 1;
    }
    if x.len() == y.len() {
        return Some(0);
    }
    Some(if x.len() < y.len() { -1 } else { 1 })
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    static bool AllIn(string s, string allowed)
    {
        foreach (char c in s)
        {
            if (allowed.IndexOf(c) < 0) return false;
        }
        return true;
    }

    static long CmpIdent(string p, string q)
    {
        bool pNum = AllIn(p, "0123456789");
        bool qNum = AllIn(q, "0123456789");
        if (pNum && qNum && p.Length != q.Length) return p.Length < q.Length ? -1 : 1;
        if (pNum != qNum) return pNum ? -1 : 1;
        int c = string.CompareOrdinal(p, q);
        if (c == 0) return 0;
        return c < 0 ? -1 : 1;
    }

    static List<string> SemverParts(string version)
    {
        string alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-";
        bool allowV = {{allow_v}};
        bool allowBuild = {{allow_build}};
        string rest = version;
        if (allowV && rest.StartsWith("v", StringComparison.Ordinal)) rest = rest.Substring(1);
        int plus = rest.IndexOf('+');
        if (plus >= 0)
        {
            if (!allowBuild) return null;
            foreach (string ident in rest.Substring(plus + 1).Split('.'))
            {
                if (ident.Length == 0 || !AllIn(ident, alnum)) return null;
            }
            rest = rest.Substring(0, plus);
        }
        var pre = new List<string>();
        int dash = rest.IndexOf('-');
        if (dash >= 0)
        {
            pre = rest.Substring(dash + 1).Split('.').ToList();
            rest = rest.Substring(0, dash);
        }
        var parts = rest.Split('.').ToList();
        if (parts.Count != 3) return null;
        parts.AddRange(pre);
        for (int k = 0; k < parts.Count; k++)
        {
            string ident = parts[k];
            if (ident.Length == 0 || !AllIn(ident, alnum)) return null;
            bool numeric = AllIn(ident, "0123456789");
            if (k < 3 && !numeric) return null;
            if (numeric && ident.Length > 1 && ident[0] == '0') return null;
        }
        return parts;
    }

    public static long? {{fn}}(string {{left}}, string {{right}})
    {
        var x = SemverParts({{left}});
        var y = SemverParts({{right}});
        if (x == null || y == null) return null;
        for (int k = 0; k < 3; k++)
        {
            long c = CmpIdent(x[k], y[k]);
            if (c != 0) return c;
        }
        if (x.Count == 3 || y.Count == 3)
        {
            if (x.Count == y.Count) return 0;
            return x.Count == 3 ? 1 : -1;
        }
        int i = 3;
        while (i < x.Count && i < y.Count)
        {
            long c = CmpIdent(x[i], y[i]);
            if (c != 0) return c;
            i++;
        }
        if (x.Count == y.Count) return 0;
        return x.Count < y.Count ? -1 : 1;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["compare_versions", "semver_cmp", "version_order", "compare_semver", "precedence"],
            left=["left", "ours", "installed", "current"],
            right=["right", "theirs", "latest", "candidate"],
        )
        p |= {
            "allow_v": rng.choice([True, False]),
            "allow_build": rng.choice([True, True, False]),
            "framing": rng.choice(
                [
                    "A package manager decides whether an upgrade is available.",
                    "A deployment tool orders the release tags of a service.",
                    "A plug-in host checks a plug-in's version against the installed one.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"allow_v": (p["allow_v"], "bool"), "allow_build": (p["allow_build"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("left", "str"), ("right", "str")], "optional[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        left, right = p["params"]["left"], p["params"]["right"]
        prefix = (
            "A version may start with one lower-case `v`, which is ignored (`v1.2.3` is `1.2.3`). "
            if p["allow_v"]
            else "A version must start with a digit; a `v` prefix makes it invalid. "
        )
        build = (
            "It may end with build metadata: `+` followed by one or more dot-separated non-empty "
            "identifiers of ASCII letters, digits and `-` (leading zeros allowed); build metadata is "
            "ignored when comparing. "
            if p["allow_build"]
            else "Build metadata is not supported: any `+` makes the version invalid. "
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which compares the semantic versions `{left}` and "
            f"`{right}` by SemVer 2.0 precedence and returns -1 if `{left}` is lower, 0 if they have equal "
            "precedence, 1 if it is higher, or null if either version is invalid. A valid version is "
            "`MAJOR.MINOR.PATCH`: three non-empty numeric identifiers (ASCII digits only, no leading zero "
            "unless the number is exactly `0`; numbers may be arbitrarily long). It may be followed by a "
            "pre-release: `-` then one or more dot-separated identifiers, each non-empty and made of ASCII "
            "letters, digits and `-`; an identifier made only of digits is numeric and must not have a "
            f"leading zero. {build}{prefix}Nothing else (no spaces, no other characters) is allowed. "
            "Precedence: compare MAJOR, MINOR, PATCH numerically; if equal, a version without pre-release "
            "is higher than one with a pre-release; otherwise compare pre-release identifiers left to "
            "right: two numeric ones numerically, two alphanumeric ones by ASCII order, and a numeric one "
            "is lower than an alphanumeric one; if all compared identifiers are equal, the version with "
            "fewer identifiers is lower."
        )
        return "Semantic version precedence", statement, "Compare two semantic versions (-1, 0, 1 or null)."

    def solve(self, p: Params, *args: Any) -> Any:
        keys = []
        for text in args:
            if p["allow_v"] and text.startswith("v"):
                text = text[1:]
            m = _SEMVER.fullmatch(text)
            if m is None or (m.group(5) is not None and not p["allow_build"]):
                return None
            pre = [] if m.group(4) is None else m.group(4).split(".")
            ranks = [(0, int(i), "") if i.isdigit() else (1, 0, i) for i in pre]
            keys.append((int(m.group(1)), int(m.group(2)), int(m.group(3)), not pre, ranks))
        left, right = keys
        return (left > right) - (left < right)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        chain = [
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
        ]

        def version() -> str:
            core = ".".join(str(rng.choice([0, 1, 2, 10])) for _ in range(3))
            return core + rng.choice(["", "", "-rc.1", "-alpha", "-2"])

        big = "9" * 30
        long_pre = ".".join(str(i) if i % 2 else f"id{i}" for i in range(800))
        cases: list[Case] = [([version(), version()], []) for _ in range(2)]
        a, b = rng.sample(range(len(chain)), 2)
        cases += [
            ([chain[a], chain[b]], []),
            (["2.10.0", "2.9.7"], []),
            (["", "1.0.0"], ["empty"]),
            (["1.0.0", ""], ["empty"]),
            (["0.0.0", "0.0.0"], ["boundary"]),
            (["1.0.0-beta.11", "1.0.0-beta.2"], ["boundary"]),
            (["1.0.0-alpha", "1.0.0-alpha.1"], ["boundary"]),
            (["1.0.0", "1.0.0-rc.1"], ["boundary"]),
            (["1.0.0-1", "1.0.0-a"], ["boundary"]),
            (["1.0.0-0a", "1.0.0-0A"], ["boundary"]),
            (["1.0.0-a-b", "1.0.0-a"], ["boundary"]),
            (["1.2.3+build.01", "1.2.3+other"], ["boundary"]),
            (["1.2.3-rc.1+b", "1.2.3-rc.1"], ["boundary"]),
            (["v1.2.3", "1.2.3"], ["boundary"]),
            (["V1.2.3", "1.2.3"], ["boundary"]),
            (["01.0.0", "1.0.0"], ["boundary"]),
            (["1.0.0-01", "1.0.0"], ["boundary"]),
            (["1.0", "1.0.0"], ["boundary"]),
            (["1.0.0.0", "1.0.0"], ["boundary"]),
            (["1.0.0-", "1.0.0"], ["boundary"]),
            (["1.0.0+", "1.0.0"], ["boundary"]),
            (["1.0.0-a..b", "1.0.0"], ["boundary"]),
            (["1.0.0-a_b", "1.0.0"], ["boundary"]),
            (["1.0.0 ", "1.0.0"], ["boundary"]),
            (["1.-1.0", "1.0.0"], ["boundary"]),
            (["1.1.0", "1.0.9"], ["boundary"]),
            (["0.1.0", "0.0.10"], ["boundary"]),
            ([f"{big}.0.0", f"{big}8.0.0"], ["large"]),
            ([f"1.0.0-{long_pre}", f"1.0.0-{long_pre}.x"], ["large"]),
            ([f"1.0.0-{long_pre}", f"1.0.0-{long_pre}"], ["large"]),
            (["1.0.0-é", "1.0.0"], ["unicode"]),
            (["１.0.0", "1.0.0"], ["unicode"]),
            (["1.0.0-β.2", "1.0.0-alpha"], ["unicode"]),
        ]
        return cases
