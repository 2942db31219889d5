"""Medium family: accept or reject half-open bookings in order, allowing at most k overlapping.

Medium because it needs an interval-overlap check against accepted bookings with a sweep over
clipped intervals for k > 1, and exact rules for touching ends, empty bookings and rejections.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class CalendarBooking(Family):
    name = "calendar-booking"
    difficulty = Difficulty.MEDIUM
    tags = ("intervals", "sweep-line")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{bookings}}: list[list[int]]) -> list[bool]:
    accepted: list[list[int]] = []
    result: list[bool] = []
    for booking in {{bookings}}:
        open_at = booking[0]
        close_at = booking[1]
        if close_at <= open_at:
            result.append(False)
            continue
        events: list[list[int]] = []
        for other in accepted:
            lo = max(open_at, other[0])
            hi = min(close_at, other[1])
            if lo < hi:
                events.append([lo, 1])
                events.append([hi, -1])
        events.sort()
        depth = 0
        worst = 0
        for ev in events:
            depth += ev[1]
            worst = max(worst, depth)
        ok = worst < {{limit}}
        if ok:
            accepted.append([open_at, close_at])
        result.append(ok)
    return result
""",
        Language.TYPESCRIPT: """export function {{fn}}({{bookings}}: number[][]): boolean[] {
  const accepted: number[][] = [];
  const result: boolean[] = [];
  for (const booking of {{bookings}}) {
    const openAt = booking[0];
    const closeAt = booking[1];
    if (closeAt <= openAt) {
      result.push(false);
      continue;
    }
    const events: number[][] = [];
    for (const other of accepted) {
      const lo = Math.max(openAt, other[0]);
      const hi = Math.min(closeAt, other[1]);
      if (lo < hi) {
        events.push([lo, 1]);
        events.push([hi, -1]);
      }
    }
    events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    let depth = 0;
    let worst = 0;
    for (const ev of events) {
      depth += ev[1];
      worst = Math.max(worst, depth);
    }
    const ok = worst < {{limit}};
    if (ok) accepted.push([openAt, closeAt]);
    result.push(ok);
  }
  return result;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Boolean> {{fn}}(List<List<Long>> {{bookings}}) {
        List<long[]> accepted = new ArrayList<>();
        List<Boolean> result = new ArrayList<>();
        for (List<Long> booking : {{bookings}}) {
            long openAt = booking.get(0);
            long closeAt = booking.get(1);
            if (closeAt <= openAt) {
                result.add(false);
                continue;
            }
            List<long[]> events = new ArrayList<>();
            for (long[] other : accepted) {
                long lo = Math.max(openAt, other[0]);
                long hi = Math.min(closeAt, other[1]);
                if (lo < hi) {
                    events.add(new long[] {lo, 1});
                    events.add(new long[] {hi, -1});
                }
            }
            events.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
            long depth = 0;
            long worst = 0;
            for (long[] ev : events) {
                depth += ev[1];
                worst = Math.max(worst, depth);
            }
            boolean ok = worst < {{limit}};
            if (ok) accepted.add(new long[] {openAt, closeAt});
            result.add(ok);
        }
        return result;
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{bookings}} [][]int) []bool {
	accepted := [][]int{}
	result := []bool{}
	for _, booking := range {{bookings}} {
		openAt, closeAt := booking[0], booking[1]
		if closeAt <= openAt {
			result = append(result, false)
			continue
		}
		events := [][]int{}
		for _, other := range accepted {
			lo, hi := other[0], other[1]
			if openAt > lo {
				lo = openAt
			}
			if closeAt < hi {
				hi = closeAt
			}
			if lo < hi {
				events = append(events, []int{lo, 1}, []int{hi, -1})
			}
		}
		sort.Slice(events, func(x, y int) bool {
			if events[x][0] != events[y][0] {
				return events[x][0] < events[y][0]
			}
			return events[x][1] < events[y][1]
		})
		depth, worst := 0, 0
		for _, ev := range events {
			depth += ev[1]
			if depth > worst {
				worst = depth
			}
		}
		ok := worst < {{limit}}
		if ok {
			accepted = append(accepted, []int{openAt, closeAt})
		}
		result = append(result, ok)
	}
	return result
}
""",
        Language.RUBY: """def {{fn}}({{bookings}})
  accepted = []
  result = []
  {{bookings}}.each do |booking|
    open_at = booking[0]
    close_at = booking[1]
    if close_at <= open_at
      result.push(false)
      next
    end
    events = []
    accepted.each do |other|
      lo = [open_at, other[0]].max
      hi = [close_at, other[1]].min
      if lo < hi
        events.push([lo, 1])
        events.push([hi, -1])
      end
    end
    events.sort!
    depth = 0
    worst = 0
    events.each do |ev|
      depth += ev[1]
      worst = [worst, depth].max
    end
    ok = worst < {{limit}}
    accepted.push([open_at, close_at]) if ok
    result.push(ok)
  end
  result
end
""",
        Language.RUST: """pub fn {{fn}}({{bookings}}: Vec<Vec<i64>>) -> Vec<bool> {
    let mut accepted: Vec<(i64, i64)> = Vec::new();
    let mut result: Vec<bool> = Vec::new();
    for booking in {{bookings}}.iter() {
        let open_at = booking[0];
        let close_at = booking[1];
        if close_at <= open_at {
            result.push(false);
            continue;
        }
        let mut events: Vec<(i64, i64)> = Vec::new();
        for other in accepted.iter() {
            let lo = open_at.max(other.0);
            let hi = close_at.min(other.1);
            if lo < hi {
                events.push((lo, 1));
                events.push((hi, -1));
            }
        }
        events.sort();
        let mut depth: i64 = 0;
        let mut worst: i64 = 0;
        for ev in events.iter() {
            depth += ev.1;
            worst = worst.max(depth);
        }
        let ok = worst < {{limit}};
        if ok {
            accepted.push((open_at, close_at));
        }
        result.push(ok);
    }
    result
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static List<bool> {{fn}}(List<List<long>> {{bookings}})
    {
        var accepted = new List<long[]>();
        var result = new List<bool>();
        foreach (List<long> booking in {{bookings}})
        {
            long openAt = booking[0];
            long closeAt = booking[1];
            if (closeAt <= openAt)
            {
                result.Add(false);
                continue;
            }
            var events = new List<long[]>();
            foreach (long[] other in accepted)
            {
                long lo = Math.Max(openAt, other[0]);
                long hi = Math.Min(closeAt, other[1]);
                if (lo < hi)
                {
                    events.Add(new long[] { lo, 1 });
                    events.Add(new long[] { hi, -1 });
                }
            }
            events.Sort((x, y) => x[0] != y[0] ? x[0].CompareTo(y[0]) : x[1].CompareTo(y[1]));
            long depth = 0;
            long worst = 0;
            foreach (long[] ev in events)
            {
                depth += ev[1];
                worst = Math.Max(worst, depth);
            }
            bool ok = worst < {{limit}};
            if (ok) accepted.Add(new long[] { openAt, closeAt });
            result.Add(ok);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["book_slots", "calendar_accept", "try_bookings", "reserve_room", "schedule_requests"],
            bookings=["bookings", "requests", "reservations", "slots", "intervals"],
        )
        p |= {
            "limit": rng.choice([1, 2, 2, 3]),
            "framing": rng.choice(
                [
                    "A meeting room calendar takes booking requests one after another.",
                    "A studio with a few identical booths accepts reservations in order.",
                    "A clinic schedules appointments for its doctors first come, first served.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"limit": (p["limit"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("bookings", "list[list[int]]")], "list[bool]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        k = p["limit"]
        rule = (
            "it does not overlap any accepted booking"
            if k == 1
            else f"after adding it, no instant would be covered by more than {k} accepted bookings"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. Each element of `{p['params']['bookings']}` is a "
            "booking `[start, end]` meaning the half-open time range [start, end): it includes start "
            "but not end, so a booking ending at t and one starting at t do not overlap. Process the "
            f"bookings in order: a booking is accepted when {rule}; otherwise it is rejected and "
            "forgotten (it never blocks later bookings). A booking with end <= start is always "
            "rejected. Return one boolean per booking, true when accepted. Times are integers "
            "between 0 and 10^9; up to 1000 bookings."
        )
        return "Calendar booking", statement, f"Accept bookings while at most {k} overlap."

    def solve(self, p: Params, *args: Any) -> Any:
        (bookings,) = args
        accepted: list[tuple[int, int]] = []
        result = []
        for start, end in bookings:
            near = [(a, b) for a, b in accepted if a < end and b > start]
            points = [start] + [a for a, _ in near if start < a]
            ok = end > start and all(sum(1 for a, b in near if a <= x < b) < p["limit"] for x in points)
            if ok:
                accepted.append((start, end))
            result.append(ok)
        return result

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def bookings(n: int, span: int) -> list[list[int]]:
            out = []
            for _ in range(n):
                start = rng.randint(0, span)
                out.append([start, start + rng.randint(1, span // 3)])
            return out

        cases: list[Case] = [
            ([[[10, 20], [15, 25], [20, 30], [5, 12], [25, 40]]], []),
            ([bookings(6, 30)], []),
        ]
        cases += [([bookings(rng.randint(6, 12), 40)], []) for _ in range(3)]
        cases += [
            ([[]], ["empty"]),
            ([[[5, 5], [7, 3], [0, 1]]], ["boundary"]),
            ([[[0, 10], [10, 20], [9, 11], [20, 30]]], ["boundary"]),
            ([[[0, 10]] * 5], ["boundary"]),
            ([[[0, 4], [2, 6], [4, 8], [1, 7], [3, 5], [6, 9]]], ["boundary"]),
            ([[[0, 100], [10, 20], [20, 30], [15, 25], [50, 60], [55, 65], [19, 21]]], ["boundary"]),
            ([[[0, 10**9], [10**9 - 1, 10**9], [0, 1], [5, 10**9]]], ["boundary"]),
            ([bookings(400, 10**6)], ["large"]),
            ([[[i, i + 3] for i in range(600)]], ["large"]),
        ]
        return cases
