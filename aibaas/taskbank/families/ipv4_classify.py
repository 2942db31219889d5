"""Medium family: validate a dotted-quad IPv4 address and classify it by a table of special ranges.

Medium because the parser must reject every malformed form (part count, empty parts, leading
zeros, non-ASCII digits, out-of-range octets) and the classification is an ordered CIDR table
whose enabled rows vary per variant, with exact range edges.
"""

from __future__ import annotations

import ipaddress
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature

# (label, network, flag) in priority order; flag None means always enabled
TABLE = [
    ("broadcast", "255.255.255.255/32", None),
    ("this-network", "0.0.0.0/8", None),
    ("loopback", "127.0.0.0/8", None),
    ("private", "10.0.0.0/8", None),
    ("private", "172.16.0.0/12", None),
    ("private", "192.168.0.0/16", None),
    ("link-local", "169.254.0.0/16", "link_local"),
    ("shared", "100.64.0.0/10", "shared"),
    ("documentation", "192.0.2.0/24", "documentation"),
    ("documentation", "198.51.100.0/24", "documentation"),
    ("documentation", "203.0.113.0/24", "documentation"),
    ("multicast", "224.0.0.0/4", "multicast"),
    ("reserved", "240.0.0.0/4", "reserved"),
]
FLAGS = ["link_local", "shared", "documentation", "multicast", "reserved"]

_ROWS_PY = """        ("broadcast", 255, 255, 255, 255, 32, True),
        ("this-network", 0, 0, 0, 0, 8, True),
        ("loopback", 127, 0, 0, 0, 8, True),
        ("private", 10, 0, 0, 0, 8, True),
        ("private", 172, 16, 0, 0, 12, True),
        ("private", 192, 168, 0, 0, 16, True),
        ("link-local", 169, 254, 0, 0, 16, {{link_local}}),
        ("shared", 100, 64, 0, 0, 10, {{shared}}),
        ("documentation", 192, 0, 2, 0, 24, {{documentation}}),
        ("documentation", 198, 51, 100, 0, 24, {{documentation}}),
        ("documentation", 203, 0, 113, 0, 24, {{documentation}}),
        ("multicast", 224, 0, 0, 0, 4, {{multicast}}),
        ("reserved", 240, 0, 0, 0, 4, {{reserved}}),"""
_LABELS = (
    '"broadcast", "this-network", "loopback", "private", "private", "private", "link-local", '
    '"shared", "documentation", "documentation", "documentation", "multicast", "reserved"'
)
_NETS = (
    "{255, 255, 255, 255, 32}, {0, 0, 0, 0, 8}, {127, 0, 0, 0, 8}, {10, 0, 0, 0, 8}, "
    "{172, 16, 0, 0, 12}, {192, 168, 0, 0, 16}, {169, 254, 0, 0, 16}, {100, 64, 0, 0, 10}, "
    "{192, 0, 2, 0, 24}, {198, 51, 100, 0, 24}, {203, 0, 113, 0, 24}, {224, 0, 0, 0, 4}, "
    "{240, 0, 0, 0, 4}"
)
_ON = (
    "true, true, true, true, true, true, {{link_local}}, {{shared}}, {{documentation}}, "
    "{{documentation}}, {{documentation}}, {{multicast}}, {{reserved}}"
)


def _fill(template: str, row_open: str, row_close: str) -> str:
    nets = _NETS.replace("{", row_open).replace("}", row_close)
    return template.replace("LABELS", _LABELS).replace("NETS", nets).replace("FLAGS_ON", _ON)


class Ipv4Classify(Family):
    name = "ipv4-classify"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "validation", "networking")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{addr}}: str) -> str:
    parts = {{addr}}.split(".")
    if len(parts) != 4:
        return "invalid"
    value = 0
    for part in parts:
        if len(part) == 0 or len(part) > 3 or not all(c in "0123456789" for c in part):
            return "invalid"
        if len(part) > 1 and part[0] == "0":
            return "invalid"
        octet = int(part)
        if octet > 255:
            return "invalid"
        value = value * 256 + octet
    nets = [
ROWS
    ]
    for label, a, b, c, d, bits, on in nets:
        base = ((a * 256 + b) * 256 + c) * 256 + d
        if on and value >> (32 - bits) == base >> (32 - bits):
            return label
    return "public"
""".replace("ROWS", _ROWS_PY),
        Language.TYPESCRIPT: _fill(
            """export function {{fn}}({{addr}}: string): string {
  const parts = {{addr}}.split(".");
  if (parts.length !== 4) return "invalid";
  let value = 0;
  for (const part of parts) {
    if (part.length === 0 || part.length > 3 || !/^[0-9]+$/.test(part)) return "invalid";
    if (part.length > 1 && part[0] === "0") return "invalid";
    const octet = Number(part);
    if (octet > 255) return "invalid";
    value = value * 256 + octet;
  }
  const labels = [LABELS];
  const nets = [NETS];
  const on = [FLAGS_ON];
  for (let i = 0; i < nets.length; i++) {
    const [a, b, c, d, bits] = nets[i];
    const base = ((a * 256 + b) * 256 + c) * 256 + d;
    const scale = Math.pow(2, 32 - bits);
    if (on[i] && Math.floor(value / scale) === Math.floor(base / scale)) return labels[i];
  }
  return "public";
}
""",
            "[",
            "]",
        ),
        Language.JAVA: _fill(
            """public class Solution {
    public static String {{fn}}(String {{addr}}) {
        String[] parts = {{addr}}.split(java.util.regex.Pattern.quote("."), -1);
        if (parts.length != 4) return "invalid";
        long value = 0;
        for (String part : parts) {
            if (part.length() == 0 || part.length() > 3) return "invalid";
            for (char c : part.toCharArray()) {
                if (c < '0' || c > '9') return "invalid";
            }
            if (part.length() > 1 && part.charAt(0) == '0') return "invalid";
            long octet = Long.parseLong(part);
            if (octet > 255) return "invalid";
            value = value * 256 + octet;
        }
        String[] labels = {LABELS};
        long[][] nets = {NETS};
        boolean[] on = {FLAGS_ON};
        for (int i = 0; i < nets.length; i++) {
            long[] n = nets[i];
            long base = ((n[0] * 256 + n[1]) * 256 + n[2]) * 256 + n[3];
            if (on[i] && value >> (32 - n[4]) == base >> (32 - n[4])) return labels[i];
        }
        return "public";
    }
}
""",
            "{",
            "}",
        ),
        Language.GO: _fill(
            """package solution

import (
	"strconv"
	"strings"
)

func {{fn}}({{addr}} string) string {
	parts := strings.Split({{addr}}, ".")
	if len(parts) != 4 {
		return "invalid"
	}
	value := 0
	for _, part := range parts {
		if len(part) == 0 || len(part) > 3 || strings.Trim(part, "0123456789") != "" {
			return "invalid"
		}
		if len(part) > 1 && part[0] == '0' {
			return "invalid"
		}
		octet, _ := strconv.Atoi(part)
		if octet > 255 {
			return "invalid"
		}
		value = value * 256 + octet
	}
	labels := []string{LABELS}
	nets := [][]int{NETS}
	on := []bool{FLAGS_ON}
	for i, n := range nets {
		base := ((n[0] * 256 + n[1]) * 256 + n[2]) * 256 + n[3]
		if on[i] && value >> (32 - n[4]) == base >> (32 - n[4]) {
			return labels[i]
		}
	}
	return "public"
}
""",
            "{",
            "}",
        ),
        Language.RUBY: _fill(
            """def {{fn}}({{addr}})
  parts = {{addr}}.split(".", -1)
  return "invalid" if parts.length != 4
  value = 0
  parts.each do |part|
    return "invalid" if part.length == 0 || part.length > 3 || !part.match?(/\\A[0-9]+\\z/)
    return "invalid" if part.length > 1 && part[0] == "0"
    octet = part.to_i
    return "invalid" if octet > 255
    value = value * 256 + octet
  end
  labels = [LABELS]
  nets = [NETS]
  on = [FLAGS_ON]
  nets.each_with_index do |(a, b, c, d, bits), i|
    base = ((a * 256 + b) * 256 + c) * 256 + d
    return labels[i] if on[i] && value >> (32 - bits) == base >> (32 - bits)
  end
  "public"
end
""",
            "[",
            "]",
        ),
        Language.RUST: _fill(
            """pub fn {{fn}}({{addr}}: String) -> String {
    let parts: Vec<&str> = {{addr}}.split('.').collect();
    if parts.len() != 4 {
        return "invalid".to_string();
    }
    let mut value: i64 = 0;
    for part in parts.iter() {
        if part.len() == 0 || part.len() > 3 || !part.bytes().all(|c| c >= b'0' && c <= b'9') {
            return "invalid".to_string();
        }
        if part.len() > 1 && part.as_bytes()[0] == b'0' {
            return "invalid".to_string();
        }
        let octet: i64 = part.parse().unwrap();
        if octet > 255 {
            return "invalid".to_string();
        }
        value = value * 256 + octet;
    }
    let labels = [LABELS];
    let nets: [[i64; 5]; 13] = [NETS];
    let on = [FLAGS_ON];
    for i in 0..nets.len() {
        let n = nets[i];
        let base = ((n[0] * 256 + n[1]) * 256 + n[2]) * 256 + n[3];
        if on[i] && value >> (32 - n[4]) == base >> (32 - n[4]) {
            return labels[i].to_string();
        }
    }
    "public".to_string()
}
""",
            "[",
            "]",
        ),
        Language.CSHARP: _fill(
            """using System;

public static class Solution
{
    public static string {{fn}}(string {{addr}})
    {
        string[] parts = {{addr}}.Split('.');
        if (parts.Length != 4) return "invalid";
        long value = 0;
        foreach (string part in parts)
        {
            if (part.Length == 0 || part.Length > 3) return "invalid";
            foreach (char c in part)
            {
                if (c < '0' || c > '9') return "invalid";
            }
            if (part.Length > 1 && part[0] == '0') return "invalid";
            long octet = long.Parse(part);
            if (octet > 255) return "invalid";
            value = value * 256 + octet;
        }
        string[] labels = { LABELS };
        long[][] nets = { NETS };
        bool[] on = { FLAGS_ON };
        for (int i = 0; i < nets.Length; i++)
        {
            long[] n = nets[i];
            long base0 = ((n[0] * 256 + n[1]) * 256 + n[2]) * 256 + n[3];
            int shift = (int) (32 - n[4]);
            if (on[i] && value >> shift == base0 >> shift) return labels[i];
        }
        return "public";
    }
}
""",
            "new long[] {",
            "}",
        ),
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["classify_ip", "ipv4_kind", "address_class", "ip_category", "classify_address"],
            addr=["addr", "ip", "host", "address", "candidate"],
        )
        enabled = {flag: rng.random() < 0.6 for flag in FLAGS}
        p |= enabled
        p["framing"] = rng.choice(
            [
                "A firewall dashboard labels the source addresses in its logs.",
                "A sign-up form checks the IPv4 address a user enters for a device.",
                "A network inventory tool sorts the addresses it discovers.",
            ]
        )
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {flag: (p[flag], "bool") for flag in FLAGS}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("addr", "str")], "str")

    def rows(self, p: Params) -> list[tuple[str, str]]:
        return [(label, net) for label, net, flag in TABLE if flag is None or p[flag]]

    def statement(self, p: Params) -> tuple[str, str, str]:
        table = "; ".join(f"{net} `{label}`" for label, net in self.rows(p))
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which classifies the text `{p['params']['addr']}`. It "
            "is a valid IPv4 address when it consists of exactly four parts separated by `.`, each "
            "part being 1 to 3 ASCII digits `0`-`9` with a value from 0 to 255 and no leading zero "
            "(a part of two or more digits must not start with `0`; `0` itself is fine). Nothing else "
            'is allowed: no spaces, signs, empty parts or other characters. Return `"invalid"` for '
            "any other text. For a valid address, return the label of the first row of this table "
            f"(checked in order, CIDR notation) whose range contains it: {table}. An address in no "
            'row is `"public"`.'
        )
        return "IPv4 classification", statement, "Validate and classify an IPv4 address."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        parts = text.split(".")
        if len(parts) != 4:
            return "invalid"
        for part in parts:
            if not (1 <= len(part) <= 3 and part.isascii() and part.isdigit()):
                return "invalid"
            if (len(part) > 1 and part[0] == "0") or int(part) > 255:
                return "invalid"
        address = ipaddress.IPv4Address(text)
        for label, net in self.rows(p):
            if address in ipaddress.IPv4Network(net):
                return label
        return "public"

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        def rand_ip() -> str:
            return ".".join(str(rng.randint(0, 255)) for _ in range(4))

        edges = [
            "255.255.255.255",
            "255.255.255.254",
            "0.0.0.0",  # noqa: S104 - test data, not a bind address
            "0.255.255.255",
            "1.0.0.0",
            "126.255.255.255",
            "127.0.0.1",
            "127.255.255.255",
            "128.0.0.0",
            "9.255.255.255",
            "10.0.0.0",
            "10.255.255.255",
            "11.0.0.0",
            "172.15.255.255",
            "172.16.0.0",
            "172.31.255.255",
            "172.32.0.0",
            "192.167.255.255",
            "192.168.0.0",
            "192.168.255.255",
            "192.169.0.0",
            "169.253.255.255",
            "169.254.0.1",
            "169.255.0.0",
            "100.63.255.255",
            "100.64.0.0",
            "100.127.255.255",
            "100.128.0.0",
            "192.0.1.255",
            "192.0.2.0",
            "192.0.2.255",
            "192.0.3.0",
            "198.51.100.7",
            "203.0.113.255",
            "203.0.114.0",
            "223.255.255.255",
            "224.0.0.0",
            "239.255.255.255",
            "240.0.0.0",
            "247.1.2.3",
        ]
        bad = ["1.2.3", "1.2.3.4.5", "1.2.3.4.", ".1.2.3", "1..2.3", "01.2.3.4", "1.2.3.00", "256.1.1.1"]
        bad += [
            "1.2.3.1000",
            " 1.2.3.4",
            "1.2.3.4 ",
            "+1.2.3.4",
            "1.-2.3.4",
            "1.2.3.a",
            "0x1.2.3.4",
            "1,2,3,4",
        ]
        cases: list[Case] = [(["192.168.1.20"], []), (["8.8.8.8"], [])]
        cases += [([rand_ip()], []) for _ in range(3)]
        cases += [(["300.1.2.3"], [])]
        cases += [([""], ["empty"]), (["..."], ["empty"])]
        cases += [([e], ["boundary"]) for e in edges]
        cases += [([b], ["boundary"]) for b in bad]
        cases += [(["1." * 3000 + "1"], ["large"]), (["9" * 5000], ["large"])]
        cases += [(["١.2.3.4"], ["unicode"]), (["1.2.3.４"], ["unicode"]), (["1.2.3.é"], ["unicode"])]
        return cases
