"""Medium family: evaluate an infix integer expression with precedence, parentheses and errors.

Medium because it needs a tokenizer plus a precedence-respecting parser (recursive descent or two
stacks), truncating division, and exact rejection of every malformed shape and division by zero.
"""

from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class _MalformedError(Exception):
    pass


class InfixEval(Family):
    name = "infix-eval"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "recursion", "arithmetic")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> int | None:
    toks: list[str] = []
    i = 0
    while i < len({{text}}):
        c = {{text}}[i]
        if c == " ":
            i += 1
        elif c in "0123456789":
            j = i
            while j < len({{text}}) and {{text}}[j] in "0123456789":
                j += 1
            toks.append({{text}}[i:j])
            i = j
        elif c in "+-*/%()":
            toks.append(c)
            i += 1
        else:
            return None
    pos = 0
    failed = False

    def peek() -> str:
        return toks[pos] if pos < len(toks) else ""

    def factor() -> int:
        nonlocal pos, failed
        tok = peek()
        if tok == "-" and {{allow_unary}}:
            pos += 1
            return -factor()
        if tok == "(":
            pos += 1
            inner = expr()
            if peek() != ")":
                failed = True
                return 0
            pos += 1
            return inner
        if tok != "" and tok[0] in "0123456789":
            pos += 1
            return int(tok)
        failed = True
        return 0

    def term() -> int:
        nonlocal pos, failed
        acc = factor()
        while not failed and (peek() == "*" or peek() == "/" or ({{allow_mod}} and peek() == "%")):
            op = peek()
            pos += 1
            rhs = factor()
            if failed:
                return 0
            if op == "*":
                acc = acc * rhs
                continue
            if rhs == 0:
                failed = True
                return 0
            q = abs(acc) // abs(rhs)
            if (acc < 0) != (rhs < 0):
                q = -q
            acc = q if op == "/" else acc - q * rhs
        return acc

    def expr() -> int:
        nonlocal pos
        acc = term()
        while not failed and (peek() == "+" or peek() == "-"):
            op = peek()
            pos += 1
            rhs = term()
            acc = acc + rhs if op == "+" else acc - rhs
        return acc

    value = expr()
    if failed or pos != len(toks):
        return None
    return value
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): number | null {
  const toks: string[] = [];
  let i = 0;
  while (i < {{text}}.length) {
    const c = {{text}}[i];
    if (c === " ") {
      i++;
    } else if (c >= "0" && c <= "9") {
      let j = i;
      while (j < {{text}}.length && {{text}}[j] >= "0" && {{text}}[j] <= "9") j++;
      toks.push({{text}}.slice(i, j));
      i = j;
    } else if ("+-*/%()".includes(c)) {
      toks.push(c);
      i++;
    } else {
      return null;
    }
  }
  let pos = 0;
  let failed = false;
  const peek = (): string => (pos < toks.length ? toks[pos] : "");

  const factor = (): number => {
    const tok = peek();
    if (tok === "-" && {{allow_unary}}) {
      pos++;
      return -factor();
    }
    if (tok === "(") {
      pos++;
      const inner = expr();
      if (peek() !== ")") {
        failed = true;
        return 0;
      }
      pos++;
      return inner;
    }
    if (tok !== "" && tok[0] >= "0" && tok[0] <= "9") {
      pos++;
      return Number(tok);
    }
    failed = true;
    return 0;
  };

  const term = (): number => {
    let acc = factor();
    while (!failed && (peek() === "*" || peek() === "/" || ({{allow_mod}} && peek() === "%"))) {
      const op = peek();
      pos++;
      const rhs = factor();
      if (failed) return 0;
      if (op === "*") {
        acc = acc * rhs;
        continue;
      }
      if (rhs === 0) {
        failed = true;
        return 0;
      }
      const q = Math.trunc(acc / rhs);
      acc = op === "/" ? q : acc - q * rhs;
    }
    return acc;
  };

  const expr = (): number => {
    let acc = term();
    while (!failed && (peek() === "+" || peek() === "-")) {
      const op = peek();
      pos++;
      const rhs = term();
      acc = op === "+" ? acc + rhs : acc - rhs;
    }
    return acc;
  };

  const value = expr();
  if (failed || pos !== toks.length) return null;
  return value;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static class Parser {
        List<String> toks = new ArrayList<>();
        int pos = 0;
        boolean failed = false;

        String peek() {
            return pos < toks.size() ? toks.get(pos) : "";
        }

        long factor() {
            String tok = peek();
            if (tok.equals("-") && {{allow_unary}}) {
                pos++;
                return -factor();
            }
            if (tok.equals("(")) {
                pos++;
                long inner = expr();
                if (!peek().equals(")")) {
                    failed = true;
                    return 0;
                }
                pos++;
                return inner;
            }
            if (!tok.isEmpty() && Character.isDigit(tok.charAt(0))) {
                pos++;
                return Long.parseLong(tok);
            }
            failed = true;
            return 0;
        }

        long term() {
            long acc = factor();
            boolean modOk = {{allow_mod}};
            while (!failed && (peek().equals("*") || peek().equals("/") || (modOk && peek().equals("%")))) {
                String op = peek();
                pos++;
                long rhs = factor();
                if (failed) return 0;
                if (op.equals("*")) {
                    acc = acc * rhs;
                    continue;
                }
                if (rhs == 0) {
                    failed = true;
                    return 0;
                }
                acc = op.equals("/") ? acc / rhs : acc % rhs;
            }
            return acc;
        }

        long expr() {
            long acc = term();
            while (!failed && (peek().equals("+") || peek().equals("-"))) {
                String op = peek();
                pos++;
                long rhs = term();
                acc = op.equals("+") ? acc + rhs : acc - rhs;
            }
            return acc;
        }
    }

    public static Long {{fn}}(String {{text}}) {
        Parser parser = new Parser();
        int i = 0;
        while (i < {{text}}.length()) {
            char c = {{text}}.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < {{text}}.length() && {{text}}.charAt(j) >= '0' && {{text}}.charAt(j) <= '9') {
                    j++;
                }
                parser.toks.add({{text}}.substring(i, j));
                i = j;
            } else if ("+-*/%()".indexOf(c) >= 0) {
                parser.toks.add(String.valueOf(c));
                i++;
            } else {
                return null;
            }
        }
        long value = parser.expr();
        if (parser.failed || parser.pos != parser.toks.size()) return null;
        return value;
    }
}
""",
        Language.GO: """package solution

import "strconv"

type infixParser struct {
	toks   []string
	pos    int
	failed bool
}

func (p *infixParser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *infixParser) factor() int {
	tok := p.peek()
	if tok == "-" && {{allow_unary}} {
		p.pos += 1
		return -p.factor()
	}
	if tok == "(" {
		p.pos += 1
		inner := p.expr()
		if p.peek() != ")" {
			p.failed = true
			return 0
		}
		p.pos += 1
		return inner
	}
	if tok != "" && tok[0] >= '0' && tok[0] <= '9' {
		p.pos += 1
		v, _ := strconv.Atoi(tok)
		return v
	}
	p.failed = true
	return 0
}

func (p *infixParser) term() int {
	acc := p.factor()
	for !p.failed && (p.peek() == "*" || p.peek() == "/" || ({{allow_mod}} && p.peek() == "%")) {
		op := p.peek()
		p.pos += 1
		rhs := p.factor()
		if p.failed {
			return 0
		}
		if op == "*" {
			acc = acc * rhs
			continue
		}
		if rhs == 0 {
			p.failed = true
			return 0
		}
		if op == "/" {
			acc = acc / rhs
		} else {
			acc = acc % rhs
		}
	}
	return acc
}

func (p *infixParser) expr() int {
	acc := p.term()
	for !p.failed && (p.peek() == "+" || p.peek() == "-") {
		op := p.peek()
		p.pos += 1
		rhs := p.term()
		if op == "+" {
			acc = acc + rhs
		} else {
			acc = acc - rhs
		}
	}
	return acc
}

func {{fn}}({{text}} string) *int {
	p := &infixParser{}
	i := 0
	for i < len({{text}}) {
		c := {{text}}[i]
		if c == ' ' {
			i += 1
		} else if c >= '0' && c <= '9' {
			j := i
			for j < len({{text}}) && {{text}}[j] >= '0' && {{text}}[j] <= '9' {
				j += 1
			}
			p.toks = append(p.toks, {{text}}[i:j])
			i = j
		} else if c == '+' || c == '-' || c == '*' || c == '/' || c == '%' || c == '(' || c == ')' {
			p.toks = append(p.toks, string(c))
			i += 1
		} else {
			return nil
		}
	}
	value := p.expr()
	if p.failed || p.pos != len(p.toks) {
		return nil
	}
	return &value
}
""",
        Language.RUBY: """class InfixParser
  attr_reader :pos, :failed

  def initialize(toks)
    @toks = toks
    @pos = 0
    @failed = false
  end

  def peek
    @pos < @toks.length ? @toks[@pos] : ""
  end

  def factor
    tok = peek
    if tok == "-" && {{allow_unary}}
      @pos += 1
      return 0 - factor
    end
    if tok == "("
      @pos += 1
      inner = expr
      if peek != ")"
        @failed = true
        return 0
      end
      @pos += 1
      return inner
    end
    if tok != "" && "0123456789".include?(tok[0])
      @pos += 1
      return tok.to_i
    end
    @failed = true
    0
  end

  def term
    acc = factor
    while !@failed && (peek == "*" || peek == "/" || ({{allow_mod}} && peek == "%"))
      op = peek
      @pos += 1
      rhs = factor
      return 0 if @failed
      if op == "*"
        acc = acc * rhs
        next
      end
      if rhs == 0
        @failed = true
        return 0
      end
      q = acc.abs / rhs.abs
      q = -q if (acc < 0) != (rhs < 0)
      acc = op == "/" ? q : acc - q * rhs
    end
    acc
  end

  def expr
    acc = term
    while !@failed && (peek == "+" || peek == "-")
      op = peek
      @pos += 1
      rhs = term
      acc = op == "+" ? acc + rhs : acc - rhs
    end
    acc
  end
end

def {{fn}}({{text}})
  toks = []
  chars = {{text}}.chars
  i = 0
  while i < chars.length
    c = chars[i]
    if c == " "
      i += 1
    elsif "0123456789".include?(c)
      j = i
      j += 1 while j < chars.length && "0123456789".include?(chars[j])
      toks << chars[i...j].join
      i = j
    elsif "+-*/%()".include?(c)
      toks << c
      i += 1
    else
      return nil
    end
  end
  parser = InfixParser.new(toks)
  value = parser.expr
  return nil if parser.failed || parser.pos != toks.length
  value
end
""",
        Language.RUST: """struct InfixParser {
    toks: Vec<String>,
    pos: usize,
    failed: bool,
}

impl InfixParser {
    fn peek(&self) -> String {
        if self.pos < self.toks.len() { self.toks[self.pos].clone() } else { String::new() }
    }

    fn factor(&mut self) -> i64 {
        let tok = self.peek();
        if tok == "-" && {{allow_unary}} {
            self.pos += 1;
            return -self.factor();
        }
        if tok == "(" {
            self.pos += 1;
            let inner = self.expr();
            if self.peek() != ")" {
                self.failed = true;
                return 0;
            }
            self.pos += 1;
            return inner;
        }
        if !tok.is_empty() && tok.as_bytes()[0].is_ascii_digit() {
            self.pos += 1;
            return tok.parse::<i64>().unwrap();
        }
        self.failed = true;
        0
    }

    fn term(&mut self) -> i64 {
        let mut acc = self.factor();
        let mod_ok = {{allow_mod}};
        while !self.failed && (self.peek() == "*" || self.peek() == "/" || (mod_ok && self.peek() == "%")) {
            let op = self.peek();
            self.pos += 1;
            let rhs = self.factor();
            if self.failed {
                return 0;
            }
            if op == "*" {
                acc = acc * rhs;
                continue;
            }
            if rhs == 0 {
                self.failed = true;
                return 0;
            }
            acc = if op == "/" { acc / rhs } else { acc % rhs };
        }
        acc
    }

    fn expr(&mut self) -> i64 {
        let mut acc = self.term();
        while !self.failed && (self.peek() == "+" || self.peek() == "-") {
            let op = self.peek();
            self.pos += 1;
            let rhs = self.term();
            acc = if op == "+" { acc + rhs } else { acc - rhs };
        }
        acc
    }
}

pub fn {{fn}}({{text}}: String) -> Option<i64> {
    let bytes = {{text}}.as_bytes();
    let mut toks: Vec<String> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b' ' {
            i += 1;
        } else if c.is_ascii_digit() {
            let mut j = i;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            toks.push({{text}}[i..j].to_string());
            i = j;
        } else if "+-*/%()".as_bytes().contains(&c) {
            toks.push((c as char).to_string());
            i += 1;
        } else {
            return None;
        }
    }
    let mut parser = InfixParser { toks, pos: 0, failed: false };
    let value = parser.expr();
    if parser.failed || parser.pos != parser.toks.len() {
        return None;
    }
    Some(value)
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    class Parser
    {
        public List<string> Toks = new List<string>();
        public int Pos = 0;
        public bool Failed = false;

        string Peek()
        {
            return Pos < Toks.Count ? Toks[Pos] : "";
        }

        long Factor()
        {
            string tok = Peek();
            bool unary = {{allow_unary}};
            if (tok == "-" && unary)
            {
                Pos++;
                return -Factor();
            }
            if (tok == "(")
            {
                Pos++;
                long inner = Expr();
                if (Peek() != ")")
                {
                    Failed = true;
                    return 0;
                }
                Pos++;
                return inner;
            }
            if (tok != "" && tok[0] >= '0' && tok[0] <= '9')
            {
                Pos++;
                return long.Parse(tok);
            }
            Failed = true;
            return 0;
        }

        long Term()
        {
            bool modOk = {{allow_mod}};
            long acc = Factor();
            while (!Failed && (Peek() == "*" || Peek() == "/" || (modOk && Peek() == "%")))
            {
                string op = Peek();
                Pos++;
                long rhs = Factor();
                if (Failed) return 0;
                if (op == "*")
                {
                    acc = acc * rhs;
                    continue;
                }
                if (rhs == 0)
                {
                    Failed = true;
                    return 0;
                }
                acc = op == "/" ? acc / rhs : acc % rhs;
            }
            return acc;
        }

        public long Expr()
        {
            long acc = Term();
            while (!Failed && (Peek() == "+" || Peek() == "-"))
            {
                string op = Peek();
                Pos++;
                long rhs = Term();
                acc = op == "+" ? acc + rhs : acc - rhs;
            }
            return acc;
        }
    }

    public static long? {{fn}}(string {{text}})
    {
        var parser = new Parser();
        int i = 0;
        while (i < {{text}}.Length)
        {
            char c = {{text}}[i];
            if (c == ' ')
            {
                i++;
            }
            else if (c >= '0' && c <= '9')
            {
                int j = i;
                while (j < {{text}}.Length && {{text}}[j] >= '0' && {{text}}[j] <= '9') j++;
                parser.Toks.Add({{text}}.Substring(i, j - i));
                i = j;
            }
            else if ("+-*/%()".IndexOf(c) >= 0)
            {
                parser.Toks.Add(c.ToString());
                i++;
            }
            else
            {
                return null;
            }
        }
        long value = parser.Expr();
        if (parser.Failed || parser.Pos != parser.Toks.Count) return null;
        return value;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["evaluate", "eval_infix", "calc", "compute_expression", "arith_value"],
            text=["expression", "formula", "source", "input_text", "line"],
        )
        p |= {
            "allow_unary": rng.choice([True, False]),
            "allow_mod": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A spreadsheet cell evaluates integer formulas typed by users.",
                    "A configuration language computes sizes from arithmetic expressions.",
                    "A chat bot answers arithmetic questions.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"allow_unary": (p["allow_unary"], "bool"), "allow_mod": (p["allow_mod"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "optional[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        ops = "`+`, `-`, `*`, `/` and `%`" if p["allow_mod"] else "`+`, `-`, `*` and `/`"
        mod = (
            "`%` is the remainder that goes with that division (`a % b` is `a - (a / b) * b`, so it has "
            "the sign of `a`); `*`, `/` and `%` share the higher precedence. "
            if p["allow_mod"]
            else "`%` is not an operator: an expression containing it is malformed. "
        )
        unary = (
            "A `-` where an operand is expected is unary negation of the operand that follows "
            "(`-3`, `2*-3`, `--4`, `-(1+2)` are valid); there is no unary `+`. "
            if p["allow_unary"]
            else "There is no unary minus or plus: every `-` must be a binary operator (`-3` and `2*-3` "
            "are malformed). "
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which evaluates the integer expression "
            f"`{p['params']['text']}` and returns its value, or null when it is malformed or divides by "
            f"zero. Tokens are numbers (one or more ASCII digits, decimal, leading zeros allowed), the "
            f"binary operators {ops}, and parentheses `(` `)`; ASCII spaces may appear between tokens and "
            "are ignored, but a space never joins digits into one number (`1 2` is malformed). Any other "
            "character makes the expression malformed. `*` and `/` bind tighter than `+` and `-`; "
            "operators of equal precedence are applied left to right. `/` is integer division "
            f"truncating toward zero (`-7/2` is -3). {mod}{unary}Division (or remainder) by zero anywhere "
            "gives null. The empty expression, unbalanced parentheses, `()`, a missing operand or two "
            "adjacent numbers are malformed. Numbers and all intermediate results stay within 2^53 in "
            "absolute value."
        )
        return "Infix expression evaluation", statement, "Evaluate an infix integer expression, or null."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        if re.fullmatch(r"[0-9+\-*/%() ]*", text) is None:
            return None
        toks = re.findall(r"[0-9]+|[^ ]", text)
        at = [0]

        def look() -> str:
            return toks[at[0]] if at[0] < len(toks) else ""

        def operand() -> int:
            tok = look()
            at[0] += 1
            if tok == "-" and p["allow_unary"]:
                return -operand()
            if tok == "(":
                value = additive()
                if look() != ")":
                    raise _MalformedError
                at[0] += 1
                return value
            if tok.isdigit() and tok.isascii():
                return int(tok)
            raise _MalformedError

        def multiplicative() -> int:
            acc = operand()
            while look() in ("*", "/") or (p["allow_mod"] and look() == "%"):
                op = look()
                at[0] += 1
                rhs = operand()
                if op == "*":
                    acc *= rhs
                    continue
                if rhs == 0:
                    raise _MalformedError
                quotient = abs(acc) // abs(rhs) * (1 if (acc < 0) == (rhs < 0) else -1)
                acc = quotient if op == "/" else acc - quotient * rhs
            return acc

        def additive() -> int:
            acc = multiplicative()
            while look() in ("+", "-"):
                op = look()
                at[0] += 1
                rhs = multiplicative()
                acc = acc + rhs if op == "+" else acc - rhs
            return acc

        try:
            result = additive()
        except _MalformedError:
            return None
        return result if at[0] == len(toks) else None

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        ops = ["+", "-", "*", "/"] + (["%"] if p["allow_mod"] else [])

        def expression(depth: int) -> str:
            if depth == 0 or rng.random() < 0.3:
                return str(rng.randint(0, 12))
            left, right = expression(depth - 1), expression(depth - 1)
            text = f"{left} {rng.choice(ops)} {right}"
            return f"({text})" if rng.random() < 0.4 else text

        long_sum = " + ".join(
            f"{rng.randint(0, 99)} * {rng.randint(0, 9)} - {rng.randint(0, 50)}" for _ in range(600)
        )
        nested = "(" * 200 + "7" + ")" * 200
        cases: list[Case] = [([expression(3)], []) for _ in range(2)]
        cases += [
            (["2 + 3 * 4 - 10 / 3"], []),
            (["(2 + 3) * (4 - 10) / 4"], []),
            ([expression(3)], []),
            ([""], ["empty"]),
            (["   "], ["empty"]),
            (["()"], ["empty"]),
            (["42"], ["boundary"]),
            (["007 + 1"], ["boundary"]),
            (["-7 / 2"], ["boundary"]),
            (["0 - 7 / 2"], ["boundary"]),
            (["7 / (0 - 2)"], ["boundary"]),
            (["(0 - 7) / (0 - 2)"], ["boundary"]),
            (["0 - 7 % 3"], ["boundary"]),
            (["7 % 3 + 1"], ["boundary"]),
            (["(0 - 7) % 3 * 2"], ["boundary"]),
            (["10 - 4 - 3"], ["boundary"]),
            (["64 / 4 / 2"], ["boundary"]),
            (["2 * -3"], ["boundary"]),
            (["--4 + 1"], ["boundary"]),
            (["-(1 + 2) * 3"], ["boundary"]),
            (["+3"], ["boundary"]),
            (["1 / 0"], ["boundary"]),
            (["5 / (3 - 3) + 1"], ["boundary"]),
            (["0 / 5"], ["boundary"]),
            (["1 2"], ["boundary"]),
            (["(1 + 2"], ["boundary"]),
            (["1 + 2)"], ["boundary"]),
            (["3 +"], ["boundary"]),
            (["* 3"], ["boundary"]),
            (["4 ** 2"], ["boundary"]),
            (["(8)(2)"], ["boundary"]),
            (["12*3-4/2"], ["boundary"]),
            ([long_sum], ["large"]),
            ([nested], ["large"]),
            (["3 + ٣"], ["unicode"]),
            (["２ * 3"], ["unicode"]),
            (["6 × 7"], ["unicode"]),
        ]
        return cases
