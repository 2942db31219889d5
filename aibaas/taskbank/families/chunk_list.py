"""Easy family: split a list into consecutive chunks of a fixed size; the short tail is kept or dropped.

Easy: one loop over slice bounds; the edge cases are lengths around multiples of the chunk size,
the empty list, and whether a final incomplete chunk survives.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class ChunkList(Family):
    name = "chunk-list"
    difficulty = Difficulty.EASY
    tags = ("collections", "slicing")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{items}}: list[int]) -> list[list[int]]:
    out = []
    start = 0
    while start < len({{items}}):
        end = start + {{size}}
        if end > len({{items}}) and not {{keep_partial}}:
            break
        out.append({{items}}[start:end])
        start = end
    return out
""",
        Language.TYPESCRIPT: """export function {{fn}}({{items}}: number[]): number[][] {
  const out: number[][] = [];
  let start = 0;
  while (start < {{items}}.length) {
    const end = start + {{size}};
    if (end > {{items}}.length && !{{keep_partial}}) break;
    out.push({{items}}.slice(start, end));
    start = end;
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<List<Long>> {{fn}}(List<Long> {{items}}) {
        List<List<Long>> out = new ArrayList<>();
        int n = {{items}}.size();
        int start = 0;
        while (start < n) {
            int end = start + (int) {{size}};
            if (end > n && !{{keep_partial}}) break;
            out.add(new ArrayList<>({{items}}.subList(start, Math.min(end, n))));
            start = end;
        }
        return out;
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{items}} []int) [][]int {
	out := [][]int{}
	n := len({{items}})
	for start := 0; start < n; start = start + {{size}} {
		end := start + {{size}}
		if end > n {
			if !{{keep_partial}} {
				break
			}
			end = n
		}
		out = append(out, append([]int{}, {{items}}[start:end]...))
	}
	return out
}
""",
        Language.RUBY: """def {{fn}}({{items}})
  out = []
  start = 0
  while start < {{items}}.length
    finish = start + {{size}}
    break if finish > {{items}}.length && !{{keep_partial}}
    out << {{items}}[start...finish]
    start = finish
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{items}}: Vec<i64>) -> Vec<Vec<i64>> {
    let mut out: Vec<Vec<i64>> = Vec::new();
    let n = {{items}}.len();
    let mut start: usize = 0;
    while start < n {
        let mut end = start + {{size}} as usize;
        if end > n {
            if !{{keep_partial}} {
                break;
            }
            end = n;
        }
        out.push({{items}}[start..end].to_vec());
        start = end;
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static List<List<long>> {{fn}}(List<long> {{items}})
    {
        var result = new List<List<long>>();
        int n = {{items}}.Count;
        int start = 0;
        while (start < n)
        {
            int end = start + (int){{size}};
            if (end > n && !{{keep_partial}}) break;
            result.Add({{items}}.GetRange(start, Math.Min(end, n) - start));
            start = end;
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["chunk_list", "split_into_batches", "make_groups", "paginate", "batch_items"],
            items=["items", "values", "readings", "ids", "records"],
        )
        p |= {
            "size": rng.choice([2, 3, 4, 5, 7]),
            "keep_partial": rng.choice([True, False]),
            "framing": rng.choice(
                [
                    "A bulk API accepts at most a fixed number of records per request.",
                    "A photo gallery lays thumbnails out in rows of equal width.",
                    "A shipping robot packs parts into crates of a fixed capacity.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"size": (p["size"], "int"), "keep_partial": (p["keep_partial"], "bool")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("items", "list[int]")], "list[list[int]]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        items, k = p["params"]["items"], p["size"]
        tail = (
            f"If the length is not a multiple of {k}, the last chunk holds the remaining (fewer than {k}) "
            "elements and is kept."
            if p["keep_partial"]
            else f"If the length is not a multiple of {k}, the remaining elements (fewer than {k}) do not "
            "form a full chunk and are dropped from the result."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which splits `{items}` into consecutive chunks of exactly "
            f"{k} elements each, in order: the first chunk holds elements 0 to {k - 1}, the next one the "
            f"following {k}, and so on. {tail} Return the list of chunks (each a list, order preserved); "
            "an empty input gives an empty list. Values may be any 64-bit integers; the input must not "
            "be modified."
        )
        return "Chunk a list", statement, f"Split a list into chunks of {k}."

    def solve(self, p: Params, *args: Any) -> Any:
        (items,) = args
        k = p["size"]
        chunks = [items[i : i + k] for i in range(0, len(items), k)]
        if chunks and len(chunks[-1]) < k and not p["keep_partial"]:
            chunks.pop()
        return chunks

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        k = p["size"]

        def draw(n: int) -> list[int]:
            return [rng.randint(-99, 99) for _ in range(n)]

        cases: list[Case] = [
            ([list(range(1, 2 * k + 2))], []),
            ([draw(rng.randint(k + 1, 3 * k))], []),
            ([draw(rng.randint(k + 1, 3 * k))], []),
            ([[]], ["empty"]),
            ([[7]], ["boundary"]),
            ([draw(k - 1)], ["boundary"]),
            ([draw(k)], ["boundary"]),
            ([draw(k + 1)], ["boundary"]),
            ([draw(2 * k)], ["boundary"]),
            ([draw(2 * k - 1)], ["boundary"]),
            ([[-(10**15), 10**15, 0] * k], ["boundary"]),
            ([draw(400)], ["large"]),
            ([draw(60 * k + k - 1)], ["large"]),
        ]
        return cases
