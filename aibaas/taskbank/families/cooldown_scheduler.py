"""Hard family: minimum time to run unit tasks when equal tasks need a cooldown between them.

The cooldown varies per variant; the reference is the counting argument behind the greedy
schedule (the most frequent tasks frame the timeline, ties fill the last frame, and a long task
list needs no idling at all), so it is O(n) but easy to get off by one.
"""

from __future__ import annotations

import heapq
import random
from collections import Counter
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

ALPHABETS = ["AB", "ABC", "abcd", "xyzw", "ABCDEF"]


class CooldownScheduler(Family):
    name = "cooldown-scheduler"
    difficulty = Difficulty.HARD
    tags = ("greedy", "scheduling", "counting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{tasks}}: str) -> int:
    freq: dict[str, int] = {}
    for ch in {{tasks}}:
        freq[ch] = freq.get(ch, 0) + 1
    top = max(freq.values(), default=0)
    ties = sum(1 for v in freq.values() if v == top)
    frame = (top - 1) * ({{cooldown}} + 1) + ties
    return max(len({{tasks}}), frame)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{tasks}}: string): number {
  const freq = new Map<string, number>();
  let total = 0;
  for (const ch of {{tasks}}) {
    freq.set(ch, (freq.get(ch) ?? 0) + 1);
    total = total + 1;
  }
  let top = 0;
  for (const v of freq.values()) top = Math.max(top, v);
  let ties = 0;
  for (const v of freq.values()) if (v === top) ties = ties + 1;
  const frame = (top - 1) * ({{cooldown}} + 1) + ties;
  return Math.max(total, frame);
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(String {{tasks}}) {
        Map<Integer, Long> freq = new HashMap<>();
        long total = 0;
        for (int i = 0; i < {{tasks}}.length(); i++) {
            freq.merge((int) {{tasks}}.charAt(i), 1L, Long::sum);
            total = total + 1;
        }
        long top = 0;
        for (long v : freq.values()) top = Math.max(top, v);
        long ties = 0;
        for (long v : freq.values()) if (v == top) ties = ties + 1;
        long frame = (top - 1) * ({{cooldown}} + 1) + ties;
        return Math.max(total, frame);
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{tasks}} string) int {
	freq := map[rune]int{}
	total := 0
	for _, ch := range {{tasks}} {
		freq[ch] = freq[ch] + 1
		total = total + 1
	}
	top := 0
	for _, v := range freq {
		if v > top {
			top = v
		}
	}
	ties := 0
	for _, v := range freq {
		if v == top {
			ties = ties + 1
		}
	}
	frame := (top - 1) * ({{cooldown}} + 1) + ties
	if frame > total {
		return frame
	}
	return total
}
""",
        Language.RUBY: """def {{fn}}({{tasks}})
  freq = Hash.new(0)
  {{tasks}}.each_char { |ch| freq[ch] += 1 }
  top = freq.values.max || 0
  ties = freq.values.count { |v| v == top }
  frame = (top - 1) * ({{cooldown}} + 1) + ties
  [{{tasks}}.length, frame].max
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{tasks}}: String) -> i64 {
    let mut freq: HashMap<char, i64> = HashMap::new();
    let mut total = 0i64;
    for ch in {{tasks}}.chars() {
        *freq.entry(ch).or_insert(0) += 1;
        total = total + 1;
    }
    let top = freq.values().copied().max().unwrap_or(0);
    let ties = freq.values().filter(|&&v| v == top).count() as i64;
    let frame = (top - 1) * ({{cooldown}} + 1) + ties;
    total.max(frame)
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(string {{tasks}})
    {
        var freq = new Dictionary<char, long>();
        long total = 0;
        foreach (char ch in {{tasks}})
        {
            long seen;
            freq.TryGetValue(ch, out seen);
            freq[ch] = seen + 1;
            total = total + 1;
        }
        long top = 0;
        foreach (long v in freq.Values) top = Math.Max(top, v);
        long ties = 0;
        foreach (long v in freq.Values) if (v == top) ties = ties + 1;
        long frame = (top - 1) * ({{cooldown}} + 1) + ties;
        return Math.Max(total, frame);
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["least_interval", "schedule_length", "min_run_time", "cooldown_time", "total_ticks"],
            tasks=["tasks", "jobs", "queue", "workload", "batch"],
        )
        p |= {
            "cooldown": rng.choice([0, 1, 2, 3, 5]),
            "alphabet": rng.choice(ALPHABETS),
            "framing": rng.choice(
                [
                    "A CPU runs unit-time jobs, but a job type must cool down before it runs again.",
                    "A printer alternates print heads; the same head needs rest between two uses.",
                    "A game server throttles repeated actions of the same kind.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"cooldown": (p["cooldown"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("tasks", "str")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        tasks, k = p["params"]["tasks"], p["cooldown"]
        if k == 0:
            rest = "There is no cooldown: identical tasks may run in consecutive time units"
        else:
            rest = (
                f"Two runs of identical tasks must be at least {k + 1} time units apart: if a task runs "
                f"at time t, the next identical task may run at time t + {k + 1} at the earliest (so at "
                f"least {k} other or idle units lie between them)"
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. Each character of `{tasks}` is one task that takes "
            "exactly one time unit; equal characters are identical tasks (case-sensitive: 'a' and 'A' "
            "differ). In every time unit the machine runs one task or stays idle, and the tasks may be "
            f"run in any order. {rest}. Return the minimum number of time units, idle units included, "
            "needed to run every task (0 for no tasks). Characters are Unicode code points, all in the "
            "Basic Multilingual Plane; there are up to 10^5 tasks."
        )
        return "Task cooldown", statement, "Minimum time to run tasks with a cooldown."

    def solve(self, p: Params, *args: Any) -> Any:
        # simulate the greedy schedule: at each unit run the available task with the most copies left
        (tasks,) = args
        k = p["cooldown"]
        ready = [(-left, ch) for ch, left in Counter(tasks).items()]
        heapq.heapify(ready)
        waiting: list[tuple[int, int, str]] = []  # (time it may run again, -left, task)
        time = 0
        while ready or waiting:
            if not ready:
                time = max(time, waiting[0][0])
            while waiting and waiting[0][0] <= time:
                _, left, ch = heapq.heappop(waiting)
                heapq.heappush(ready, (left, ch))
            left, ch = heapq.heappop(ready)
            if left + 1 < 0:
                heapq.heappush(waiting, (time + k + 1, left + 1, ch))
            time += 1
        return time

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        alphabet, k = p["alphabet"], p["cooldown"]

        def draw(n: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        a, b = alphabet[0], alphabet[1]
        cases: list[Case] = [([draw(rng.randint(5, 9))], []) for _ in range(4)]
        cases += [
            ([""], ["empty"]),
            ([a], ["boundary"]),
            ([a * 4], ["boundary"]),
            ([a * 3 + b * 3], ["boundary"]),
            ([a * 3 + b * 2], ["boundary"]),
            ([a + a.lower() + a.upper()], ["boundary"]),
            ([(a * 2 + alphabet) * 2], ["boundary"]),
            (["".join(chr(65 + i) for i in range(k + 2)) * 3], ["boundary"]),
            ([a * 2 + "".join(chr(97 + i) for i in range(k))], ["boundary"]),
            ([draw(3000)], ["large"]),
            ([a * 1500 + b * 10], ["large"]),
            (["ééa中中中"], ["unicode"]),
            (["ßßßSS中"], ["unicode"]),
        ]
        return cases
