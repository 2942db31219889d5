"""Hard family: segment a text into dictionary words, counting the ways or the fewest pieces.

Variants count the segmentations modulo a per-variant prime or ask for the minimum number of
words (-1 when impossible); the reference is an O(n*L) prefix dynamic program over cut positions,
where reachability must be tracked separately from a count that may wrap to 0 modulo the prime.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

DICTIONARIES = [
    ["a", "ab", "abc", "b", "bc", "ca", "cab"],
    ["go", "goal", "al", "oal", "g", "l", "o"],
    ["x", "xy", "yx", "y", "xyz", "z", "zz"],
]
MODES = [("ways", 1_000_000_007), ("ways", 998_244_353), ("fewest", 1_000_000_007)]


class WordBreak(Family):
    name = "word-break"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "strings")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str, {{words}}: list[str]) -> int:
    vocab = set({{words}})
    n = len({{text}})
    longest = max([len(w) for w in vocab] + [0])
    ways = [1] + [0] * n
    fewest = [0] + [-1] * n
    for stop in range(1, n + 1):
        for start in range(max(0, stop - longest), stop):
            if fewest[start] >= 0 and {{text}}[start:stop] in vocab:
                ways[stop] = (ways[stop] + ways[start]) % {{modulus}}
                if fewest[stop] < 0 or fewest[start] + 1 < fewest[stop]:
                    fewest[stop] = fewest[start] + 1
    return ways[n] if {{mode}} == 0 else fewest[n]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string, {{words}}: string[]): number {
  const vocab = new Set({{words}});
  const n = {{text}}.length;
  let longest = 0;
  for (const w of vocab) longest = Math.max(longest, w.length);
  const ways: number[] = new Array(n + 1).fill(0);
  const fewest: number[] = new Array(n + 1).fill(-1);
  ways[0] = 1;
  fewest[0] = 0;
  for (let stop = 1; stop <= n; stop++) {
    for (let start = Math.max(0, stop - longest); start < stop; start++) {
      if (fewest[start] >= 0 && vocab.has({{text}}.slice(start, stop))) {
        ways[stop] = (ways[stop] + ways[start]) % {{modulus}};
        if (fewest[stop] < 0 || fewest[start] + 1 < fewest[stop]) {
          fewest[stop] = fewest[start] + 1;
        }
      }
    }
  }
  const mode: number = {{mode}};
  return mode === 0 ? ways[n] : fewest[n];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(String {{text}}, List<String> {{words}}) {
        Set<String> vocab = new HashSet<>({{words}});
        int n = {{text}}.length();
        int longest = 0;
        for (String w : vocab) longest = Math.max(longest, w.length());
        long[] ways = new long[n + 1];
        long[] fewest = new long[n + 1];
        Arrays.fill(fewest, -1);
        ways[0] = 1;
        fewest[0] = 0;
        for (int stop = 1; stop <= n; stop++) {
            for (int start = Math.max(0, stop - longest); start < stop; start++) {
                if (fewest[start] >= 0 && vocab.contains({{text}}.substring(start, stop))) {
                    ways[stop] = (ways[stop] + ways[start]) % {{modulus}};
                    if (fewest[stop] < 0 || fewest[start] + 1 < fewest[stop]) {
                        fewest[stop] = fewest[start] + 1;
                    }
                }
            }
        }
        return {{mode}} == 0 ? ways[n] : fewest[n];
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{text}} string, {{words}} []string) int {
	vocab := map[string]bool{}
	longest := 0
	for _, w := range {{words}} {
		vocab[w] = true
		if len([]rune(w)) > longest {
			longest = len([]rune(w))
		}
	}
	chars := []rune({{text}})
	n := len(chars)
	ways := make([]int, n + 1)
	fewest := make([]int, n + 1)
	for i := range fewest {
		fewest[i] = -1
	}
	ways[0] = 1
	fewest[0] = 0
	for stop := 1; stop <= n; stop++ {
		start := stop - longest
		if start < 0 {
			start = 0
		}
		for ; start < stop; start++ {
			if fewest[start] >= 0 && vocab[string(chars[start:stop])] {
				ways[stop] = (ways[stop] + ways[start]) % {{modulus}}
				if fewest[stop] < 0 || fewest[start] + 1 < fewest[stop] {
					fewest[stop] = fewest[start] + 1
				}
			}
		}
	}
	if {{mode}} == 0 {
		return ways[n]
	}
	return fewest[n]
}
""",
        Language.RUBY: """def {{fn}}({{text}}, {{words}})
  vocab = {}
  {{words}}.each { |w| vocab[w] = true }
  longest = ([0] + {{words}}.map(&:length)).max
  chars = {{text}}.chars
  n = chars.length
  ways = [1] + [0] * n
  fewest = [0] + [-1] * n
  (1..n).each do |stop|
    ([0, stop - longest].max...stop).each do |start|
      next unless fewest[start] >= 0 && vocab.key?(chars[start...stop].join)
      ways[stop] = (ways[stop] + ways[start]) % {{modulus}}
      if fewest[stop] < 0 || fewest[start] + 1 < fewest[stop]
        fewest[stop] = fewest[start] + 1
      end
    end
  end
  {{mode}} == 0 ? ways[n] : fewest[n]
end
""",
        Language.RUST: """use std::collections::HashSet;

pub fn {{fn}}({{text}}: String, {{words}}: Vec<String>) -> i64 {
    let vocab: HashSet<String> = {{words}}.iter().cloned().collect();
    let longest = {{words}}.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    let chars: Vec<char> = {{text}}.chars().collect();
    let n = chars.len();
    let mut ways = vec![0i64; n + 1];
    let mut fewest = vec![-1i64; n + 1];
    ways[0] = 1;
    fewest[0] = 0;
    for stop in 1..n + 1 {
        let first = if stop > longest { stop - longest } else { 0 };
        for start in first..stop {
            if fewest[start] >= 0 {
                let piece: String = chars[start..stop].iter().collect();
                if vocab.contains(&piece) {
                    ways[stop] = (ways[stop] + ways[start]) % {{modulus}};
                    if fewest[stop] < 0 || fewest[start] + 1 < fewest[stop] {
                        fewest[stop] = fewest[start] + 1;
                    }
                }
            }
        }
    }
    if {{mode}} == 0 { ways[n] } else { fewest[n] }
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(string {{text}}, List<string> {{words}})
    {
        var vocab = new HashSet<string>({{words}});
        int n = {{text}}.Length;
        int longest = 0;
        foreach (string w in vocab) longest = Math.Max(longest, w.Length);
        var ways = new long[n + 1];
        var fewest = new long[n + 1];
        for (int i = 0; i <= n; i++) fewest[i] = -1;
        ways[0] = 1;
        fewest[0] = 0;
        for (int stop = 1; stop <= n; stop++)
        {
            for (int start = Math.Max(0, stop - longest); start < stop; start++)
            {
                if (fewest[start] >= 0 && vocab.Contains({{text}}.Substring(start, stop - start)))
                {
                    ways[stop] = (ways[stop] + ways[start]) % {{modulus}};
                    if (fewest[stop] < 0 || fewest[start] + 1 < fewest[stop])
                    {
                        fewest[stop] = fewest[start] + 1;
                    }
                }
            }
        }
        return {{mode}} == 0 ? ways[n] : fewest[n];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["segment_text", "word_break", "split_words", "break_phrase", "tokenize_ways"],
            text=["text", "phrase", "message", "sentence", "run_on"],
            words=["words", "dictionary", "vocabulary", "lexicon", "known_words"],
        )
        p |= {
            "mode": rng.choice(MODES),
            "dictionary": rng.choice(DICTIONARIES),
            "framing": rng.choice(
                [
                    "A search engine receives queries typed without spaces.",
                    "A font renderer must split a hashtag into known words.",
                    "A linguist studies how ambiguous an unspaced inscription is.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        kind, modulus = p["mode"]
        return {"mode": (0 if kind == "ways" else 1, "int"), "modulus": (modulus, "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str"), ("words", "list[str]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        text, words = p["params"]["text"], p["params"]["words"]
        kind, modulus = p["mode"]
        if kind == "ways":
            ask = (
                "returns the number of different segmentations of the text, modulo "
                f"{modulus:_}. Two segmentations are different when their sequences of pieces "
                "differ (that is, when they cut the text at different positions). The empty text "
                "has exactly one segmentation (no pieces); a text that cannot be segmented has 0"
            )
            summary = "Number of ways to split a text into dictionary words."
        else:
            ask = (
                "returns the minimum number of pieces of a segmentation, or -1 when the text cannot be "
                "segmented at all. The empty text needs 0 pieces"
            )
            summary = "Fewest dictionary words a text splits into."
        statement = (
            f"{p['framing']} Write `{p['fn']}`. A segmentation of `{text}` splits it into consecutive "
            f"non-empty pieces, each exactly equal (case-sensitive) to a word of `{words}`; a word may "
            f"be used any number of times, and a word listed twice counts once. `{p['fn']}` {ask}. "
            "Characters are Unicode code points, all in the Basic Multilingual Plane. Dictionary words "
            "are non-empty and short (at most 10 characters), the text has at most a few thousand "
            "characters, and the number of segmentations can be astronomically large."
        )
        return "Word break", statement, summary

    def solve(self, p: Params, *args: Any) -> Any:
        text, words = args
        kind, modulus = p["mode"]
        vocab = set(words)
        longest = max((len(w) for w in vocab), default=0)
        ways = [1] + [0] * len(text)
        fewest: list[int | None] = [0] + [None] * len(text)
        for stop in range(1, len(text) + 1):
            for start in range(max(0, stop - longest), stop):
                prior = fewest[start]
                if prior is not None and text[start:stop] in vocab:
                    ways[stop] = (ways[stop] + ways[start]) % modulus
                    now = fewest[stop]
                    fewest[stop] = prior + 1 if now is None else min(now, prior + 1)
        if kind == "ways":
            return ways[-1]
        return -1 if fewest[-1] is None else fewest[-1]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        words = list(p["dictionary"])

        def joined(n: int) -> str:
            return "".join(rng.choice(words) for _ in range(n))

        short = words[0]
        cases: list[Case] = [([joined(rng.randint(3, 5)), words], []) for _ in range(3)]
        cases += [
            ([joined(3) + "q", words], []),
            (["", words], ["empty"]),
            ([joined(2), []], ["empty"]),
            ([short, words], ["boundary"]),
            (["aaaa", ["a", "aa"]], ["boundary"]),
            (["aaaa", ["aa", "aa", "aaa"]], ["boundary"]),
            (["abc", ["abcd", "ab"]], ["boundary"]),
            (["abab", ["ab", "ba", "a", "b"]], ["boundary"]),
            (["Ab", ["a", "b", "ab"]], ["boundary"]),
            (["a" * 60, ["a", "aa"]], ["boundary"]),
            (["a" * 2000, ["a", "aa", "aaa", "aaaa"]], ["large"]),
            ([joined(500), words], ["large"]),
            (["ab" * 700 + "c", ["a", "b", "ab", "ba", "aba"]], ["large"]),
            (["中文中文", ["中", "文", "中文"]], ["unicode"]),
            (["ééßé", ["é", "éé", "ß", "éß"]], ["unicode"]),
        ]
        return cases
