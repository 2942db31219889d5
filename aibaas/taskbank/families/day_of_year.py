"""Medium family: validate a `YYYY-MM-DD` date and return its day of the year (or days left in it).

Medium because every rule of the format and the Gregorian calendar must be exact: fixed widths,
ASCII digits only, separators, the year floor, month lengths and the 4/100/400 leap-year rule.
"""

from __future__ import annotations

import datetime
import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class DayOfYear(Family):
    name = "day-of-year"
    difficulty = Difficulty.MEDIUM
    tags = ("parsing", "validation", "dates")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{date}}: str) -> int:
    if len({{date}}) != 10 or {{date}}[4] != {{sep}} or {{date}}[7] != {{sep}}:
        return -1
    digits = {{date}}[0:4] + {{date}}[5:7] + {{date}}[8:10]
    if not all(c in "0123456789" for c in digits):
        return -1
    year = int({{date}}[0:4])
    month = int({{date}}[5:7])
    day = int({{date}}[8:10])
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    lengths = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if year < {{min_year}} or month < 1 or month > 12 or day < 1 or day > lengths[month - 1]:
        return -1
    ordinal = day
    for m in range(month - 1):
        ordinal = ordinal + lengths[m]
    if {{count_left}}:
        return (366 if leap else 365) - ordinal
    return ordinal
""",
        Language.TYPESCRIPT: """export function {{fn}}({{date}}: string): number {
  if ({{date}}.length !== 10 || {{date}}[4] !== {{sep}} || {{date}}[7] !== {{sep}}) return -1;
  const digits = {{date}}.slice(0, 4) + {{date}}.slice(5, 7) + {{date}}.slice(8, 10);
  if (!/^[0-9]+$/.test(digits)) return -1;
  const year = Number({{date}}.slice(0, 4));
  const month = Number({{date}}.slice(5, 7));
  const day = Number({{date}}.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (year < {{min_year}} || month < 1 || month > 12 || day < 1 || day > lengths[month - 1]) return -1;
  let ordinal = day;
  for (let m = 0; m < month - 1; m++) ordinal = ordinal + lengths[m];
  if ({{count_left}}) return (leap ? 366 : 365) - ordinal;
  return ordinal;
}
""",
        Language.JAVA: """public class Solution {
    public static long {{fn}}(String {{date}}) {
        char sep = {{sep}}.charAt(0);
        if ({{date}}.length() != 10 || {{date}}.charAt(4) != sep || {{date}}.charAt(7) != sep) return -1;
        String digits = {{date}}.substring(0, 4) + {{date}}.substring(5, 7) + {{date}}.substring(8, 10);
        for (char c : digits.toCharArray()) {
            if (c < '0' || c > '9') return -1;
        }
        int year = Integer.parseInt({{date}}.substring(0, 4));
        int month = Integer.parseInt({{date}}.substring(5, 7));
        int day = Integer.parseInt({{date}}.substring(8, 10));
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int[] lengths = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (year < {{min_year}} || month < 1 || month > 12 || day < 1 || day > lengths[month - 1]) return -1;
        int ordinal = day;
        for (int m = 0; m < month - 1; m++) ordinal = ordinal + lengths[m];
        if ({{count_left}}) return (leap ? 366 : 365) - ordinal;
        return ordinal;
    }
}
""",
        Language.GO: """package solution

import "strconv"

func {{fn}}({{date}} string) int {
	sep := {{sep}}[0]
	if len({{date}}) != 10 || {{date}}[4] != sep || {{date}}[7] != sep {
		return -1
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
		if {{date}}[i] < '0' || {{date}}[i] > '9' {
			return -1
		}
	}
	year, _ := strconv.Atoi({{date}}[0:4])
	month, _ := strconv.Atoi({{date}}[5:7])
	day, _ := strconv.Atoi({{date}}[8:10])
	leap := year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
	february := 28
	if leap {
		february = 29
	}
	lengths := []int{31, february, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if year < {{min_year}} || month < 1 || month > 12 || day < 1 || day > lengths[month - 1] {
		return -1
	}
	ordinal := day
	for m := 0; m < month - 1; m++ {
		ordinal = ordinal + lengths[m]
	}
	if {{count_left}} {
		return 365 + (february - 28) - ordinal
	}
	return ordinal
}
""",
        Language.RUBY: """def {{fn}}({{date}})
  return -1 if {{date}}.length != 10 || {{date}}[4] != {{sep}} || {{date}}[7] != {{sep}}
  digits = {{date}}[0, 4] + {{date}}[5, 2] + {{date}}[8, 2]
  return -1 unless digits.match?(/\\A[0-9]+\\z/)
  year = {{date}}[0, 4].to_i
  month = {{date}}[5, 2].to_i
  day = {{date}}[8, 2].to_i
  leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return -1 if year < {{min_year}} || month < 1 || month > 12 || day < 1 || day > lengths[month - 1]
  ordinal = day
  (0...(month - 1)).each { |m| ordinal = ordinal + lengths[m] }
  return (leap ? 366 : 365) - ordinal if {{count_left}}
  ordinal
end
""",
        Language.RUST: """pub fn {{fn}}({{date}}: String) -> i64 {
    let sep = {{sep}}.as_bytes()[0];
    let b = {{date}}.as_bytes();
    if b.len() != 10 || b[4] != sep || b[7] != sep {
        return -1;
    }
    for i in [0, 1, 2, 3, 5, 6, 8, 9] {
        if b[i] < b'0' || b[i] > b'9' {
            return -1;
        }
    }
    let num = |from: usize, to: usize| -> i64 {
        let mut v: i64 = 0;
        for i in from..to {
            v = v * 10 + (b[i] - b'0') as i64;
        }
        v
    };
    let year = num(0, 4);
    let month = num(5, 7);
    let day = num(8, 10);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let lengths: [i64; 12] = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if year < {{min_year}} || month < 1 || month > 12 || day < 1 || day > lengths[(month - 1) as usize] {
        return -1;
    }
    let mut ordinal = day;
    for m in 0..(month - 1) as usize {
        ordinal = ordinal + lengths[m];
    }
    if {{count_left}} {
        let total: i64 = if leap { 366 } else { 365 };
        return total - ordinal;
    }
    ordinal
}
""",
        Language.CSHARP: """using System;

public static class Solution
{
    public static long {{fn}}(string {{date}})
    {
        char sep = {{sep}}[0];
        if ({{date}}.Length != 10 || {{date}}[4] != sep || {{date}}[7] != sep) return -1;
        string digits = {{date}}.Substring(0, 4) + {{date}}.Substring(5, 2) + {{date}}.Substring(8, 2);
        foreach (char c in digits)
        {
            if (c < '0' || c > '9') return -1;
        }
        int year = int.Parse({{date}}.Substring(0, 4));
        int month = int.Parse({{date}}.Substring(5, 2));
        int day = int.Parse({{date}}.Substring(8, 2));
        bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int[] lengths = { 31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        if (year < {{min_year}} || month < 1 || month > 12 || day < 1 || day > lengths[month - 1]) return -1;
        int ordinal = day;
        for (int m = 0; m < month - 1; m++) ordinal = ordinal + lengths[m];
        if ({{count_left}}) return (leap ? 366 : 365) - ordinal;
        return ordinal;
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        count_left = rng.choice([True, False])
        fns = (
            ["days_remaining", "days_until_new_year", "remaining_days", "days_left_in_year"]
            if count_left
            else ["day_of_year", "ordinal_day", "day_number", "day_index"]
        )
        p = pick_names(rng, fns, date=["date", "stamp", "day_text", "iso_date", "entry"])
        p |= {
            "count_left": count_left,
            "sep": rng.choice(["-", "/", "."]),
            "min_year": rng.choice([1, 1583, 1900]),
            "framing": rng.choice(
                [
                    "A reporting job buckets events by their position in the year.",
                    "A habit tracker shows how far through the year a given date is.",
                    "A payroll system validates dates typed into a form.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {
            "sep": (p["sep"], "str"),
            "min_year": (p["min_year"], "int"),
            "count_left": (p["count_left"], "bool"),
        }

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("date", "str")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        date, sep = p["params"]["date"], p["sep"]
        if p["count_left"]:
            what = (
                "the number of days left in its year after that day (December 31 gives 0, "
                "January 1 gives 364, or 365 in a leap year)"
            )
        else:
            what = "its day of the year (January 1 is 1, December 31 is 365, or 366 in a leap year)"
        statement = (
            f"{p['framing']} Write `{p['fn']}`, which takes the date text `{date}` and returns {what}, "
            f"or -1 when the text is not a valid date. A valid text is exactly `YYYY{sep}MM{sep}DD`: "
            f"10 characters, four digits, `{sep}`, two digits, `{sep}`, two digits, where digits are "
            "ASCII `0`-`9` only (no spaces, signs or other characters anywhere). The year must be at "
            f"least {p['min_year']}, the month 1 to 12 and the day 1 to the length of that month in "
            "the proleptic Gregorian calendar: a year is a leap year when it is divisible by 4, except "
            "years divisible by 100 that are not divisible by 400 (so 2000 is a leap year and 1900 is "
            "not); February has 29 days in a leap year and 28 otherwise."
        )
        return "Day of the year", statement, "Day of the year of a date, or -1 when invalid."

    def solve(self, p: Params, *args: Any) -> Any:
        (text,) = args
        sep = p["sep"]
        parts = text.split(sep)
        if len(text) != 10 or [len(x) for x in parts] != [4, 2, 2]:
            return -1
        if not all(x.isascii() and x.isdigit() for x in parts):
            return -1
        year, month, day = (int(x) for x in parts)
        if year < p["min_year"] or year == 0:
            return -1
        try:
            when = datetime.date(year, month, day)
        except ValueError:
            return -1
        ordinal = when.timetuple().tm_yday
        if p["count_left"]:
            return (datetime.date(year, 12, 31) - when).days
        return ordinal

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        s, low = p["sep"], p["min_year"]
        other = "/" if s == "-" else "-"

        def fmt(y: int, m: int, d: int) -> str:
            return f"{y:04d}{s}{m:02d}{s}{d:02d}"

        def rand_date() -> str:
            return fmt(rng.randint(max(low, 1901), 2400), rng.randint(1, 12), rng.randint(1, 28))

        cases: list[Case] = [([fmt(2024, 3, 1)], []), ([fmt(2023, 12, 31)], [])]
        cases += [([rand_date()], []) for _ in range(3)]
        cases += [
            ([fmt(2023, 2, 29)], []),
            ([""], ["empty"]),
            ([s + s], ["empty"]),
            ([fmt(2000, 2, 29)], ["boundary"]),
            ([fmt(1900, 2, 29)], ["boundary"]),
            ([fmt(2100, 3, 1)], ["boundary"]),
            ([fmt(2400, 12, 31)], ["boundary"]),
            ([fmt(2024, 12, 31)], ["boundary"]),
            ([fmt(2025, 1, 1)], ["boundary"]),
            ([fmt(2024, 1, 31)], ["boundary"]),
            ([fmt(2024, 4, 31)], ["boundary"]),
            ([fmt(2024, 4, 30)], ["boundary"]),
            ([fmt(2024, 6, 30)], ["boundary"]),
            ([fmt(2023, 9, 30)], ["boundary"]),
            ([fmt(2023, 11, 30)], ["boundary"]),
            ([fmt(2023, 10, 31)], ["boundary"]),
            ([fmt(2023, 1, 32)], ["boundary"]),
            ([fmt(2023, 13, 1)], ["boundary"]),
            ([fmt(2023, 0, 10)], ["boundary"]),
            ([fmt(2023, 5, 0)], ["boundary"]),
            ([fmt(low, 1, 1)], ["boundary"]),
            ([fmt(low - 1, 12, 31)], ["boundary"]),
            ([fmt(9999, 12, 31)], ["boundary"]),
            ([f"2024{other}01{other}15"], ["boundary"]),
            ([f"2024{s}1{s}15"], ["boundary"]),
            ([f" 2024{s}01{s}15"], ["boundary"]),
            ([f"2024{s}01{s}15 "], ["boundary"]),
            ([f"+024{s}01{s}15"], ["boundary"]),
            ([f"2024{s}0a{s}15"], ["boundary"]),
            ([f"20245{s}01{s}5"], ["boundary"]),
            ([fmt(rng.randint(2000, 2999), 12, 31) + "0" * 5000], ["large"]),
            ([fmt(8888, 8, 8)], ["large"]),
            ([f"２０２４{s}01{s}15"], ["unicode"]),
            ([f"2024{s}0١{s}15"], ["unicode"]),
            ([f"2024{s}01{s}1é"], ["unicode"]),
        ]
        return cases
