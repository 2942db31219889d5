"""Hard family: rain water trapped between bars, optionally closed by end walls (two pointers).

Hard because the quadratic "look left and right from every bar" approach is too slow for the
large cases; the linear two-pointer (or prefix-maximum) argument is needed, with end walls and a
bar width that change the boundary behaviour.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar

from aibaas.taskbank.families.base import Case, Family, Params, make_signature, pick_names
from aibaas.taskbank.spec import Difficulty, Language, Signature


class TrappingRainWater(Family):
    name = "trapping-rain-water"
    difficulty = Difficulty.HARD
    tags = ("arrays", "two-pointers")
    references: ClassVar[dict[Language, str]] = {
        Language.PYTHON: """def {{fn}}({{heights}}: list[int]) -> int:
    left = 0
    right = len({{heights}}) - 1
    left_max = {{wall}}
    right_max = {{wall}}
    total = 0
    while left <= right:
        if left_max <= right_max:
            left_max = max(left_max, {{heights}}[left])
            total += left_max - {{heights}}[left]
            left += 1
        else:
            right_max = max(right_max, {{heights}}[right])
            total += right_max - {{heights}}[right]
            right -= 1
    return total * {{width}}
""",
        Language.TYPESCRIPT: """export function {{fn}}({{heights}}: number[]): number {
  let left = 0;
  let right = {{heights}}.length - 1;
  let leftMax = {{wall}};
  let rightMax = {{wall}};
  let total = 0;
  while (left <= right) {
    if (leftMax <= rightMax) {
      leftMax = Math.max(leftMax, {{heights}}[left]);
      total += leftMax - {{heights}}[left];
      left++;
    } else {
      rightMax = Math.max(rightMax, {{heights}}[right]);
      total += rightMax - {{heights}}[right];
      right--;
    }
  }
  return total * {{width}};
}
""",
        Language.JAVA: """import java.util.*;

public class Solution {
    public static long {{fn}}(List<Long> {{heights}}) {
        int left = 0;
        int right = {{heights}}.size() - 1;
        long leftMax = {{wall}};
        long rightMax = {{wall}};
        long total = 0;
        while (left <= right) {
            if (leftMax <= rightMax) {
                leftMax = Math.max(leftMax, {{heights}}.get(left));
                total += leftMax - {{heights}}.get(left);
                left++;
            } else {
                rightMax = Math.max(rightMax, {{heights}}.get(right));
                total += rightMax - {{heights}}.get(right);
                right--;
            }
        }
        return total * {{width}};
    }
}
""",
        Language.GO: """package solution

func {{fn}}({{heights}} []int) int {
	left := 0
	right := len({{heights}}) - 1
	leftMax := {{wall}}
	rightMax := {{wall}}
	total := 0
	for left <= right {
		if leftMax <= rightMax {
			if {{heights}}[left] > leftMax {
				leftMax = {{heights}}[left]
			}
			total += leftMax - {{heights}}[left]
			left++
		} else {
			if {{heights}}[right] > rightMax {
				rightMax = {{heights}}[right]
			}
			total += rightMax - {{heights}}[right]
			right--
		}
	}
	return total * {{width}}
}
""",
        Language.RUBY: """def {{fn}}({{heights}})
  left = 0
  right = {{heights}}.length - 1
  left_max = {{wall}}
  right_max = {{wall}}
  total = 0
  while left <= right
    if left_max <= right_max
      left_max = [left_max, {{heights}}[left]].max
      total += left_max - {{heights}}[left]
      left += 1
    else
      right_max = [right_max, {{heights}}[right]].max
      total += right_max - {{heights}}[right]
      right -= 1
    end
  end
  total * {{width}}
end
""",
        Language.RUST: """pub fn {{fn}}({{heights}}: Vec<i64>) -> i64 {
    let mut left: i64 = 0;
    let mut right: i64 = {{heights}}.len() as i64 - 1;
    let mut left_max: i64 = {{wall}};
    let mut right_max: i64 = {{wall}};
    let mut total: i64 = 0;
    while left <= right {
        if left_max <= right_max {
            left_max = left_max.max({{heights}}[left as usize]);
            total += left_max - {{heights}}[left as usize];
            left += 1;
        } else {
            right_max = right_max.max({{heights}}[right as usize]);
            total += right_max - {{heights}}[right as usize];
            right -= 1;
        }
    }
    total * {{width}}
}
""",
        Language.CSHARP: """using System;
using System.Collections.Generic;

public static class Solution
{
    public static long {{fn}}(List<long> {{heights}})
    {
        int left = 0;
        int right = {{heights}}.Count - 1;
        long leftMax = {{wall}};
        long rightMax = {{wall}};
        long total = 0;
        while (left <= right)
        {
            if (leftMax <= rightMax)
            {
                leftMax = Math.Max(leftMax, {{heights}}[left]);
                total += leftMax - {{heights}}[left];
                left++;
            }
            else
            {
                rightMax = Math.Max(rightMax, {{heights}}[right]);
                total += rightMax - {{heights}}[right];
                right--;
            }
        }
        return total * {{width}};
    }
}
""",
    }

    def choose(self, rng: random.Random) -> Params:
        p = pick_names(
            rng,
            ["trapped_water", "rain_volume", "pooled_water", "trap_rain", "water_held"],
            heights=["heights", "bars", "levels", "columns", "elevations"],
        )
        p |= {
            "width": rng.choice([1, 2, 3]),
            "wall": rng.choice([0, 0, 4, 9]),
            "scale": rng.choice([12, 30, 1_000_000_000]),
            "framing": rng.choice(
                [
                    "A city planner estimates how much rain a row of buildings keeps on the ground.",
                    "A terrain profile of a valley is sampled at equal steps.",
                    "A bar chart is turned into a tray and filled with water.",
                ]
            ),
        }
        return p

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        return {"width": (p["width"], "int"), "wall": (p["wall"], "int")}

    def signature(self, p: Params) -> Signature:
        return make_signature(p, [("heights", "list[int]")], "int")

    def statement(self, p: Params) -> tuple[str, str, str]:
        heights, wall, width = p["params"]["heights"], p["wall"], p["width"]
        walls = (
            "Nothing closes the two ends of the row: water runs off past the first and the last bar."
            if wall == 0
            else f"Both ends of the row are closed by a thin wall of height {wall} (the walls take no "
            "space and are not bars), so water can stand against them up to that height; water higher "
            "than a wall still runs off past it."
        )
        statement = (
            f"{p['framing']} Write `{p['fn']}`. `{heights}` lists the heights of bars standing side by "
            f"side, left to right, each {width} unit{'s' if width > 1 else ''} wide; heights are integers "
            "between 0 and 10^9 and there are up to 5000 bars. Rain fills every place where water cannot "
            f"run off. {walls} Return the total area of water held (in the side view: the water level "
            "above a bar is the smaller of the highest barrier on its left and on its right, including "
            "the bar itself and the end walls, minus its height; multiply by the bar width). An empty row "
            "holds 0."
        )
        return "Trapping rain water", statement, "Total rain water held between bars."

    def solve(self, p: Params, *args: Any) -> Any:
        (heights,) = args
        n = len(heights)
        from_left, from_right = [p["wall"]] * (n + 1), [p["wall"]] * (n + 1)
        for i, h in enumerate(heights):
            from_left[i + 1] = max(from_left[i], h)
        for i in range(n - 1, -1, -1):
            from_right[i] = max(from_right[i + 1], heights[i])
        water = sum(min(from_left[i + 1], from_right[i]) - heights[i] for i in range(n))
        return water * p["width"]

    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        scale, wall = p["scale"], p["wall"]

        def row(n: int, high: int) -> list[int]:
            return [rng.randint(0, high) for _ in range(n)]

        cases: list[Case] = [([[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]], [])]
        cases += [([row(rng.randint(5, 10), min(scale, 12))], []) for _ in range(3)]
        cases += [([row(rng.randint(5, 12), scale)], []) for _ in range(2)]
        cases += [
            ([[]], ["empty"]),
            ([[0]], ["boundary"]),
            ([[5]], ["boundary"]),
            ([[3, 0]], ["boundary"]),
            ([[0, 3]], ["boundary"]),
            ([[2, 0, 2]], ["boundary"]),
            ([[4, 1, 1, 1, 4]], ["boundary"]),
            ([[1, 2, 3, 4, 5]], ["boundary"]),
            ([[5, 4, 3, 2, 1]], ["boundary"]),
            ([[0, 0, 0, 0]], ["boundary"]),
            ([[wall + 3, 0, wall + 1, 0, wall + 2]], ["boundary"]),
            ([[1, 0, 0, 2, 0, 1, 0]], ["boundary"]),
            ([[0, 5, 0, 3, 0, 5, 0]], ["boundary"]),
            ([row(1000, scale)], ["large"]),
            ([[abs(500 - i) * 1000 for i in range(1001)]], ["large"]),
            ([[1_000_000_000] + [0] * 800 + [1_000_000_000]], ["large"]),
        ]
        return cases
