"""Medium family: split one CSV record into its fields, honouring quoted fields and doubled quotes.

Medium because it is a small state machine with several exact rules (quoted versus unquoted
fields, doubled quote escapes, what may follow a closing quote, empty and trailing fields).
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class CsvFields(Family):
    name = "csv-fields"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "strings", "state-machine")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{text}}: str) -> list[str]:
    fields: list[str] = []
    cur: list[str] = []
    n = len({{text}})
    i = 0
    while True:
        if i < n and {{text}}[i] == {{quote}}:
            i += 1
            closed = False
            while i < n:
                if {{text}}[i] == {{quote}}:
                    if i + 1 < n and {{text}}[i + 1] == {{quote}}:
                        cur.append({{quote}})
                        i += 2
                        continue
                    closed = True
                    i += 1
                    break
                cur.append({{text}}[i])
                i += 1
            if not closed or (i < n and {{text}}[i] != {{sep}}):
                return []
        else:
            while i < n and {{text}}[i] != {{sep}}:
                cur.append({{text}}[i])
                i += 1
        fields.append("".join(cur))
        cur = []
        if i >= n:
            return fields
        i += 1
""",
        Language.TYPESCRIPT: """export function {{fn}}({{text}}: string): string[] {
  const fields: string[] = [];
  let cur = "";
  const n = {{text}}.length;
  let i = 0;
  for (;;) {
    if (i < n && {{text}}[i] === {{quote}}) {
      i += 1;
      let closed = false;
      while (i < n) {
        if ({{text}}[i] === {{quote}}) {
          if (i + 1 < n && {{text}}[i + 1] === {{quote}}) {
            cur += {{quote}};
            i += 2;
            continue;
          }
          closed = true;
          i += 1;
          break;
        }
        cur += {{text}}[i];
        i += 1;
      }
      if (!closed || (i < n && {{text}}[i] !== {{sep}})) return [];
    } else {
      while (i < n && {{text}}[i] !== {{sep}}) {
        cur += {{text}}[i];
        i += 1;
      }
    }
    fields.push(cur);
    cur = "";
    if (i >= n) return fields;
    i += 1;
  }
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static List<String> {{fn}}(String {{text}}) {
        char q = {{quote}}.charAt(0);
        char s = {{sep}}.charAt(0);
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = {{text}}.length();
        int i = 0;
        while (true) {
            if (i < n && {{text}}.charAt(i) == q) {
                i += 1;
                boolean closed = false;
                while (i < n) {
                    if ({{text}}.charAt(i) == q) {
                        if (i + 1 < n && {{text}}.charAt(i + 1) == q) {
                            cur.append(q);
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i += 1;
                        break;
                    }
                    cur.append({{text}}.charAt(i));
                    i += 1;
                }
                if (!closed || (i < n && {{text}}.charAt(i) != s)) return new ArrayList<>();
            } else {
                while (i < n && {{text}}.charAt(i) != s) {
                    cur.append({{text}}.charAt(i));
                    i += 1;
                }
            }
            fields.add(cur.toString());
            cur.setLength(0);
            if (i >= n) return fields;
            i += 1;
        }
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{text}} string) []string {
	q := {{quote}}[0]
	s := {{sep}}[0]
	fields := []string{}
	cur := []byte{}
	n := len({{text}})
	i := 0
	for {
		if i < n && {{text}}[i] == q {
			i += 1
			closed := false
			for i < n {
				if {{text}}[i] == q {
					if i + 1 < n && {{text}}[i + 1] == q {
						cur = append(cur, q)
						i += 2
						continue
					}
					closed = true
					i += 1
					break
				}
				cur = append(cur, {{text}}[i])
				i += 1
			}
			if !closed || (i < n && {{text}}[i] != s) {
				return []string{}
			}
		} else {
			for i < n && {{text}}[i] != s {
				cur = append(cur, {{text}}[i])
				i += 1
			}
		}
		fields = append(fields, string(cur))
		cur = cur[:0]
		if i >= n {
			return fields
		}
		i += 1
	}
}
""",
        Language.RUBY: """def {{fn}}({{text}})
  chars = {{text}}.chars
  fields = []
  cur = +""
  n = chars.length
  i = 0
  loop do
    if i < n && chars[i] == {{quote}}
      i += 1
      closed = false
      while i < n
        if chars[i] == {{quote}}
          if i + 1 < n && chars[i + 1] == {{quote}}
            cur << {{quote}}
            i += 2
            next
          end
          closed = true
          i += 1
          break
        end
        cur << chars[i]
        i += 1
      end
      return [] if !closed || (i < n && chars[i] != {{sep}})
    else
      while i < n && chars[i] != {{sep}}
        cur << chars[i]
        i += 1
      end
    end
    fields << cur
    cur = +""
    return fields if i >= n
    i += 1
  end
end
""",
        Language.RUST: """pub fn {{fn}}({{text}}: String) -> Vec<String> {
    let quote_text = {{quote}};
    let sep_text = {{sep}};
    let q = quote_text.as_bytes()[0];
    let s = sep_text.as_bytes()[0];
    let bytes = {{text}}.as_bytes();
    let mut fields: Vec<String> = Vec::new();
    let mut cur: Vec<u8> = Vec::new();
    let n = bytes.len();
    let mut i = 0;
    loop {
        if i < n && bytes[i] == q {
            i += 1;
            let mut closed = false;
            while i < n {
                if bytes[i] == q {
                    if i + 1 < n && bytes[i + 1] == q {
                        cur.push(q);
                        i += 2;
                        continue;
                    }
                    closed = true;
                    i += 1;
                    break;
                }
                cur.push(bytes[i]);
                i += 1;
            }
            if !closed || (i < n && bytes[i] != s) {
                return Vec::new();
            }
        } else {
            while i < n && bytes[i] != s {
                cur.push(bytes[i]);
                i += 1;
            }
        }
        fields.push(String::from_utf8(cur.clone()).unwrap());
        cur.clear();
        if i >= n {
            return fields;
        }
        i += 1;
    }
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Text;

public static class Solution
{
    public static List<string> {{fn}}(string {{text}})
    {
        char q = {{quote}}[0];
        char s = {{sep}}[0];
        var fields = new List<string>();
        var cur = new StringBuilder();
        int n = {{text}}.Length;
        int i = 0;
        while (true)
        {
            if (i < n && {{text}}[i] == q)
            {
                i += 1;
                bool closed = false;
                while (i < n)
                {
                    if ({{text}}[i] == q)
                    {
                        if (i + 1 < n && {{text}}[i + 1] == q)
                        {
                            cur.Append(q);
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i += 1;
                        break;
                    }
                    cur.Append({{text}}[i]);
                    i += 1;
                }
                if (!closed || (i < n && {{text}}[i] != s)) return new List<string>();
            }
            else
            {
                while (i < n && {{text}}[i] != s)
                {
                    cur.Append({{text}}[i]);
                    i += 1;
                }
            }
            fields.Add(cur.ToString());
            cur.Clear();
            if (i >= n) return fields;
            i += 1;
        }
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["split_record", "parse_csv_line", "read_row", "split_fields", "parse_row"],
            text=["line", "row", "csv_line", "raw", "entry"],
        )
        p |= {
            "sep": rng.choice([",", ";", "|"]),
            "quote": rng.choice(['"', '"', "'"]),
            "framing": rng.choice(
                [
                    "A spreadsheet import reads exported rows one line at a time.",
                    "A bank statement parser splits each transaction record.",
                    "A log shipper decodes delimited audit records.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"sep": (p["sep"], "str"), "quote": (p["quote"], "str")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "list[str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        sep, q = p["sep"], p["quote"]
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which splits the record `{p['params']['text']}` into its "
            f"fields, in order. Fields are separated by the separator character `{sep}`. A field whose "
            f"first character is the quote character `{q}` is quoted: its value is everything up to the "
            f"closing `{q}`, where two consecutive `{q}{q}` inside it stand for one literal `{q}`, and the "
            "separator has no special meaning inside it. A closing quote must be followed immediately by "
            "the separator or by the end of the record. Any other field is unquoted: its value is every "
            f"character up to the next separator or the end, kept exactly (including spaces and any `{q}`"
            " that is not the field's first character). An empty record is one empty field, and a record "
            "ending with the separator ends with an empty field. If the record is malformed (a quoted "
            "field with no closing quote, or a closing quote followed by anything other than the separator "
            "or the end), return an empty list. Characters other than the separator and the quote are "
            "copied unchanged, whatever they are."
        )
        return "CSV record fields", statement, "Split one CSV record into fields (empty list if malformed)."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        sep, q = p["sep"], p["quote"]
        fields: list[str] = []
        i, n = 0, len(text)
        while True:
            cur = ""
            if text.startswith(q, i):
                i += 1
                while True:
                    j = text.find(q, i)
                    if j < 0:
                        return []
                    cur += text[i:j]
                    if text.startswith(q + q, j):
                        cur += q
                        i = j + 2
                    else:
                        i = j + 1
                        break
                if i < n and text[i] != sep:
                    return []
            else:
                j = text.find(sep, i)
                j = n if j < 0 else j
                cur, i = text[i:j], j
            fields.append(cur)
            if i >= n:
                return fields
            i += 1

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        s: str = p["sep"]
        q: str = p["quote"]
        other = "'" if q == '"' else '"'
        words = ["alpha", "beta 2", "x", "", "42", "New York", "a-b"]

        def field() -> str:
            word = rng.choice(words)
            if rng.random() < 0.4:
                return q + word.replace(" ", s).replace("-", q + q) + q
            return word

        def record(k: int) -> str:
            return s.join(field() for _ in range(k))

        many = s.join(f"{q}v{i}{s}{q}{q}{q}" if i % 3 == 0 else f"f{i}" for i in range(1500))
        cases: list[Case] = [([record(rng.randint(3, 5))], []) for _ in range(2)]
        cases += [
            ([f"{q}a{s}b{q}{s}c{s}{q}{q}"], []),
            ([f"1{s}{q}say {q}{q}hi{q}{q}{q}{s} 3 "], []),
            ([""], ["empty"]),
            ([s], ["empty"]),
            ([f"{q}{q}"], ["empty"]),
            ([f"{q}abc"], ["boundary"]),
            ([f"a{s}{q}bc{q}d{s}e"], ["boundary"]),
            ([f"{q}{q}{q}"], ["boundary"]),
            ([f"{q}{q}{q}{q}{s}x"], ["boundary"]),
            ([f"ab{q}c{s}d{q}{s}{other}e{other}"], ["boundary"]),
            ([f"{q}a{q} {s}b"], ["boundary"]),
            ([f"{s}{s}{q}x{q}{s}"], ["boundary"]),
            ([f"a{s}{q}"], ["boundary"]),
            ([many], ["large"]),
            ([f"{q}日本{s}語{q}{s}éü{s}{q}ñ{q}{q}ß{q}{s}中"], ["unicode"]),
        ]
        return cases
