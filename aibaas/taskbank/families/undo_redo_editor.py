"""Medium family: replay an editor's commands (type, delete, undo, redo) and return the final text.

Medium because it is a state machine over two stacks with several exact rules: a bounded undo
history, redo cleared by new edits, malformed commands ignored, and no-op edits per variant.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

WORD_SETS = [
    ("type", "delete", "undo", "redo"),
    ("insert", "backspace", "revert", "again"),
    ("add", "erase", "u", "r"),
    ("write", "remove", "ctrl-z", "ctrl-y"),
]
MAX_DIGITS = 6


class UndoRedoEditor(Family):
    name = "undo-redo-editor"
    difficulty = Difficulty.MEDIUM
    tags = ("state-machine", "stack", "simulation")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{commands}}: list[str]) -> str:
    text = ""
    past: list[str] = []
    future: list[str] = []
    for command in {{commands}}:
        if command == {{undo_word}}:
            if len(past) > 0:
                future.append(text)
                text = past.pop()
            continue
        if command == {{redo_word}}:
            if len(future) > 0:
                past.append(text)
                text = future.pop()
            continue
        space = command.find(" ")
        if space < 0:
            continue
        word = command[:space]
        arg = command[space + 1 :]
        if word == {{type_word}}:
            after = text + arg
        elif word == {{delete_word}} and 0 < len(arg) <= 6 and all(c in "0123456789" for c in arg):
            after = text[: max(0, len(text) - int(arg))]
        else:
            continue
        if {{skip_noop}} and after == text:
            continue
        past.append(text)
        if len(past) > {{limit}}:
            past.pop(0)
        future = []
        text = after
    return text
""",
        Language.TYPESCRIPT: """export function {{fn}}({{commands}}: string[]): string {
  let text = "";
  const past: string[] = [];
  let future: string[] = [];
  for (const command of {{commands}}) {
    if (command === {{undo_word}}) {
      if (past.length > 0) {
        future.push(text);
        text = past.pop() as string;
      }
      continue;
    }
    if (command === {{redo_word}}) {
      if (future.length > 0) {
        past.push(text);
        text = future.pop() as string;
      }
      continue;
    }
    const space = command.indexOf(" ");
    if (space < 0) continue;
    const word = command.slice(0, space);
    const arg = command.slice(space + 1);
    let after: string;
    if (word === {{type_word}}) {
      after = text + arg;
    } else if (word === {{delete_word}} && arg.length > 0 && arg.length <= 6 && /^[0-9]+$/.test(arg)) {
      after = text.slice(0, Math.max(0, text.length - Number(arg)));
    } else {
      continue;
    }
    if ({{skip_noop}} && after === text) continue;
    past.push(text);
    if (past.length > {{limit}}) past.shift();
    future = [];
    text = after;
  }
  return text;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(List<String> {{commands}}) {
        String text = "";
        List<String> past = new ArrayList<>();
        List<String> future = new ArrayList<>();
        for (String command : {{commands}}) {
            if (command.equals({{undo_word}})) {
                if (past.size() > 0) {
                    future.add(text);
                    text = past.remove(past.size() - 1);
                }
                continue;
            }
            if (command.equals({{redo_word}})) {
                if (future.size() > 0) {
                    past.add(text);
                    text = future.remove(future.size() - 1);
                }
                continue;
            }
            int space = command.indexOf(' ');
            if (space < 0) continue;
            String word = command.substring(0, space);
            String arg = command.substring(space + 1);
            String after;
            if (word.equals({{type_word}})) {
                after = text + arg;
            } else if (word.equals({{delete_word}}) && arg.length() > 0 && arg.length() <= 6
                    && arg.chars().allMatch(c -> c >= '0' && c <= '9')) {
                after = text.substring(0, Math.max(0, text.length() - Integer.parseInt(arg)));
            } else {
                continue;
            }
            if ({{skip_noop}} && after.equals(text)) continue;
            past.add(text);
            if (past.size() > {{limit}}) past.remove(0);
            future.clear();
            text = after;
        }
        return text;
    }
}
""",
        Language.GO: """package solution

import (
	"strconv"
	"strings"
)

func {{fn}}({{commands}} []string) string {
	text := ""
	past := []string{}
	future := []string{}
	for _, command := range {{commands}} {
		if command == {{undo_word}} {
			if len(past) > 0 {
				future = append(future, text)
				text = past[len(past) - 1]
				past = past[:len(past) - 1]
			}
			continue
		}
		if command == {{redo_word}} {
			if len(future) > 0 {
				past = append(past, text)
				text = future[len(future) - 1]
				future = future[:len(future) - 1]
			}
			continue
		}
		space := strings.Index(command, " ")
		if space < 0 {
			continue
		}
		word := command[:space]
		arg := command[space + 1:]
		var after string
		if word == {{type_word}} {
			after = text + arg
		} else if word == {{delete_word}} && len(arg) > 0 && len(arg) <= 6 &&
			strings.Trim(arg, "0123456789") == "" {
			n, _ := strconv.Atoi(arg)
			runes := []rune(text)
			keep := len(runes) - n
			if keep < 0 {
				keep = 0
			}
			after = string(runes[:keep])
		} else {
			continue
		}
		if {{skip_noop}} && after == text {
			continue
		}
		past = append(past, text)
		if len(past) > {{limit}} {
			past = past[1:]
		}
		future = []string{}
		text = after
	}
	return text
}
""",
        Language.RUBY: """def {{fn}}({{commands}})
  text = ""
  past = []
  future = []
  {{commands}}.each do |command|
    if command == {{undo_word}}
      if past.length > 0
        future.push(text)
        text = past.pop
      end
      next
    end
    if command == {{redo_word}}
      if future.length > 0
        past.push(text)
        text = future.pop
      end
      next
    end
    space = command.index(" ")
    next if space.nil?
    word = command[0...space]
    arg = command[(space + 1)..]
    if word == {{type_word}}
      after = text + arg
    elsif word == {{delete_word}} && arg.length > 0 && arg.length <= 6 && arg.match?(/\\A[0-9]+\\z/)
      after = text[0...[0, text.length - arg.to_i].max]
    else
      next
    end
    next if {{skip_noop}} && after == text
    past.push(text)
    past.shift if past.length > {{limit}}
    future = []
    text = after
  end
  text
end
""",
        Language.RUST: """pub fn {{fn}}({{commands}}: Vec<String>) -> String {
    let mut text = String::new();
    let mut past: Vec<String> = Vec::new();
    let mut future: Vec<String> = Vec::new();
    for command in {{commands}}.iter() {
        if *command == {{undo_word}} {
            if let Some(prev) = past.pop() {
                future.push(text);
                text = prev;
            }
            continue;
        }
        if *command == {{redo_word}} {
            if let Some(next) = future.pop() {
                past.push(text);
                text = next;
            }
            continue;
        }
        let space = match command.find(' ') {
            Some(space) => space,
            None => continue,
        };
        let word = &command[..space];
        let arg = &command[space + 1..];
        let after: String;
        if word == {{type_word}} {
            after = format!("{}{}", text, arg);
        } else if word == {{delete_word}}
            && arg.len() > 0
            && arg.len() <= 6
            && arg.chars().all(|c| c.is_ascii_digit())
        {
            let n: usize = arg.parse().unwrap();
            let len = text.chars().count();
            let keep = if n >= len { 0 } else { len - n };
            after = text.chars().take(keep).collect();
        } else {
            continue;
        }
        if {{skip_noop}} && after == text {
            continue;
        }
        past.push(text);
        if past.len() > {{limit}} {
            past.remove(0);
        }
        future.clear();
        text = after;
    }
    text
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static string {{fn}}(List<string> {{commands}})
    {
        string text = "";
        var past = new List<string>();
        var future = new List<string>();
        foreach (string command in {{commands}})
        {
            if (command == {{undo_word}})
            {
                if (past.Count > 0)
                {
                    future.Add(text);
                    text = past[past.Count - 1];
                    past.RemoveAt(past.Count - 1);
                }
                continue;
            }
            if (command == {{redo_word}})
            {
                if (future.Count > 0)
                {
                    past.Add(text);
                    text = future[future.Count - 1];
                    future.RemoveAt(future.Count - 1);
                }
                continue;
            }
            int space = command.IndexOf(' ');
            if (space < 0) continue;
            string word = command.Substring(0, space);
            string arg = command.Substring(space + 1);
            string after;
            if (word == {{type_word}})
            {
                after = text + arg;
            }
            else if (word == {{delete_word}} && arg.Length > 0 && arg.Length <= 6
                && arg.All(c => c >= '0' && c <= '9'))
            {
                after = text.Substring(0, Math.Max(0, text.Length - int.Parse(arg)));
            }
            else
            {
                continue;
            }
            if ({{skip_noop}} && after == text) continue;
            past.Add(text);
            if (past.Count > {{limit}}) past.RemoveAt(0);
            future.Clear();
            text = after;
        }
        return text;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["replay_editor", "final_text", "run_editor", "apply_keystrokes", "editor_result"],
            commands=["commands", "ops", "keys", "actions", "script"],
        )
        p |= {
            "words": rng.choice(WORD_SETS),
            "limit": rng.choice([2, 3, 5, 100]),
            "skip_noop": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A collaborative notepad replays a user's keystroke log to rebuild the document.",
                    "A terminal line editor records commands and must reproduce the final line.",
                    "A test harness for a text field replays scripted input.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        type_word, delete_word, undo_word, redo_word = p["words"]
        return {
            "type_word": (type_word, "str"),
            "delete_word": (delete_word, "str"),
            "undo_word": (undo_word, "str"),
            "redo_word": (redo_word, "str"),
            "limit": (p["limit"], "int"),
            "skip_noop": (p["skip_noop"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("commands", "list[str]")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        t, d, u, r = p["words"]
        limit = p["limit"]
        if p["skip_noop"]:
            noop = (
                "An edit that leaves the text unchanged (typing nothing, deleting 0 characters, or "
                "deleting from an empty text) is ignored completely: it is not recorded and does not "
                "clear the redo history."
            )
        else:
            noop = (
                "Every well-formed edit counts, even one that leaves the text unchanged (typing "
                "nothing, deleting 0 characters, deleting from an empty text): it is recorded and "
                "clears the redo history like any other edit."
            )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which starts from an empty text, applies the commands "
            f"`{p['params']['commands']}` in order, and returns the final text. Commands "
            f"(case-sensitive): `{t} <s>` appends `<s>`, which is everything after the first space "
            f"(it may contain spaces or be empty); `{d} <n>` removes the last n characters, where `<n>` "
            f"is 1 to {MAX_DIGITS} ASCII digits (decimal, leading zeros allowed), removing everything "
            f"when n exceeds the length; `{u}` (exactly) undoes the most recent edit not yet undone, "
            f"and `{r}` (exactly) re-applies the most recently undone edit. `{t}` and `{d}` commands "
            "are edits. Every edit records the text before it in the undo history and clears the redo "
            f"history. The undo history keeps only the {limit} most recent entries: recording one more "
            "forgets the oldest. An undo with an empty history, or a redo with nothing to redo, does "
            f"nothing. {noop} Any other command (unknown word, `{d}` with a bad count, a word without "
            "its space) is malformed and ignored. A character is one Unicode code point; all inputs "
            "use Basic Multilingual Plane characters only."
        )
        return "Undo/redo editor", statement, "Replay editor commands with undo and redo."

    def solve(self, p: Params, *args: Any) -> Any:
        (commands,) = args
        type_word, delete_word, undo_word, redo_word = p["words"]
        text = ""
        undo: list[str] = []
        redo: list[str] = []
        for command in commands:
            if command in (undo_word, redo_word):
                source, target = (undo, redo) if command == undo_word else (redo, undo)
                if source:
                    target.append(text)
                    text = source.pop()
                continue
            word, found, arg = command.partition(" ")
            if found and word == type_word:
                after = text + arg
            elif (
                found
                and word == delete_word
                and 0 < len(arg) <= MAX_DIGITS
                and arg.isascii()
                and arg.isdigit()
            ):
                after = text[: max(0, len(text) - int(arg))]
            else:
                continue
            if p["skip_noop"] and after == text:
                continue
            undo = [*undo, text][-p["limit"] :]
            redo = []
            text = after
        return text

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        t, d, u, r = p["words"]
        limit = p["limit"]

        def draw(n: int) -> list[str]:
            out = []
            for _ in range(n):
                roll = rng.random()
                if roll < 0.4:
                    out.append(f"{t} {rng.choice(['a', 'bc', 'hi ', 'xyz', ' '])}")
                elif roll < 0.6:
                    out.append(f"{d} {rng.randint(0, 3)}")
                elif roll < 0.8:
                    out.append(u)
                else:
                    out.append(r)
            return out

        cases: list[Case] = [([[f"{t} hello", f"{t}  world", f"{d} 3", u, f"{t}!"]], [])]
        cases += [([draw(rng.randint(6, 9))], []) for _ in range(2)]
        cases += [
            ([[f"{t} ab", f"{t} cd", u, u, r, f"{t} e", r, u]], []),
            ([[]], ["empty"]),
            ([[u, r, f"{d} 4", u]], ["empty"]),
            ([[f"{t} {i}" for i in range(limit + 1)] + [u] * (limit + 1)], ["boundary"]),
            ([[f"{t} {i}" for i in range(limit)] + [u] * limit + [r] * (limit + 1)], ["boundary"]),
            ([[f"{t} abc", f"{d} 0", u, f"{t} ", u, f"{d} 9", u]], ["boundary"]),
            (
                [[f"{t} abcdef", f"{d} 6", u, f"{d} 000002", f"{d} 1234567", f"{d} -1", f"{d} x"]],
                ["boundary"],
            ),
            (
                [[f"{t} xy", t, d, f"{u} ", f"{r} ", u.upper() + "Q", f"{t.upper()} z", f"{t} q"]],
                ["boundary"],
            ),
            ([[f"{t} a", f"{t} b", u, f"{d} 9", r, u, r]], ["boundary"]),
            ([[f"{t} a", f"{t} b", u, f"{t} ", r]], ["boundary"]),
            ([draw(900)], ["large"]),
            ([[f"{t} word{i} " for i in range(300)] + [f"{d} 3", u] * 100 + [r] * 50], ["large"]),
            ([[f"{t} größe", f"{t} 中文", f"{d} 1", u, f"{d} 3", f"{t}\u00a0é", f"{t} ñ"]], ["unicode"]),
        ]
        return cases
