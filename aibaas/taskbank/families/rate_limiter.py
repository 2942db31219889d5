"""Medium family: which timestamped requests a sliding-window rate limiter accepts.

Medium because it needs a queue of recent requests evicted at an exact window boundary, equal
timestamps, and the seed's rule on whether rejected requests count, all in linear time.
"""

from __future__ import annotations

import random
from collections import deque
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class RateLimiter(Family):
    name = "rate-limiter"
    difficulty = Difficulty.MEDIUM
    tags = ("queues", "simulation", "sliding-window")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{times}}: list[int]) -> list[bool]:
    kept: list[int] = []
    head = 0
    out: list[bool] = []
    for t in {{times}}:
        while head < len(kept) and kept[head] <= t - {{span}}:
            head += 1
        ok = len(kept) - head < {{limit}}
        out.append(ok)
        if ok or {{count_rejected}}:
            kept.append(t)
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{times}}: number[]): boolean[] {
  const kept: number[] = [];
  let head = 0;
  const out: boolean[] = [];
  for (const t of {{times}}) {
    while (head < kept.length && kept[head] <= t - {{span}}) head++;
    const ok = kept.length - head < {{limit}};
    out.push(ok);
    if (ok || {{count_rejected}}) kept.push(t);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Boolean> {{fn}}(List<Long> {{times}}) {
        List<Long> kept = new ArrayList<>();
        int head = 0;
        List<Boolean> out = new ArrayList<>();
        for (long t : {{times}}) {
            while (head < kept.size() && kept.get(head) <= t - {{span}}) head++;
            boolean ok = kept.size() - head < {{limit}};
            out.add(ok);
            if (ok || {{count_rejected}}) kept.add(t);
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{times}} []int) []bool {
	kept := []int{}
	head := 0
	out := []bool{}
	for _, t := range {{times}} {
		for head < len(kept) && kept[head] <= t - {{span}} {
			head += 1
		}
		ok := len(kept) - head < {{limit}}
		out = append(out, ok)
		if ok || {{count_rejected}} {
			kept = append(kept, t)
		}
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{times}})
  kept = []
  head = 0
  out = []
  {{times}}.each do |t|
    head += 1 while head < kept.length && kept[head] <= t - {{span}}
    ok = kept.length - head < {{limit}}
    out << ok
    kept << t if ok || {{count_rejected}}
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{times}}: Vec<i64>) -> Vec<bool> {
    let mut kept: Vec<i64> = Vec::new();
    let mut head: usize = 0;
    let mut out: Vec<bool> = Vec::new();
    for &t in {{times}}.iter() {
        while head < kept.len() && kept[head] <= t - {{span}} {
            head += 1;
        }
        let ok = ((kept.len() - head) as i64) < {{limit}};
        out.push(ok);
        if ok || {{count_rejected}} {
            kept.push(t);
        }
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<bool> {{fn}}(List<long> {{times}})
    {
        var kept = new List<long>();
        int head = 0;
        bool countRejected = {{count_rejected}};
        var result = new List<bool>();
        foreach (long t in {{times}})
        {
            while (head < kept.Count && kept[head] <= t - {{span}}) head++;
            bool ok = kept.Count - head < {{limit}};
            result.Add(ok);
            if (ok || countRejected) kept.Add(t);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["allow_requests", "rate_limit", "admit", "throttle", "sliding_window"],
            times=["times", "stamps", "arrivals", "moments", "ticks"],
        )
        p |= {
            "limit": rng.choice([1, 2, 3, 5]),
            "span": rng.choice([10, 60, 100, 1000]),
            "count_rejected": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "An API gateway protects a backend from bursts.",
                    "A login form throttles repeated password attempts.",
                    "A webhook relay limits how often it calls each customer.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "limit": (p["limit"], "int"),
            "span": (p["span"], "int"),
            "count_rejected": (p["count_rejected"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("times", "list[int]")], "list[bool]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        limit, span = p["limit"], p["span"]
        counted = (
            "Every request counts, accepted or rejected: a rejected request still occupies the window."
            if p["count_rejected"]
            else "Only accepted requests count; rejected requests leave no trace."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which decides for each request of `{p['params']['times']}` "
            "(integer timestamps, in non-decreasing order, possibly equal) whether a sliding-window rate "
            "limiter accepts it, and returns one boolean per request, in order. A request at time t is "
            f"accepted if fewer than {limit} counted requests have a timestamp in the window "
            f"t - {span} < time <= t (so a request exactly {span} before t no longer counts); otherwise it "
            f"is rejected. {counted} Return an empty list for no requests."
        )
        return "Sliding-window rate limiter", statement, "Which requests a sliding-window limiter accepts."

    def solve(self, p: Params, *args: Any) -> Any:
        (times,) = args
        window: deque[int] = deque()
        out = []
        for t in times:
            while window and t - window[0] >= p["span"]:
                window.popleft()
            accepted = len(window) < p["limit"]
            out.append(accepted)
            if accepted or p["count_rejected"]:
                window.append(t)
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        limit: int = p["limit"]
        span: int = p["span"]

        def arrivals(n: int, gap: int) -> list[int]:
            t, out = rng.randint(0, 50), []
            for _ in range(n):
                t += rng.randint(0, gap)
                out.append(t)
            return out

        burst = [7] * (limit + 2)
        edge = [100] * limit + [100 + span - 1, 100 + span, 100 + span]
        big = 10**12
        large = arrivals(1500, max(2, 2 * span // limit))
        return [
            ([arrivals(10, span)], []),
            ([arrivals(12, 2 * span // limit)], []),
            ([[0, 1, 2, span, span + 1, 2 * span, 2 * span]], []),
            ([[]], ["empty"]),
            ([[5]], ["boundary"]),
            ([burst], ["boundary"]),
            ([edge], ["boundary"]),
            ([[0] * limit + [span - 1] + [span] * (limit + 1)], ["boundary"]),
            ([[k * (span // limit) for k in range(3 * limit + 2)]], ["boundary"]),
            ([[k * span for k in range(6)]], ["boundary"]),
            ([[-span, -1, 0, span - 1, span]], ["boundary"]),
            ([[big, big, big + span - 1, big + span, big + 2 * span]], ["boundary"]),
            ([large], ["large"]),
        ]
