"""Medium family: parse a URL query string into a map, decoding `%XX` escapes and `+`.

Medium because it combines splitting, an escape decoder with exact rules for malformed escapes,
a duplicate-key policy and several empty-piece cases that must all be handled precisely.
"""

from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})|\+")


class QueryString(Family):
    name = "query-string"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "maps", "strings")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def _decode_part(part: str) -> str:
    hexdigits = "0123456789ABCDEFabcdef"
    out: list[str] = []
    i = 0
    while i < len(part):
        c = part[i]
        if c == "+" and {{plus_space}}:
            out.append(" ")
            i += 1
            continue
        if c == "%" and i + 2 < len(part):
            hi = hexdigits.find(part[i + 1])
            lo = hexdigits.find(part[i + 2])
            if hi >= 0 and lo >= 0:
                if hi > 15:
                    hi -= 6
                if lo > 15:
                    lo -= 6
                code = hi * 16 + lo
                if code < 128:
                    out.append(chr(code))
                    i += 3
                    continue
        out.append(c)
        i += 1
    return "".join(out)


def {{fn}}({{text}}: str) -> dict[str, str]:
    out: dict[str, str] = {}
    body = {{text}}[1:] if {{text}}.startswith("?") else {{text}}
    for piece in body.split({{pair_sep}}):
        if piece == "":
            continue
        at = piece.find("=")
        raw_key = piece if at < 0 else piece[:at]
        raw_value = "" if at < 0 else piece[at + 1 :]
        if raw_key == "":
            continue
        key = _decode_part(raw_key)
        if {{keep_first}} and key in out:
            continue
        out[key] = _decode_part(raw_value)
    return out
""",
        Language.TYPESCRIPT: """function decodePart(part: string): string {
  const hexdigits = "0123456789ABCDEFabcdef";
  let out = "";
  let i = 0;
  while (i < part.length) {
    const c = part[i];
    if (c === "+" && {{plus_space}}) {
      out += " ";
      i++;
      continue;
    }
    if (c === "%" && i + 2 < part.length) {
      let hi = hexdigits.indexOf(part[i + 1]);
      let lo = hexdigits.indexOf(part[i + 2]);
      if (hi >= 0 && lo >= 0) {
        if (hi > 15) hi -= 6;
        if (lo > 15) lo -= 6;
        const code = hi * 16 + lo;
        if (code < 128) {
          out += String.fromCharCode(code);
          i += 3;
          continue;
        }
      }
    }
    out += c;
    i++;
  }
  return out;
}

export function {{fn}}({{text}}: string): Record<string, string> {
  const out: Record<string, string> = {};
  const body = {{text}}.startsWith("?") ? {{text}}.slice(1) : {{text}};
  for (const piece of body.split({{pair_sep}})) {
    if (piece === "") continue;
    const at = piece.indexOf("=");
    const rawKey = at < 0 ? piece : piece.slice(0, at);
    const rawValue = at < 0 ? "" : piece.slice(at + 1);
    if (rawKey === "") continue;
    const key = decodePart(rawKey);
    if ({{keep_first}} && Object.prototype.hasOwnProperty.call(out, key)) continue;
    out[key] = decodePart(rawValue);
  }
  return out;
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    static String decodePart(String part) {
        String hexdigits = "0123456789ABCDEFabcdef";
        boolean plusSpace = {{plus_space}};
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < part.length()) {
            char c = part.charAt(i);
            if (c == '+' && plusSpace) {
                out.append(' ');
                i++;
                continue;
            }
            if (c == '%' && i + 2 < part.length()) {
                int hi = hexdigits.indexOf(part.charAt(i + 1));
                int lo = hexdigits.indexOf(part.charAt(i + 2));
                if (hi >= 0 && lo >= 0) {
                    if (hi > 15) hi -= 6;
                    if (lo > 15) lo -= 6;
                    int code = hi * 16 + lo;
                    if (code < 128) {
                        out.append((char) code);
                        i += 3;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    public static Map<String, String> {{fn}}(String {{text}}) {
        Map<String, String> out = new HashMap<>();
        String body = {{text}}.startsWith("?") ? {{text}}.substring(1) : {{text}};
        for (String piece : body.split(java.util.regex.Pattern.quote({{pair_sep}}), -1)) {
            if (piece.isEmpty()) continue;
            int at = piece.indexOf('=');
            String rawKey = at < 0 ? piece : piece.substring(0, at);
            String rawValue = at < 0 ? "" : piece.substring(at + 1);
            if (rawKey.isEmpty()) continue;
            String key = decodePart(rawKey);
            if ({{keep_first}} && out.containsKey(key)) continue;
            out.put(key, decodePart(rawValue));
        }
        return out;
    }
}
""",
        Language.GO: """package solution

import "strings"

func decodePart(part string) string {
	hexdigits := "0123456789ABCDEFabcdef"
	out := []byte{}
	i := 0
	for i < len(part) {
		c := part[i]
		if c == '+' && {{plus_space}} {
			out = append(out, ' ')
			i += 1
			continue
		}
		if c == '%' && i + 2 < len(part) {
			hi := strings.IndexByte(hexdigits, part[i + 1])
			lo := strings.IndexByte(hexdigits, part[i + 2])
			if hi >= 0 && lo >= 0 {
				if hi > 15 {
					hi -= 6
				}
				if lo > 15 {
					lo -= 6
				}
				code := hi * 16 + lo
				if code < 128 {
					out = append(out, byte(code))
					i += 3
					continue
				}
			}
		}
		out = append(out, c)
		i += 1
	}
	return string(out)
}

func {{fn}}({{text}} string) map[string]string {
	out := map[string]string{}
	body := strings.TrimPrefix({{text}}, "?")
	for _, piece := range strings.Split(body, {{pair_sep}}) {
		if piece == "" {
			continue
		}
		rawKey, rawValue := piece, ""
		if at := strings.Index(piece, "="); at >= 0 {
			rawKey, rawValue = piece[:at], piece[at + 1:]
		}
		if rawKey == "" {
			continue
		}
		key := decodePart(rawKey)
		if _, seen := out[key]; seen && {{keep_first}} {
			continue
		}
		out[key] = decodePart(rawValue)
	}
	return out
}
""",
        Language.RUBY: """def decode_part(part)
  hexdigits = "0123456789ABCDEFabcdef"
  chars = part.chars
  out = +""
  i = 0
  while i < chars.length
    c = chars[i]
    if c == "+" && {{plus_space}}
      out << " "
      i += 1
      next
    end
    if c == "%" && i + 2 < chars.length
      hi = hexdigits.index(chars[i + 1])
      lo = hexdigits.index(chars[i + 2])
      if !hi.nil? && !lo.nil?
        hi -= 6 if hi > 15
        lo -= 6 if lo > 15
        code = hi * 16 + lo
        if code < 128
          out << code.chr
          i += 3
          next
        end
      end
    end
    out << c
    i += 1
  end
  out
end

def {{fn}}({{text}})
  out = {}
  body = {{text}}.start_with?("?") ? {{text}}[1..] : {{text}}
  body.split({{pair_sep}}, -1).each do |piece|
    next if piece.empty?
    at = piece.index("=")
    raw_key = at.nil? ? piece : piece[0...at]
    raw_value = at.nil? ? "" : piece[(at + 1)..]
    next if raw_key.empty?
    key = decode_part(raw_key)
    next if {{keep_first}} && out.key?(key)
    out[key] = decode_part(raw_value)
  end
  out
end
""",
        Language.RUST: """use std::collections::HashMap;

fn decode_part(part: &str) -> String {
    let hexdigits = "0123456789ABCDEFabcdef".as_bytes();
    let bytes = part.as_bytes();
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'+' && {{plus_space}} {
            out.push(b' ');
            i += 1;
            continue;
        }
        if c == b'%' && i + 2 < bytes.len() {
            let high = hexdigits.iter().position(|&h| h == bytes[i + 1]);
            let low = hexdigits.iter().position(|&h| h == bytes[i + 2]);
            if let (Some(mut hi), Some(mut lo)) = (high, low) {
                if hi > 15 {
                    hi -= 6;
                }
                if lo > 15 {
                    lo -= 6;
                }
                let code = hi * 16 + lo;
                if code < 128 {
                    out.push(code as u8);
                    i += 3;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

pub fn {{fn}}({{text}}: String) -> HashMap<String, String> {
    let pair_sep = {{pair_sep}};
    let mut out: HashMap<String, String> = HashMap::new();
    let body = {{text}}.strip_prefix('?').unwrap_or({{text}}.as_str());
    for piece in body.split(pair_sep.as_str()) {
        if piece.is_empty() {
            continue;
        }
        let (raw_key, raw_value) = match piece.find('=') {
            Some(at) => (&piece[..at], &piece[at + 1..]),
            None => (piece, ""),
        };
        if raw_key.is_empty() {
            continue;
        }
        let key = decode_part(raw_key);
        if {{keep_first}} && out.contains_key(&key) {
            continue;
        }
        out.insert(key, decode_part(raw_value));
    }
    out
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;
using System.Text;

public static class Solution
{
    static string DecodePart(string part)
    {
        string hexdigits = "0123456789ABCDEFabcdef";
        bool plusSpace = {{plus_space}};
        var result = new StringBuilder();
        int i = 0;
        while (i < part.Length)
        {
            char c = part[i];
            if (c == '+' && plusSpace)
            {
                result.Append(' ');
                i++;
                continue;
            }
            if (c == '%' && i + 2 < part.Length)
            {
                int hi = hexdigits.IndexOf(part[i + 1]);
                int lo = hexdigits.IndexOf(part[i + 2]);
                if (hi >= 0 && lo >= 0)
                {
                    if (hi > 15) hi -= 6;
                    if (lo > 15) lo -= 6;
                    int code = hi * 16 + lo;
                    if (code < 128)
                    {
                        result.Append((char)code);
                        i += 3;
                        continue;
                    }
                }
            }
            result.Append(c);
            i++;
        }
        return result.ToString();
    }

    public static Dictionary<string, string> {{fn}}(string {{text}})
    {
        var result = new Dictionary<string, string>();
        string body = {{text}}.StartsWith("?", StringComparison.Ordinal) ? {{text}}.Substring(1) : {{text}};
        foreach (string piece in body.Split(new[] { {{pair_sep}} }, StringSplitOptions.None))
        {
            if (piece.Length == 0) continue;
            int at = piece.IndexOf('=');
            string rawKey = at < 0 ? piece : piece.Substring(0, at);
            string rawValue = at < 0 ? "" : piece.Substring(at + 1);
            if (rawKey.Length == 0) continue;
            string key = DecodePart(rawKey);
            if ({{keep_first}} && result.ContainsKey(key)) continue;
            result[key] = DecodePart(rawValue);
        }
        return result;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["parse_query", "query_params", "decode_query_string", "read_query", "split_query"],
            text=["query", "qs", "search", "url_query", "params_text"],
        )
        p |= {
            "pair_sep": rng.choice(["&", "&", ";"]),
            "keep_first": rng.choice([True, False]),
            "plus_space": rng.choice([True, True, False]),
            "framing": rng.choice(
                [
                    "A web framework exposes the query parameters of each request.",
                    "An analytics collector decodes tracking links.",
                    "A static-site search page reads its filters from the address bar.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "pair_sep": (p["pair_sep"], "str"),
            "keep_first": (p["keep_first"], "bool"),
            "plus_space": (p["plus_space"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("text", "str")], "dict[str, str]")

    def statement(self, p: Params) -> tuple[str, str, str]:
        sep = p["pair_sep"]
        which = "first" if p["keep_first"] else "last"
        plus = (
            "a `+` decodes to a space (U+0020); "
            if p["plus_space"]
            else "a `+` is an ordinary character and stays `+`; "
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which parses the query string `{p['params']['text']}` into "
            "a map from decoded name to decoded value. If the string starts with `?`, that one character "
            f"is ignored. The rest is split on every `{sep}` into pieces; empty pieces are skipped. In a "
            "piece, the raw name is the text before the first `=` and the raw value the text after it; a "
            "piece without `=` has the whole piece as raw name and an empty value. Pieces whose raw name "
            "is empty are skipped. Splitting happens before decoding. Names and values are then decoded "
            f"left to right: {plus}a `%` followed by two hexadecimal digits (`0-9`, `a-f`, `A-F`) whose "
            "value is below 0x80 decodes to that ASCII character, and the three characters are consumed. "
            "Any other `%` (not followed by two hex digits, or encoding a value of 0x80 or more) is kept "
            "literally and decoding resumes at the character after it. Decoded text is never decoded "
            f"again. When several pieces decode to the same name, the {which} one wins. Every other "
            "character, including non-ASCII ones, is copied unchanged."
        )
        return "Query-string parameters", statement, "Parse and decode a URL query string into a map."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args

        def decode(part: str) -> str:
            def replace(m: re.Match[str]) -> str:
                if m.group(0) == "+":
                    return " " if p["plus_space"] else "+"
                code = int(m.group(1), 16)
                return chr(code) if code < 0x80 else m.group(0)

            return _ESCAPE.sub(replace, part)

        out: dict[str, str] = {}
        for piece in text.removeprefix("?").split(p["pair_sep"]):
            raw_key, _, raw_value = piece.partition("=")
            if not raw_key:
                continue
            key = decode(raw_key)
            if not (p["keep_first"] and key in out):
                out[key] = decode(raw_value)
        return out

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        s: str = p["pair_sep"]
        other = ";" if s == "&" else "&"
        names = ["q", "page", "sort", "tag", "lang", "q"]
        values = ["red+shoes", "10", "a%20b", "x%2By", "%41%42", "", "50%25"]

        def pair() -> str:
            return f"{rng.choice(names)}={rng.choice(values)}"

        many = s.join(f"k{i % 700}=v%{2 + i % 4}{'F' if i % 2 else 'a'}+{i}" for i in range(1500))
        cases: list[Case] = [(["?" + s.join(pair() for _ in range(rng.randint(3, 5)))], [])]
        cases += [([s.join(pair() for _ in range(rng.randint(3, 5)))], [])]
        cases += [
            ([f"a=1{s}b=2{s}a=3{s}c"], []),
            ([f"name=J%C3%A9r%4Fme+X{s}city=New%20York{s}sum=1%2B1"], []),
            ([""], ["empty"]),
            (["?"], ["empty"]),
            ([f"{s}{s}=x{s}={s}{s}"], ["empty"]),
            ([f"a=b=c{s}d%3De=f"], ["boundary"]),
            ([f"x=%{s}y=%4{s}z=%G1{s}w=%4g{s}v=%%41"], ["boundary"]),
            ([f"x=%7E%7e{s}y=%80{s}z=%ff%FF"], ["boundary"]),
            ([f"x=%4F%4f%2541{s}y=+%2B+{s}z=%20%2b"], ["boundary"]),
            ([f"a=1{s}%61=2{s}a%3D=3{s}a+b=4{s}a%20b=5"], ["boundary"]),
            ([f"??a=1{s}b=2{other}c=3"], ["boundary"]),
            ([f"only{s}k=v"], ["boundary"]),
            ([many], ["large"]),
            ([f"名前=é+ü{s}ß=%41中{s}%E4%B8%AD=ñ%ZZ"], ["unicode"]),
        ]
        return cases
