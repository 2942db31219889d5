"""Medium family: replay coin, select and cancel events through a vending machine.

Medium because the machine is a small state machine (credit, stock per item) with many exact
rules: accepted denominations, a credit cap, sold-out and unknown items, change and ordering.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

ITEMS = ["cola", "chips", "water", "candy", "gum", "juice", "coffee", "tea", "soda", "mints"]
COIN_SETS = [(5, 10, 25, 100), (10, 20, 50, 100), (1, 5, 10, 25), (10, 50, 100, 200)]
LETTERS = "abc"


class VendingMachine(Family):
    name = "vending-machine"
    difficulty = Difficulty.MEDIUM
    tags = ("simulation", "state-machine")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{events}}: list[str]) -> list[str]:
    names = [{{item_a}}, {{item_b}}, {{item_c}}]
    prices = [{{price_a}}, {{price_b}}, {{price_c}}]
    stock = [{{stock_a}}, {{stock_b}}, {{stock_c}}]
    coins = [{{coin_a}}, {{coin_b}}, {{coin_c}}, {{coin_d}}]
    out: list[str] = []
    credit = 0
    for ev in {{events}}:
        kind, _, arg = ev.partition(" ")
        if kind == "coin":
            coin = int(arg)
            if coin not in coins or credit + coin > {{max_credit}}:
                out.append("reject " + str(coin))
            else:
                credit += coin
        elif kind == "select":
            if arg not in names:
                out.append("unknown " + arg)
                continue
            k = names.index(arg)
            if stock[k] == 0:
                out.append("sold out " + arg)
            elif credit < prices[k]:
                out.append("need " + str(prices[k] - credit))
            else:
                stock[k] -= 1
                out.append("dispense " + arg)
                if credit > prices[k]:
                    out.append("change " + str(credit - prices[k]))
                credit = 0
        elif kind == "cancel":
            if credit > 0:
                out.append("change " + str(credit))
            credit = 0
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{events}}: string[]): string[] {
  const names = [{{item_a}}, {{item_b}}, {{item_c}}];
  const prices = [{{price_a}}, {{price_b}}, {{price_c}}];
  const stock = [{{stock_a}}, {{stock_b}}, {{stock_c}}];
  const coins = [{{coin_a}}, {{coin_b}}, {{coin_c}}, {{coin_d}}];
  const out: string[] = [];
  let credit = 0;
  for (const ev of {{events}}) {
    const space = ev.indexOf(" ");
    const kind = space < 0 ? ev : ev.slice(0, space);
    const arg = space < 0 ? "" : ev.slice(space + 1);
    if (kind === "coin") {
      const coin = Number(arg);
      if (!coins.includes(coin) || credit + coin > {{max_credit}}) {
        out.push("reject " + String(coin));
      } else {
        credit += coin;
      }
    } else if (kind === "select") {
      const k = names.indexOf(arg);
      if (k < 0) {
        out.push("unknown " + arg);
      } else if (stock[k] === 0) {
        out.push("sold out " + arg);
      } else if (credit < prices[k]) {
        out.push("need " + String(prices[k] - credit));
      } else {
        stock[k] -= 1;
        out.push("dispense " + arg);
        if (credit > prices[k]) out.push("change " + String(credit - prices[k]));
        credit = 0;
      }
    } else if (kind === "cancel") {
      if (credit > 0) out.push("change " + String(credit));
      credit = 0;
    }
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<String> {{fn}}(List<String> {{events}}) {
        List<String> names = Arrays.asList({{item_a}}, {{item_b}}, {{item_c}});
        long[] prices = {{{price_a}}, {{price_b}}, {{price_c}}};
        long[] stock = {{{stock_a}}, {{stock_b}}, {{stock_c}}};
        List<Long> coins = Arrays.asList({{coin_a}}, {{coin_b}}, {{coin_c}}, {{coin_d}});
        List<String> out = new ArrayList<>();
        long credit = 0;
        for (String ev : {{events}}) {
            int space = ev.indexOf(' ');
            String kind = space < 0 ? ev : ev.substring(0, space);
            String arg = space < 0 ? "" : ev.substring(space + 1);
            if (kind.equals("coin")) {
                long coin = Long.parseLong(arg);
                if (!coins.contains(coin) || credit + coin > {{max_credit}}) {
                    out.add("reject " + coin);
                } else {
                    credit += coin;
                }
            } else if (kind.equals("select")) {
                int k = names.indexOf(arg);
                if (k < 0) {
                    out.add("unknown " + arg);
                } else if (stock[k] == 0) {
                    out.add("sold out " + arg);
                } else if (credit < prices[k]) {
                    out.add("need " + (prices[k] - credit));
                } else {
                    stock[k] -= 1;
                    out.add("dispense " + arg);
                    if (credit > prices[k]) out.add("change " + (credit - prices[k]));
                    credit = 0;
                }
            } else if (kind.equals("cancel")) {
                if (credit > 0) out.add("change " + credit);
                credit = 0;
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

func {{fn}}({{events}} []string) []string {
	names := []string{{{item_a}}, {{item_b}}, {{item_c}}}
	prices := []int{{{price_a}}, {{price_b}}, {{price_c}}}
	stock := []int{{{stock_a}}, {{stock_b}}, {{stock_c}}}
	coins := []int{{{coin_a}}, {{coin_b}}, {{coin_c}}, {{coin_d}}}
	out := []string{}
	credit := 0
	for _, ev := range {{events}} {
		kind, arg := ev, ""
		if space := strings.Index(ev, " "); space >= 0 {
			kind, arg = ev[:space], ev[space + 1:]
		}
		switch kind {
		case "coin":
			coin, _ := strconv.Atoi(arg)
			known := false
			for _, c := range coins {
				if c == coin {
					known = true
				}
			}
			if !known || credit + coin > {{max_credit}} {
				out = append(out, "reject " + strconv.Itoa(coin))
			} else {
				credit += coin
			}
		case "select":
			k := -1
			for j, name := range names {
				if name == arg {
					k = j
				}
			}
			if k < 0 {
				out = append(out, "unknown " + arg)
			} else if stock[k] == 0 {
				out = append(out, "sold out " + arg)
			} else if credit < prices[k] {
				out = append(out, "need " + strconv.Itoa(prices[k] - credit))
			} else {
				stock[k] -= 1
				out = append(out, "dispense " + arg)
				if credit > prices[k] {
					out = append(out, "change " + strconv.Itoa(credit - prices[k]))
				}
				credit = 0
			}
		case "cancel":
			if credit > 0 {
				out = append(out, "change " + strconv.Itoa(credit))
			}
			credit = 0
		}
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{events}})
  names = [{{item_a}}, {{item_b}}, {{item_c}}]
  prices = [{{price_a}}, {{price_b}}, {{price_c}}]
  stock = [{{stock_a}}, {{stock_b}}, {{stock_c}}]
  coins = [{{coin_a}}, {{coin_b}}, {{coin_c}}, {{coin_d}}]
  out = []
  credit = 0
  {{events}}.each do |ev|
    kind, arg = ev.split(/ /, 2)
    arg ||= ""
    if kind == "coin"
      coin = arg.to_i
      if !coins.include?(coin) || credit + coin > {{max_credit}}
        out << "reject #{coin}"
      else
        credit += coin
      end
    elsif kind == "select"
      k = names.index(arg)
      if k.nil?
        out << "unknown #{arg}"
      elsif stock[k] == 0
        out << "sold out #{arg}"
      elsif credit < prices[k]
        out << "need #{prices[k] - credit}"
      else
        stock[k] -= 1
        out << "dispense #{arg}"
        out << "change #{credit - prices[k]}" if credit > prices[k]
        credit = 0
      end
    elsif kind == "cancel"
      out << "change #{credit}" if credit > 0
      credit = 0
    end
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{events}}: Vec<String>) -> Vec<String> {
    let names: Vec<String> = vec![{{item_a}}, {{item_b}}, {{item_c}}];
    let prices: Vec<i64> = vec![{{price_a}}, {{price_b}}, {{price_c}}];
    let mut stock: Vec<i64> = vec![{{stock_a}}, {{stock_b}}, {{stock_c}}];
    let coins: Vec<i64> = vec![{{coin_a}}, {{coin_b}}, {{coin_c}}, {{coin_d}}];
    let mut out: Vec<String> = Vec::new();
    let mut credit: i64 = 0;
    for ev in {{events}}.iter() {
        let (kind, arg) = match ev.find(' ') {
            Some(space) => (&ev[..space], &ev[space + 1..]),
            None => (ev.as_str(), ""),
        };
        if kind == "coin" {
            let coin: i64 = arg.parse().unwrap();
            if !coins.contains(&coin) || credit + coin > {{max_credit}} {
                out.push(format!("reject {}", coin));
            } else {
                credit += coin;
            }
        } else if kind == "select" {
            match names.iter().position(|name| name == arg) {
                None => out.push(format!("unknown {}", arg)),
                Some(k) => {
                    if stock[k] == 0 {
                        out.push(format!("sold out {}", arg));
                    } else if credit < prices[k] {
                        out.push(format!("need {}", prices[k] - credit));
                    } else {
                        stock[k] -= 1;
                        out.push(format!("dispense {}", arg));
                        if credit > prices[k] {
                            out.push(format!("change {}", credit - prices[k]));
                        }
                        credit = 0;
                    }
                }
            }
        } else if kind == "cancel" {
            if credit > 0 {
                out.push(format!("change {}", credit));
            }
            credit = 0;
        }
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<string> {{fn}}(List<string> {{events}})
    {
        var names = new List<string> { {{item_a}}, {{item_b}}, {{item_c}} };
        long[] prices = { {{price_a}}, {{price_b}}, {{price_c}} };
        long[] stock = { {{stock_a}}, {{stock_b}}, {{stock_c}} };
        var coins = new List<long> { {{coin_a}}, {{coin_b}}, {{coin_c}}, {{coin_d}} };
        var result = new List<string>();
        long credit = 0;
        foreach (string ev in {{events}})
        {
            int space = ev.IndexOf(' ');
            string kind = space < 0 ? ev : ev.Substring(0, space);
            string arg = space < 0 ? "" : ev.Substring(space + 1);
            if (kind == "coin")
            {
                long coin = long.Parse(arg);
                if (!coins.Contains(coin) || credit + coin > {{max_credit}}) result.Add("reject " + coin);
                else credit += coin;
            }
            else if (kind == "select")
            {
                int k = names.IndexOf(arg);
                if (k < 0) result.Add("unknown " + arg);
                else if (stock[k] == 0) result.Add("sold out " + arg);
                else if (credit < prices[k]) result.Add("need " + (prices[k] - credit));
                else
                {
                    stock[k] -= 1;
                    result.Add("dispense " + arg);
                    if (credit > prices[k]) result.Add("change " + (credit - prices[k]));
                    credit = 0;
                }
            }
            else if (kind == "cancel")
            {
                if (credit > 0) result.Add("change " + credit);
                credit = 0;
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
            ["run_machine", "vend", "replay_vending", "machine_outputs", "simulate_vending"],
            events=["events", "actions", "presses", "inputs", "commands"],
        )
        coins = rng.choice(COIN_SETS)
        step = coins[0]
        p |= {
            "items": rng.sample(ITEMS, 3),
            "prices": [step * rng.randint(8, 40) for _ in range(3)],
            "stocks": [rng.randint(1, 3) for _ in range(3)],
            "coins": list(coins),
            "max_credit": max(coins) * rng.randint(2, 4) + step * rng.randint(0, 3),
            "framing": rng.choice(
                [
                    "An office snack machine logs every button press and coin.",
                    "A train-station ticket kiosk is tested by replaying recorded sessions.",
                    "A firmware team simulates its vending controller before flashing it.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        out: dict[str, tuple[Any, str]] = {"max_credit": (p["max_credit"], "int")}
        for i, letter in enumerate(LETTERS):
            out[f"item_{letter}"] = (p["items"][i], "str")
            out[f"price_{letter}"] = (p["prices"][i], "int")
            out[f"stock_{letter}"] = (p["stocks"][i], "int")
        for i, letter in enumerate("abcd"):
            out[f"coin_{letter}"] = (p["coins"][i], "int")
        return out

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("events", "list[str]")], "list[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        items = ", ".join(
            f"`{n}` (price {c}, {s} in stock)"
            for n, c, s in zip(p["items"], p["prices"], p["stocks"], strict=True)
        )
        coins = ", ".join(str(c) for c in p["coins"])
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which replays the events `{p['params']['events']}` in order "
            f"through a vending machine and returns the list of its outputs, in order. The machine sells "
            f"{items}; it accepts coins of value {coins} and holds at most {p['max_credit']} of credit. "
            "Credit starts at 0. Each event is one of: `coin N` (N a positive integer in decimal without "
            "leading zeros): if N is an accepted value and credit + N does not exceed the maximum, credit "
            "grows by N and nothing is output, otherwise output `reject N` and credit is unchanged. "
            "`select NAME`: if NAME is not an item name (exact, case-sensitive match), output "
            "`unknown NAME`; "
            "else if the item has no stock left, output `sold out NAME`; else if credit is below the price, "
            "output `need D` with D the missing amount (credit is kept); otherwise one unit is dispensed: "
            "output `dispense NAME`, then, if credit exceeded the price, `change C` with C the difference, "
            "and credit becomes 0. `cancel`: if credit is positive output `change C` with C the credit, and "
            "credit becomes 0. Any other event is ignored. Credit left at the end is not output. Outputs "
            "use a single space as shown, with numbers in decimal."
        )
        return "Vending machine", statement, "Replay vending-machine events and list its outputs."

    def solve(self, p: Params, *args: Any) -> Any:
        (events,) = args
        price = dict(zip(p["items"], p["prices"], strict=True))
        stock = dict(zip(p["items"], p["stocks"], strict=True))
        out: list[str] = []
        credit = 0
        for event in events:
            words = event.split(" ", 1)
            if words[0] == "coin":
                coin = int(words[1])
                if coin in p["coins"] and credit + coin <= p["max_credit"]:
                    credit += coin
                else:
                    out.append(f"reject {coin}")
            elif words[0] == "select":
                name = words[1] if len(words) > 1 else ""
                if name not in price:
                    out.append(f"unknown {name}")
                elif stock[name] == 0:
                    out.append(f"sold out {name}")
                elif credit < price[name]:
                    out.append(f"need {price[name] - credit}")
                else:
                    stock[name] -= 1
                    out.append(f"dispense {name}")
                    out += [f"change {credit - price[name]}"] if credit > price[name] else []
                    credit = 0
            elif words[0] == "cancel":
                out += [f"change {credit}"] if credit else []
                credit = 0
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        items: list[str] = p["items"]
        coins: list[int] = p["coins"]
        top: int = p["max_credit"]
        first, price = items[0], p["prices"][0]

        def session(n: int) -> list[str]:
            out = []
            for _ in range(n):
                roll = rng.random()
                if roll < 0.6:
                    out.append(f"coin {rng.choice([*coins, 3, 2 * max(coins)])}")
                elif roll < 0.9:
                    out.append(f"select {rng.choice([*items, 'tea' if 'tea' not in items else 'pie'])}")
                else:
                    out.append("cancel")
            return out

        def pay(amount: int) -> list[str]:
            out = []
            for coin in sorted(coins, reverse=True):
                while amount >= coin:
                    out.append(f"coin {coin}")
                    amount -= coin
            return out

        exact = [*pay(price), f"select {first}"]
        cap = pay(top)
        runs: list[tuple[list[str], list[str]]] = [(session(8), []), (session(10), [])]
        runs += [
            (exact + exact + exact + exact, []),
            ([], ["empty"]),
            (["cancel", "cancel"], ["empty"]),
            (
                [*pay(price - coins[0]), f"select {first}", f"coin {coins[0]}", f"select {first}"],
                ["boundary"],
            ),
            ([*pay(price + coins[0]), f"select {first}", "cancel"], ["boundary"]),
            ([*cap, f"coin {coins[1]}", "cancel"], ["boundary"]),
            ([*pay(top - coins[0]), f"coin {coins[0]}", f"coin {coins[0]}", "cancel"], ["boundary"]),
            (
                [f"coin {coins[0]}", "cancel", "cancel", f"coin {coins[0] + 1}", f"select {first.upper()}"],
                ["boundary"],
            ),
            ([f"select {items[1]}", f"coin {coins[1]}", f"select {items[2]}", "cancel"], ["boundary"]),
            (session(2000), ["large"]),
            ([f"select {first}é", f"coin {coins[2]}", "select 中", "cancel"], ["unicode"]),
        ]
        return [([run], tags) for run, tags in runs]
