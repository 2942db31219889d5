"""Medium family: replay push/pop/top/min operations on a stack that reports its minimum.

Medium because it needs the constant-time minimum idea (a parallel stack of minima) plus exact
rules for malformed operations and for the seed's policy on operations over an empty stack.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

MAX_DIGITS = 15


class MinStack(Family):
    name = "min-stack"
    difficulty = Difficulty.MEDIUM
    tags = ("stack", "simulation", "parsing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{ops}}: list[str]) -> list[str]:
    vals: list[int] = []
    mins: list[int] = []
    out: list[str] = []
    for op in {{ops}}:
        if op.startswith("push "):
            arg = op[5:]
            digits = arg[1:] if arg.startswith("-") else arg
            if len(digits) == 0 or len(digits) > {{max_digits}}:
                continue
            if not all(c in "0123456789" for c in digits):
                continue
            v = int(arg)
            vals.append(v)
            mins.append(v if len(mins) == 0 or v < mins[-1] else mins[-1])
            continue
        if op != "pop" and op != "top" and op != "min":
            continue
        if len(vals) == 0:
            if {{emit_mark}}:
                out.append({{mark}})
            if {{halt}}:
                break
            continue
        if op == "min":
            out.append(str(mins[-1]))
        elif op == "top":
            out.append(str(vals[-1]))
        else:
            out.append(str(vals.pop()))
            mins.pop()
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{ops}}: string[]): string[] {
  const vals: number[] = [];
  const mins: number[] = [];
  const out: string[] = [];
  for (const op of {{ops}}) {
    if (op.startsWith("push ")) {
      const arg = op.slice(5);
      const digits = arg.startsWith("-") ? arg.slice(1) : arg;
      if (digits.length === 0 || digits.length > {{max_digits}}) continue;
      if (!/^[0-9]+$/.test(digits)) continue;
      const v = Number(arg) + 0;
      vals.push(v);
      mins.push(mins.length === 0 || v < mins[mins.length - 1] ? v : mins[mins.length - 1]);
      continue;
    }
    if (op !== "pop" && op !== "top" && op !== "min") continue;
    if (vals.length === 0) {
      if ({{emit_mark}}) out.push({{mark}});
      if ({{halt}}) break;
      continue;
    }
    if (op === "min") {
      out.push(String(mins[mins.length - 1]));
    } else if (op === "top") {
      out.push(String(vals[vals.length - 1]));
    } else {
      out.push(String(vals.pop()));
      mins.pop();
    }
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<String> {{fn}}(List<String> {{ops}}) {
        List<Long> vals = new ArrayList<>();
        List<Long> mins = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String op : {{ops}}) {
            if (op.startsWith("push ")) {
                String arg = op.substring(5);
                String digits = arg.startsWith("-") ? arg.substring(1) : arg;
                if (digits.length() == 0 || digits.length() > {{max_digits}}) continue;
                if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) continue;
                long v = Long.parseLong(arg);
                vals.add(v);
                long low = mins.size() == 0 || v < mins.get(mins.size() - 1) ? v : mins.get(mins.size() - 1);
                mins.add(low);
                continue;
            }
            if (!op.equals("pop") && !op.equals("top") && !op.equals("min")) continue;
            if (vals.size() == 0) {
                if ({{emit_mark}}) out.add({{mark}});
                if ({{halt}}) break;
                continue;
            }
            if (op.equals("min")) {
                out.add(String.valueOf(mins.get(mins.size() - 1)));
            } else if (op.equals("top")) {
                out.add(String.valueOf(vals.get(vals.size() - 1)));
            } else {
                out.add(String.valueOf(vals.remove(vals.size() - 1)));
                mins.remove(mins.size() - 1);
            }
        }
        return out;
    }
}
""",
        Language.GO: """package solution

import (
	"strconv"
	"strings"
)

func {{fn}}({{ops}} []string) []string {
	vals := []int{}
	mins := []int{}
	out := []string{}
	for _, op := range {{ops}} {
		if strings.HasPrefix(op, "push ") {
			arg := op[5:]
			digits := strings.TrimPrefix(arg, "-")
			if len(digits) == 0 || len(digits) > {{max_digits}} {
				continue
			}
			if strings.Trim(digits, "0123456789") != "" {
				continue
			}
			v, _ := strconv.Atoi(arg)
			vals = append(vals, v)
			if len(mins) == 0 || v < mins[len(mins) - 1] {
				mins = append(mins, v)
			} else {
				mins = append(mins, mins[len(mins) - 1])
			}
			continue
		}
		if op != "pop" && op != "top" && op != "min" {
			continue
		}
		if len(vals) == 0 {
			if {{emit_mark}} {
				out = append(out, {{mark}})
			}
			if {{halt}} {
				break
			}
			continue
		}
		if op == "min" {
			out = append(out, strconv.Itoa(mins[len(mins) - 1]))
		} else if op == "top" {
			out = append(out, strconv.Itoa(vals[len(vals) - 1]))
		} else {
			out = append(out, strconv.Itoa(vals[len(vals) - 1]))
			vals = vals[:len(vals) - 1]
			mins = mins[:len(mins) - 1]
		}
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{ops}})
  vals = []
  mins = []
  out = []
  {{ops}}.each do |op|
    if op.start_with?("push ")
      arg = op[5..]
      digits = arg.start_with?("-") ? arg[1..] : arg
      next if digits.length == 0 || digits.length > {{max_digits}}
      next unless digits.match?(/\\A[0-9]+\\z/)
      v = arg.to_i
      vals.push(v)
      mins.push(mins.length == 0 || v < mins[-1] ? v : mins[-1])
      next
    end
    next if op != "pop" && op != "top" && op != "min"
    if vals.length == 0
      out.push({{mark}}) if {{emit_mark}}
      break if {{halt}}
      next
    end
    if op == "min"
      out.push(mins[-1].to_s)
    elsif op == "top"
      out.push(vals[-1].to_s)
    else
      out.push(vals.pop.to_s)
      mins.pop
    end
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{ops}}: Vec<String>) -> Vec<String> {
    let mut vals: Vec<i64> = Vec::new();
    let mut mins: Vec<i64> = Vec::new();
    let mut out: Vec<String> = Vec::new();
    for op in {{ops}}.iter() {
        if let Some(arg) = op.strip_prefix("push ") {
            let digits = arg.strip_prefix('-').unwrap_or(arg);
            if digits.len() == 0 || digits.len() > {{max_digits}} {
                continue;
            }
            if !digits.bytes().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let v: i64 = arg.parse().unwrap();
            vals.push(v);
            let low = if mins.len() == 0 || v < mins[mins.len() - 1] { v } else { mins[mins.len() - 1] };
            mins.push(low);
            continue;
        }
        if op != "pop" && op != "top" && op != "min" {
            continue;
        }
        if vals.len() == 0 {
            if {{emit_mark}} {
                out.push({{mark}});
            }
            if {{halt}} {
                break;
            }
            continue;
        }
        if op == "min" {
            out.push(mins[mins.len() - 1].to_string());
        } else if op == "top" {
            out.push(vals[vals.len() - 1].to_string());
        } else {
            out.push(vals.pop().unwrap().to_string());
            mins.pop();
        }
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static List<string> {{fn}}(List<string> {{ops}})
    {
        var vals = new List<long>();
        var mins = new List<long>();
        var result = new List<string>();
        bool emitMark = {{emit_mark}};
        bool halt = {{halt}};
        foreach (string op in {{ops}})
        {
            if (op.StartsWith("push ", StringComparison.Ordinal))
            {
                string arg = op.Substring(5);
                string digits = arg.StartsWith("-", StringComparison.Ordinal) ? arg.Substring(1) : arg;
                if (digits.Length == 0 || digits.Length > {{max_digits}}) continue;
                if (!digits.All(c => c >= '0' && c <= '9')) continue;
                long v = long.Parse(arg);
                vals.Add(v);
                mins.Add(mins.Count == 0 || v < mins[mins.Count - 1] ? v : mins[mins.Count - 1]);
                continue;
            }
            if (op != "pop" && op != "top" && op != "min") continue;
            if (vals.Count == 0)
            {
                if (emitMark) result.Add({{mark}});
                if (halt) break;
                continue;
            }
            if (op == "min") result.Add(mins[mins.Count - 1].ToString());
            else if (op == "top") result.Add(vals[vals.Count - 1].ToString());
            else
            {
                result.Add(vals[vals.Count - 1].ToString());
                vals.RemoveAt(vals.Count - 1);
                mins.RemoveAt(mins.Count - 1);
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
            ["run_min_stack", "replay_stack", "stack_outputs", "min_stack_log", "track_minimum"],
            ops=["ops", "operations", "script", "commands", "calls"],
        )
        p |= {
            "mark": rng.choice(["EMPTY", "error", "none", "?"]),
            "policy": rng.choice(["mark", "skip", "halt"]),
            "framing": rng.choice(
                [
                    "An undo history must always know its cheapest checkpoint.",
                    "A trading engine tracks the lowest open bid on a stack of quotes.",
                    "An interview-practice site replays stack operations.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "mark": (p["mark"], "str"),
            "emit_mark": (p["policy"] != "skip", "bool"),
            "halt": (p["policy"] == "halt", "bool"),
            "max_digits": (MAX_DIGITS, "int"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("ops", "list[str]")], "list[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        mark = p["mark"]
        policy = {
            "mark": f"outputs the string `{mark}` and the stack stays empty; processing continues",
            "skip": "outputs nothing and is otherwise ignored",
            "halt": f"outputs the string `{mark}` and stops the replay: later operations are not processed",
        }[p["policy"]]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which replays the operations `{p['params']['ops']}` on an "
            "initially empty stack of integers and returns the list of outputs, in order. Operations "
            "(exact, case-sensitive strings): `push X` pushes the integer X, written as an optional `-` and "
            f"1 to {MAX_DIGITS} ASCII digits (leading zeros allowed), with exactly one space after `push`, "
            "and outputs nothing; `pop` removes the top value and outputs it; `top` outputs the top value "
            "without removing it; `min` outputs the smallest value currently on the stack. Values are "
            "output as decimal strings with no leading zeros or `+` (`-0` is output as `0`). Any other "
            "string, including a `push` with a malformed number, is ignored and outputs nothing. A `pop`, "
            f"`top` or `min` on an empty stack {policy}."
        )
        return "Stack with minimum", statement, "Replay push/pop/top/min on a min-tracking stack."

    def solve(self, p: Params, *args: Any) -> Any:
        (ops,) = args
        stack: list[int] = []
        out: list[str] = []
        for op in ops:
            word, _, arg = op.partition(" ")
            if word == "push" and op.startswith("push "):
                body = arg.removeprefix("-")
                if 0 < len(body) <= MAX_DIGITS and all("0" <= c <= "9" for c in body):
                    stack.append(int(arg))
            elif op in ("pop", "top", "min"):
                if not stack:
                    if p["policy"] != "skip":
                        out.append(p["mark"])
                    if p["policy"] == "halt":
                        break
                    continue
                value = stack.pop() if op == "pop" else stack[-1] if op == "top" else min(stack)
                out.append(str(value))
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def script(n: int, low: int = -50, high: int = 50) -> list[str]:
            out = []
            for _ in range(n):
                roll = rng.random()
                if roll < 0.5:
                    out.append(f"push {rng.randint(low, high)}")
                else:
                    out.append(rng.choice(["pop", "top", "min"]))
            return out

        big = "9" * MAX_DIGITS
        large = [f"push {3000 - i}" for i in range(1500)] + ["min", "top"] + ["pop", "min"] * 700
        runs: list[tuple[list[str], list[str]]] = [(script(8), []), (script(10), [])]
        runs += [
            (["push 5", "push 3", "min", "push 7", "min", "pop", "pop", "min", "top"], []),
            ([], ["empty"]),
            (["pop", "push 2", "top"], ["empty"]),
            (["min", "top", "pop", "push 1", "pop", "pop", "push 4", "min"], ["empty"]),
            (["push 4", "push 4", "pop", "min", "pop", "min"], ["boundary"]),
            (["push 2", "push 1", "push 3", "pop", "min", "pop", "min"], ["boundary"]),
            ([f"push {big}", f"push -{big}", "min", "pop", "top", f"push 1{big}", "top"], ["boundary"]),
            (
                ["push 007", "push -0", "push -", "push ", "push 1.5", "push +3", "min", "top", "pop"],
                ["boundary"],
            ),
            (["push  4", "Push 4", "push 4 ", "pop ", "POP", "top", "push 9", " top"], ["boundary"]),
            (
                ["push -3", "push -7", "push -5", "min", "pop", "min", "pop", "min", "pop", "min"],
                ["boundary"],
            ),
            (large, ["large"]),
            (["push ٣", "push ３", "push 5", "mín", "min", "pop"], ["unicode"]),
        ]
        return [([run], tags) for run, tags in runs]
