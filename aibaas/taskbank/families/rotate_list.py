"""Easy family: rotate a list left or right (per variant) by a step count that may be negative or huge.

Easy: index arithmetic modulo the length; the traps are negative steps (the other direction), steps
beyond the length, and the empty list (no modulo by zero).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class RotateList(Family):
    name = "rotate-list"
    difficulty = Difficulty.EASY
    tags = ("collections", "modular-arithmetic")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{items}}: list[int], {{steps}}: int) -> list[int]:
    n = len({{items}})
    if n == 0:
        return []
    r = (({{sign}} * {{steps}}) % n + n) % n
    out = [0] * n
    for i in range(n):
        out[(i + r) % n] = {{items}}[i]
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{items}}: number[], {{steps}}: number): number[] {
  const n = {{items}}.length;
  if (n === 0) return [];
  const r = ((({{sign}} * {{steps}}) % n) + n) % n;
  const out: number[] = new Array(n).fill(0);
  for (let i = 0; i < n; i++) out[(i + r) % n] = {{items}}[i];
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<Long> {{items}}, long {{steps}}) {
        int n = {{items}}.size();
        List<Long> out = new ArrayList<>(Collections.nCopies(n, 0L));
        if (n == 0) return out;
        long r = ((({{sign}} * {{steps}}) % n) + n) % n;
        for (int i = 0; i < n; i++) out.set((int) ((i + r) % n), {{items}}.get(i));
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{items}} []int, {{steps}} int) []int {
	n := len({{items}})
	out := make([]int, n)
	if n == 0 {
		return out
	}
	r := (({{sign}} * {{steps}}) % n + n) % n
	for i := 0; i < n; i++ {
		out[(i + r) % n] = {{items}}[i]
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{items}}, {{steps}})
  n = {{items}}.length
  return [] if n == 0
  r = (({{sign}} * {{steps}}) % n + n) % n
  out = Array.new(n, 0)
  (0...n).each { |i| out[(i + r) % n] = {{items}}[i] }
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{items}}: Vec<i64>, {{steps}}: i64) -> Vec<i64> {
    let n = {{items}}.len() as i64;
    let mut out: Vec<i64> = vec![0; {{items}}.len()];
    if n == 0 {
        return out;
    }
    let r = (({{sign}} * {{steps}}) % n + n) % n;
    for i in 0..n {
        out[((i + r) % n) as usize] = {{items}}[i as usize];
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> {{fn}}(List<long> {{items}}, long {{steps}})
    {
        int n = {{items}}.Count;
        var result = new List<long>(new long[n]);
        if (n == 0) return result;
        long r = ((({{sign}} * {{steps}}) % n) + n) % n;
        for (int i = 0; i < n; i++) result[(int)((i + r) % n)] = {{items}}[i];
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["rotate_list", "rotate", "spin_ring", "cycle_items", "shift_around"],
            items=["items", "values", "ring", "seats", "slots"],
            steps=["k", "steps", "amount", "offset", "turns"],
        )
        p |= {
            "sign": rng.choice([1, -1]),
            "domain": rng.choice([(0, 9), (-50, 50), (-(10**12), 10**12)]),
            "framing": rng.choice(
                [
                    "A carousel widget scrolls its tiles around.",
                    "A round-robin scheduler rotates the order of its workers.",
                    "A board game moves every player's seat around the table.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"sign": (p["sign"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("items", "list[int]"), ("steps", "int")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        items, steps = p["params"]["items"], p["params"]["steps"]
        if p["sign"] == 1:
            rule = (
                "to the right: each element moves one position towards the end and the last element "
                "wraps around to the front (`[1, 2, 3]` rotated right by 1 is `[3, 1, 2]`)"
            )
            other = "left"
        else:
            rule = (
                "to the left: each element moves one position towards the front and the first element "
                "wraps around to the end (`[1, 2, 3]` rotated left by 1 is `[2, 3, 1]`)"
            )
            other = "right"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns `{items}` rotated by `{steps}` positions "
            f"{rule}. A negative `{steps}` rotates by its absolute value to the {other} instead, and "
            f"`{steps}` may be larger in magnitude than the length (rotating by the length gives the list "
            f"unchanged); `{steps}` is between -10^15 and 10^15. An empty list gives an empty list for "
            "every step count. The input must not be modified."
        )
        return "Rotate a list", statement, "Rotate a list by a number of positions."

    def solve(self, p: Params, *args: Any) -> Any:
        items, steps = args
        n = len(items)
        if n == 0:
            return []
        r = (p["sign"] * steps) % n
        return items[n - r :] + items[: n - r]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        low, high = p["domain"]

        def draw(n: int) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        five = draw(5)
        cases: list[Case] = [
            ([[1, 2, 3, 4, 5], 2], []),
            ([draw(rng.randint(4, 8)), rng.randint(1, 3)], []),
            ([draw(6), -2], []),
            ([[], 3], ["empty"]),
            ([[], 0], ["empty"]),
            ([[9], 4], ["boundary"]),
            ([five, 0], ["boundary"]),
            ([five, 1], ["boundary"]),
            ([five, -1], ["boundary"]),
            ([five, 5], ["boundary"]),
            ([five, 6], ["boundary"]),
            ([five, -6], ["boundary"]),
            ([five, 4], ["boundary"]),
            ([draw(7), 10**15 + 3], ["boundary"]),
            ([draw(7), -(10**15) - 2], ["boundary"]),
            ([draw(500), 777], ["large"]),
            ([draw(499), -123456789], ["large"]),
        ]
        return cases
