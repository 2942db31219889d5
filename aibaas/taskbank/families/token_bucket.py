"""Medium family: a token bucket with discrete refills deciding timestamped requests with costs.

Medium because the refill must be computed exactly from tick boundaries (not per request), capped
at the capacity, with the seed's start state, costs above the capacity and equal timestamps.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class TokenBucket(Family):
    name = "token-bucket"
    difficulty = Difficulty.MEDIUM
    tags = ("simulation", "rate-limiting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{requests}}: list[list[int]]) -> list[bool]:
    tokens = {{capacity}} if {{start_full}} else 0
    tick = 0
    out: list[bool] = []
    for req in {{requests}}:
        t = req[0]
        cost = req[1]
        now = t // {{period}}
        if now > tick:
            tokens = min({{capacity}}, tokens + (now - tick) * {{rate}})
            tick = now
        if cost <= tokens:
            tokens -= cost
            out.append(True)
        else:
            out.append(False)
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{requests}}: number[][]): boolean[] {
  let tokens = {{start_full}} ? {{capacity}} : 0;
  let tick = 0;
  const out: boolean[] = [];
  for (const req of {{requests}}) {
    const t = req[0];
    const cost = req[1];
    const now = Math.floor(t / {{period}});
    if (now > tick) {
      tokens = Math.min({{capacity}}, tokens + (now - tick) * {{rate}});
      tick = now;
    }
    if (cost <= tokens) {
      tokens -= cost;
      out.push(true);
    } else {
      out.push(false);
    }
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Boolean> {{fn}}(List<List<Long>> {{requests}}) {
        long tokens = {{start_full}} ? {{capacity}} : 0;
        long tick = 0;
        List<Boolean> out = new ArrayList<>();
        for (List<Long> req : {{requests}}) {
            long t = req.get(0);
            long cost = req.get(1);
            long now = t / {{period}};
            if (now > tick) {
                tokens = Math.min({{capacity}}, tokens + (now - tick) * {{rate}});
                tick = now;
            }
            if (cost <= tokens) {
                tokens -= cost;
                out.add(true);
            } else {
                out.add(false);
            }
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{requests}} [][]int) []bool {
	tokens := 0
	if {{start_full}} {
		tokens = {{capacity}}
	}
	tick := 0
	out := []bool{}
	for _, req := range {{requests}} {
		t, cost := req[0], req[1]
		now := t / {{period}}
		if now > tick {
			tokens = tokens + (now - tick) * {{rate}}
			if tokens > {{capacity}} {
				tokens = {{capacity}}
			}
			tick = now
		}
		if cost <= tokens {
			tokens -= cost
			out = append(out, true)
		} else {
			out = append(out, false)
		}
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{requests}})
  tokens = {{start_full}} ? {{capacity}} : 0
  tick = 0
  out = []
  {{requests}}.each do |req|
    t = req[0]
    cost = req[1]
    now = t / {{period}}
    if now > tick
      tokens = [{{capacity}}, tokens + (now - tick) * {{rate}}].min
      tick = now
    end
    if cost <= tokens
      tokens -= cost
      out << true
    else
      out << false
    end
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{requests}}: Vec<Vec<i64>>) -> Vec<bool> {
    let mut tokens: i64 = if {{start_full}} { {{capacity}} } else { 0 };
    let mut tick: i64 = 0;
    let mut out: Vec<bool> = Vec::new();
    for req in {{requests}}.iter() {
        let t = req[0];
        let cost = req[1];
        let now = t / {{period}};
        if now > tick {
            tokens = ({{capacity}} as i64).min(tokens + (now - tick) * {{rate}});
            tick = now;
        }
        if cost <= tokens {
            tokens -= cost;
            out.push(true);
        } else {
            out.push(false);
        }
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<bool> {{fn}}(List<List<long>> {{requests}})
    {
        bool startFull = {{start_full}};
        long tokens = startFull ? {{capacity}} : 0;
        long tick = 0;
        var result = new List<bool>();
        foreach (var req in {{requests}})
        {
            long t = req[0];
            long cost = req[1];
            long now = t / {{period}};
            if (now > tick)
            {
                tokens = Math.Min({{capacity}}, tokens + (now - tick) * {{rate}});
                tick = now;
            }
            if (cost <= tokens)
            {
                tokens -= cost;
                result.Add(true);
            }
            else
            {
                result.Add(false);
            }
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["bucket_admit", "token_bucket", "spend_tokens", "meter_requests", "admit_costs"],
            requests=["requests", "calls", "jobs", "demands", "orders"],
        )
        p |= {
            "capacity": rng.choice([5, 10, 20, 100]),
            "rate": rng.choice([1, 2, 3, 5]),
            "period": rng.choice([1, 10, 60, 1000]),
            "start_full": rng.choice([True, True, False]),
            "framing": rng.choice(
                [
                    "A cloud API meters expensive and cheap calls with one token bucket.",
                    "A print server budgets pages per customer.",
                    "A game server limits how fast a player can cast spells of different costs.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "capacity": (p["capacity"], "int"),
            "rate": (p["rate"], "int"),
            "period": (p["period"], "int"),
            "start_full": (p["start_full"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("requests", "list[list[int]]")], "list[bool]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        cap, rate, period = p["capacity"], p["rate"], p["period"]
        start = f"full ({cap} tokens)" if p["start_full"] else "empty (0 tokens)"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which decides each request of `{p['params']['requests']}` "
            "with a token bucket and returns one boolean per request (true when accepted), in order. Each "
            "request is a pair `[time, cost]`: time is a non-negative integer, in non-decreasing order "
            "(equal times allowed), and cost a positive integer. The bucket holds at most "
            f"{cap} tokens and is {start} at time 0. Tokens are added only at the ticks: at every time "
            f"that is a positive multiple of {period}, {rate} token(s) are added, but never beyond the "
            f"capacity of {cap} (extra tokens are lost). When processing a request at time t, first apply "
            "every tick at or before t that has not been applied yet; then, if the bucket holds at least "
            "cost tokens, the request is accepted and cost tokens are removed; otherwise it is rejected "
            "and the bucket is unchanged. Return an empty list for no requests."
        )
        return "Token bucket", statement, "Decide timestamped weighted requests with a token bucket."

    def solve(self, p: Params, *args: Any) -> Any:
        (requests,) = args
        cap, rate, period = p["capacity"], p["rate"], p["period"]
        tokens = cap if p["start_full"] else 0
        last = 0
        out = []
        for t, cost in requests:
            ticks = t // period - last // period
            tokens = min(cap, tokens + ticks * rate)
            last = t
            accepted = tokens >= cost
            tokens -= cost if accepted else 0
            out.append(accepted)
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        cap: int = p["capacity"]
        rate: int = p["rate"]
        period: int = p["period"]

        def stream(n: int, gap: int, top: int) -> list[list[int]]:
            t, out = 0, []
            for _ in range(n):
                t += rng.randint(0, gap)
                out.append([t, rng.randint(1, top)])
            return out

        drain = [[0, cap], [0, 1], [period - 1, 1], [period, rate], [period, 1]]
        refill = [[0, cap], [period * (cap // rate + 3), cap], [period * (cap // rate + 3), 1]]
        exact = [[0, cap], [2 * period, 2 * rate], [3 * period, rate + 1], [3 * period, rate]]
        return [
            ([stream(10, 2 * period, max(2, cap // 2))], []),
            ([stream(12, period, rate + 1)], []),
            ([[[0, 1], [0, 2], [period, 3], [2 * period, cap], [10 * period, cap + 1]]], []),
            ([[]], ["empty"]),
            ([[[0, cap]]], ["boundary"]),
            ([[[0, cap + 1], [0, cap]]], ["boundary"]),
            ([drain], ["boundary"]),
            ([refill], ["boundary"]),
            ([exact], ["boundary"]),
            ([[[period - 1, rate], [period, rate], [period, rate], [2 * period - 1, rate]]], ["boundary"]),
            ([[[0, 1]] * (cap + 2)], ["boundary"]),
            ([[[10**12, cap], [10**12, 1], [10**12 + period, rate]]], ["boundary"]),
            ([stream(600, period, rate + 2)], ["large"]),
        ]
