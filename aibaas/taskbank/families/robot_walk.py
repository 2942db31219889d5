"""Medium family: drive a robot on an unbounded grid with obstacles; report its final pose and reach.

Medium because it is a command interpreter plus a simulation with exact rules: turning, moving
backwards, stopping in front of obstacles, ignoring malformed commands, and tracking the farthest
distance reached under the variant's metric.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

WORD_SETS = [("F", "B", "L", "R"), ("GO", "BACK", "LEFT", "RIGHT"), ("M", "V", "<", ">")]
HEADINGS = ["north", "east", "south", "west"]
KEY = 4_000_003


class RobotWalk(Family):
    name = "robot-walk"
    difficulty = Difficulty.MEDIUM
    tags = ("simulation", "parsing", "sets")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{commands}}: list[str], {{obstacles}}: list[list[int]]) -> list[int]:
    blocked = set()
    for cell in {{obstacles}}:
        blocked.add(cell[0] * 4000003 + cell[1])
    dx = [0, 1, 0, -1]
    dy = [1, 0, -1, 0]
    x = 0
    y = 0
    h = {{start}}
    best = 0
    for command in {{commands}}:
        if command == {{left}}:
            h = (h + 3) % 4
            continue
        if command == {{right}}:
            h = (h + 1) % 4
            continue
        parts = command.split(" ")
        if len(parts) != 2 or len(parts[1]) == 0 or len(parts[1]) > 3:
            continue
        if not all(c in "0123456789" for c in parts[1]):
            continue
        if parts[0] == {{forward}}:
            sign = 1
        elif parts[0] == {{back}}:
            sign = -1
        else:
            continue
        for _ in range(int(parts[1])):
            nx = x + sign * dx[h]
            ny = y + sign * dy[h]
            if nx * 4000003 + ny in blocked:
                break
            x = nx
            y = ny
            dist = abs(x) + abs(y) if {{manhattan}} else x * x + y * y
            if dist > best:
                best = dist
    return [x, y, h, best]
""",
        Language.TYPESCRIPT: """export function {{fn}}(
  {{commands}}: string[],
  {{obstacles}}: number[][],
): number[] {
  const blocked = new Set<number>();
  for (const cell of {{obstacles}}) blocked.add(cell[0] * 4000003 + cell[1]);
  const dx = [0, 1, 0, -1];
  const dy = [1, 0, -1, 0];
  let x = 0;
  let y = 0;
  let h = {{start}};
  let best = 0;
  for (const command of {{commands}}) {
    if (command === {{left}}) {
      h = (h + 3) % 4;
      continue;
    }
    if (command === {{right}}) {
      h = (h + 1) % 4;
      continue;
    }
    const parts = command.split(" ");
    if (parts.length !== 2 || parts[1].length === 0 || parts[1].length > 3) continue;
    if (!/^[0-9]+$/.test(parts[1])) continue;
    let sign: number;
    if (parts[0] === {{forward}}) sign = 1;
    else if (parts[0] === {{back}}) sign = -1;
    else continue;
    const steps = Number(parts[1]);
    for (let i = 0; i < steps; i++) {
      const nx = x + sign * dx[h];
      const ny = y + sign * dy[h];
      if (blocked.has(nx * 4000003 + ny)) break;
      x = nx;
      y = ny;
      const dist = {{manhattan}} ? Math.abs(x) + Math.abs(y) : x * x + y * y;
      if (dist > best) best = dist;
    }
  }
  return [x, y, h, best];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(List<String> {{commands}}, List<List<Long>> {{obstacles}}) {
        Set<Long> blocked = new HashSet<>();
        for (List<Long> cell : {{obstacles}}) blocked.add(cell.get(0) * 4000003L + cell.get(1));
        long[] dx = {0, 1, 0, -1};
        long[] dy = {1, 0, -1, 0};
        long x = 0;
        long y = 0;
        int h = (int) {{start}};
        long best = 0;
        for (String command : {{commands}}) {
            if (command.equals({{left}})) {
                h = (h + 3) % 4;
                continue;
            }
            if (command.equals({{right}})) {
                h = (h + 1) % 4;
                continue;
            }
            String[] parts = command.split(" ", -1);
            if (parts.length != 2 || parts[1].length() == 0 || parts[1].length() > 3) continue;
            if (!parts[1].chars().allMatch(c -> c >= '0' && c <= '9')) continue;
            long sign;
            if (parts[0].equals({{forward}})) sign = 1;
            else if (parts[0].equals({{back}})) sign = -1;
            else continue;
            int steps = Integer.parseInt(parts[1]);
            for (int i = 0; i < steps; i++) {
                long nx = x + sign * dx[h];
                long ny = y + sign * dy[h];
                if (blocked.contains(nx * 4000003L + ny)) break;
                x = nx;
                y = ny;
                long dist = {{manhattan}} ? Math.abs(x) + Math.abs(y) : x * x + y * y;
                if (dist > best) best = dist;
            }
        }
        return new ArrayList<>(List.of(x, y, (long) h, best));
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{commands}} []string, {{obstacles}} [][]int) []int {
	blocked := map[int]bool{}
	for _, cell := range {{obstacles}} {
		blocked[cell[0] * 4000003 + cell[1]] = true
	}
	dx := []int{0, 1, 0, -1}
	dy := []int{1, 0, -1, 0}
	x, y, h, best := 0, 0, {{start}}, 0
	for _, command := range {{commands}} {
		if command == {{left}} {
			h = (h + 3) % 4
			continue
		}
		if command == {{right}} {
			h = (h + 1) % 4
			continue
		}
		parts := strings.Split(command, " ")
		if len(parts) != 2 || len(parts[1]) == 0 || len(parts[1]) > 3 {
			continue
		}
		if strings.Trim(parts[1], "0123456789") != "" {
			continue
		}
		sign := 0
		if parts[0] == {{forward}} {
			sign = 1
		} else if parts[0] == {{back}} {
			sign = -1
		} else {
			continue
		}
		steps := 0
		for _, c := range parts[1] {
			steps = steps * 10 + int(c - '0')
		}
		for i := 0; i < steps; i++ {
			nx := x + sign * dx[h]
			ny := y + sign * dy[h]
			if blocked[nx * 4000003 + ny] {
				break
			}
			x = nx
			y = ny
			ax, ay := x, y
			if ax < 0 {
				ax = -ax
			}
			if ay < 0 {
				ay = -ay
			}
			dist := x * x + y * y
			if {{manhattan}} {
				dist = ax + ay
			}
			if dist > best {
				best = dist
			}
		}
	}
	return []int{x, y, h, best}
}
""",
        Language.RUBY: """def {{fn}}({{commands}}, {{obstacles}})
  blocked = {}
  {{obstacles}}.each { |cell| blocked[cell[0] * 4000003 + cell[1]] = true }
  dx = [0, 1, 0, -1]
  dy = [1, 0, -1, 0]
  x = 0
  y = 0
  h = {{start}}
  best = 0
  {{commands}}.each do |command|
    if command == {{left}}
      h = (h + 3) % 4
      next
    end
    if command == {{right}}
      h = (h + 1) % 4
      next
    end
    parts = command.split(/ /, -1)
    next if parts.length != 2 || parts[1].length == 0 || parts[1].length > 3
    next unless parts[1].match?(/\\A[0-9]+\\z/)
    if parts[0] == {{forward}}
      sign = 1
    elsif parts[0] == {{back}}
      sign = -1
    else
      next
    end
    parts[1].to_i.times do
      nx = x + sign * dx[h]
      ny = y + sign * dy[h]
      break if blocked.key?(nx * 4000003 + ny)
      x = nx
      y = ny
      dist = {{manhattan}} ? x.abs + y.abs : x * x + y * y
      best = dist if dist > best
    end
  end
  [x, y, h, best]
end
""",
        Language.RUST: """use std::collections::HashSet;

pub fn {{fn}}({{commands}}: Vec<String>, {{obstacles}}: Vec<Vec<i64>>) -> Vec<i64> {
    let mut blocked: HashSet<i64> = HashSet::new();
    for cell in {{obstacles}}.iter() {
        blocked.insert(cell[0] * 4000003 + cell[1]);
    }
    let dx: [i64; 4] = [0, 1, 0, -1];
    let dy: [i64; 4] = [1, 0, -1, 0];
    let mut x: i64 = 0;
    let mut y: i64 = 0;
    let mut h: usize = {{start}};
    let mut best: i64 = 0;
    for command in {{commands}}.iter() {
        if *command == {{left}} {
            h = (h + 3) % 4;
            continue;
        }
        if *command == {{right}} {
            h = (h + 1) % 4;
            continue;
        }
        let parts: Vec<&str> = command.split(' ').collect();
        if parts.len() != 2 || parts[1].len() == 0 || parts[1].len() > 3 {
            continue;
        }
        if !parts[1].bytes().all(|c| c >= b'0' && c <= b'9') {
            continue;
        }
        let sign: i64 = if parts[0] == {{forward}} {
            1
        } else if parts[0] == {{back}} {
            -1
        } else {
            continue;
        };
        let steps: i64 = parts[1].parse().unwrap();
        for _ in 0..steps {
            let nx = x + sign * dx[h];
            let ny = y + sign * dy[h];
            if blocked.contains(&(nx * 4000003 + ny)) {
                break;
            }
            x = nx;
            y = ny;
            let dist = if {{manhattan}} { x.abs() + y.abs() } else { x * x + y * y };
            if dist > best {
                best = dist;
            }
        }
    }
    vec![x, y, h as i64, best]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static List<long> {{fn}}(List<string> {{commands}}, List<List<long>> {{obstacles}})
    {
        var blocked = new HashSet<long>();
        foreach (var cell in {{obstacles}}) blocked.Add(cell[0] * 4000003L + cell[1]);
        long[] dx = { 0, 1, 0, -1 };
        long[] dy = { 1, 0, -1, 0 };
        long x = 0;
        long y = 0;
        int h = (int) {{start}};
        long best = 0;
        foreach (string command in {{commands}})
        {
            if (command == {{left}})
            {
                h = (h + 3) % 4;
                continue;
            }
            if (command == {{right}})
            {
                h = (h + 1) % 4;
                continue;
            }
            string[] parts = command.Split(' ');
            if (parts.Length != 2 || parts[1].Length == 0 || parts[1].Length > 3) continue;
            if (!parts[1].All(c => c >= '0' && c <= '9')) continue;
            long sign;
            if (parts[0] == {{forward}}) sign = 1;
            else if (parts[0] == {{back}}) sign = -1;
            else continue;
            int steps = int.Parse(parts[1]);
            for (int i = 0; i < steps; i++)
            {
                long nx = x + sign * dx[h];
                long ny = y + sign * dy[h];
                if (blocked.Contains(nx * 4000003L + ny)) break;
                x = nx;
                y = ny;
                long dist = {{manhattan}} ? Math.Abs(x) + Math.Abs(y) : x * x + y * y;
                if (dist > best) best = dist;
            }
        }
        return new List<long> { x, y, h, best };
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["walk_robot", "rover_report", "simulate_rover", "drive_robot", "robot_status"],
            commands=["commands", "program", "moves", "orders", "script"],
            obstacles=["obstacles", "rocks", "walls", "blocked_cells", "hazards"],
        )
        p |= {
            "words": rng.choice(WORD_SETS),
            "start": rng.choice([0, 1]),
            "manhattan": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A Mars rover replays the drive commands uplinked for the day.",
                    "A warehouse robot follows a script on a floor with pallets.",
                    "A turtle-graphics toy walks a grid of tiles with rocks on some of them.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        forward, back, left, right = p["words"]
        return {
            "forward": (forward, "str"),
            "back": (back, "str"),
            "left": (left, "str"),
            "right": (right, "str"),
            "start": (p["start"], "int"),
            "manhattan": (p["manhattan"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("commands", "list[str]"), ("obstacles", "list[list[int]]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        f, b, left, right = p["words"]
        commands, obstacles = p["params"]["commands"], p["params"]["obstacles"]
        metric = "Manhattan distance |x| + |y|" if p["manhattan"] else "squared Euclidean distance x*x + y*y"
        statement = (
            f"{p['framing']} Write `{p['fn']}`. A robot starts at (0, 0) on an unbounded grid facing "
            f"{HEADINGS[p['start']]}; x grows to the east and y to the north. Each element of "
            f"`{obstacles}` is a pair `[x, y]` naming a blocked cell (coordinates within 10^6 in "
            "magnitude; a pair may repeat; there are at most 1000 commands, and a block at (0, 0) "
            "only matters when the robot tries "
            f"to move back onto it). The commands `{commands}` run in order (case-sensitive, exact): "
            f"`{left}` turns 90 degrees to the left and `{right}` 90 degrees to the right; `{f} n` "
            f"moves n cells forward and `{b} n` n cells backward (keeping the heading), one cell at a "
            "time, where n is 1 to 3 ASCII digits (0 to 999, leading zeros allowed) after exactly one "
            "space. When the next cell of a move is blocked, the robot stays where it is and the rest "
            "of that command is skipped. Any other command is malformed and ignored. Return "
            "`[x, y, heading, farthest]`: the final position, the final heading as 0 = north, "
            f"1 = east, 2 = south, 3 = west, and the largest {metric} from (0, 0) of any cell the "
            "robot stood on (0 when it never moved away)."
        )
        return "Robot walk", statement, "Simulate a grid robot with obstacles."

    def solve(self, p: Params, *args: Any) -> Any:
        commands, obstacles = args
        f, b, left, right = p["words"]
        blocked = {(c[0], c[1]) for c in obstacles}
        steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        x, y, h, best = 0, 0, p["start"], 0
        for command in commands:
            if command in (left, right):
                h = (h + (3 if command == left else 1)) % 4
                continue
            word, _, count = command.partition(" ")
            if " " not in command or not (0 < len(count) <= 3 and set(count) <= set("0123456789")):
                continue
            if word not in (f, b):
                continue
            sign = 1 if word == f else -1
            for _ in range(int(count)):
                nxt = (x + sign * steps[h][0], y + sign * steps[h][1])
                if nxt in blocked:
                    break
                x, y = nxt
                best = max(best, abs(x) + abs(y) if p["manhattan"] else x * x + y * y)
        return [x, y, h, best]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        f, b, left, right = p["words"]

        def program(n: int, most: int) -> list[str]:
            return [
                rng.choice([f"{f} {rng.randint(0, most)}", f"{b} {rng.randint(0, most)}", left, right])
                for _ in range(n)
            ]

        def rocks(n: int, span: int) -> list[list[int]]:
            return [[rng.randint(-span, span), rng.randint(-span, span)] for _ in range(n)]

        ahead = [0, 3] if p["start"] == 0 else [3, 0]
        big = 1_000_000
        cases: list[Case] = [([[f"{f} 4", right, f"{f} 3", left, f"{b} 2"], [ahead]], [])]
        cases += [([program(rng.randint(4, 7), 5), rocks(6, 4)], []) for _ in range(3)]
        cases += [
            ([[left, left, left, left, right, f"{f} 2"], []], []),
            ([[], []], ["empty"]),
            ([[], [[0, 1], [1, 0]]], ["empty"]),
            ([[f"{f} 5"], [ahead]], ["boundary"]),
            ([[f"{f} 2", f"{f} 1", f"{b} 9"], [ahead, [0, 0]]], ["boundary"]),
            ([[right, f"{f} 1", right, right, f"{f} 3", left, f"{b} 1"], [[-1, 1], [1, -1]]], ["boundary"]),
            (
                [[f"{f} 007", f"{f} 1000", f"{f} -1", f"{f}  1", f"{f} ", f, f"{b} x", f"{f} 1 2"], []],
                ["boundary"],
            ),
            (
                [[left.lower() + "x", right + " ", f"{f.lower()}q 3", f"{f} 0", f"{b} 3"], [[0, -2]]],
                ["boundary"],
            ),
            ([[f"{f} 3", right, f"{f} 4", right, f"{f} 3", right, f"{f} 4"], [[big, big]]], ["boundary"]),
            ([[right, right, f"{f} 2", left, f"{b} 2", f"{f} 999"], [[-big, 5]]], ["boundary"]),
            ([program(400, 60), rocks(300, 40)], ["large"]),
            ([[f"{f} 999", right] * 50, [[i, -i] for i in range(200)]], ["large"]),
            ([[f"{f} 2", f"{f}\u00a02", f"{f} ２", f"{f} ٣", "é", right, f"{f} 1"], []], ["unicode"]),
        ]
        return cases
