"""Hard family: count the decodings of a digit string whose codes are 1..M (DP, modulo 1e9+7).

Hard because the number of decodings is exponential in the length: a linear dynamic programme is
needed, and zeros (no leading zeros in a code), the upper code M, multi-digit codes and non-ASCII
digits all decide boundaries.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

MOD = 1_000_000_007
ALPHABETS = {
    26: "the letters A-Z",
    36: "the letters A-Z and digits 0-9",
    52: "the letters A-Z and a-z",
    128: "the ASCII characters 1-128",
    255: "the bytes 1-255",
}


class DecodeWays(Family):
    name = "decode-ways"
    difficulty = Difficulty.HARD
    tags = ("dynamic-programming", "strings", "modular-arithmetic")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{code}}: str) -> int:
    for ch in {{code}}:
        if ch < "0" or ch > "9":
            return 0
    n = len({{code}})
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(1, n + 1):
        value = 0
        place = 1
        for size in range(1, {{width}} + 1):
            j = i - size
            if j < 0:
                break
            value += (ord({{code}}[j]) - 48) * place
            place *= 10
            if {{code}}[j] != "0" and value <= {{top}}:
                ways[i] = (ways[i] + ways[j]) % 1000000007
    return ways[n]
""",
        Language.TYPESCRIPT: """export function {{fn}}({{code}}: string): number {
  for (const ch of {{code}}) {
    if (ch < "0" || ch > "9") return 0;
  }
  const n = {{code}}.length;
  const ways: number[] = new Array(n + 1).fill(0);
  ways[0] = 1;
  for (let i = 1; i <= n; i++) {
    let value = 0;
    let place = 1;
    for (let size = 1; size <= {{width}}; size++) {
      const j = i - size;
      if (j < 0) break;
      value += ({{code}}.charCodeAt(j) - 48) * place;
      place *= 10;
      if ({{code}}[j] !== "0" && value <= {{top}}) ways[i] = (ways[i] + ways[j]) % 1000000007;
    }
  }
  return ways[n];
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(String {{code}}) {
        int n = {{code}}.length();
        for (int i = 0; i < n; i++) {
            char ch = {{code}}.charAt(i);
            if (ch < '0' || ch > '9') return 0;
        }
        long[] ways = new long[n + 1];
        ways[0] = 1;
        for (int i = 1; i <= n; i++) {
            long value = 0;
            long place = 1;
            for (int size = 1; size <= {{width}}; size++) {
                int j = i - size;
                if (j < 0) break;
                value += ({{code}}.charAt(j) - 48) * place;
                place *= 10;
                if ({{code}}.charAt(j) != '0' && value <= {{top}}) {
                    ways[i] = (ways[i] + ways[j]) % 1000000007L;
                }
            }
        }
        return ways[n];
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{code}} string) int {
	for _, ch := range {{code}} {
		if ch < '0' || ch > '9' {
			return 0
		}
	}
	n := len({{code}})
	ways := make([]int, n + 1)
	ways[0] = 1
	for i := 1; i <= n; i++ {
		value := 0
		place := 1
		for size := 1; size <= {{width}}; size++ {
			j := i - size
			if j < 0 {
				break
			}
			value += int({{code}}[j] - 48) * place
			place *= 10
			if {{code}}[j] != '0' && value <= {{top}} {
				ways[i] = (ways[i] + ways[j]) % 1000000007
			}
		}
	}
	return ways[n]
}
""",
        Language.RUBY: """def {{fn}}({{code}})
  {{code}}.each_char do |ch|
    return 0 if ch < "0" || ch > "9"
  end
  n = {{code}}.length
  ways = Array.new(n + 1, 0)
  ways[0] = 1
  (1..n).each do |i|
    value = 0
    place = 1
    (1..{{width}}).each do |size|
      j = i - size
      break if j < 0
      value += ({{code}}[j].ord - 48) * place
      place *= 10
      ways[i] = (ways[i] + ways[j]) % 1000000007 if {{code}}[j] != "0" && value <= {{top}}
    end
  end
  ways[n]
end
""",
        Language.RUST: """pub fn {{fn}}({{code}}: String) -> i64 {
    let bytes: Vec<char> = {{code}}.chars().collect();
    for ch in bytes.iter() {
        if *ch < '0' || *ch > '9' {
            return 0;
        }
    }
    let n = bytes.len();
    let mut ways: Vec<i64> = vec![0; n + 1];
    ways[0] = 1;
    for i in 1..(n + 1) {
        let mut value: i64 = 0;
        let mut place: i64 = 1;
        for size in 1..({{width}} + 1) {
            if size > i {
                break;
            }
            let j = i - size;
            value += (bytes[j] as i64 - 48) * place;
            place *= 10;
            if bytes[j] != '0' && value <= {{top}} {
                ways[i] = (ways[i] + ways[j]) % 1000000007;
            }
        }
    }
    ways[n]
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(string {{code}})
    {
        int n = {{code}}.Length;
        foreach (char ch in {{code}})
        {
            if (ch < '0' || ch > '9') return 0;
        }
        long[] ways = new long[n + 1];
        ways[0] = 1;
        for (int i = 1; i <= n; i++)
        {
            long value = 0;
            long place = 1;
            for (int size = 1; size <= {{width}}; size++)
            {
                int j = i - size;
                if (j < 0) break;
                value += ({{code}}[j] - 48) * place;
                place *= 10;
                if ({{code}}[j] != '0' && value <= {{top}}) ways[i] = (ways[i] + ways[j]) % 1000000007L;
            }
        }
        return ways[n];
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["decode_ways", "count_decodings", "message_readings", "cipher_ways", "decode_count"],
            code=["code", "message", "digits", "encoded", "signal"],
        )
        top = rng.choice(sorted(ALPHABETS))
        p |= {
            "top": top,
            "width": len(str(top)),
            "framing": rng.choice(
                [
                    "A spy agency receives messages whose separators were lost in transmission.",
                    "An old pager protocol sends symbols as decimal codes without delimiters.",
                    "A puzzle book asks how many ways a number can be read as a word.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"top": (p["top"], "int"), "width": (p["width"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("code", "str")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        code, top = p["params"]["code"], p["top"]
        statement = (
            f"{p['framing']} Each of {ALPHABETS[top]} is encoded as its number 1..{top}, written in "
            "decimal without leading zeros, and a message is the concatenation of the codes of its "
            f"symbols. Write `{p['fn']}`, which returns the number of ways to split `{code}` into a "
            f"sequence of valid codes (each a number between 1 and {top} with no leading zero; `0` alone "
            "is never a code), modulo 1000000007. The empty string has exactly 1 decoding (the empty "
            f"message). If `{code}` contains any character other than the ASCII digits `0`-`9` "
            "(including other Unicode digits), return 0. Strings have up to 10^5 characters."
        )
        return "Decode ways", statement, f"Count decodings of a digit string with codes 1..{top}."

    def solve(self, p: Params, *args: Any) -> Any:
        (code,) = args
        if any(ch not in "0123456789" for ch in code):
            return 0
        top = p["top"]
        ways = [1] + [0] * len(code)
        for start in range(len(code)):
            if not ways[start] or code[start] == "0":
                continue
            for end in range(start + 1, min(len(code), start + p["width"]) + 1):
                if int(code[start:end]) <= top:
                    ways[end] = (ways[end] + ways[start]) % MOD
        return ways[len(code)]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        top = p["top"]

        def digits(n: int, alphabet: str = "0123456789") -> str:
            return "".join(rng.choice(alphabet) for _ in range(n))

        cases: list[Case] = [(["1226"], [])]
        cases += [([digits(rng.randint(3, 8), "1122334567890")], []) for _ in range(4)]
        cases += [
            ([""], ["empty"]),
            (["0"], ["boundary"]),
            (["7"], ["boundary"]),
            (["10"], ["boundary"]),
            (["01"], ["boundary"]),
            (["100"], ["boundary"]),
            (["1001"], ["boundary"]),
            ([str(top)], ["boundary"]),
            ([str(top + 1)], ["boundary"]),
            ([str(top) + "1"], ["boundary"]),
            (["11" + str(top - 1)], ["boundary"]),
            (["27"], ["boundary"]),
            (["12a3"], ["boundary"]),
            (["1 2"], ["boundary"]),
            (["1" * 5000], ["large"]),
            ([digits(5000, "1112223456789")], ["large"]),
            (["12" * 2000 + "0"], ["large"]),
            ([digits(3000, "0123456789")], ["large"]),
            (["12٣4"], ["unicode"]),
            (["１２"], ["unicode"]),
            (["é12"], ["unicode"]),
        ]
        return cases
