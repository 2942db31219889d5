"""Medium family: apply deposit, withdraw and transfer commands to accounts with an overdraft limit.

Medium because it is a map-backed state machine with many exact rules: command syntax and amount
validation, which accounts must exist, a fee that counts towards the overdraft limit, and rejections.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

MAX_DIGITS = 9


class BankLedger(Family):
    name = "bank-ledger"
    difficulty = Difficulty.MEDIUM
    tags = ("simulation", "maps", "parsing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{commands}}: list[str]) -> dict[str, int]:
    balances: dict[str, int] = {}
    for cmd in {{commands}}:
        parts = cmd.split(" ")
        if len(parts) < 3 or any(w == "" for w in parts):
            continue
        amount_text = parts[len(parts) - 1]
        if len(amount_text) > {{max_digits}} or not all(c in "0123456789" for c in amount_text):
            continue
        amount = int(amount_text)
        if amount == 0:
            continue
        if parts[0] == "deposit" and len(parts) == 3:
            balances[parts[1]] = balances.get(parts[1], 0) + amount
        elif parts[0] == "withdraw" and len(parts) == 3:
            src = parts[1]
            if src in balances and balances[src] - amount - {{fee}} >= -{{limit}}:
                balances[src] -= amount + {{fee}}
        elif parts[0] == "transfer" and len(parts) == 4:
            src = parts[1]
            dst = parts[2]
            if src in balances and dst in balances and src != dst:
                if balances[src] - amount - {{fee}} >= -{{limit}}:
                    balances[src] -= amount + {{fee}}
                    balances[dst] += amount
    return balances
""",
        Language.TYPESCRIPT: """export function {{fn}}({{commands}}: string[]): Record<string, number> {
  const balances = new Map<string, number>();
  for (const cmd of {{commands}}) {
    const parts = cmd.split(" ");
    if (parts.length < 3 || parts.some((w) => w === "")) continue;
    const amountText = parts[parts.length - 1];
    if (amountText.length > {{max_digits}} || !/^[0-9]+$/.test(amountText)) continue;
    const amount = Number(amountText);
    if (amount === 0) continue;
    if (parts[0] === "deposit" && parts.length === 3) {
      balances.set(parts[1], (balances.get(parts[1]) ?? 0) + amount);
    } else if (parts[0] === "withdraw" && parts.length === 3) {
      const src = parts[1];
      const have = balances.get(src);
      if (have !== undefined && have - amount - {{fee}} >= -{{limit}}) {
        balances.set(src, have - amount - {{fee}});
      }
    } else if (parts[0] === "transfer" && parts.length === 4) {
      const src = parts[1];
      const dst = parts[2];
      const have = balances.get(src);
      const other = balances.get(dst);
      if (have !== undefined && other !== undefined && src !== dst) {
        if (have - amount - {{fee}} >= -{{limit}}) {
          balances.set(src, have - amount - {{fee}});
          balances.set(dst, other + amount);
        }
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [name, value] of balances) out[name] = value;
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static Map<String, Long> {{fn}}(List<String> {{commands}}) {
        Map<String, Long> balances = new HashMap<>();
        for (String cmd : {{commands}}) {
            String[] parts = cmd.split(" ", -1);
            if (parts.length < 3 || Arrays.stream(parts).anyMatch(String::isEmpty)) continue;
            String amountText = parts[parts.length - 1];
            if (amountText.length() > {{max_digits}}) continue;
            if (!amountText.chars().allMatch(c -> c >= '0' && c <= '9')) continue;
            long amount = Long.parseLong(amountText);
            if (amount == 0) continue;
            if (parts[0].equals("deposit") && parts.length == 3) {
                balances.put(parts[1], balances.getOrDefault(parts[1], 0L) + amount);
            } else if (parts[0].equals("withdraw") && parts.length == 3) {
                String src = parts[1];
                if (balances.containsKey(src) && balances.get(src) - amount - {{fee}} >= -{{limit}}) {
                    balances.put(src, balances.get(src) - amount - {{fee}});
                }
            } else if (parts[0].equals("transfer") && parts.length == 4) {
                String src = parts[1];
                String dst = parts[2];
                if (balances.containsKey(src) && balances.containsKey(dst) && !src.equals(dst)) {
                    if (balances.get(src) - amount - {{fee}} >= -{{limit}}) {
                        balances.put(src, balances.get(src) - amount - {{fee}});
                        balances.put(dst, balances.get(dst) + amount);
                    }
                }
            }
        }
        return balances;
    }
}
""",
        Language.GO: """package solution

import (
	"strconv"
	"strings"
)

func {{fn}}({{commands}} []string) map[string]int {
	balances := map[string]int{}
	for _, cmd := range {{commands}} {
		parts := strings.Split(cmd, " ")
		if len(parts) < 3 {
			continue
		}
		blank := false
		for _, w := range parts {
			if w == "" {
				blank = true
			}
		}
		if blank {
			continue
		}
		amountText := parts[len(parts) - 1]
		if len(amountText) > {{max_digits}} || strings.Trim(amountText, "0123456789") != "" {
			continue
		}
		amount, _ := strconv.Atoi(amountText)
		if amount == 0 {
			continue
		}
		if parts[0] == "deposit" && len(parts) == 3 {
			balances[parts[1]] += amount
		} else if parts[0] == "withdraw" && len(parts) == 3 {
			src := parts[1]
			if have, ok := balances[src]; ok && have - amount - {{fee}} >= -{{limit}} {
				balances[src] = have - amount - {{fee}}
			}
		} else if parts[0] == "transfer" && len(parts) == 4 {
			src, dst := parts[1], parts[2]
			have, ok := balances[src]
			other, found := balances[dst]
			if ok && found && src != dst {
				if have - amount - {{fee}} >= -{{limit}} {
					balances[src] = have - amount - {{fee}}
					balances[dst] = other + amount
				}
			}
		}
	}
	return balances
}
""",
        Language.RUBY: """def {{fn}}({{commands}})
  balances = {}
  {{commands}}.each do |cmd|
    parts = cmd.split(/ /, -1)
    next if parts.length < 3 || parts.any? { |w| w == "" }
    amount_text = parts[parts.length - 1]
    next if amount_text.length > {{max_digits}} || !amount_text.match?(/\\A[0-9]+\\z/)
    amount = amount_text.to_i
    next if amount == 0
    if parts[0] == "deposit" && parts.length == 3
      balances[parts[1]] = balances.fetch(parts[1], 0) + amount
    elsif parts[0] == "withdraw" && parts.length == 3
      src = parts[1]
      if balances.key?(src) && balances[src] - amount - {{fee}} >= -{{limit}}
        balances[src] -= amount + {{fee}}
      end
    elsif parts[0] == "transfer" && parts.length == 4
      src = parts[1]
      dst = parts[2]
      if balances.key?(src) && balances.key?(dst) && src != dst
        if balances[src] - amount - {{fee}} >= -{{limit}}
          balances[src] -= amount + {{fee}}
          balances[dst] += amount
        end
      end
    end
  end
  balances
end
""",
        Language.RUST: """use std::collections::HashMap;

pub fn {{fn}}({{commands}}: Vec<String>) -> HashMap<String, i64> {
    let mut balances: HashMap<String, i64> = HashMap::new();
    for cmd in {{commands}}.iter() {
        let parts: Vec<&str> = cmd.split(' ').collect();
        if parts.len() < 3 || parts.iter().any(|w| w.is_empty()) {
            continue;
        }
        let amount_text = parts[parts.len() - 1];
        if amount_text.len() > {{max_digits}} || !amount_text.bytes().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let amount: i64 = amount_text.parse().unwrap();
        if amount == 0 {
            continue;
        }
        if parts[0] == "deposit" && parts.len() == 3 {
            *balances.entry(parts[1].to_string()).or_insert(0) += amount;
        } else if parts[0] == "withdraw" && parts.len() == 3 {
            if let Some(have) = balances.get_mut(parts[1]) {
                if *have - amount - {{fee}} >= -{{limit}} {
                    *have -= amount + {{fee}};
                }
            }
        } else if parts[0] == "transfer" && parts.len() == 4 {
            let (src, dst) = (parts[1], parts[2]);
            if balances.contains_key(src) && balances.contains_key(dst) && src != dst {
                let have = balances[src];
                if have - amount - {{fee}} >= -{{limit}} {
                    balances.insert(src.to_string(), have - amount - {{fee}});
                    *balances.get_mut(dst).unwrap() += amount;
                }
            }
        }
    }
    balances
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static Dictionary<string, long> {{fn}}(List<string> {{commands}})
    {
        var balances = new Dictionary<string, long>();
        foreach (string cmd in {{commands}})
        {
            string[] parts = cmd.Split(' ');
            if (parts.Length < 3 || parts.Any(w => w.Length == 0)) continue;
            string amountText = parts[parts.Length - 1];
            if (amountText.Length > {{max_digits}} || !amountText.All(c => c >= '0' && c <= '9')) continue;
            long amount = long.Parse(amountText);
            if (amount == 0) continue;
            if (parts[0] == "deposit" && parts.Length == 3)
            {
                long have;
                balances.TryGetValue(parts[1], out have);
                balances[parts[1]] = have + amount;
            }
            else if (parts[0] == "withdraw" && parts.Length == 3)
            {
                string src = parts[1];
                if (balances.ContainsKey(src) && balances[src] - amount - {{fee}} >= -{{limit}})
                {
                    balances[src] = balances[src] - amount - {{fee}};
                }
            }
            else if (parts[0] == "transfer" && parts.Length == 4)
            {
                string src = parts[1];
                string dst = parts[2];
                if (balances.ContainsKey(src) && balances.ContainsKey(dst) && src != dst)
                {
                    if (balances[src] - amount - {{fee}} >= -{{limit}})
                    {
                        balances[src] = balances[src] - amount - {{fee}};
                        balances[dst] = balances[dst] + amount;
                    }
                }
            }
        }
        return balances;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["apply_ledger", "final_balances", "run_bank", "settle_accounts", "replay_ledger"],
            commands=["commands", "entries", "journal", "txns", "orders"],
        )
        p |= {
            "limit": rng.choice([0, 50, 100, 500]),
            "fee": rng.choice([0, 0, 1, 2, 5]),
            "framing": rng.choice(
                [
                    "A credit union replays the day's journal to compute closing balances.",
                    "A game economy settles players' coin transfers.",
                    "A shared-expenses app applies its transaction log.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"limit": (p["limit"], "int"), "fee": (p["fee"], "int"), "max_digits": (MAX_DIGITS, "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("commands", "list[str]")], "dict[str, int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        limit, fee = p["limit"], p["fee"]
        overdraft = (
            "A balance may never go below 0"
            if limit == 0
            else f"A balance may go negative, but never below -{limit} (the overdraft limit)"
        )
        charge = (
            f"Every successful withdraw or transfer also charges a fee of {fee} to the source account; "
            "the fee counts towards the limit. "
            if fee
            else "There are no fees. "
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which applies the commands `{p['params']['commands']}` in "
            "order and returns the final balance of every open account, as a map from account name to "
            "balance. Initially no account exists. Fields of a command are separated by exactly one space "
            "(no leading, trailing or repeated spaces). Commands: `deposit ACC N` opens ACC with balance 0 "
            "if it does not exist, then adds N; `withdraw ACC N` subtracts N from the existing account ACC; "
            "`transfer FROM TO N` moves N from the existing account FROM to a different existing account "
            f"TO. N is 1 to {MAX_DIGITS} ASCII digits (leading zeros allowed) with a value of at least 1; "
            "account names are any non-empty text without spaces and are case-sensitive. "
            f"{overdraft}: a withdraw or transfer that would take the source below it is rejected. {charge}"
            "A rejected command (missing account, same source and target, limit exceeded) or a malformed "
            "one (unknown command word, wrong number of fields, bad amount) changes nothing."
        )
        return "Bank ledger", statement, "Apply deposits, withdrawals and transfers; return balances."

    def solve(self, p: Params, *args: Any) -> Any:
        (commands,) = args
        limit, fee = p["limit"], p["fee"]
        balances: dict[str, int] = {}
        for command in commands:
            words = command.split(" ")
            if "" in words or len(words) < 3:
                continue
            *head, amount_text = words
            if not (len(amount_text) <= MAX_DIGITS and all("0" <= c <= "9" for c in amount_text)):
                continue
            amount = int(amount_text)
            if amount < 1:
                continue
            match head:
                case ["deposit", acc]:
                    balances[acc] = balances.get(acc, 0) + amount
                case ["withdraw", acc] if acc in balances:
                    if balances[acc] - amount - fee >= -limit:
                        balances[acc] -= amount + fee
                case ["transfer", src, dst] if src in balances and dst in balances and src != dst:
                    if balances[src] - amount - fee >= -limit:
                        balances[src] -= amount + fee
                        balances[dst] += amount
        return balances

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        limit, fee = p["limit"], p["fee"]
        names = ["alice", "bob", "carol", "dave"]

        def journal(n: int) -> list[str]:
            out = []
            for _ in range(n):
                roll = rng.random()
                amount = rng.randint(1, 200)
                if roll < 0.4:
                    out.append(f"deposit {rng.choice(names)} {amount}")
                elif roll < 0.7:
                    out.append(f"withdraw {rng.choice(names)} {amount}")
                else:
                    out.append(f"transfer {rng.choice(names)} {rng.choice(names)} {amount}")
            return out

        edge = 100 + limit - fee
        large = [f"deposit acct{i % 300} {i * 37 % 1000 + 1}" for i in range(1000)]
        large += [f"transfer acct{i % 300} acct{(i * 7) % 300} {i * 53 % 900 + 1}" for i in range(1500)]
        runs: list[tuple[list[str], list[str]]] = [(journal(8), []), (journal(10), [])]
        runs += [
            (["deposit a 100", "withdraw a 30", "transfer a b 10", "deposit b 5", "transfer a b 20"], []),
            ([], ["empty"]),
            (["withdraw a 5", "transfer a b 5", "deposit a 0", "deposit a 000"], ["empty"]),
            (
                ["deposit a 100", f"withdraw a {edge}", "deposit b 100", f"withdraw b {edge + 1}"],
                ["boundary"],
            ),
            (["deposit a 100", "deposit b 1", f"transfer a b {edge}", "deposit c 100"], ["boundary"]),
            (["deposit c 100", "deposit d 1", f"transfer c d {edge + 1}", "transfer c c 5"], ["boundary"]),
            (["deposit a 999999999", "deposit a 1000000000", "deposit b 007", "withdraw b 7"], ["boundary"]),
            (
                [
                    "deposit a  5",
                    " deposit b 5",
                    "deposit c 5 ",
                    "Deposit d 5",
                    "deposit e -5",
                    "deposit f +5",
                ],
                ["boundary"],
            ),
            (
                ["deposit a 10", "deposit A 20", "transfer a A 10 x", "withdraw a", "deposit x 1 2"],
                ["boundary"],
            ),
            (["deposit a 1", "withdraw a 1", "withdraw a 1", "withdraw a 1"], ["boundary"]),
            (large, ["large"]),
            (
                ["deposit José 50", "deposit 中 30", "transfer José 中 20", "deposit ß ٣", "withdraw 中 ５"],
                ["unicode"],
            ),
        ]
        return [([run], tags) for run, tags in runs]
