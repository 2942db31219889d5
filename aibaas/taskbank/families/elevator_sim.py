"""Medium family: the order in which a direction-preserving (SCAN or LOOK) elevator serves floors.

Medium because the rule set is small but exact: the building's range, duplicates, a request at the
starting floor, the initial direction, and (for SCAN) the turn-around visit at the building's end.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class ElevatorSim(Family):
    name = "elevator-sim"
    difficulty = Difficulty.MEDIUM
    tags = ("simulation", "sorting")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{start}}: int, {{requests}}: list[int]) -> list[int]:
    floors = sorted({f for f in {{requests}} if f >= {{lo}} and f <= {{hi}}})
    out: list[int] = []
    if {{start}} in floors:
        out.append({{start}})
    above = [f for f in floors if f > {{start}}]
    below = [f for f in reversed(floors) if f < {{start}}]
    up = {{start_up}}
    first = above if up else below
    second = below if up else above
    out.extend(first)
    if len(second) > 0:
        edge = {{hi}} if up else {{lo}}
        here = out[-1] if len(out) > 0 else {{start}}
        if {{scan}} and here != edge:
            out.append(edge)
        out.extend(second)
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{start}}: number, {{requests}}: number[]): number[] {
  const floors = Array.from(new Set({{requests}}.filter((f) => f >= {{lo}} && f <= {{hi}})));
  floors.sort((a, b) => a - b);
  const out: number[] = [];
  if (floors.includes({{start}})) out.push({{start}});
  const above = floors.filter((f) => f > {{start}});
  const below = floors.filter((f) => f < {{start}}).reverse();
  const up = {{start_up}};
  const first = up ? above : below;
  const second = up ? below : above;
  out.push(...first);
  if (second.length > 0) {
    const edge = up ? {{hi}} : {{lo}};
    const here = out.length > 0 ? out[out.length - 1] : {{start}};
    if ({{scan}} && here !== edge) out.push(edge);
    out.push(...second);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(long {{start}}, List<Long> {{requests}}) {
        TreeSet<Long> floors = new TreeSet<>();
        for (long f : {{requests}}) {
            if (f >= {{lo}} && f <= {{hi}}) floors.add(f);
        }
        List<Long> out = new ArrayList<>();
        if (floors.contains({{start}})) out.add({{start}});
        List<Long> above = new ArrayList<>();
        List<Long> below = new ArrayList<>();
        for (long f : floors) {
            if (f > {{start}}) above.add(f);
            else if (f < {{start}}) below.add(f);
        }
        Collections.reverse(below);
        boolean up = {{start_up}};
        List<Long> first = up ? above : below;
        List<Long> second = up ? below : above;
        out.addAll(first);
        if (second.size() > 0) {
            long edge = up ? {{hi}} : {{lo}};
            long here = out.size() > 0 ? out.get(out.size() - 1) : {{start}};
            if ({{scan}} && here != edge) out.add(edge);
            out.addAll(second);
        }
        return out;
    }
}
""",
        Language.GO: """package solution

import "sort"

func {{fn}}({{start}} int, {{requests}} []int) []int {
	seen := map[int]bool{}
	floors := []int{}
	for _, f := range {{requests}} {
		if f >= {{lo}} && f <= {{hi}} && !seen[f] {
			seen[f] = true
			floors = append(floors, f)
		}
	}
	sort.Ints(floors)
	out := []int{}
	if seen[{{start}}] {
		out = append(out, {{start}})
	}
	above := []int{}
	below := []int{}
	for _, f := range floors {
		if f > {{start}} {
			above = append(above, f)
		}
	}
	for k := len(floors) - 1; k >= 0; k-- {
		if floors[k] < {{start}} {
			below = append(below, floors[k])
		}
	}
	up := {{start_up}}
	first, second := below, above
	if up {
		first, second = above, below
	}
	out = append(out, first...)
	if len(second) > 0 {
		edge := {{lo}}
		if up {
			edge = {{hi}}
		}
		here := {{start}}
		if len(out) > 0 {
			here = out[len(out) - 1]
		}
		if {{scan}} && here != edge {
			out = append(out, edge)
		}
		out = append(out, second...)
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{start}}, {{requests}})
  floors = {{requests}}.select { |f| f >= {{lo}} && f <= {{hi}} }.uniq.sort
  out = []
  out << {{start}} if floors.include?({{start}})
  above = floors.select { |f| f > {{start}} }
  below = floors.select { |f| f < {{start}} }.reverse
  up = {{start_up}}
  first = up ? above : below
  second = up ? below : above
  out.concat(first)
  if second.length > 0
    edge = up ? {{hi}} : {{lo}}
    here = out.length > 0 ? out[-1] : {{start}}
    out << edge if {{scan}} && here != edge
    out.concat(second)
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{start}}: i64, {{requests}}: Vec<i64>) -> Vec<i64> {
    let mut floors: Vec<i64> = {{requests}}.iter().copied().filter(|&f| f >= {{lo}} && f <= {{hi}}).collect();
    floors.sort();
    floors.dedup();
    let mut out: Vec<i64> = Vec::new();
    if floors.contains(&{{start}}) {
        out.push({{start}});
    }
    let above: Vec<i64> = floors.iter().copied().filter(|&f| f > {{start}}).collect();
    let below: Vec<i64> = floors.iter().rev().copied().filter(|&f| f < {{start}}).collect();
    let up = {{start_up}};
    let (first, second) = if up { (above, below) } else { (below, above) };
    out.extend(first.iter().copied());
    if second.len() > 0 {
        let edge = if up { {{hi}} } else { {{lo}} };
        let here = if out.len() > 0 { out[out.len() - 1] } else { {{start}} };
        if {{scan}} && here != edge {
            out.push(edge);
        }
        out.extend(second.iter().copied());
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static List<long> {{fn}}(long {{start}}, List<long> {{requests}})
    {
        var floors = {{requests}}.Where(f => f >= {{lo}} && f <= {{hi}}).Distinct().OrderBy(f => f).ToList();
        var result = new List<long>();
        if (floors.Contains({{start}})) result.Add({{start}});
        var above = floors.Where(f => f > {{start}}).ToList();
        var below = floors.Where(f => f < {{start}}).Reverse().ToList();
        bool up = {{start_up}};
        bool scan = {{scan}};
        var first = up ? above : below;
        var second = up ? below : above;
        result.AddRange(first);
        if (second.Count > 0)
        {
            long edge = up ? {{hi}} : {{lo}};
            long here = result.Count > 0 ? result[result.Count - 1] : {{start}};
            if (scan && here != edge) result.Add(edge);
            result.AddRange(second);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["elevator_order", "scan_route", "serve_floors", "visit_order", "lift_schedule"],
            start=["start", "origin", "current_floor", "at_floor"],
            requests=["requests", "calls", "stops", "wanted"],
        )
        p |= {
            "lo": rng.choice([0, 1, -2, -5]),
            "hi": rng.choice([12, 20, 30, 60]),
            "start_up": rng.choice([True, False]),
            "scan": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "An office tower's controller plans the next trip of one elevator.",
                    "A hospital lift is simulated before a firmware update.",
                    "A parking garage's car lift batches the calls it received.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "lo": (p["lo"], "int"),
            "hi": (p["hi"], "int"),
            "start_up": (p["start_up"], "bool"),
            "scan": (p["scan"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("start", "int"), ("requests", "list[int]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        start, requests = p["params"]["start"], p["params"]["requests"]
        lo, hi = p["lo"], p["hi"]
        way, back = ("up", "down") if p["start_up"] else ("down", "up")
        edge = hi if p["start_up"] else lo
        via = f"floor {edge} (if needed), then " if p["scan"] else ""
        turn = (
            "It runs in SCAN mode: before reversing with requests still pending, it first travels to the "
            f"building's last floor in its current direction ({hi} going up, {lo} going down) and that "
            "turn-around floor is recorded as a visit, unless the elevator is already there (for example "
            "because it just served it). "
            if p["scan"]
            else "It runs in LOOK mode: it reverses at the last pending request in its direction, without "
            "travelling further; only served floors are recorded. "
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the floors the elevator visits, in order. "
            f"The building has floors {lo} to {hi}. The elevator is at floor `{start}` (within the "
            f"building) and initially moves {way}. `{requests}` lists the requested floors; requests outside "
            f"{lo}..{hi} are ignored and a floor requested several times is served once. A request for the "
            "starting floor is served first, immediately. The elevator keeps its direction while any "
            "pending request lies ahead of it, serving each requested floor as it reaches it (nearest "
            "first); when nothing is pending ahead but requests remain behind, it reverses and serves "
            f"those the same way. {turn}It stops when no request is pending. So if it starts moving {way}, "
            f"all requested floors {'above' if p['start_up'] else 'below'} the start come first, then "
            f"{via}those {back} from it. "
            "Return an empty list when nothing is served."
        )
        return "Elevator floor order", statement, "Order of floors a SCAN/LOOK elevator visits."

    def solve(self, p: Params, *args: Any) -> Any:
        start, requests = args
        lo, hi = p["lo"], p["hi"]
        pending = {f for f in requests if lo <= f <= hi}
        here, up, out = start, p["start_up"], []
        if here in pending:
            out.append(here)
            pending.discard(here)
        while pending:
            if not any((f > here) if up else (f < here) for f in pending):
                edge = hi if up else lo
                if p["scan"] and here != edge:
                    out.append(edge)
                    here = edge
                up = not up
                continue
            here += 1 if up else -1
            if here in pending:
                out.append(here)
                pending.discard(here)
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        lo: int = p["lo"]
        hi: int = p["hi"]
        mid = (lo + hi) // 2

        def calls(n: int) -> list[int]:
            return [rng.randint(lo - 2, hi + 2) for _ in range(n)]

        many = [rng.randint(lo - 50, hi + 50) for _ in range(3000)]
        return [
            ([mid, calls(6)], []),
            ([rng.randint(lo, hi), calls(5)], []),
            ([mid, [mid + 3, mid - 2, mid + 1, mid - 4, mid + 3]], []),
            ([lo + 1, calls(8)], []),
            ([mid, []], ["empty"]),
            ([mid, [lo - 1, hi + 1, hi + 7]], ["empty"]),
            ([mid, [mid]], ["boundary"]),
            ([mid, [mid, mid + 1, mid - 1]], ["boundary"]),
            ([mid, [lo, hi]], ["boundary"]),
            ([mid, [hi, mid - 1, lo]], ["boundary"]),
            ([mid, [lo, mid + 1, mid - 1]], ["boundary"]),
            ([hi, [lo, hi - 1]], ["boundary"]),
            ([lo, [hi, lo + 1]], ["boundary"]),
            ([hi, [hi, mid]], ["boundary"]),
            ([lo, [lo, mid]], ["boundary"]),
            ([mid, [mid - 1]], ["boundary"]),
            ([mid, [mid + 1]], ["boundary"]),
            ([mid, many], ["large"]),
            ([lo, many[:1500]], ["large"]),
        ]
