"""Medium family: run a parking lot with a capacity and a bounded waiting queue over text events.

Medium because it is a small state machine over a set and a FIFO queue with many exact outcome
rules (duplicates, a full queue, a leaving car promoting the head of the queue, malformed lines).
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


class ParkingLot(Family):
    name = "parking-lot"
    difficulty = Difficulty.MEDIUM
    tags = ("state-machine", "queue", "parsing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{events}}: list[str]) -> list[str]:
    parked: set[str] = set()
    queue: list[str] = []
    result: list[str] = []
    for item in {{events}}:
        parts = item.split(" ")
        if len(parts) != 2 or len(parts[1]) == 0:
            result.append("invalid")
            continue
        verb = parts[0]
        car = parts[1]
        if verb == {{arrive}}:
            if car in parked or car in queue:
                result.append("duplicate")
            elif len(parked) < {{capacity}}:
                parked.add(car)
                result.append("parked")
            elif len(queue) < {{queue_limit}}:
                queue.append(car)
                result.append("waiting")
            else:
                result.append("full")
        elif verb == {{leave}}:
            if car in parked:
                parked.remove(car)
                if len(queue) > 0:
                    moved = queue.pop(0)
                    parked.add(moved)
                    result.append("left " + moved)
                else:
                    result.append("left")
            elif car in queue:
                queue.remove(car)
                result.append("cancelled")
            else:
                result.append("unknown")
        else:
            result.append("invalid")
    return result
""",
        Language.TYPESCRIPT: """export function {{fn}}({{events}}: string[]): string[] {
  const parked = new Set<string>();
  const queue: string[] = [];
  const result: string[] = [];
  for (const item of {{events}}) {
    const parts = item.split(" ");
    if (parts.length !== 2 || parts[1].length === 0) {
      result.push("invalid");
      continue;
    }
    const verb = parts[0];
    const car = parts[1];
    if (verb === {{arrive}}) {
      if (parked.has(car) || queue.includes(car)) {
        result.push("duplicate");
      } else if (parked.size < {{capacity}}) {
        parked.add(car);
        result.push("parked");
      } else if (queue.length < {{queue_limit}}) {
        queue.push(car);
        result.push("waiting");
      } else {
        result.push("full");
      }
    } else if (verb === {{leave}}) {
      if (parked.has(car)) {
        parked.delete(car);
        if (queue.length > 0) {
          const moved = queue.shift() as string;
          parked.add(moved);
          result.push("left " + moved);
        } else {
          result.push("left");
        }
      } else if (queue.includes(car)) {
        queue.splice(queue.indexOf(car), 1);
        result.push("cancelled");
      } else {
        result.push("unknown");
      }
    } else {
      result.push("invalid");
    }
  }
  return result;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<String> {{fn}}(List<String> {{events}}) {
        Set<String> parked = new HashSet<>();
        List<String> queue = new ArrayList<>();
        List<String> result = new ArrayList<>();
        for (String item : {{events}}) {
            String[] parts = item.split(" ", -1);
            if (parts.length != 2 || parts[1].length() == 0) {
                result.add("invalid");
                continue;
            }
            String verb = parts[0];
            String car = parts[1];
            if (verb.equals({{arrive}})) {
                if (parked.contains(car) || queue.contains(car)) {
                    result.add("duplicate");
                } else if (parked.size() < {{capacity}}) {
                    parked.add(car);
                    result.add("parked");
                } else if (queue.size() < {{queue_limit}}) {
                    queue.add(car);
                    result.add("waiting");
                } else {
                    result.add("full");
                }
            } else if (verb.equals({{leave}})) {
                if (parked.contains(car)) {
                    parked.remove(car);
                    if (queue.size() > 0) {
                        String moved = queue.remove(0);
                        parked.add(moved);
                        result.add("left " + moved);
                    } else {
                        result.add("left");
                    }
                } else if (queue.contains(car)) {
                    queue.remove(car);
                    result.add("cancelled");
                } else {
                    result.add("unknown");
                }
            } else {
                result.add("invalid");
            }
        }
        return result;
    }
}
""",
        Language.GO: """package solution

import "strings"

func {{fn}}({{events}} []string) []string {
	parked := map[string]bool{}
	queue := []string{}
	result := []string{}
	for _, item := range {{events}} {
		parts := strings.Split(item, " ")
		if len(parts) != 2 || len(parts[1]) == 0 {
			result = append(result, "invalid")
			continue
		}
		verb, car := parts[0], parts[1]
		waiting := -1
		for k, other := range queue {
			if other == car {
				waiting = k
			}
		}
		if verb == {{arrive}} {
			if parked[car] || waiting >= 0 {
				result = append(result, "duplicate")
			} else if len(parked) < {{capacity}} {
				parked[car] = true
				result = append(result, "parked")
			} else if len(queue) < {{queue_limit}} {
				queue = append(queue, car)
				result = append(result, "waiting")
			} else {
				result = append(result, "full")
			}
		} else if verb == {{leave}} {
			if parked[car] {
				delete(parked, car)
				if len(queue) > 0 {
					moved := queue[0]
					queue = queue[1:]
					parked[moved] = true
					result = append(result, "left " + moved)
				} else {
					result = append(result, "left")
				}
			} else if waiting >= 0 {
				queue = append(queue[:waiting:waiting], queue[waiting + 1:]...)
				result = append(result, "cancelled")
			} else {
				result = append(result, "unknown")
			}
		} else {
			result = append(result, "invalid")
		}
	}
	return result
}
""",
        Language.RUBY: """require "set"

def {{fn}}({{events}})
  parked = Set.new
  queue = []
  result = []
  {{events}}.each do |item|
    parts = item.split(/ /, -1)
    if parts.length != 2 || parts[1].length == 0
      result.push("invalid")
      next
    end
    verb = parts[0]
    car = parts[1]
    if verb == {{arrive}}
      if parked.include?(car) || queue.include?(car)
        result.push("duplicate")
      elsif parked.size < {{capacity}}
        parked.add(car)
        result.push("parked")
      elsif queue.length < {{queue_limit}}
        queue.push(car)
        result.push("waiting")
      else
        result.push("full")
      end
    elsif verb == {{leave}}
      if parked.include?(car)
        parked.delete(car)
        if queue.length > 0
          moved = queue.shift
          parked.add(moved)
          result.push("left " + moved)
        else
          result.push("left")
        end
      elsif queue.include?(car)
        queue.delete(car)
        result.push("cancelled")
      else
        result.push("unknown")
      end
    else
      result.push("invalid")
    end
  end
  result
end
""",
        Language.RUST: """use std::collections::HashSet;

pub fn {{fn}}({{events}}: Vec<String>) -> Vec<String> {
    let arrive: String = {{arrive}};
    let leave: String = {{leave}};
    let capacity: i64 = {{capacity}};
    let queue_limit: i64 = {{queue_limit}};
    let mut parked: HashSet<String> = HashSet::new();
    let mut queue: Vec<String> = Vec::new();
    let mut result: Vec<String> = Vec::new();
    for item in {{events}}.iter() {
        let parts: Vec<&str> = item.split(' ').collect();
        if parts.len() != 2 || parts[1].len() == 0 {
            result.push("invalid".to_string());
            continue;
        }
        let verb = parts[0];
        let car = parts[1].to_string();
        let waiting = queue.iter().position(|other| *other == car);
        if verb == arrive {
            if parked.contains(&car) || waiting.is_some() {
                result.push("duplicate".to_string());
            } else if (parked.len() as i64) < capacity {
                parked.insert(car);
                result.push("parked".to_string());
            } else if (queue.len() as i64) < queue_limit {
                queue.push(car);
                result.push("waiting".to_string());
            } else {
                result.push("full".to_string());
            }
        } else if verb == leave {
            if parked.contains(&car) {
                parked.remove(&car);
                if queue.len() > 0 {
                    let moved = queue.remove(0);
                    result.push(format!("left {}", moved));
                    parked.insert(moved);
                } else {
                    result.push("left".to_string());
                }
            } else if let Some(k) = waiting {
                queue.remove(k);
                result.push("cancelled".to_string());
            } else {
                result.push("unknown".to_string());
            }
        } else {
            result.push("invalid".to_string());
        }
    }
    result
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static List<string> {{fn}}(List<string> {{events}})
    {
        var parked = new HashSet<string>();
        var queue = new List<string>();
        var result = new List<string>();
        foreach (string item in {{events}})
        {
            string[] parts = item.Split(' ');
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                result.Add("invalid");
                continue;
            }
            string verb = parts[0];
            string car = parts[1];
            if (verb == {{arrive}})
            {
                if (parked.Contains(car) || queue.Contains(car)) result.Add("duplicate");
                else if (parked.Count < {{capacity}})
                {
                    parked.Add(car);
                    result.Add("parked");
                }
                else if (queue.Count < {{queue_limit}})
                {
                    queue.Add(car);
                    result.Add("waiting");
                }
                else result.Add("full");
            }
            else if (verb == {{leave}})
            {
                if (parked.Contains(car))
                {
                    parked.Remove(car);
                    if (queue.Count > 0)
                    {
                        string moved = queue[0];
                        queue.RemoveAt(0);
                        parked.Add(moved);
                        result.Add("left " + moved);
                    }
                    else result.Add("left");
                }
                else if (queue.Contains(car))
                {
                    queue.Remove(car);
                    result.Add("cancelled");
                }
                else result.Add("unknown");
            }
            else result.Add("invalid");
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            [
                "run_parking",
                "parking_outcomes",
                "simulate_lot",
                "garage_log",
                "process_gate",
            ],
            events=["events", "feed", "actions", "gate_log", "requests"],
        )
        arrive, leave = rng.choice([("arrive", "leave"), ("in", "out"), ("enter", "exit"), ("IN", "OUT")])
        p |= {
            "arrive": arrive,
            "leave": leave,
            "capacity": rng.randint(1, 3),
            "queue_limit": rng.randint(0, 3),
            "framing": rng.choice(
                [
                    "A small garage has a barrier that logs every car.",
                    "A hospital car park lets drivers wait in a short lane when it is full.",
                    "A ferry deck loads cars and keeps a short standby line.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "arrive": (p["arrive"], "str"),
            "leave": (p["leave"], "str"),
            "capacity": (p["capacity"], "int"),
            "queue_limit": (p["queue_limit"], "int"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("events", "list[str]")], "list[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        arrive, leave, cap, limit = (
            p["arrive"],
            p["leave"],
            p["capacity"],
            p["queue_limit"],
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which processes the events of `{p['params']['events']}` "
            f"in order for a lot with {cap} spot(s) and a waiting queue holding at most {limit} car(s), "
            "both empty at the start, and returns one outcome string per event. An event is split on "
            "every single ASCII space; it must give exactly two parts, a verb and a non-empty car ID "
            "(case-sensitive, any characters but space), otherwise the outcome is `invalid`. "
            f"Verb `{arrive}`: `duplicate` if the car is already parked or waiting; else `parked` if a "
            "spot is free; else `waiting` (appended to the back of the queue) if the queue has room; "
            f"else `full` (the car goes away). Verb `{leave}`: if the car is parked it leaves; if the "
            "queue is not empty, the car at its front takes the spot and the outcome is `left ` "
            "followed by that car's ID (e.g. `left B7`), otherwise `left`. If the car is waiting "
            "instead, it leaves the queue: `cancelled`. Otherwise `unknown`. Any other verb (verbs are "
            "case-sensitive) gives `invalid`. Invalid events change nothing."
        )
        return (
            "Parking lot",
            statement,
            "Simulate a parking lot with a waiting queue; one outcome per event.",
        )

    def solve(self, p: Params, *args: Any) -> Any:
        (events,) = args
        parked: set[str] = set()
        queue: list[str] = []
        result: list[str] = []
        for item in events:
            verb, _, car = item.partition(" ")
            if not car or " " in car or verb not in (p["arrive"], p["leave"]):
                result.append("invalid")
            elif verb == p["arrive"]:
                if car in parked or car in queue:
                    result.append("duplicate")
                elif len(parked) < p["capacity"]:
                    parked.add(car)
                    result.append("parked")
                elif len(queue) < p["queue_limit"]:
                    queue.append(car)
                    result.append("waiting")
                else:
                    result.append("full")
            elif car in parked:
                parked.discard(car)
                if queue:
                    parked.add(queue[0])
                    result.append(f"left {queue.pop(0)}")
                else:
                    result.append("left")
            elif car in queue:
                queue.remove(car)
                result.append("cancelled")
            else:
                result.append("unknown")
        return result

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        arrive: str = p["arrive"]
        leave: str = p["leave"]
        cars = ["A1", "B2", "C3", "D4", "E5", "F6", "a1"]

        def stream(n: int, pool: list[str]) -> list[str]:
            return [f"{rng.choice([arrive, arrive, leave])} {rng.choice(pool)}" for _ in range(n)]

        cap: int = p["capacity"]
        limit: int = p["queue_limit"]
        fill = [f"{arrive} X{i}" for i in range(cap + limit + 1)]
        drain = [f"{leave} X{i}" for i in range(cap + limit + 1)]
        cases: list[Case] = [([stream(8, cars[:5])], []), ([stream(10, cars[:5])], [])]
        cases += [([stream(14, cars)], []) for _ in range(3)]
        cases += [
            ([[]], ["empty"]),
            ([[""]], ["empty"]),
            ([fill], ["boundary"]),
            ([fill + drain], ["boundary"]),
            (
                [
                    [
                        *fill,
                        f"{leave} X{cap + 1}",
                        f"{arrive} X{cap + 1}",
                        f"{leave} X0",
                        f"{leave} X0",
                    ]
                ],
                ["boundary"],
            ),
            (
                [
                    [
                        *fill[:cap],
                        f"{arrive} X0",
                        f"{leave} X9",
                        f"{leave} X0",
                        f"{arrive} X0",
                    ]
                ],
                ["boundary"],
            ),
            (
                [
                    [
                        f"{arrive} ",
                        f"{arrive}  Q",
                        f" {arrive} Q",
                        f"{arrive} Q ",
                        f"{arrive} Q R",
                        f"{arrive.swapcase()} Q",
                        "park Q",
                        arrive,
                        f"{leave} Q",
                        f"{arrive} Q",
                        f"{arrive}\tR",
                    ]
                ],
                ["boundary"],
            ),
            ([stream(1200, [f"V{i}" for i in range(12)])], ["large"]),
            (
                [
                    [f"{arrive} 車{i}" for i in range(cap + 1)]
                    + [f"{leave} 車0", f"{arrive} Ünë", f"{leave} ünë"]
                ],
                ["unicode"],
            ),
        ]
        return cases
