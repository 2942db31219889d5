"""Medium family: simulate a fixed-size cache (LRU or FIFO) and report what it evicts."""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class CacheEvictions(Family):
    name = "cache-evictions"
    difficulty = Difficulty.MEDIUM
    tags = ("data-structures", "simulation", "cache")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{capacity}}: int, {{requests}}: list[int]) -> list[int]:
    cache: list[int] = []
    evicted: list[int] = []
    for key in {{requests}}:
        if key in cache:
            if {{refresh}}:
                cache.remove(key)
                cache.append(key)
            continue
        if len(cache) == {{capacity}}:
            evicted.append(cache.pop(0))
        cache.append(key)
    return evicted
""",
        Language.TYPESCRIPT: """\
export function {{fn}}({{capacity}}: number, {{requests}}: number[]): number[] {
  const cache: number[] = [];
  const evicted: number[] = [];
  for (const key of {{requests}}) {
    const at = cache.indexOf(key);
    if (at >= 0) {
      if ({{refresh}}) {
        cache.splice(at, 1);
        cache.push(key);
      }
      continue;
    }
    if (cache.length === {{capacity}}) evicted.push(cache.shift() as number);
    cache.push(key);
  }
  return evicted;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<Long> {{fn}}(long {{capacity}}, List<Long> {{requests}}) {
        LinkedList<Long> cache = new LinkedList<>();
        List<Long> evicted = new ArrayList<>();
        for (Long key : {{requests}}) {
            if (cache.contains(key)) {
                if ({{refresh}}) {
                    cache.remove(key);
                    cache.addLast(key);
                }
                continue;
            }
            if (cache.size() == {{capacity}}) evicted.add(cache.removeFirst());
            cache.addLast(key);
        }
        return evicted;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{capacity}} int, {{requests}} []int) []int {
	cache := []int{}
	evicted := []int{}
	for _, key := range {{requests}} {
		at := -1
		for i, held := range cache {
			if held == key {
				at = i
			}
		}
		if at >= 0 {
			if {{refresh}} {
				cache = append(cache[:at], cache[at + 1:]...)
				cache = append(cache, key)
			}
			continue
		}
		if len(cache) == {{capacity}} {
			evicted = append(evicted, cache[0])
			cache = cache[1:]
		}
		cache = append(cache, key)
	}
	return evicted
}
""",
        Language.RUBY: """def {{fn}}({{capacity}}, {{requests}})
  cache = []
  evicted = []
  {{requests}}.each do |key|
    if cache.include?(key)
      if {{refresh}}
        cache.delete(key)
        cache.push(key)
      end
      next
    end
    evicted.push(cache.shift) if cache.length == {{capacity}}
    cache.push(key)
  end
  evicted
end
""",
        Language.RUST: """pub fn {{fn}}({{capacity}}: i64, {{requests}}: Vec<i64>) -> Vec<i64> {
    let mut cache: Vec<i64> = Vec::new();
    let mut evicted: Vec<i64> = Vec::new();
    for key in {{requests}} {
        if let Some(at) = cache.iter().position(|&held| held == key) {
            if {{refresh}} {
                cache.remove(at);
                cache.push(key);
            }
            continue;
        }
        if cache.len() as i64 == {{capacity}} {
            evicted.push(cache.remove(0));
        }
        cache.push(key);
    }
    evicted
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<long> {{fn}}(long {{capacity}}, List<long> {{requests}})
    {
        var cache = new List<long>();
        var evicted = new List<long>();
        foreach (long key in {{requests}})
        {
            int at = cache.IndexOf(key);
            if (at >= 0)
            {
                if ({{refresh}})
                {
                    cache.RemoveAt(at);
                    cache.Add(key);
                }
                continue;
            }
            if (cache.Count == {{capacity}})
            {
                evicted.Add(cache[0]);
                cache.RemoveAt(0);
            }
            cache.Add(key);
        }
        return evicted;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["evicted_keys", "cache_evictions", "simulate_cache", "page_outs", "dropped_entries"],
            capacity=["capacity", "slots", "size", "frames"],
            requests=["requests", "accesses", "keys", "lookups", "pages"],
        )
        p |= {
            "refresh": rng.choice([True, False]),
            "key_range": rng.choice([(1, 6), (0, 9), (100, 108)]),
            "framing": rng.choice(
                [
                    "A CDN edge node keeps a few hot objects in memory.",
                    "An operating system keeps a handful of pages in physical frames.",
                    "A database buffer pool holds a fixed number of blocks.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"refresh": (p["refresh"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("capacity", "int"), ("requests", "list[int]")], "list[int]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        capacity, requests = p["params"]["capacity"], p["params"]["requests"]
        policy = (
            "least recently used (LRU): a hit makes the key the most recently used"
            if p["refresh"]
            else "first in, first out (FIFO): a hit changes nothing, the key keeps its place in line"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which simulates a cache holding at most `{capacity}` "
            f"keys (`{capacity}` >= 1) over the keys requested in `{requests}`, starting empty. A key "
            "already held is a hit. A missing key is loaded; if the cache is full, one key is evicted "
            f"first, chosen by the policy {policy}. Return the evicted keys in order of eviction."
        )
        return "Cache eviction log", statement, "Keys evicted by a fixed-size cache."

    def solve(self, p: Params, *args: Any) -> Any:
        capacity, requests = args
        cache: list[int] = []
        evicted: list[int] = []
        for key in requests:
            if key in cache:
                if p["refresh"]:
                    cache.remove(key)
                    cache.append(key)
            else:
                if len(cache) == capacity:
                    evicted.append(cache.pop(0))
                cache.append(key)
        return evicted

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        low, high = p["key_range"]

        def draw(n: int) -> list[int]:
            return [rng.randint(low, high) for _ in range(n)]

        cases: list[Case] = [([rng.randint(2, 4), draw(rng.randint(6, 12))], []) for _ in range(4)]
        cases += [
            ([3, [low, low + 1, low, low + 2, low + 3, low, low + 4]], []),
            ([2, []], ["empty"]),
            ([1, [low, low, low + 1, low]], ["boundary"]),
            ([3, [low, low + 1, low + 2]], ["boundary"]),
            ([3, [low, low + 1, low + 2, low + 3]], ["boundary"]),
            ([2, [low, low + 1, low, low + 2, low + 1]], ["boundary"]),
            ([5, draw(1500)], ["large"]),
            ([40, [rng.randint(low, low + 60) for _ in range(1500)]], ["large"]),
            ([1000, draw(300)], ["large"]),
        ]
        return cases
