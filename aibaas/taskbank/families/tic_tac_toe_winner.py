"""Medium family: judge an n x n tic-tac-toe position with k in a row to win.

Medium because it combines validation (shape, symbols, move counts), line scanning in four
directions, and a precise decision table for two winners, wrong counts, draws and open games.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

DIRS = [(0, 1), (1, 0), (1, 1), (1, -1)]


class TicTacToeWinner(Family):
    name = "tic-tac-toe-winner"
    difficulty = Difficulty.MEDIUM
    tags = ("grid", "validation", "games")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{board}}: list[str]) -> str:
    n = len({{board}})
    first = 0
    second = 0
    empty = 0
    for row in {{board}}:
        if len(row) != n:
            return "invalid"
        for ch in row:
            if ch == {{first_mark}}:
                first = first + 1
            elif ch == {{second_mark}}:
                second = second + 1
            elif ch == {{blank}}:
                empty = empty + 1
            else:
                return "invalid"
    if first - second < 0 or first - second > 1:
        return "invalid"
    wins_first = False
    wins_second = False
    dirs = [(0, 1), (1, 0), (1, 1), (1, -1)]
    for r in range(n):
        for c in range(n):
            ch = {{board}}[r][c]
            if ch == {{blank}}:
                continue
            for dr, dc in dirs:
                run = 0
                rr = r
                cc = c
                while run < {{k}} and rr >= 0 and rr < n and cc >= 0 and cc < n and {{board}}[rr][cc] == ch:
                    run = run + 1
                    rr = rr + dr
                    cc = cc + dc
                if run == {{k}}:
                    if ch == {{first_mark}}:
                        wins_first = True
                    else:
                        wins_second = True
    if wins_first and wins_second:
        return "invalid"
    if wins_first:
        return {{first_mark}} if first == second + 1 else "invalid"
    if wins_second:
        return {{second_mark}} if first == second else "invalid"
    return "pending" if empty > 0 else "draw"
""",
        Language.TYPESCRIPT: """export function {{fn}}({{board}}: string[]): string {
  const n = {{board}}.length;
  let first = 0;
  let second = 0;
  let empty = 0;
  for (const row of {{board}}) {
    if (row.length !== n) return "invalid";
    for (const ch of row) {
      if (ch === {{first_mark}}) first = first + 1;
      else if (ch === {{second_mark}}) second = second + 1;
      else if (ch === {{blank}}) empty = empty + 1;
      else return "invalid";
    }
  }
  if (first - second < 0 || first - second > 1) return "invalid";
  let winsFirst = false;
  let winsSecond = false;
  const dirs = [[0, 1], [1, 0], [1, 1], [1, -1]];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const ch = {{board}}[r][c];
      if (ch === {{blank}}) continue;
      for (const [dr, dc] of dirs) {
        let run = 0;
        let rr = r;
        let cc = c;
        while (run < {{k}} && rr >= 0 && rr < n && cc >= 0 && cc < n && {{board}}[rr][cc] === ch) {
          run = run + 1;
          rr = rr + dr;
          cc = cc + dc;
        }
        if (run === {{k}}) {
          if (ch === {{first_mark}}) winsFirst = true;
          else winsSecond = true;
        }
      }
    }
  }
  if (winsFirst && winsSecond) return "invalid";
  if (winsFirst) return first === second + 1 ? {{first_mark}} : "invalid";
  if (winsSecond) return first === second ? {{second_mark}} : "invalid";
  return empty > 0 ? "pending" : "draw";
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(List<String> {{board}}) {
        int n = {{board}}.size();
        int first = 0;
        int second = 0;
        int empty = 0;
        char firstMark = {{first_mark}}.charAt(0);
        char secondMark = {{second_mark}}.charAt(0);
        char blank = {{blank}}.charAt(0);
        for (String row : {{board}}) {
            if (row.length() != n) return "invalid";
            for (char ch : row.toCharArray()) {
                if (ch == firstMark) first = first + 1;
                else if (ch == secondMark) second = second + 1;
                else if (ch == blank) empty = empty + 1;
                else return "invalid";
            }
        }
        if (first - second < 0 || first - second > 1) return "invalid";
        boolean winsFirst = false;
        boolean winsSecond = false;
        int[][] dirs = {{0, 1}, {1, 0}, {1, 1}, {1, -1}};
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                char ch = {{board}}.get(r).charAt(c);
                if (ch == blank) continue;
                for (int[] dir : dirs) {
                    int run = 0;
                    int rr = r;
                    int cc = c;
                    while (run < {{k}} && rr >= 0 && rr < n && cc >= 0 && cc < n
                            && {{board}}.get(rr).charAt(cc) == ch) {
                        run = run + 1;
                        rr = rr + dir[0];
                        cc = cc + dir[1];
                    }
                    if (run == {{k}}) {
                        if (ch == firstMark) winsFirst = true;
                        else winsSecond = true;
                    }
                }
            }
        }
        if (winsFirst && winsSecond) return "invalid";
        if (winsFirst) return first == second + 1 ? {{first_mark}} : "invalid";
        if (winsSecond) return first == second ? {{second_mark}} : "invalid";
        return empty > 0 ? "pending" : "draw";
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{board}} []string) string {
	n := len({{board}})
	first, second, empty := 0, 0, 0
	firstMark, secondMark, blank := {{first_mark}}[0], {{second_mark}}[0], {{blank}}[0]
	for _, row := range {{board}} {
		if len(row) != n {
			return "invalid"
		}
		for i := 0; i < len(row); i++ {
			ch := row[i]
			if ch == firstMark {
				first = first + 1
			} else if ch == secondMark {
				second = second + 1
			} else if ch == blank {
				empty = empty + 1
			} else {
				return "invalid"
			}
		}
	}
	if first - second < 0 || first - second > 1 {
		return "invalid"
	}
	winsFirst, winsSecond := false, false
	dirs := [][]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}}
	for r := 0; r < n; r++ {
		for c := 0; c < n; c++ {
			ch := {{board}}[r][c]
			if ch == blank {
				continue
			}
			for _, dir := range dirs {
				run, rr, cc := 0, r, c
				for run < {{k}} && rr >= 0 && rr < n && cc >= 0 && cc < n && {{board}}[rr][cc] == ch {
					run = run + 1
					rr = rr + dir[0]
					cc = cc + dir[1]
				}
				if run == {{k}} {
					if ch == firstMark {
						winsFirst = true
					} else {
						winsSecond = true
					}
				}
			}
		}
	}
	if winsFirst && winsSecond {
		return "invalid"
	}
	if winsFirst {
		if first == second + 1 {
			return {{first_mark}}
		}
		return "invalid"
	}
	if winsSecond {
		if first == second {
			return {{second_mark}}
		}
		return "invalid"
	}
	if empty > 0 {
		return "pending"
	}
	return "draw"
}
""",
        Language.RUBY: """def {{fn}}({{board}})
  n = {{board}}.length
  first = 0
  second = 0
  empty = 0
  {{board}}.each do |row|
    return "invalid" if row.length != n
    row.each_char do |ch|
      if ch == {{first_mark}}
        first = first + 1
      elsif ch == {{second_mark}}
        second = second + 1
      elsif ch == {{blank}}
        empty = empty + 1
      else
        return "invalid"
      end
    end
  end
  return "invalid" if first - second < 0 || first - second > 1
  wins_first = false
  wins_second = false
  dirs = [[0, 1], [1, 0], [1, 1], [1, -1]]
  (0...n).each do |r|
    (0...n).each do |c|
      ch = {{board}}[r][c]
      next if ch == {{blank}}
      dirs.each do |dr, dc|
        run = 0
        rr = r
        cc = c
        while run < {{k}} && rr >= 0 && rr < n && cc >= 0 && cc < n && {{board}}[rr][cc] == ch
          run = run + 1
          rr = rr + dr
          cc = cc + dc
        end
        if run == {{k}}
          if ch == {{first_mark}}
            wins_first = true
          else
            wins_second = true
          end
        end
      end
    end
  end
  return "invalid" if wins_first && wins_second
  return (first == second + 1 ? {{first_mark}} : "invalid") if wins_first
  return (first == second ? {{second_mark}} : "invalid") if wins_second
  empty > 0 ? "pending" : "draw"
end
""",
        Language.RUST: """pub fn {{fn}}({{board}}: Vec<String>) -> String {
    let first_mark = {{first_mark}};
    let second_mark = {{second_mark}};
    let fm = first_mark.as_bytes()[0];
    let sm = second_mark.as_bytes()[0];
    let blank = {{blank}}.as_bytes()[0];
    let n = {{board}}.len() as i64;
    let mut first: i64 = 0;
    let mut second: i64 = 0;
    let mut empty: i64 = 0;
    for row in {{board}}.iter() {
        if row.len() as i64 != n {
            return "invalid".to_string();
        }
        for ch in row.bytes() {
            if ch == fm {
                first = first + 1;
            } else if ch == sm {
                second = second + 1;
            } else if ch == blank {
                empty = empty + 1;
            } else {
                return "invalid".to_string();
            }
        }
    }
    if first - second < 0 || first - second > 1 {
        return "invalid".to_string();
    }
    let cells: Vec<&[u8]> = {{board}}.iter().map(|row| row.as_bytes()).collect();
    let mut wins_first = false;
    let mut wins_second = false;
    let dirs: [(i64, i64); 4] = [(0, 1), (1, 0), (1, 1), (1, -1)];
    for r in 0..n {
        for c in 0..n {
            let ch = cells[r as usize][c as usize];
            if ch == blank {
                continue;
            }
            for (dr, dc) in dirs.iter() {
                let mut run = 0;
                let mut rr = r;
                let mut cc = c;
                while run < {{k}}
                    && rr >= 0
                    && rr < n
                    && cc >= 0
                    && cc < n
                    && cells[rr as usize][cc as usize] == ch
                {
                    run = run + 1;
                    rr = rr + dr;
                    cc = cc + dc;
                }
                if run == {{k}} {
                    if ch == fm {
                        wins_first = true;
                    } else {
                        wins_second = true;
                    }
                }
            }
        }
    }
    if wins_first && wins_second {
        return "invalid".to_string();
    }
    if wins_first {
        return if first == second + 1 { first_mark } else { "invalid".to_string() };
    }
    if wins_second {
        return if first == second { second_mark } else { "invalid".to_string() };
    }
    if empty > 0 { "pending".to_string() } else { "draw".to_string() }
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static string {{fn}}(List<string> {{board}})
    {
        int n = {{board}}.Count;
        int first = 0;
        int second = 0;
        int empty = 0;
        char firstMark = {{first_mark}}[0];
        char secondMark = {{second_mark}}[0];
        char blank = {{blank}}[0];
        foreach (string row in {{board}})
        {
            if (row.Length != n) return "invalid";
            foreach (char ch in row)
            {
                if (ch == firstMark) first = first + 1;
                else if (ch == secondMark) second = second + 1;
                else if (ch == blank) empty = empty + 1;
                else return "invalid";
            }
        }
        if (first - second < 0 || first - second > 1) return "invalid";
        bool winsFirst = false;
        bool winsSecond = false;
        int[] dirR = { 0, 1, 1, 1 };
        int[] dirC = { 1, 0, 1, -1 };
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                char ch = {{board}}[r][c];
                if (ch == blank) continue;
                for (int d = 0; d < 4; d++)
                {
                    int run = 0;
                    int rr = r;
                    int cc = c;
                    while (run < {{k}} && rr >= 0 && rr < n && cc >= 0 && cc < n && {{board}}[rr][cc] == ch)
                    {
                        run = run + 1;
                        rr = rr + dirR[d];
                        cc = cc + dirC[d];
                    }
                    if (run == {{k}})
                    {
                        if (ch == firstMark) winsFirst = true;
                        else winsSecond = true;
                    }
                }
            }
        }
        if (winsFirst && winsSecond) return "invalid";
        if (winsFirst) return first == second + 1 ? {{first_mark}} : "invalid";
        if (winsSecond) return first == second ? {{second_mark}} : "invalid";
        return empty > 0 ? "pending" : "draw";
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["game_state", "judge_board", "board_result", "winner_of", "referee_call"],
            board=["board", "position", "grid", "snapshot", "layout"],
        )
        first = rng.choice(["X", "O"])
        p |= {
            "first_mark": first,
            "second_mark": "O" if first == "X" else "X",
            "blank": rng.choice([".", "-", "_"]),
            "k": rng.choice([3, 4, 5]),
            "framing": rng.choice(
                [
                    "An online game server checks uploaded positions of a generalised tic-tac-toe.",
                    "A gomoku-style puzzle app validates the boards its users design.",
                    "A referee bot announces the state of a k-in-a-row match.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "first_mark": (p["first_mark"], "str"),
            "second_mark": (p["second_mark"], "str"),
            "blank": (p["blank"], "str"),
            "k": (p["k"], "int"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("board", "list[str]")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        board, f, s, blank, k = p["params"]["board"], p["first_mark"], p["second_mark"], p["blank"], p["k"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which judges the position `{board}`: a list of n "
            f"strings (the rows) for an n x n board, where `{f}` and `{s}` are the two players' marks "
            f"and `{blank}` is an empty cell. Player `{f}` always moves first and the players "
            f"alternate. A player has won when {k} of their marks are consecutive in a row, a column "
            "or either diagonal direction (a longer run also counts; a player may have several such "
            'lines). Return `"invalid"` when some row does not have exactly n characters, when any '
            f"character is not `{f}`, `{s}` or `{blank}`, when the count of `{f}` minus the count of "
            f"`{s}` is not 0 or 1, when both players have won, when `{f}` has won but does not have "
            f"exactly one mark more than `{s}`, or when `{s}` has won but the counts are not equal. "
            f'Otherwise return `"{f}"` or `"{s}"` for the winner; with no winner return '
            '`"pending"` when an empty cell remains and `"draw"` when none does (a board with no '
            f"rows is a draw). Boards smaller than {k} x {k} cannot have a winner."
        )
        return "k-in-a-row judge", statement, "Judge a k-in-a-row tic-tac-toe position."

    def solve(self, p: Params, *args: Any) -> Any:
        (board,) = args
        f, s, blank, k = p["first_mark"], p["second_mark"], p["blank"], p["k"]
        n = len(board)
        if any(len(row) != n for row in board) or any(ch not in (f, s, blank) for row in board for ch in row):
            return "invalid"
        text = "".join(board)
        nf, ns = text.count(f), text.count(s)
        if nf - ns not in (0, 1):
            return "invalid"
        winners = set()
        for r in range(n):
            for c in range(n):
                for dr, dc in DIRS:
                    cells = [(r + i * dr, c + i * dc) for i in range(k)]
                    if all(0 <= a < n and 0 <= b < n for a, b in cells):
                        marks = {board[a][b] for a, b in cells}
                        if len(marks) == 1 and blank not in marks:
                            winners |= marks
        if winners == {f}:
            return f if nf == ns + 1 else "invalid"
        if winners == {s}:
            return s if nf == ns else "invalid"
        if winners:
            return "invalid"
        return "pending" if blank in text else "draw"

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        f, s, b, k = p["first_mark"], p["second_mark"], p["blank"], p["k"]

        def completes_line(cells: list[list[str]], r: int, c: int) -> bool:
            n = len(cells)
            for dr, dc in DIRS:
                run = 1
                for sign in (1, -1):
                    rr, cc = r + sign * dr, c + sign * dc
                    while 0 <= rr < n and 0 <= cc < n and cells[rr][cc] == cells[r][c]:
                        run, rr, cc = run + 1, rr + sign * dr, cc + sign * dc
                if run >= k:
                    return True
            return False

        def play(n: int, moves: int, stop_on_win: bool) -> list[str]:
            cells = [[b] * n for _ in range(n)]
            free = [(r, c) for r in range(n) for c in range(n)]
            rng.shuffle(free)
            for i in range(min(moves, len(free))):
                r, c = free[i]
                cells[r][c] = f if i % 2 == 0 else s
                if stop_on_win and completes_line(cells, r, c):
                    break
            return ["".join(row) for row in cells]

        def grid(rows: list[str]) -> list[str]:
            return [row.replace("F", f).replace("S", s).replace(".", b) for row in rows]

        line = "F" * k
        n = k + 1
        blank_row = "." * n

        def place(marks: dict[tuple[int, int], str], size: int) -> list[str]:
            return grid(["".join(marks.get((r, c), ".") for c in range(size)) for r in range(size)])

        diag = {(i, i): "F" for i in range(k)} | {(i, i + 1): "S" for i in range(k - 1)}
        anti = {(i, n - 1 - i): "S" for i in range(k)} | {(i, 0): "F" for i in range(k - 1)}
        anti[(n - 1, n - 1)] = "F"
        column = {(r, 0): "S" for r in range(k)} | {(r, 1): "F" for r in range(k - 1)}
        column[(k, k)] = "F"
        cases: list[Case] = [([play(k, k * k, True)], []), ([play(k + 1, 2 * k, True)], [])]
        cases += [
            ([play(rng.randint(k, k + 2), rng.randint(3, 20), rng.random() < 0.7)], []) for _ in range(4)
        ]
        cases += [
            ([[]], ["empty"]),
            ([grid([blank_row] * n)], ["empty"]),
            ([grid([line + ".", "S" * (k - 1) + "..", *[blank_row] * (n - 2)])], ["boundary"]),
            ([grid([line + ".", "S" * k + ".", *[blank_row] * (n - 2)])], ["boundary"]),
            ([grid([line + ".", "S" * (k - 1) + "..", "S" + "." * k, *[blank_row] * (n - 3)])], ["boundary"]),
            ([grid([line + "F", "S" * (k - 1) + "..", "S" + "." * k, *[blank_row] * (n - 3)])], ["boundary"]),
            ([grid(["F" * (k - 1) + "..", "S" * (k - 1) + "..", *[blank_row] * (n - 2)])], ["boundary"]),
            ([place(diag, n)], ["boundary"]),
            ([place(anti, n)], ["boundary"]),
            ([place(column, n)], ["boundary"]),
            ([place(column | {(k, 1): "F"}, n)], ["boundary"]),
            ([grid(["FFS", "SSF", "FSF"])], ["boundary"]),
            ([grid(["F"])], ["boundary"]),
            ([grid(["FS", "F."])], ["boundary"]),
            ([grid(["FF.", "...", "..."])], ["boundary"]),
            ([grid(["S..", "...", "..."])], ["boundary"]),
            ([grid(["F..", "...", ".."])], ["boundary"]),
            ([grid(["F...", "S...", "...."])], ["boundary"]),
            ([grid(["F..", "...", "..?"])], ["boundary"]),
            ([play(40, 1200, False)], ["large"]),
            ([play(40, 1600, True)], ["large"]),
            ([grid(["F..", ".é.", "..."])], ["unicode"]),
            ([[*grid(["...", "..."]), "Ｘ" + b * 2]], ["unicode"]),
        ]
        return cases
