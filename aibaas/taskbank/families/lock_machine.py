"""Medium family: a keypad lock as a state machine with a failed-attempt counter and an alarm."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

# (good code, bad code, open, close, reset) per framing
EVENT_SETS = [
    ("code_ok", "code_bad", "open", "close", "reset"),
    ("pin", "wrong_pin", "push", "shut", "disarm"),
    ("badge", "bad_badge", "enter", "lock", "clear"),
]
LETTER_SETS = ["LUOA", "CRPX", "0123", "lupa"]


class LockMachine(Family):
    name = "lock-machine"
    difficulty = Difficulty.MEDIUM
    tags = ("state-machine", "simulation")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{events}}: list[str]) -> str:
    letters = {{letters}}
    state = 0
    bad = 0
    trace = [letters[0]]
    for event in {{events}}:
        if state == 0 and event == {{ev_good}}:
            state = 1
            bad = 0
        elif state == 0 and event == {{ev_bad}}:
            bad = bad + 1
            if bad >= {{limit}}:
                state = 3
        elif state == 1 and event == {{ev_open}}:
            state = 2
        elif (state == 1 or state == 2) and event == {{ev_close}}:
            state = 0
        elif state == 3 and event == {{ev_reset}}:
            state = 0
            bad = 0
        trace.append(letters[state])
    return "".join(trace)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{events}}: string[]): string {
  const letters = {{letters}};
  let state = 0;
  let bad = 0;
  let trace = letters[0];
  for (const event of {{events}}) {
    if (state === 0 && event === {{ev_good}}) {
      state = 1;
      bad = 0;
    } else if (state === 0 && event === {{ev_bad}}) {
      bad = bad + 1;
      if (bad >= {{limit}}) state = 3;
    } else if (state === 1 && event === {{ev_open}}) {
      state = 2;
    } else if ((state === 1 || state === 2) && event === {{ev_close}}) {
      state = 0;
    } else if (state === 3 && event === {{ev_reset}}) {
      state = 0;
      bad = 0;
    }
    trace += letters[state];
  }
  return trace;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(List<String> {{events}}) {
        String letters = {{letters}};
        int state = 0;
        int bad = 0;
        StringBuilder trace = new StringBuilder().append(letters.charAt(0));
        for (String event : {{events}}) {
            if (state == 0 && event.equals({{ev_good}})) {
                state = 1;
                bad = 0;
            } else if (state == 0 && event.equals({{ev_bad}})) {
                bad = bad + 1;
                if (bad >= {{limit}}) state = 3;
            } else if (state == 1 && event.equals({{ev_open}})) {
                state = 2;
            } else if ((state == 1 || state == 2) && event.equals({{ev_close}})) {
                state = 0;
            } else if (state == 3 && event.equals({{ev_reset}})) {
                state = 0;
                bad = 0;
            }
            trace.append(letters.charAt(state));
        }
        return trace.toString();
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{events}} []string) string {
	letters := []rune({{letters}})
	state := 0
	bad := 0
	trace := []rune{letters[0]}
	for _, event := range {{events}} {
		if state == 0 && event == {{ev_good}} {
			state = 1
			bad = 0
		} else if state == 0 && event == {{ev_bad}} {
			bad = bad + 1
			if bad >= {{limit}} {
				state = 3
			}
		} else if state == 1 && event == {{ev_open}} {
			state = 2
		} else if (state == 1 || state == 2) && event == {{ev_close}} {
			state = 0
		} else if state == 3 && event == {{ev_reset}} {
			state = 0
			bad = 0
		}
		trace = append(trace, letters[state])
	}
	return string(trace)
}
""",
        Language.RUBY: """def {{fn}}({{events}})
  letters = {{letters}}
  state = 0
  bad = 0
  trace = +letters[0]
  {{events}}.each do |event|
    if state == 0 && event == {{ev_good}}
      state = 1
      bad = 0
    elsif state == 0 && event == {{ev_bad}}
      bad = bad + 1
      state = 3 if bad >= {{limit}}
    elsif state == 1 && event == {{ev_open}}
      state = 2
    elsif (state == 1 || state == 2) && event == {{ev_close}}
      state = 0
    elsif state == 3 && event == {{ev_reset}}
      state = 0
      bad = 0
    end
    trace << letters[state]
  end
  trace
end
""",
        Language.RUST: """pub fn {{fn}}({{events}}: Vec<String>) -> String {
    let letters: Vec<char> = {{letters}}.chars().collect();
    let mut state = 0;
    let mut bad = 0;
    let mut trace = String::new();
    trace.push(letters[0]);
    for event in {{events}}.iter() {
        if state == 0 && *event == {{ev_good}} {
            state = 1;
            bad = 0;
        } else if state == 0 && *event == {{ev_bad}} {
            bad = bad + 1;
            if bad >= {{limit}} {
                state = 3;
            }
        } else if state == 1 && *event == {{ev_open}} {
            state = 2;
        } else if (state == 1 || state == 2) && *event == {{ev_close}} {
            state = 0;
        } else if state == 3 && *event == {{ev_reset}} {
            state = 0;
            bad = 0;
        }
        trace.push(letters[state]);
    }
    trace
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Text;

public static class Solution
{
    public static string {{fn}}(List<string> {{events}})
    {
        string letters = {{letters}};
        int state = 0;
        int bad = 0;
        var trace = new StringBuilder().Append(letters[0]);
        foreach (string evt in {{events}})
        {
            if (state == 0 && evt == {{ev_good}})
            {
                state = 1;
                bad = 0;
            }
            else if (state == 0 && evt == {{ev_bad}})
            {
                bad = bad + 1;
                if (bad >= {{limit}}) state = 3;
            }
            else if (state == 1 && evt == {{ev_open}})
            {
                state = 2;
            }
            else if ((state == 1 || state == 2) && evt == {{ev_close}})
            {
                state = 0;
            }
            else if (state == 3 && evt == {{ev_reset}})
            {
                state = 0;
                bad = 0;
            }
            trace.Append(letters[state]);
        }
        return trace.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["lock_trace", "simulate_lock", "keypad_states", "door_history", "replay_lock"],
            events=["events", "inputs", "log", "signals", "actions"],
        )
        p |= {
            "names": rng.choice(EVENT_SETS),
            "letters": rng.choice(LETTER_SETS),
            "limit": rng.choice([2, 3, 4]),
            "framing": rng.choice(
                ["A keypad door lock", "A smart safe", "An office badge reader with a door"]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        good, bad, opened, close, reset = p["names"]
        return {
            "letters": (p["letters"], "str"),
            "limit": (p["limit"], "int"),
            "ev_good": (good, "str"),
            "ev_bad": (bad, "str"),
            "ev_open": (opened, "str"),
            "ev_close": (close, "str"),
            "ev_reset": (reset, "str"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("events", "list[str]")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        good, bad, opened, close, reset = p["names"]
        locked, unlocked, is_open, alarm = p["letters"]
        events = p["params"]["events"]
        statement = (
            f"{p['framing']} is modelled as a state machine with the states LOCKED (`{locked}`), "
            f"UNLOCKED (`{unlocked}`), OPEN (`{is_open}`) and ALARM (`{alarm}`), and a counter of "
            "failed attempts; it starts LOCKED with the counter at 0. Transitions: in LOCKED, "
            f"`{good}` goes to UNLOCKED and resets the counter, and `{bad}` adds 1 to the counter and "
            f"goes to ALARM when the counter reaches {p['limit']}; in UNLOCKED, `{opened}` goes to OPEN; "
            f"in UNLOCKED or OPEN, `{close}` goes back to LOCKED (the counter is kept); in ALARM, "
            f"`{reset}` goes to LOCKED and resets the counter. Any other event, including an unknown "
            f"one, leaves the state and the counter unchanged. Write `{p['fn']}`, which replays "
            f"`{events}` and returns the trace: the letter of the initial state followed by the letter "
            "of the state after each event (event names are case-sensitive)."
        )
        return "Keypad lock trace", statement, "Replay lock events and return the state trace."

    def solve(self, p: Params, *args: Any) -> Any:
        (events,) = args
        good, bad_event, opened, close, reset = p["names"]
        state, bad, trace = 0, 0, [p["letters"][0]]
        for event in events:
            if state == 0 and event == good:
                state, bad = 1, 0
            elif state == 0 and event == bad_event:
                bad += 1
                state = 3 if bad >= p["limit"] else 0
            elif state in (1, 2) and event == close:
                state = 0
            elif state == 1 and event == opened:
                state = 2
            elif state == 3 and event == reset:
                state, bad = 0, 0
            trace.append(p["letters"][state])
        return "".join(trace)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        good, bad, opened, close, reset = p["names"]
        names = list(p["names"])
        limit = p["limit"]

        def draw(n: int) -> list[str]:
            return [rng.choice(names) for _ in range(n)]

        cases: list[Case] = [([draw(rng.randint(5, 9))], []) for _ in range(2)]
        cases += [
            ([[bad] * limit + [good, reset, good, opened, close]], []),
            ([[bad] * (limit - 1) + [good, close, bad, bad]], []),
            ([draw(12)], []),
            ([[]], ["empty"]),
            ([[good]], ["boundary"]),
            ([[bad] * (limit - 1)], ["boundary"]),
            ([[bad] * limit + [good, opened]], ["boundary"]),
            ([[good, opened, opened, good, close, opened]], ["boundary"]),
            ([[good.upper(), "", bad, "noise"]], ["boundary"]),
            ([draw(800)], ["large"]),
            ([[bad, good] * 300], ["large"]),
            ([["ouvrir", "é", good, "開く", opened]], ["unicode"]),
        ]
        return cases
