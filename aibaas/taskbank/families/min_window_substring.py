"""Hard family: the shortest substring of a text that contains all required characters.

Hard because checking every substring is cubic: a sliding window with character counts (and a
count of still-missing characters) is needed, with multiplicity, ASCII case folding, leftmost
tie-breaking and Unicode characters deciding the edges.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MinWindowSubstring(Family):
    name = "min-window-substring"
    difficulty = Difficulty.HARD
    tags = ("strings", "sliding-window", "hashing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str, {{wanted}}: str) -> str:
    def key(ch: str) -> str:
        if {{fold}} and "A" <= ch and ch <= "Z":
            return chr(ord(ch) + 32)
        return ch

    need: dict[str, int] = {}
    for ch in {{wanted}}:
        need[key(ch)] = 1 if {{distinct}} else need.get(key(ch), 0) + 1
    missing = sum(need.values())
    if missing == 0:
        return ""
    chars = list({{text}})
    have: dict[str, int] = {}
    left = 0
    best_start = 0
    best_len = 0
    for right in range(len(chars)):
        k = key(chars[right])
        if k in need:
            have[k] = have.get(k, 0) + 1
            if have[k] <= need[k]:
                missing -= 1
        while missing == 0:
            if best_len == 0 or right - left + 1 < best_len:
                best_len = right - left + 1
                best_start = left
            out = key(chars[left])
            if out in need:
                have[out] -= 1
                if have[out] < need[out]:
                    missing += 1
            left += 1
    return "".join(chars[best_start : best_start + best_len])
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string, {{wanted}}: string): string {
  const key = (ch: string): string =>
    {{fold}} && ch >= "A" && ch <= "Z" ? String.fromCharCode(ch.charCodeAt(0) + 32) : ch;
  const need = new Map<string, number>();
  for (const ch of {{wanted}}) {
    need.set(key(ch), {{distinct}} ? 1 : (need.get(key(ch)) ?? 0) + 1);
  }
  let missing = 0;
  need.forEach((v) => {
    missing += v;
  });
  if (missing === 0) return "";
  const chars = Array.from({{text}});
  const have = new Map<string, number>();
  let left = 0;
  let bestStart = 0;
  let bestLen = 0;
  for (let right = 0; right < chars.length; right++) {
    const k = key(chars[right]);
    const limit = need.get(k);
    if (limit !== undefined) {
      const got = (have.get(k) ?? 0) + 1;
      have.set(k, got);
      if (got <= limit) missing--;
    }
    while (missing === 0) {
      if (bestLen === 0 || right - left + 1 < bestLen) {
        bestLen = right - left + 1;
        bestStart = left;
      }
      const out = key(chars[left]);
      const cap = need.get(out);
      if (cap !== undefined) {
        const got = (have.get(out) as number) - 1;
        have.set(out, got);
        if (got < cap) missing++;
      }
      left++;
    }
  }
  return chars.slice(bestStart, bestStart + bestLen).join("");
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static int key(int ch) {
        return {{fold}} && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    public static String {{fn}}(String {{text}}, String {{wanted}}) {
        Map<Integer, Integer> need = new HashMap<>();
        for (int ch : {{wanted}}.codePoints().toArray()) {
            need.put(key(ch), {{distinct}} ? 1 : need.getOrDefault(key(ch), 0) + 1);
        }
        int missing = 0;
        for (int v : need.values()) missing += v;
        if (missing == 0) return "";
        int[] chars = {{text}}.codePoints().toArray();
        Map<Integer, Integer> have = new HashMap<>();
        int left = 0;
        int bestStart = 0;
        int bestLen = 0;
        for (int right = 0; right < chars.length; right++) {
            int k = key(chars[right]);
            if (need.containsKey(k)) {
                int got = have.getOrDefault(k, 0) + 1;
                have.put(k, got);
                if (got <= need.get(k)) missing--;
            }
            while (missing == 0) {
                if (bestLen == 0 || right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                int out = key(chars[left]);
                if (need.containsKey(out)) {
                    int got = have.get(out) - 1;
                    have.put(out, got);
                    if (got < need.get(out)) missing++;
                }
                left++;
            }
        }
        return new String(chars, bestStart, bestLen);
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{text}} string, {{wanted}} string) string {
	key := func(ch rune) rune {
		if {{fold}} && ch >= 'A' && ch <= 'Z' {
			return ch + 32
		}
		return ch
	}
	need := map[rune]int{}
	for _, ch := range {{wanted}} {
		if {{distinct}} {
			need[key(ch)] = 1
		} else {
			need[key(ch)] += 1
		}
	}
	missing := 0
	for _, v := range need {
		missing += v
	}
	if missing == 0 {
		return ""
	}
	chars := []rune({{text}})
	have := map[rune]int{}
	left := 0
	bestStart := 0
	bestLen := 0
	for right := 0; right < len(chars); right++ {
		k := key(chars[right])
		if limit, ok := need[k]; ok {
			have[k] += 1
			if have[k] <= limit {
				missing--
			}
		}
		for missing == 0 {
			if bestLen == 0 || right - left + 1 < bestLen {
				bestLen = right - left + 1
				bestStart = left
			}
			out := key(chars[left])
			if cap, ok := need[out]; ok {
				have[out] -= 1
				if have[out] < cap {
					missing++
				}
			}
			left++
		}
	}
	return string(chars[bestStart : bestStart + bestLen])
}
""",
        Language.RUBY: """def {{fn}}({{text}}, {{wanted}})
  key = lambda { |ch| {{fold}} && ch >= "A" && ch <= "Z" ? ch.downcase : ch }
  need = Hash.new(0)
  {{wanted}}.each_char { |ch| need[key.call(ch)] = {{distinct}} ? 1 : need[key.call(ch)] + 1 }
  missing = need.values.sum
  return "" if missing == 0
  chars = {{text}}.chars
  have = Hash.new(0)
  left = 0
  best_start = 0
  best_len = 0
  chars.each_with_index do |ch, right|
    k = key.call(ch)
    if need.key?(k)
      have[k] += 1
      missing -= 1 if have[k] <= need[k]
    end
    while missing == 0
      if best_len == 0 || right - left + 1 < best_len
        best_len = right - left + 1
        best_start = left
      end
      out = key.call(chars[left])
      if need.key?(out)
        have[out] -= 1
        missing += 1 if have[out] < need[out]
      end
      left += 1
    end
  end
  chars[best_start, best_len].join
end
""",
        Language.RUST: """use std::collections::HashMap;

fn key(ch: char) -> char {
    if {{fold}} && ch >= 'A' && ch <= 'Z' {
        ((ch as u8) + 32) as char
    } else {
        ch
    }
}

pub fn {{fn}}({{text}}: String, {{wanted}}: String) -> String {
    let mut need: HashMap<char, i64> = HashMap::new();
    for ch in {{wanted}}.chars() {
        let entry = need.entry(key(ch)).or_insert(0);
        *entry = if {{distinct}} { 1 } else { *entry + 1 };
    }
    let mut missing: i64 = need.values().sum();
    if missing == 0 {
        return String::new();
    }
    let chars: Vec<char> = {{text}}.chars().collect();
    let mut have: HashMap<char, i64> = HashMap::new();
    let mut left = 0;
    let mut best_start = 0;
    let mut best_len = 0;
    for right in 0..chars.len() {
        let k = key(chars[right]);
        if let Some(limit) = need.get(&k) {
            let got = have.entry(k).or_insert(0);
            *got += 1;
            if *got <= *limit {
                missing -= 1;
            }
        }
        while missing == 0 {
            if best_len == 0 || right - left + 1 < best_len {
                best_len = right - left + 1;
                best_start = left;
            }
            let out = key(chars[left]);
            if let Some(cap) = need.get(&out) {
                let got = have.entry(out).or_insert(0);
                *got -= 1;
                if *got < *cap {
                    missing += 1;
                }
            }
            left += 1;
        }
    }
    chars[best_start..best_start + best_len].iter().collect()
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    static char Key(char ch)
    {
        return {{fold}} && ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
    }

    public static string {{fn}}(string {{text}}, string {{wanted}})
    {
        var need = new Dictionary<char, int>();
        foreach (char ch in {{wanted}})
        {
            int before;
            need.TryGetValue(Key(ch), out before);
            need[Key(ch)] = {{distinct}} ? 1 : before + 1;
        }
        int missing = 0;
        foreach (int v in need.Values) missing += v;
        if (missing == 0) return "";
        var have = new Dictionary<char, int>();
        int left = 0;
        int bestStart = 0;
        int bestLen = 0;
        for (int right = 0; right < {{text}}.Length; right++)
        {
            char k = Key({{text}}[right]);
            int limit;
            if (need.TryGetValue(k, out limit))
            {
                int got;
                have.TryGetValue(k, out got);
                have[k] = got + 1;
                if (got + 1 <= limit) missing--;
            }
            while (missing == 0)
            {
                if (bestLen == 0 || right - left + 1 < bestLen)
                {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                char drop = Key({{text}}[left]);
                int cap;
                if (need.TryGetValue(drop, out cap))
                {
                    have[drop] = have[drop] - 1;
                    if (have[drop] < cap) missing++;
                }
                left++;
            }
        }
        return {{text}}.Substring(bestStart, bestLen);
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["min_window", "shortest_cover", "smallest_window", "tightest_span", "min_cover"],
            text=["text", "haystack", "source", "document", "stream"],
            wanted=["pattern", "wanted", "needle", "letters", "required"],
        )
        p |= {
            "fold": rng.choice([True, False]),
            "distinct": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A search engine highlights the tightest snippet that contains every query letter.",
                    "A DNA tool looks for the shortest stretch holding a set of marker bases.",
                    "A word game asks for the shortest run of tiles covering a rack of letters.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"fold": (p["fold"], "bool"), "distinct": (p["distinct"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str"), ("wanted", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, wanted = p["params"]["text"], p["params"]["wanted"]
        count = (
            f"each distinct character of `{wanted}` at least once (repeats in `{wanted}` need no extra "
            "copies)"
            if p["distinct"]
            else f"every character of `{wanted}` with multiplicity (a character listed 3 times in "
            f"`{wanted}` must occur at least 3 times in the window)"
        )
        case = (
            "Characters are compared ignoring ASCII case only: `A`-`Z` match `a`-`z`, while all other "
            "characters (including accented letters such as `É`/`é`) match only themselves."
            if p["fold"]
            else "Characters are compared exactly (case-sensitive)."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the shortest contiguous substring of "
            f"`{text}` that contains {count}. A character is one Unicode code point (all are in the "
            f"Basic Multilingual Plane). {case} When several shortest substrings exist, return the "
            f"leftmost one. Return the empty string when no substring qualifies or when `{wanted}` is "
            "empty. The returned substring keeps the original characters of the text. Texts have up to "
            "10^5 characters."
        )
        return "Minimum window substring", statement, "Shortest substring covering the wanted characters."

    def solve(self, p: Params, *args: Any) -> Any:
        text, wanted = args

        def fold(ch: str) -> str:
            return ch.lower() if p["fold"] and "A" <= ch <= "Z" else ch

        need = Counter(fold(ch) for ch in wanted)
        if p["distinct"]:
            need = Counter(dict.fromkeys(need, 1))
        if not need:
            return ""
        keys = [fold(ch) for ch in text]
        window: Counter[str] = Counter()
        best: tuple[int, int] | None = None
        right = 0
        for left in range(len(keys)):
            while right < len(keys) and any(window[c] < n for c, n in need.items()):
                window[keys[right]] += 1
                right += 1
            if any(window[c] < n for c, n in need.items()):
                break
            if best is None or right - left < best[1] - best[0]:
                best = (left, right)
            window[keys[left]] -= 1
        return "" if best is None else text[best[0] : best[1]]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def draw(n: int, alphabet: str) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        cases: list[Case] = [(["ADOBECODEBANC", "ABC"], [])]
        cases += [
            ([draw(rng.randint(8, 14), "abcdAB"), draw(rng.randint(1, 3), "abcA")], []) for _ in range(4)
        ]
        cases += [
            (["", ""], ["empty"]),
            (["", "a"], ["empty"]),
            (["abc", ""], ["empty"]),
            (["a", "a"], ["boundary"]),
            (["a", "b"], ["boundary"]),
            (["a", "aa"], ["boundary"]),
            (["aa", "aa"], ["boundary"]),
            (["abab", "ab"], ["boundary"]),
            (["baab", "ab"], ["boundary"]),
            (["xAbxaBx", "ab"], ["boundary"]),
            (["aXbaXXb", "abb"], ["boundary"]),
            (["cabwefgewcwaefgcf", "cae"], ["boundary"]),
            (["aaBbbAcb", "AAb"], ["boundary"]),
            ([draw(5000, "abcdefghij"), "jihgfedcba"], ["large"]),
            (["a" * 3000 + "b" + "a" * 1000 + "c", "cab"], ["large"]),
            ([draw(4000, "xyzXYZ") + "Q", "qxyz"], ["large"]),
            (["éüñ中ßéü", "ü中"], ["unicode"]),
            (["ÉéE e", "é"], ["unicode"]),
            (["ß中aßA", "Aß"], ["unicode"]),
        ]
        return cases
