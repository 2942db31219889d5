"""Easy families: string and collection manipulation."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

BMP_LETTERS = "éüñ中ß"


class RunLengthEncode(Family):
    name = "run-length-encode"
    difficulty = Difficulty.EASY
    tags = ("strings", "run-length")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> str:
    out = []
    i = 0
    while i < len({{text}}):
        j = i
        while j < len({{text}}) and {{text}}[j] == {{text}}[i]:
            j += 1
        run = j - i
        count = str(run) if run >= {{min_count}} else ""
        out.append(count + {{text}}[i] if {{count_first}} else {{text}}[i] + count)
        i = j
    return "".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string {
  const chars = Array.from({{text}});
  let out = "";
  let i = 0;
  while (i < chars.length) {
    let j = i;
    while (j < chars.length && chars[j] === chars[i]) j++;
    const run = j - i;
    const count = run >= {{min_count}} ? String(run) : "";
    out += {{count_first}} ? count + chars[i] : chars[i] + count;
    i = j;
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{text}}) {
        int[] cps = {{text}}.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < cps.length) {
            int j = i;
            while (j < cps.length && cps[j] == cps[i]) j++;
            int run = j - i;
            String count = run >= {{min_count}} ? String.valueOf(run) : "";
            String ch = new String(cps, i, 1);
            out.append({{count_first}} ? count + ch : ch + count);
            i = j;
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

import "strconv"

func {{fn}}({{text}} string) string {
	chars := []rune({{text}})
	out := ""
	i := 0
	for i < len(chars) {
		j := i
		for j < len(chars) && chars[j] == chars[i] {
			j++
		}
		run := j - i
		count := ""
		if run >= {{min_count}} {
			count = strconv.Itoa(run)
		}
		if {{count_first}} {
			out += count + string(chars[i])
		} else {
			out += string(chars[i]) + count
		}
		i = j
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  out = +""
  {{text}}.chars.chunk_while { |a, b| a == b }.each do |group|
    count = group.length >= {{min_count}} ? group.length.to_s : ""
    out << ({{count_first}} ? count + group[0] : group[0] + count)
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> String {
    let chars: Vec<char> = {{text}}.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j < chars.len() && chars[j] == chars[i] {
            j += 1;
        }
        let run = j - i;
        let count = if run >= {{min_count}} { run.to_string() } else { String::new() };
        if {{count_first}} {
            out.push_str(&count);
            out.push(chars[i]);
        } else {
            out.push(chars[i]);
            out.push_str(&count);
        }
        i = j;
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Text;

public static class Solution
{
    public static string {{fn}}(string {{text}})
    {
        var result = new StringBuilder();
        int i = 0;
        while (i < {{text}}.Length)
        {
            int j = i;
            while (j < {{text}}.Length && {{text}}[j] == {{text}}[i]) j++;
            int run = j - i;
            string count = run >= {{min_count}} ? run.ToString() : "";
            string ch = {{text}}[i].ToString();
            result.Append({{count_first}} ? count + ch : ch + count);
            i = j;
        }
        return result.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["run_length_encode", "compress_runs", "encode_runs", "squeeze_runs", "rle_compress"],
            text=["text", "symbols", "line", "word", "signal"],
        )
        p |= {
            "min_count": rng.choice([1, 2]),
            "count_first": rng.choice([True, False]),
            "alphabet": rng.choice(["ab", "abc", "xyz", "01", "AB-"]),
            "framing": rng.choice(
                [
                    "A telemetry service compresses streams of status symbols before upload.",
                    "A retro game stores its tile rows compactly.",
                    "A fax-like protocol shrinks scan lines of repeated symbols.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"min_count": (p["min_count"], "int"), "count_first": (p["count_first"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        order = (
            "the count followed by the character"
            if p["count_first"]
            else "the character followed by the count"
        )
        shown = (
            "Every run shows its count, even a count of 1."
            if p["min_count"] == 1
            else "A run of length 1 is written as the bare character, without a count."
        )
        text = p["params"]["text"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which run-length encodes `{text}`: each maximal run of "
            f"equal consecutive characters becomes {order} (the count in decimal). {shown} Characters are "
            "Unicode code points of the Basic Multilingual Plane; the empty string encodes to itself."
        )
        return "Run-length encoding", statement, "Run-length encode a string."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        out, i = [], 0
        while i < len(text):
            j = i
            while j < len(text) and text[j] == text[i]:
                j += 1
            count = str(j - i) if j - i >= p["min_count"] else ""
            out.append(count + text[i] if p["count_first"] else text[i] + count)
            i = j
        return "".join(out)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet = p["alphabet"]

        def runs(n: int) -> str:
            return "".join(rng.choice(alphabet) * rng.randint(1, 4) for _ in range(n))

        cases: list[Case] = [([runs(rng.randint(3, 6))], []) for _ in range(4)]
        cases += [
            ([""], ["empty"]),
            ([alphabet[0]], ["boundary"]),
            ([alphabet[0] * 12 + alphabet[-1]], ["boundary"]),
            ([runs(300)], ["large"]),
            ([alphabet[0] * 1000], ["large"]),
            ([BMP_LETTERS[0] * 3 + BMP_LETTERS[3] * 2 + BMP_LETTERS[1]], ["unicode"]),
        ]
        return cases


class DedupeKeepOrder(Family):
    name = "dedupe-keep-order"
    difficulty = Difficulty.EASY
    tags = ("collections", "hashing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{items}}: list[int]) -> list[int]:
    seen: dict[int, int] = {}
    for item in {{items}}:
        seen[item] = seen.get(item, 0) + 1
    emitted = set()
    out = []
    for item in ({{items}} if {{keep_first}} else reversed({{items}})):
        if item in emitted or seen[item] > {{max_repeats}}:
            continue
        emitted.add(item)
        out.append(item)
    return out if {{keep_first}} else out[::-1]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{items}}: number[]): number[] {
  const seen = new Map<number, number>();
  for (const item of {{items}}) seen.set(item, (seen.get(item) ?? 0) + 1);
  const emitted = new Set<number>();
  const order = {{keep_first}} ? {{items}} : [...{{items}}].reverse();
  const out: number[] = [];
  for (const item of order) {
    if (emitted.has(item) || (seen.get(item) ?? 0) > {{max_repeats}}) continue;
    emitted.add(item);
    out.push(item);
  }
  return {{keep_first}} ? out : out.reverse();
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<Long> {{items}}) {
        Map<Long, Integer> seen = new HashMap<>();
        for (long item : {{items}}) seen.merge(item, 1, Integer::sum);
        List<Long> order = new ArrayList<>({{items}});
        if (!{{keep_first}}) Collections.reverse(order);
        Set<Long> emitted = new HashSet<>();
        List<Long> out = new ArrayList<>();
        for (long item : order) {
            if (emitted.contains(item) || seen.get(item) > {{max_repeats}}) continue;
            emitted.add(item);
            out.add(item);
        }
        if (!{{keep_first}}) Collections.reverse(out);
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{items}} []int) []int {
	seen := map[int]int{}
	for _, item := range {{items}} {
		seen[item]++
	}
	order := append([]int{}, {{items}}...)
	if !{{keep_first}} {
		reverseInts(order)
	}
	emitted := map[int]bool{}
	out := []int{}
	for _, item := range order {
		if emitted[item] || seen[item] > {{max_repeats}} {
			continue
		}
		emitted[item] = true
		out = append(out, item)
	}
	if !{{keep_first}} {
		reverseInts(out)
	}
	return out
}

func reverseInts(seq []int) {
	for i, j := 0, len(seq)-1; i < j; i, j = i+1, j-1 {
		seq[i], seq[j] = seq[j], seq[i]
	}
}
""",
        Language.RUBY: """def {{fn}}({{items}})
  counts = {{items}}.tally
  order = {{keep_first}} ? {{items}} : {{items}}.reverse
  emitted = {}
  out = []
  order.each { |item|
    next if emitted[item] || counts[item] > {{max_repeats}}

    emitted[item] = true
    out << item
  }
  {{keep_first}} ? out : out.reverse
end
""",
        Language.RUST: """use std::collections::{HashMap, HashSet};

pub fn {{fn}}({{items}}: Vec<i64>) -> Vec<i64> {
    let mut seen: HashMap<i64, usize> = HashMap::new();
    for &item in &{{items}} {
        *seen.entry(item).or_insert(0) += 1;
    }
    let mut order = {{items}}.clone();
    if !{{keep_first}} {
        order.reverse();
    }
    let mut emitted = HashSet::new();
    let mut out = Vec::new();
    for item in order {
        if emitted.contains(&item) || seen[&item] > {{max_repeats}} {
            continue;
        }
        emitted.insert(item);
        out.push(item);
    }
    if !{{keep_first}} {
        out.reverse();
    }
    out
}
""",
        Language.CSHARP: """using System.Collections.Generic;

public static class Solution
{
    public static List<long> {{fn}}(List<long> {{items}})
    {
        var seen = new Dictionary<long, int>();
        foreach (var item in {{items}})
            seen[item] = seen.TryGetValue(item, out var n) ? n + 1 : 1;
        var order = new List<long>({{items}});
        if (!{{keep_first}}) order.Reverse();
        var emitted = new HashSet<long>();
        var result = new List<long>();
        foreach (var item in order)
        {
            if (emitted.Contains(item) || seen[item] > {{max_repeats}}) continue;
            emitted.Add(item);
            result.Add(item);
        }
        if (!{{keep_first}}) result.Reverse();
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["dedupe", "unique_in_order", "distinct_values", "remove_repeats", "first_sightings"],
            items=["items", "readings", "ids", "values", "codes"],
        )
        p |= {
            "keep_first": rng.choice([True, False]),
            "max_repeats": rng.choice([2, 3, 1000]),
            "domain": rng.choice([(0, 9), (-5, 5), (100, 120)]),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"keep_first": (p["keep_first"], "bool"), "max_repeats": (p["max_repeats"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("items", "list[int]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        which = "first" if p["keep_first"] else "last"
        items = p["params"]["items"]
        limit = (
            ""
            if p["max_repeats"] >= 1000
            else f" A value occurring more than {p['max_repeats']} times in total is noise: drop it entirely."
        )
        statement = (
            f"Write `{p['fn']}`, which returns the distinct values of `{items}`, keeping for each value only "
            f"its {which} occurrence and preserving the relative order of the kept occurrences.{limit} "
            "The input must not be modified."
        )
        return "Distinct values in order", statement, "Remove repeated values, keeping order."

    def solve(self, p: Params, *args: Any) -> Any:
        (items,) = args
        counts: dict[int, int] = {}
        for item in items:
            counts[item] = counts.get(item, 0) + 1
        order = items if p["keep_first"] else list(reversed(items))
        out: list[int] = []
        for item in order:
            if item not in out and counts[item] <= p["max_repeats"]:
                out.append(item)
        return out if p["keep_first"] else out[::-1]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        low, high = p["domain"]

        def draw(n: int) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        cases: list[Case] = [([draw(rng.randint(4, 9))], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[low]], ["boundary"]),
            ([[high, high, high, high]], ["boundary"]),
            ([[low, high, low, high, low]], ["boundary"]),
            ([[high, low, high, low, high, low, low]], ["boundary"]),
            ([draw(400)], ["large"]),
        ]
        return cases
