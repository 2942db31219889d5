"""Hard family: the fewest rooms that host every meeting, with a clean-up time (scheduling sweep)."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class MeetingRooms(Family):
    name = "meeting-rooms"
    difficulty = Difficulty.HARD
    tags = ("scheduling", "intervals", "sweep-line")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{meetings}}: list[list[int]], {{cleanup}}: int) -> int:
    starts = sorted(m[0] for m in {{meetings}})
    ends = sorted(m[1] + {{cleanup}} for m in {{meetings}})
    rooms = 0
    best = 0
    j = 0
    for start in starts:
        while j < len(ends) and ends[j] <= start:
            j += 1
            rooms = rooms - 1
        rooms = rooms + 1
        best = max(best, rooms)
    return best
""",
        Language.TYPESCRIPT: """\
export function {{fn}}({{meetings}}: number[][], {{cleanup}}: number): number {
  const starts = {{meetings}}.map((m) => m[0]).sort((a, b) => a - b);
  const ends = {{meetings}}.map((m) => m[1] + {{cleanup}}).sort((a, b) => a - b);
  let rooms = 0;
  let best = 0;
  let j = 0;
  for (const start of starts) {
    while (j < ends.length && ends[j] <= start) {
      j++;
      rooms = rooms - 1;
    }
    rooms = rooms + 1;
    best = Math.max(best, rooms);
  }
  return best;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<List<Long>> {{meetings}}, long {{cleanup}}) {
        int n = {{meetings}}.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = {{meetings}}.get(i).get(0);
            ends[i] = {{meetings}}.get(i).get(1) + {{cleanup}};
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        long rooms = 0;
        long best = 0;
        int j = 0;
        for (long start : starts) {
            while (j < n && ends[j] <= start) {
                j++;
                rooms = rooms - 1;
            }
            rooms = rooms + 1;
            best = Math.max(best, rooms);
        }
        return best;
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{meetings}} [][]int, {{cleanup}} int) int {
	starts := []int{}
	ends := []int{}
	for _, m := range {{meetings}} {
		starts = append(starts, m[0])
		ends = append(ends, m[1] + {{cleanup}})
	}
	sort.Ints(starts)
	sort.Ints(ends)
	rooms, best, j := 0, 0, 0
	for _, start := range starts {
		for j < len(ends) && ends[j] <= start {
			j++
			rooms = rooms - 1
		}
		rooms = rooms + 1
		if rooms > best {
			best = rooms
		}
	}
	return best
}
""",
        Language.RUBY: """def {{fn}}({{meetings}}, {{cleanup}})
  starts = {{meetings}}.map { |m| m[0] }.sort
  ends = {{meetings}}.map { |m| m[1] + {{cleanup}} }.sort
  rooms = 0
  best = 0
  j = 0
  starts.each do |start|
    while j < ends.length && ends[j] <= start
      j += 1
      rooms = rooms - 1
    end
    rooms = rooms + 1
    best = [best, rooms].max
  end
  best
end
""",
        Language.RUST: """pub fn {{fn}}({{meetings}}: Vec<Vec<i64>>, {{cleanup}}: i64) -> i64 {
    let mut starts: Vec<i64> = {{meetings}}.iter().map(|m| m[0]).collect();
    let mut ends: Vec<i64> = {{meetings}}.iter().map(|m| m[1] + {{cleanup}}).collect();
    starts.sort();
    ends.sort();
    let mut rooms: i64 = 0;
    let mut best: i64 = 0;
    let mut j = 0;
    for start in starts {
        while j < ends.len() && ends[j] <= start {
            j += 1;
            rooms = rooms - 1;
        }
        rooms = rooms + 1;
        best = best.max(rooms);
    }
    best
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static long {{fn}}(List<List<long>> {{meetings}}, long {{cleanup}})
    {
        var starts = {{meetings}}.Select(m => m[0]).OrderBy(x => x).ToList();
        var ends = {{meetings}}.Select(m => m[1] + {{cleanup}}).OrderBy(x => x).ToList();
        long rooms = 0;
        long best = 0;
        int j = 0;
        foreach (long start in starts)
        {
            while (j < ends.Count && ends[j] <= start)
            {
                j++;
                rooms = rooms - 1;
            }
            rooms = rooms + 1;
            best = Math.Max(best, rooms);
        }
        return best;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["min_rooms", "rooms_needed", "count_rooms", "min_stages", "schedule_rooms"],
            meetings=["meetings", "sessions", "bookings", "talks", "shifts"],
            cleanup=["cleanup", "turnaround", "buffer", "reset_time"],
        )
        p |= {
            "unit": rng.choice(["minutes", "seconds", "slots"]),
            "horizon": rng.choice([60, 600, 86_400]),
            "framing": rng.choice(
                [
                    "A conference planner assigns talks to stages.",
                    "A clinic books procedures into operating rooms.",
                    "A build farm runs jobs on identical machines.",
                ]
            ),
        }
        return p

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("meetings", "list[list[int]]"), ("cleanup", "int")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        meetings, cleanup = p["params"]["meetings"], p["params"]["cleanup"]
        statement = (
            f"{p['framing']} Each element of `{meetings}` is `[start, end]` in {p['unit']}, the "
            "half-open period [start, end) during which it occupies a room. After a meeting ends, "
            f"its room needs `{cleanup}` {p['unit']} (>= 0) before the next meeting can start in it: "
            f"a room freed at end + `{cleanup}` can host a meeting starting at that very time. Every "
            f"meeting has start <= end and end + `{cleanup}` > start (a meeting with start == end "
            f"still holds its room for the clean-up). Write `{p['fn']}`, which returns the smallest "
            "number of rooms that can host every meeting (0 when there are none)."
        )
        return "Minimum rooms", statement, "Fewest rooms that host every meeting."

    def solve(self, p: Params, *args: Any) -> Any:
        meetings, cleanup = args
        # a room is busy on [start, end + cleanup); an event sweep counts the peak overlap
        events = sorted([(m[1] + cleanup, -1) for m in meetings] + [(m[0], 1) for m in meetings])
        rooms = best = 0
        for _, delta in events:
            rooms += delta
            best = max(best, rooms)
        return best

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        horizon = p["horizon"]
        unit = max(1, horizon // 60)

        def meeting() -> list[int]:
            start = rng.randint(0, horizon)
            return [start, start + rng.randint(1, 12) * unit]

        def draw(n: int) -> list[list[int]]:
            return [meeting() for _ in range(n)]

        cases: list[Case] = [
            ([draw(rng.randint(3, 7)), rng.choice([0, unit, 3 * unit])], []) for _ in range(4)
        ]
        cases += [
            ([[], 5], ["empty"]),
            ([[[0, 10]], 0], ["boundary"]),
            ([[[0, 10], [10, 20]], 0], ["boundary"]),
            ([[[0, 10], [10, 20]], 1], ["boundary"]),
            ([[[0, 10], [12, 20]], 2], ["boundary"]),
            ([[[5, 5], [5, 5], [6, 8]], 1], ["boundary"]),
            ([[[3, 4]] * 6, 0], ["boundary"]),
            ([draw(1500), 2 * unit], ["large"]),
            ([[[i, i + 1] for i in range(1000)], 0], ["large"]),
            ([[[0, 1_000_000_000], [1_000_000_000, 2_000_000_000]], 1], ["large"]),
        ]
        return cases
