"""Medium family: strip HTML tags from text and decode a small fixed set of character entities.

Medium because it is a one-pass scanner with many exact rules: where a tag ends, what an
unterminated tag does, which entities decode (named and bounded numeric ones) and that decoded
text is never scanned again.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"'}


class StripTags(Family):
    name = "strip-tags"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "strings", "html")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{html}}: str) -> str:
    out: list[str] = []
    i = 0
    n = len({{html}})
    while i < n:
        c = {{html}}[i]
        if c == "<":
            close = {{html}}.find(">", i + 1)
            if close >= 0:
                i = close + 1
                continue
            if {{drop_open}}:
                break
        elif c == "&":
            semi = {{html}}.find(";", i + 1)
            word = {{html}}[i + 1 : semi] if semi >= 0 else ""
            piece = None
            if word == "amp":
                piece = "&"
            elif word == "lt":
                piece = "<"
            elif word == "gt":
                piece = ">"
            elif word == "quot":
                piece = '"'
            elif word == {{extra_name}}:
                piece = {{extra_char}}
            elif len(word) >= 2 and len(word) <= 6 and word[0] == "#":
                if all("0" <= d <= "9" for d in word[1:]):
                    code = int(word[1:])
                    if code >= 1 and code <= 65535 and (code < 55296 or code > 57343):
                        piece = chr(code)
            if piece is not None:
                out.append(piece)
                i = semi + 1
                continue
        out.append(c)
        i += 1
    return "".join(out)
""",
        Language.TYPESCRIPT: """export function {{fn}}({{html}}: string): string {
  const out: string[] = [];
  let i = 0;
  const n = {{html}}.length;
  while (i < n) {
    const c = {{html}}[i];
    if (c === "<") {
      const close = {{html}}.indexOf(">", i + 1);
      if (close >= 0) {
        i = close + 1;
        continue;
      }
      if ({{drop_open}}) break;
    } else if (c === "&") {
      const semi = {{html}}.indexOf(";", i + 1);
      const word = semi >= 0 ? {{html}}.slice(i + 1, semi) : "";
      let piece: string | null = null;
      if (word === "amp") piece = "&";
      else if (word === "lt") piece = "<";
      else if (word === "gt") piece = ">";
      else if (word === "quot") piece = '"';
      else if (word === {{extra_name}}) piece = {{extra_char}};
      else if (word.length >= 2 && word.length <= 6 && word[0] === "#" && /^[0-9]+$/.test(word.slice(1))) {
        const code = Number(word.slice(1));
        if (code >= 1 && code <= 65535 && (code < 55296 || code > 57343)) piece = String.fromCharCode(code);
      }
      if (piece !== null) {
        out.push(piece);
        i = semi + 1;
        continue;
      }
    }
    out.push(c);
    i += 1;
  }
  return out.join("");
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static String {{fn}}(String {{html}}) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = {{html}}.length();
        while (i < n) {
            char c = {{html}}.charAt(i);
            if (c == '<') {
                int close = {{html}}.indexOf('>', i + 1);
                if (close >= 0) {
                    i = close + 1;
                    continue;
                }
                if ({{drop_open}}) break;
            } else if (c == '&') {
                int semi = {{html}}.indexOf(';', i + 1);
                String word = semi >= 0 ? {{html}}.substring(i + 1, semi) : "";
                String piece = null;
                if (word.equals("amp")) piece = "&";
                else if (word.equals("lt")) piece = "<";
                else if (word.equals("gt")) piece = ">";
                else if (word.equals("quot")) piece = "\\"";
                else if (word.equals({{extra_name}})) piece = {{extra_char}};
                else if (word.length() >= 2 && word.length() <= 6 && word.charAt(0) == '#'
                        && word.substring(1).chars().allMatch(d -> d >= '0' && d <= '9')) {
                    int code = Integer.parseInt(word.substring(1));
                    if (code >= 1 && code <= 65535 && (code < 55296 || code > 57343)) {
                        piece = String.valueOf((char) code);
                    }
                }
                if (piece != null) {
                    out.append(piece);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i += 1;
        }
        return out.toString();
    }
}
""",
        Language.GO: """package solution

import (
	"strconv"
	"strings"
)

func {{fn}}({{html}} string) string {
	var out strings.Builder
	i := 0
	n := len({{html}})
	for i < n {
		c := {{html}}[i]
		if c == '<' {
			close := strings.IndexByte({{html}}[i + 1:], '>')
			if close >= 0 {
				i = i + 1 + close + 1
				continue
			}
			if {{drop_open}} {
				break
			}
		} else if c == '&' {
			semi := strings.IndexByte({{html}}[i + 1:], ';')
			word := ""
			if semi >= 0 {
				semi = i + 1 + semi
				word = {{html}}[i + 1:semi]
			}
			piece := ""
			found := true
			if word == "amp" {
				piece = "&"
			} else if word == "lt" {
				piece = "<"
			} else if word == "gt" {
				piece = ">"
			} else if word == "quot" {
				piece = "\\""
			} else if word == {{extra_name}} {
				piece = {{extra_char}}
			} else if len(word) >= 2 && len(word) <= 6 && word[0] == '#' &&
				strings.Trim(word[1:], "0123456789") == "" {
				code, _ := strconv.Atoi(word[1:])
				if code >= 1 && code <= 65535 && (code < 55296 || code > 57343) {
					piece = string(rune(code))
				} else {
					found = false
				}
			} else {
				found = false
			}
			if found {
				out.WriteString(piece)
				i = semi + 1
				continue
			}
		}
		out.WriteByte(c)
		i += 1
	}
	return out.String()
}
""",
        Language.RUBY: """def {{fn}}({{html}})
  out = +""
  i = 0
  n = {{html}}.length
  while i < n
    c = {{html}}[i]
    if c == "<"
      close = {{html}}.index(">", i + 1)
      unless close.nil?
        i = close + 1
        next
      end
      break if {{drop_open}}
    elsif c == "&"
      semi = {{html}}.index(";", i + 1)
      word = semi.nil? ? "" : {{html}}[(i + 1)...semi]
      piece = nil
      if word == "amp"
        piece = "&"
      elsif word == "lt"
        piece = "<"
      elsif word == "gt"
        piece = ">"
      elsif word == "quot"
        piece = '"'
      elsif word == {{extra_name}}
        piece = {{extra_char}}
      elsif word.length >= 2 && word.length <= 6 && word[0] == "#" && word[1..].match?(/\\A[0-9]+\\z/)
        code = word[1..].to_i
        piece = code.chr(Encoding::UTF_8) if code >= 1 && code <= 65535 && (code < 55296 || code > 57343)
      end
      unless piece.nil?
        out << piece
        i = semi + 1
        next
      end
    end
    out << c
    i += 1
  end
  out
end
""",
        Language.RUST: """pub fn {{fn}}({{html}}: String) -> String {
    let extra_name: String = {{extra_name}};
    let extra_char: String = {{extra_char}};
    let bytes = {{html}}.as_bytes();
    let n = bytes.len();
    let mut out: Vec<u8> = Vec::new();
    let mut i: usize = 0;
    while i < n {
        let c = bytes[i];
        if c == b'<' {
            if let Some(close) = bytes[i + 1..].iter().position(|b| *b == b'>') {
                i = i + 1 + close + 1;
                continue;
            }
            if {{drop_open}} {
                break;
            }
        } else if c == b'&' {
            let semi = bytes[i + 1..].iter().position(|b| *b == b';').map(|k| i + 1 + k);
            let word: &str = match semi {
                Some(end) => &{{html}}[i + 1..end],
                None => "",
            };
            let mut piece: Option<String> = None;
            if word == "amp" {
                piece = Some("&".to_string());
            } else if word == "lt" {
                piece = Some("<".to_string());
            } else if word == "gt" {
                piece = Some(">".to_string());
            } else if word == "quot" {
                piece = Some("\\"".to_string());
            } else if word == extra_name {
                piece = Some(extra_char.clone());
            } else if word.len() >= 2 && word.len() <= 6 && word.starts_with('#')
                && word[1..].bytes().all(|d| d >= b'0' && d <= b'9')
            {
                let code: u32 = word[1..].parse().unwrap();
                if code >= 1 && code <= 65535 && (code < 55296 || code > 57343) {
                    piece = char::from_u32(code).map(|ch| ch.to_string());
                }
            }
            if let Some(text) = piece {
                out.extend_from_slice(text.as_bytes());
                i = semi.unwrap() + 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public static class Solution
{
    public static string {{fn}}(string {{html}})
    {
        var sb = new StringBuilder();
        int i = 0;
        int n = {{html}}.Length;
        while (i < n)
        {
            char c = {{html}}[i];
            if (c == '<')
            {
                int close = {{html}}.IndexOf('>', i + 1);
                if (close >= 0)
                {
                    i = close + 1;
                    continue;
                }
                if ({{drop_open}}) break;
            }
            else if (c == '&')
            {
                int semi = {{html}}.IndexOf(';', i + 1);
                string word = semi >= 0 ? {{html}}.Substring(i + 1, semi - i - 1) : "";
                string piece = null;
                if (word == "amp") piece = "&";
                else if (word == "lt") piece = "<";
                else if (word == "gt") piece = ">";
                else if (word == "quot") piece = "\\"";
                else if (word == {{extra_name}}) piece = {{extra_char}};
                else if (word.Length >= 2 && word.Length <= 6 && word[0] == '#'
                    && word.Substring(1).All(d => d >= '0' && d <= '9'))
                {
                    int code = int.Parse(word.Substring(1));
                    if (code >= 1 && code <= 65535 && (code < 55296 || code > 57343))
                    {
                        piece = ((char)code).ToString();
                    }
                }
                if (piece != null)
                {
                    sb.Append(piece);
                    i = semi + 1;
                    continue;
                }
            }
            sb.Append(c);
            i += 1;
        }
        return sb.ToString();
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["strip_tags", "plain_text", "html_to_text", "remove_markup", "text_content"],
            html=["html", "markup", "fragment", "snippet", "page"],
        )
        extra_name, extra_char = rng.choice([("apos", "'"), ("nbsp", " "), ("tab", "\t"), ("star", "*")])
        p |= {
            "drop_open": rng.choice([True, False]),
            "extra_name": extra_name,
            "extra_char": extra_char,
            "framing": rng.choice(
                [
                    "A mail client shows a plain-text preview of HTML messages.",
                    "A search indexer keeps only the visible text of web pages.",
                    "A chat bridge turns formatted messages into plain text.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "drop_open": (p["drop_open"], "bool"),
            "extra_name": (p["extra_name"], "str"),
            "extra_char": (p["extra_char"], "str"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("html", "str")], "str")

    def statement(self, p: Params) -> tuple[str, str, str]:
        extra = {"'": "`'`", " ": "a space", "\t": "a tab character", "*": "`*`"}[p["extra_char"]]
        unterminated = (
            "it and everything after it are dropped"
            if p["drop_open"]
            else "that `<` is kept as an ordinary character and scanning continues after it"
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which returns the text of `{p['params']['html']}` with "
            "tags removed and entities decoded, scanning left to right. A tag starts at a `<` and "
            "ends at the next `>`; the whole tag (both brackets included) is removed, whatever it "
            f"contains. A `<` with no `>` anywhere after it is unterminated: {unterminated}. Outside "
            "tags, an `&` starts an entity when the text up to the next `;` is exactly one of `amp`, "
            f'`lt`, `gt`, `quot`, `{p["extra_name"]}` (decoding to `&`, `<`, `>`, `"` and {extra}) '
            "or `#` followed by 1 to 5 ASCII digits whose decimal value is between 1 and 65535 but "
            "not between 55296 and 57343 (decoding to the character with that code). The entity, "
            "from `&` to `;`, is replaced by its character and scanning continues after the `;`, so "
            "decoded characters are never part of a tag or another entity. Any other `&`, a lone `>` "
            "and all other characters are kept unchanged. Names are case-sensitive."
        )
        return "Strip HTML tags", statement, "Remove HTML tags and decode a few entities."

    def solve(self, p: Params, *args: Any) -> Any:
        (html,) = args
        named = {**NAMED, p["extra_name"]: p["extra_char"]}
        out, i = [], 0
        while i < len(html):
            c = html[i]
            if c == "<" and ">" in html[i + 1 :]:
                i = html.index(">", i + 1) + 1
                continue
            if c == "<" and p["drop_open"]:
                break
            if c == "&" and ";" in html[i + 1 :]:
                semi = html.index(";", i + 1)
                word = html[i + 1 : semi]
                digits = word[1:]
                numeric = word[:1] == "#" and 1 <= len(digits) <= 5 and set(digits) <= set("0123456789")
                code = int(digits) if numeric else 0
                if word in named or (1 <= code <= 65535 and not 55296 <= code <= 57343):
                    out.append(named[word] if word in named else chr(code))
                    i = semi + 1
                    continue
            out.append(c)
            i += 1
        return "".join(out)

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        ex = p["extra_name"]
        bits = [
            "<b>",
            "</b>",
            "<a href='x>y'>",
            "hi",
            " ",
            "&amp;",
            "&lt;",
            f"&{ex};",
            "&#65;",
            "x",
            "&",
            ">",
        ]

        def doc(n: int) -> str:
            return "".join(rng.choice(bits) for _ in range(n))

        cases: list[Case] = [(["<p>Hello &amp; <b>bye</b></p>"], []), ([doc(8)], [])]
        cases += [([doc(12)], []) for _ in range(3)]
        cases += [
            ([""], ["empty"]),
            (["<br/><hr>"], ["empty"]),
            (["a < b and c > d"], ["boundary"]),
            (["x <y"], ["boundary"]),
            (["1 < 2 < 3 &amp; 4"], ["boundary"]),
            (["<<b>>"], ["boundary"]),
            (["&amp;lt; &lt;b&gt;bold&lt;/b&gt;"], ["boundary"]),
            (["&AMP; &amp &amp;amp; &quot;q&quot; &gt;&lt;"], ["boundary"]),
            ([f"&{ex}; &{ex.upper()}; &{ex}"], ["boundary"]),
            (["&#65;&#0;&#1;&#x41;&#;&#065;&#99999;&#65535;&#123456;"], ["boundary"]),
            (["&#55295;|&#55296;|&#57343;|&#57344;"], ["boundary"]),
            (["<a title='&amp;'>&#60;b&#62;</a>"], ["boundary"]),
            (["a & b; c &; d"], ["boundary"]),
            ([doc(1500)], ["large"]),
            (["<i>" * 400 + "x" + "</i>" * 400 + "<"], ["large"]),
            (["<p>Grüße &amp; 中文</p> &#233;t&#233; <ü"], ["unicode"]),
        ]
        return cases
