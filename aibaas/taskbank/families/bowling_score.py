"""Medium family: score a ten-pin bowling game from its rolls, or -1 when it is invalid or incomplete.

Medium because the frame state machine has many exact rules (strike and spare bonuses, the special
last frame, pin limits per frame, missing and extra rolls) that must all be right at once.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import (
    Case,
    Family,
    Params,
    make_signature,
    pick_names,
)
from aibaas.taskbank.spec import Difficulty, Language, Signature

PINS = 10


class BowlingScore(Family):
    name = "bowling-score"
    difficulty = Difficulty.MEDIUM
    tags = ("state-machine", "simulation", "validation")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{rolls}}: list[int]) -> int:
    n = len({{rolls}})
    for value in {{rolls}}:
        if value < 0 or value > 10:
            return -1

    def at(j: int) -> int:
        return {{rolls}}[j] if j < n else 0

    total = 0
    i = 0
    for _ in range({{frames}} - 1):
        if i >= n:
            return -1
        if {{rolls}}[i] == 10:
            total += 10 + at(i + 1) + at(i + 2)
            i += 1
            continue
        if i + 1 >= n or {{rolls}}[i] + {{rolls}}[i + 1] > 10:
            return -1
        if {{rolls}}[i] + {{rolls}}[i + 1] == 10:
            total += 10 + at(i + 2)
        else:
            total += {{rolls}}[i] + {{rolls}}[i + 1]
        i += 2
    if i + 1 >= n:
        return -1
    first = {{rolls}}[i]
    second = {{rolls}}[i + 1]
    used = 2
    if first == 10:
        if i + 2 >= n or (second < 10 and second + {{rolls}}[i + 2] > 10):
            return -1
        used = 3
    elif first + second > 10:
        return -1
    elif first + second == 10:
        if i + 2 >= n:
            return -1
        used = 3
    if i + used != n:
        return -1
    total += first + second
    if used == 3:
        total += {{rolls}}[i + 2]
    return total
""",
        Language.TYPESCRIPT: """export function {{fn}}({{rolls}}: number[]): number {
  const n = {{rolls}}.length;
  for (const value of {{rolls}}) {
    if (value < 0 || value > 10) return -1;
  }
  const at = (j: number): number => (j < n ? {{rolls}}[j] : 0);
  let total = 0;
  let i = 0;
  for (let f = 0; f < {{frames}} - 1; f++) {
    if (i >= n) return -1;
    if ({{rolls}}[i] === 10) {
      total += 10 + at(i + 1) + at(i + 2);
      i += 1;
      continue;
    }
    if (i + 1 >= n || {{rolls}}[i] + {{rolls}}[i + 1] > 10) return -1;
    if ({{rolls}}[i] + {{rolls}}[i + 1] === 10) {
      total += 10 + at(i + 2);
    } else {
      total += {{rolls}}[i] + {{rolls}}[i + 1];
    }
    i += 2;
  }
  if (i + 1 >= n) return -1;
  const first = {{rolls}}[i];
  const second = {{rolls}}[i + 1];
  let used = 2;
  if (first === 10) {
    if (i + 2 >= n || (second < 10 && second + {{rolls}}[i + 2] > 10)) return -1;
    used = 3;
  } else if (first + second > 10) {
    return -1;
  } else if (first + second === 10) {
    if (i + 2 >= n) return -1;
    used = 3;
  }
  if (i + used !== n) return -1;
  total += first + second;
  if (used === 3) total += {{rolls}}[i + 2];
  return total;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{rolls}}) {
        int n = {{rolls}}.size();
        long[] r = new long[n + 3];
        for (int j = 0; j < n; j++) {
            r[j] = {{rolls}}.get(j);
            if (r[j] < 0 || r[j] > 10) return -1;
        }
        long total = 0;
        int i = 0;
        for (long f = 0; f < {{frames}} - 1; f++) {
            if (i >= n) return -1;
            if (r[i] == 10) {
                total += 10 + r[i + 1] + r[i + 2];
                i += 1;
                continue;
            }
            if (i + 1 >= n || r[i] + r[i + 1] > 10) return -1;
            if (r[i] + r[i + 1] == 10) {
                total += 10 + r[i + 2];
            } else {
                total += r[i] + r[i + 1];
            }
            i += 2;
        }
        if (i + 1 >= n) return -1;
        long first = r[i];
        long second = r[i + 1];
        int used = 2;
        if (first == 10) {
            if (i + 2 >= n || (second < 10 && second + r[i + 2] > 10)) return -1;
            used = 3;
        } else if (first + second > 10) {
            return -1;
        } else if (first + second == 10) {
            if (i + 2 >= n) return -1;
            used = 3;
        }
        if (i + used != n) return -1;
        total += first + second;
        if (used == 3) total += r[i + 2];
        return total;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{rolls}} []int) int {
	n := len({{rolls}})
	r := make([]int, n + 3)
	for j, value := range {{rolls}} {
		if value < 0 || value > 10 {
			return -1
		}
		r[j] = value
	}
	total := 0
	i := 0
	for f := 0; f < {{frames}} - 1; f++ {
		if i >= n {
			return -1
		}
		if r[i] == 10 {
			total += 10 + r[i + 1] + r[i + 2]
			i += 1
			continue
		}
		if i + 1 >= n || r[i] + r[i + 1] > 10 {
			return -1
		}
		if r[i] + r[i + 1] == 10 {
			total += 10 + r[i + 2]
		} else {
			total += r[i] + r[i + 1]
		}
		i += 2
	}
	if i + 1 >= n {
		return -1
	}
	first := r[i]
	second := r[i + 1]
	used := 2
	if first == 10 {
		if i + 2 >= n || (second < 10 && second + r[i + 2] > 10) {
			return -1
		}
		used = 3
	} else if first + second > 10 {
		return -1
	} else if first + second == 10 {
		if i + 2 >= n {
			return -1
		}
		used = 3
	}
	if i + used != n {
		return -1
	}
	total += first + second
	if used == 3 {
		total += r[i + 2]
	}
	return total
}
""",
        Language.RUBY: """def {{fn}}({{rolls}})
  n = {{rolls}}.length
  return -1 if {{rolls}}.any? { |value| value < 0 || value > 10 }
  r = {{rolls}} + [0, 0, 0]
  total = 0
  i = 0
  ({{frames}} - 1).times do
    return -1 if i >= n
    if r[i] == 10
      total += 10 + r[i + 1] + r[i + 2]
      i += 1
      next
    end
    return -1 if i + 1 >= n || r[i] + r[i + 1] > 10
    if r[i] + r[i + 1] == 10
      total += 10 + r[i + 2]
    else
      total += r[i] + r[i + 1]
    end
    i += 2
  end
  return -1 if i + 1 >= n
  first = r[i]
  second = r[i + 1]
  used = 2
  if first == 10
    return -1 if i + 2 >= n || (second < 10 && second + r[i + 2] > 10)
    used = 3
  elsif first + second > 10
    return -1
  elsif first + second == 10
    return -1 if i + 2 >= n
    used = 3
  end
  return -1 if i + used != n
  total += first + second
  total += r[i + 2] if used == 3
  total
end
""",
        Language.RUST: """pub fn {{fn}}({{rolls}}: Vec<i64>) -> i64 {
    let n = {{rolls}}.len();
    let mut r: Vec<i64> = vec![0; n + 3];
    for (j, value) in {{rolls}}.iter().enumerate() {
        if *value < 0 || *value > 10 {
            return -1;
        }
        r[j] = *value;
    }
    let mut total: i64 = 0;
    let mut i: usize = 0;
    let frames: i64 = {{frames}};
    let mut f: i64 = 0;
    while f < frames - 1 {
        f += 1;
        if i >= n {
            return -1;
        }
        if r[i] == 10 {
            total += 10 + r[i + 1] + r[i + 2];
            i += 1;
            continue;
        }
        if i + 1 >= n || r[i] + r[i + 1] > 10 {
            return -1;
        }
        if r[i] + r[i + 1] == 10 {
            total += 10 + r[i + 2];
        } else {
            total += r[i] + r[i + 1];
        }
        i += 2;
    }
    if i + 1 >= n {
        return -1;
    }
    let first = r[i];
    let second = r[i + 1];
    let mut used: usize = 2;
    if first == 10 {
        if i + 2 >= n || (second < 10 && second + r[i + 2] > 10) {
            return -1;
        }
        used = 3;
    } else if first + second > 10 {
        return -1;
    } else if first + second == 10 {
        if i + 2 >= n {
            return -1;
        }
        used = 3;
    }
    if i + used != n {
        return -1;
    }
    total += first + second;
    if used == 3 {
        total += r[i + 2];
    }
    total
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static long {{fn}}(List<long> {{rolls}})
    {
        int n = {{rolls}}.Count;
        long[] r = new long[n + 3];
        for (int j = 0; j < n; j++)
        {
            r[j] = {{rolls}}[j];
            if (r[j] < 0 || r[j] > 10) return -1;
        }
        long total = 0;
        int i = 0;
        for (long f = 0; f < {{frames}} - 1; f++)
        {
            if (i >= n) return -1;
            if (r[i] == 10)
            {
                total += 10 + r[i + 1] + r[i + 2];
                i += 1;
                continue;
            }
            if (i + 1 >= n || r[i] + r[i + 1] > 10) return -1;
            if (r[i] + r[i + 1] == 10) total += 10 + r[i + 2];
            else total += r[i] + r[i + 1];
            i += 2;
        }
        if (i + 1 >= n) return -1;
        long first = r[i];
        long second = r[i + 1];
        int used = 2;
        if (first == 10)
        {
            if (i + 2 >= n || (second < 10 && second + r[i + 2] > 10)) return -1;
            used = 3;
        }
        else if (first + second > 10)
        {
            return -1;
        }
        else if (first + second == 10)
        {
            if (i + 2 >= n) return -1;
            used = 3;
        }
        if (i + used != n) return -1;
        total += first + second;
        if (used == 3) total += r[i + 2];
        return total;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            [
                "bowling_score",
                "score_game",
                "game_total",
                "tally_bowling",
                "lane_score",
            ],
            rolls=["rolls", "balls", "knocked", "pins_down", "deliveries"],
        )
        p |= {
            "frames": rng.choice([10, 5]),
            "framing": rng.choice(
                [
                    "A bowling alley's scoreboard computes the score after each game.",
                    "A league app checks the rolls typed in by a team captain.",
                    "A short-format bowling night uses the classic scoring rules.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"frames": (p["frames"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("rolls", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        rolls, frames = p["params"]["rolls"], p["frames"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the score of one bowling game of exactly "
            f"{frames} frames, given `{rolls}`: the number of pins knocked down by each roll, in order. "
            "Each roll must be between 0 and 10 inclusive. In frames 1 to "
            f"{frames - 1}: a first roll of 10 is a strike and ends the frame (score 10 plus the next "
            "two rolls); otherwise the frame has exactly two rolls whose sum must not exceed 10; a sum "
            "of exactly 10 is a spare (score 10 plus the next roll), any other sum scores itself. "
            f"Frame {frames} (the last) scores the sum of its rolls: after a strike it has two more "
            "rolls (if the first of them is not 10, the two must sum to at most 10); otherwise two "
            "rolls summing to at most 10, plus one more roll only if they make a spare. Return the total "
            "score, or -1 when the game is invalid: a roll outside 0..10, a frame exceeding 10 pins as "
            "described, too few rolls to finish the last frame (including an empty list), or rolls left "
            "over after the last frame."
        )
        return (
            "Bowling score",
            statement,
            "Score a bowling game from its rolls, or -1 if invalid.",
        )

    def solve(self, p: Params, *args: Any) -> Any:
        (rolls,) = args
        if any(v < 0 or v > PINS for v in rolls):
            return -1
        frames: list[list[int]] = []
        i = 0
        for _ in range(p["frames"] - 1):
            if i < len(rolls) and rolls[i] == PINS:
                frames.append([i])
                i += 1
            elif i + 1 < len(rolls) and rolls[i] + rolls[i + 1] <= PINS:
                frames.append([i, i + 1])
                i += 2
            else:
                return -1
        last = rolls[i:]
        if len(last) < 2:
            return -1
        if last[0] == PINS:
            ok = len(last) == 3 and (last[1] == PINS or last[1] + last[2] <= PINS)
        elif last[0] + last[1] == PINS:
            ok = len(last) == 3
        else:
            ok = len(last) == 2 and last[0] + last[1] < PINS
        if not ok:
            return -1
        total = sum(last)
        for frame in frames:
            knocked = sum(rolls[j] for j in frame)
            bonus = 0 if knocked < PINS else 3 - len(frame)
            total += knocked + sum(rolls[frame[-1] + 1 : frame[-1] + 1 + bonus])
        return total

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        frames: int = p["frames"]

        def game(strike: float, spare: float) -> list[int]:
            out: list[int] = []
            for f in range(frames):
                if rng.random() < strike:
                    out.append(PINS)
                    if f == frames - 1:
                        bonus = rng.randint(0, PINS)
                        out += [
                            bonus,
                            rng.randint(0, PINS if bonus == PINS else PINS - bonus),
                        ]
                    continue
                first = rng.randint(0, PINS - 1)
                second = PINS - first if rng.random() < spare else rng.randint(0, PINS - 1 - first)
                out += [first, second]
                if f == frames - 1 and first + second == PINS:
                    out.append(rng.randint(0, PINS))
            return out

        open_game = [3, 4] * frames
        cases: list[Case] = [([game(0.3, 0.4)], []), ([game(0.2, 0.5)], [])]
        cases += [([game(0.4, 0.4)], []) for _ in range(4)]
        cases += [
            ([[]], ["empty"]),
            ([[0] * (2 * frames)], ["boundary"]),
            ([[PINS] * (frames + 2)], ["boundary"]),
            ([[PINS] * (frames + 1)], ["boundary"]),
            ([[PINS] * (frames + 3)], ["boundary"]),
            ([[5] * (2 * frames + 1)], ["boundary"]),
            ([[5] * (2 * frames)], ["boundary"]),
            ([open_game[:-1]], ["boundary"]),
            ([[*open_game, 1]], ["boundary"]),
            ([[6, 5, *open_game[2:]]], ["boundary"]),
            ([[11, 0, *open_game[2:]]], ["boundary"]),
            ([[-1, 2, *open_game[2:]]], ["boundary"]),
            ([[5, 5, *open_game[2:]]], ["boundary"]),
            ([[PINS, 3, 4, *open_game[2:]]], ["boundary"]),
            ([[PINS, PINS, 3, *open_game[3:]]], ["boundary"]),
            ([[*open_game[:-2], PINS, 5, 5]], ["boundary"]),
            ([[*open_game[:-2], PINS, 5, 6]], ["boundary"]),
            ([[*open_game[:-2], PINS, PINS, 7]], ["boundary"]),
            ([[*open_game[:-2], PINS, 0, PINS]], ["boundary"]),
            ([[*open_game[:-2], 4, 6, PINS]], ["boundary"]),
            ([[*open_game[:-2], 4, 7]], ["boundary"]),
            ([[*open_game[:-2], 9, 1]], ["boundary"]),
            ([[0] * 700], ["large"]),
            ([[PINS] * 500], ["large"]),
        ]
        return cases
