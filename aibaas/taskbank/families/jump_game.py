"""Hard family: minimum number of jumps to reach the last index (or to leave the array), greedy O(n).

Hard because the natural dynamic programme over jump lengths is quadratic with lengths up to
10^9; the breadth-first "levels" greedy is linear, and unreachable cells, zero-length jumps, a
cap on a single jump and the goal (land on the last cell, or jump past the end) decide the edges.
"""

from __future__ import annotations

import random
from collections import deque
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

NO_CAP = 1_000_000_000


class JumpGame(Family):
    name = "jump-game"
    difficulty = Difficulty.HARD
    tags = ("greedy", "arrays", "bfs")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{hops}}: list[int]) -> int:
    n = len({{hops}})
    goal = n if {{beyond}} else n - 1
    if n == 0 or goal <= 0:
        return 0
    jumps = 0
    end = 0
    far = 0
    i = 0
    while end < goal:
        while i <= end:
            far = max(far, i + min({{hops}}[i], {{cap}}))
            i += 1
        if far <= end:
            return -1
        jumps += 1
        end = far
    return jumps
""",
        Language.TYPESCRIPT: """export function {{fn}}({{hops}}: number[]): number {
  const n = {{hops}}.length;
  const goal = {{beyond}} ? n : n - 1;
  if (n === 0 || goal <= 0) return 0;
  let jumps = 0;
  let end = 0;
  let far = 0;
  let i = 0;
  while (end < goal) {
    while (i <= end) {
      far = Math.max(far, i + Math.min({{hops}}[i], {{cap}}));
      i++;
    }
    if (far <= end) return -1;
    jumps++;
    end = far;
  }
  return jumps;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{hops}}) {
        int n = {{hops}}.size();
        long goal = {{beyond}} ? n : n - 1;
        if (n == 0 || goal <= 0) return 0;
        long jumps = 0;
        long end = 0;
        long far = 0;
        int i = 0;
        while (end < goal) {
            while (i <= end) {
                far = Math.max(far, i + Math.min({{hops}}.get(i), {{cap}}));
                i++;
            }
            if (far <= end) return -1;
            jumps++;
            end = far;
        }
        return jumps;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{hops}} []int) int {
	n := len({{hops}})
	goal := n - 1
	if {{beyond}} {
		goal = n
	}
	if n == 0 || goal <= 0 {
		return 0
	}
	jumps := 0
	end := 0
	far := 0
	i := 0
	for end < goal {
		for i <= end {
			step := {{hops}}[i]
			if step > {{cap}} {
				step = {{cap}}
			}
			if i + step > far {
				far = i + step
			}
			i++
		}
		if far <= end {
			return -1
		}
		jumps++
		end = far
	}
	return jumps
}
""",
        Language.RUBY: """def {{fn}}({{hops}})
  n = {{hops}}.length
  goal = {{beyond}} ? n : n - 1
  return 0 if n == 0 || goal <= 0
  jumps = 0
  finish = 0
  far = 0
  i = 0
  while finish < goal
    while i <= finish
      far = [far, i + [{{hops}}[i], {{cap}}].min].max
      i += 1
    end
    return -1 if far <= finish
    jumps += 1
    finish = far
  end
  jumps
end
""",
        Language.RUST: """pub fn {{fn}}({{hops}}: Vec<i64>) -> i64 {
    let n = {{hops}}.len() as i64;
    let goal = if {{beyond}} { n } else { n - 1 };
    if n == 0 || goal <= 0 {
        return 0;
    }
    let mut jumps: i64 = 0;
    let mut end: i64 = 0;
    let mut far: i64 = 0;
    let mut i: i64 = 0;
    while end < goal {
        while i <= end {
            far = far.max(i + {{hops}}[i as usize].min({{cap}}));
            i += 1;
        }
        if far <= end {
            return -1;
        }
        jumps += 1;
        end = far;
    }
    jumps
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{hops}})
    {
        int n = {{hops}}.Count;
        long goal = {{beyond}} ? n : n - 1;
        if (n == 0 || goal <= 0) return 0;
        long jumps = 0;
        long end = 0;
        long far = 0;
        int i = 0;
        while (end < goal)
        {
            while (i <= end)
            {
                far = Math.Max(far, i + Math.Min({{hops}}[i], {{cap}}));
                i++;
            }
            if (far <= end) return -1;
            jumps++;
            end = far;
        }
        return jumps;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["min_jumps", "fewest_hops", "jump_count", "least_leaps", "frog_jumps"],
            hops=["hops", "nums", "stones", "pads", "leaps"],
        )
        p |= {
            "beyond": rng.choice([True, False]),
            "cap": rng.choice([NO_CAP, NO_CAP, 3, 6]),
            "framing": rng.choice(
                [
                    "A frog crosses a pond on lily pads that each give a different push.",
                    "A packet hops along a chain of relays with different ranges.",
                    "A platform game scores the fewest jumps through a level.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"beyond": (p["beyond"], "bool"), "cap": (p["cap"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("hops", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        hops, cap = p["params"]["hops"], p["cap"]
        goal = (
            "to jump past the end of the list: a jump from index i may land on any index up to i + "
            f"`{hops}[i]`, and it leaves the list when that is n or more (a single-element list needs "
            "1 jump if its value is at least 1)"
            if p["beyond"]
            else "to reach the last index n - 1: a jump from index i may land on any index from i + 1 "
            f"to i + `{hops}[i]` (never past the last index; a single-element list needs 0 jumps)"
        )
        limit = (
            ""
            if cap == NO_CAP
            else f" However, a single jump never covers more than {cap} cells, whatever the value says."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. You start on index 0 of `{hops}`, a list of n "
            "non-negative integers (up to 10^9 each, up to 10^5 elements), where each value is the "
            f"longest jump allowed from that index. Return the minimum number of jumps needed {goal}."
            f"{limit} Return -1 when the goal cannot be reached (for example because of zeros that "
            "cannot be passed), and 0 for an empty list."
        )
        return "Jump game", statement, "Minimum number of jumps to reach the goal, or -1."

    def solve(self, p: Params, *args: Any) -> Any:
        (hops,) = args
        n = len(hops)
        goal = n if p["beyond"] else n - 1
        if n == 0 or goal <= 0:
            return 0
        dist = [-1] * (goal + 1)
        dist[0] = 0
        queue = deque([0])
        reached = 0  # every index up to `reached` has been queued (BFS reaches prefixes)
        while queue:
            i = queue.popleft()
            if i == goal:
                return dist[i]
            top = min(goal, i + min(hops[i], p["cap"]))
            for j in range(reached + 1, top + 1):
                dist[j] = dist[i] + 1
                queue.append(j)
            reached = max(reached, top)
        return -1

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def draw(n: int, high: int, zeros: float = 0.0) -> list[int]:
            return [0 if rng.random() < zeros else rng.randint(1, high) for _ in range(n)]

        cases: list[Case] = [([[2, 3, 1, 1, 4]], [])]
        cases += [([draw(rng.randint(4, 9), 4, 0.2)], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[0]], ["boundary"]),
            ([[1]], ["boundary"]),
            ([[0, 1]], ["boundary"]),
            ([[1, 0]], ["boundary"]),
            ([[3, 2, 1, 0, 4]], ["boundary"]),
            ([[2, 0, 0]], ["boundary"]),
            ([[1, 1, 1, 1]], ["boundary"]),
            ([[4, 0, 0, 0, 0]], ["boundary"]),
            ([[10, 0, 0, 0, 0, 0, 0, 0]], ["boundary"]),
            ([[1, 5, 0, 0, 0, 0, 0, 2]], ["boundary"]),
            ([[10**9, 1]], ["boundary"]),
            ([draw(1000, 10**9)], ["large"]),
            ([draw(1000, 3, 0.1)], ["large"]),
            ([[1] * 1000], ["large"]),
            ([[2] * 499 + [0] * 501], ["large"]),
            ([[999 - i for i in range(1000)]], ["large"]),
        ]
        return cases
