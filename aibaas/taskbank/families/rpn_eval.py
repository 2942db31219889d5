"""Medium family: evaluate a postfix (reverse Polish) expression, rejecting malformed input."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

DIGITS = "0123456789"


class RpnEval(Family):
    name = "rpn-eval"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "stack")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{expr}}: str) -> int | None:
    stack: list[int] = []
    for token in {{expr}}.split(" "):
        if token == "":
            continue
        digits = token[1:] if token.startswith("-") else token
        if len(digits) > 0 and all(c in "0123456789" for c in digits):
            stack.append(int(token))
        elif token in ("+", "-", "*", {{max_op}}):
            if len(stack) < 2:
                return None
            right = stack.pop()
            left = stack.pop()
            if token == "+":
                stack.append(left + right)
            elif token == "-":
                stack.append(left - right)
            elif token == "*":
                stack.append(left * right)
            else:
                stack.append(max(left, right))
        else:
            return None
    return stack[0] if len(stack) == 1 else None
""",
        Language.TYPESCRIPT: """export function {{fn}}({{expr}}: string): number | null {
  const stack: number[] = [];
  for (const token of {{expr}}.split(" ")) {
    if (token === "") continue;
    const digits = token.startsWith("-") ? token.slice(1) : token;
    if (digits.length > 0 && Array.from(digits).every((c) => "0123456789".includes(c))) {
      stack.push(Number(token));
    } else if (["+", "-", "*", {{max_op}}].includes(token)) {
      if (stack.length < 2) return null;
      const right = stack.pop() as number;
      const left = stack.pop() as number;
      if (token === "+") stack.push(left + right);
      else if (token === "-") stack.push(left - right);
      else if (token === "*") stack.push(left * right);
      else stack.push(Math.max(left, right));
    } else {
      return null;
    }
  }
  return stack.length === 1 ? stack[0] : null;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Long {{fn}}(String {{expr}}) {
        List<Long> stack = new ArrayList<>();
        for (String token : {{expr}}.split(" ")) {
            if (token.isEmpty()) continue;
            String digits = token.startsWith("-") ? token.substring(1) : token;
            if (digits.length() > 0 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                stack.add(Long.parseLong(token));
            } else if (List.of("+", "-", "*", {{max_op}}).contains(token)) {
                if (stack.size() < 2) return null;
                long right = stack.remove(stack.size() - 1);
                long left = stack.remove(stack.size() - 1);
                if (token.equals("+")) stack.add(left + right);
                else if (token.equals("-")) stack.add(left - right);
                else if (token.equals("*")) stack.add(left * right);
                else stack.add(Math.max(left, right));
            } else {
                return null;
            }
        }
        return stack.size() == 1 ? stack.get(0) : null;
    }
}
""",
        Language.GO: """package solution

import (
	"strconv"
	"strings"
)

func {{fn}}({{expr}} string) *int {
	stack := []int{}
	for _, token := range strings.Split({{expr}}, " ") {
		if token == "" {
			continue
		}
		digits := strings.TrimPrefix(token, "-")
		if len(digits) > 0 && strings.Trim(digits, "0123456789") == "" {
			value, _ := strconv.Atoi(token)
			stack = append(stack, value)
		} else if token == "+" || token == "-" || token == "*" || token == {{max_op}} {
			if len(stack) < 2 {
				return nil
			}
			left, right := stack[len(stack) - 2], stack[len(stack) - 1]
			stack = stack[:len(stack) - 2]
			switch token {
			case "+":
				stack = append(stack, left + right)
			case "-":
				stack = append(stack, left - right)
			case "*":
				stack = append(stack, left * right)
			default:
				if right > left {
					left = right
				}
				stack = append(stack, left)
			}
		} else {
			return nil
		}
	}
	if len(stack) != 1 {
		return nil
	}
	return &stack[0]
}
""",
        Language.RUBY: """def {{fn}}({{expr}})
  stack = []
  {{expr}}.split(" ", -1).each do |token|
    next if token == ""
    digits = token.start_with?("-") ? token[1..] : token
    if digits.length > 0 && digits.each_char.all? { |c| "0123456789".include?(c) }
      stack.push(token.to_i)
    elsif ["+", "-", "*", {{max_op}}].include?(token)
      return nil if stack.length < 2
      right = stack.pop
      left = stack.pop
      stack.push(
        case token
        when "+" then left + right
        when "-" then left - right
        when "*" then left * right
        else [left, right].max
        end
      )
    else
      return nil
    end
  end
  stack.length == 1 ? stack[0] : nil
end
""",
        Language.RUST: """pub fn {{fn}}({{expr}}: String) -> Option<i64> {
    let max_op = {{max_op}};
    let mut stack: Vec<i64> = Vec::new();
    for token in {{expr}}.split(' ') {
        if token.is_empty() {
            continue;
        }
        let digits = token.strip_prefix('-').unwrap_or(token);
        if digits.len() > 0 && digits.chars().all(|c| c.is_ascii_digit()) {
            stack.push(token.parse::<i64>().ok()?);
        } else if token == "+" || token == "-" || token == "*" || token == max_op {
            if stack.len() < 2 {
                return None;
            }
            let right = stack.pop()?;
            let left = stack.pop()?;
            stack.push(match token {
                "+" => left + right,
                "-" => left - right,
                "*" => left * right,
                _ => left.max(right),
            });
        } else {
            return None;
        }
    }
    if stack.len() == 1 { Some(stack[0]) } else { None }
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static long? {{fn}}(string {{expr}})
    {
        var stack = new List<long>();
        foreach (string token in {{expr}}.Split(' '))
        {
            if (token == "") continue;
            string digits = token.StartsWith("-") ? token.Substring(1) : token;
            if (digits.Length > 0 && digits.All(c => c >= '0' && c <= '9'))
            {
                stack.Add(long.Parse(token));
            }
            else if (token == "+" || token == "-" || token == "*" || token == {{max_op}})
            {
                if (stack.Count < 2) return null;
                long right = stack[stack.Count - 1];
                long left = stack[stack.Count - 2];
                stack.RemoveRange(stack.Count - 2, 2);
                if (token == "+") stack.Add(left + right);
                else if (token == "-") stack.Add(left - right);
                else if (token == "*") stack.Add(left * right);
                else stack.Add(Math.Max(left, right));
            }
            else
            {
                return null;
            }
        }
        if (stack.Count == 1) return stack[0];
        return null;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["eval_postfix", "evaluate_rpn", "run_stack_program", "postfix_value", "calc_rpn"],
            expr=["expr", "program", "tokens", "formula", "line"],
        )
        p |= {
            "max_op": rng.choice(["max", "M", "@", "^"]),
            "framing": rng.choice(
                [
                    "A pocket calculator in RPN mode evaluates what the user keyed in.",
                    "A tiny stack language drives the rules of a spreadsheet plug-in.",
                    "A firmware scripting console accepts postfix arithmetic.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"max_op": (p["max_op"], "str")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("expr", "str")], "optional[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        expr = p["params"]["expr"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which evaluates the postfix expression `{expr}`. Tokens "
            "are separated by one or more ASCII spaces (no other character separates tokens). A number "
            "token is an optional `-` followed by one or more ASCII digits `0`-`9` (leading zeros "
            "allowed, decimal). The operator tokens `+`, `-`, `*` and "
            f"`{p['max_op']}` (the larger of its two operands) pop the right operand, then the left "
            "one, and push the result. Return the single value left on the stack at the end. Return "
            "null (no value) when the expression is malformed: an operator with fewer than two values "
            "on the stack, any other token, no tokens at all, or more than one value left. Results "
            "stay within 53 bits."
        )
        return "Postfix evaluation", statement, "Evaluate a postfix expression, or null if malformed."

    def solve(self, p: Params, *args: Any) -> Any:
        (expr,) = args
        stack: list[int] = []
        for token in (t for t in expr.split(" ") if t):
            digits = token.removeprefix("-")
            if digits and all(c in DIGITS for c in digits):
                stack.append(int(token))
            elif token in ("+", "-", "*", p["max_op"]):
                if len(stack) < 2:
                    return None
                right, left = stack.pop(), stack.pop()
                ops = {"+": left + right, "-": left - right, "*": left * right}
                stack.append(ops.get(token, max(left, right)))
            else:
                return None
        return stack[0] if len(stack) == 1 else None

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        ops = ["+", "-", "*", p["max_op"]]

        def expression(leaves: int) -> str:
            if leaves == 1:
                return str(rng.randint(-9, 20))
            left = rng.randint(1, leaves - 1)
            return f"{expression(left)} {expression(leaves - left)} {rng.choice(ops)}"

        long_sum = " ".join(["7"] + [f"{rng.randint(-99, 99)} {rng.choice('+-')}" for _ in range(600)])
        cases: list[Case] = [([expression(rng.randint(2, 5))], []) for _ in range(3)]
        cases += [
            ([expression(4) + " +"], []),
            ([expression(6)], []),
            ([""], ["empty"]),
            (["   "], ["empty"]),
            (["42"], ["boundary"]),
            (["-0 007 -"], ["boundary"]),
            (["3 -"], ["boundary"]),
            (["1 2"], ["boundary"]),
            (["4  5   " + p["max_op"]], ["boundary"]),
            (["2 - 3 +"], ["boundary"]),
            (["1 2 / "], ["boundary"]),
            ([long_sum], ["large"]),
            ([" ".join(["2"] * 40) + " *" * 39], ["large"]),
            (["٣ 4 +"], ["unicode"]),
            (["3 4 +\u00a05"], ["unicode"]),
        ]
        return cases
