"""A tiny project per language (an `add` function and its tests, one failing on purpose).

Used by `aibaas sandbox selftest`, the doctor's end-to-end check and the overhead benchmark.
"""

from __future__ import annotations

from aibaas.sandbox.models import ExecutionRequest, Language, Limits, SourceFile

_PROJECTS: dict[Language, dict[str, str]] = {
    Language.PYTHON: {
        "sol.py": "def add(a, b):\n    return a + b\n",
        "test_sol.py": (
            "import unittest\nfrom sol import add\n\n\nclass TestAdd(unittest.TestCase):\n"
            "    def test_adds(self):\n        self.assertEqual(add(1, 1), 2)\n\n"
            "    def test_wrong(self):\n        self.assertEqual(add(1, 1), {wrong})\n"
        ),
    },
    Language.TYPESCRIPT: {
        "sol.ts": "export function add(a: number, b: number): number {\n  return a + b;\n}\n",
        "sol.test.ts": (
            'import test from "node:test";\nimport assert from "node:assert";\nimport { add } from "./sol";\n'
            'test("adds", () => assert.strictEqual(add(1, 1), 2));\n'
            'test("wrong", () => assert.strictEqual(add(1, 1), {wrong}));\n'
        ),
    },
    Language.JAVA: {
        "Sol.java": "public class Sol {\n  public static int add(int a, int b) { return a + b; }\n}\n",
        "SolTest.java": (
            "import org.junit.jupiter.api.Test;\nimport static org.junit.jupiter.api.Assertions.*;\n"
            "class SolTest {\n  @Test void adds() { assertEquals(2, Sol.add(1, 1)); }\n"
            "  @Test void wrong() { assertEquals({wrong}, Sol.add(1, 1)); }\n}\n"
        ),
    },
    Language.GO: {
        "sol.go": "package sol\n\nfunc Add(a, b int) int { return a + b }\n",
        "sol_test.go": (
            'package sol\n\nimport "testing"\n\n'
            'func TestAdds(t *testing.T) {\n\tif Add(1, 1) != 2 {\n\t\tt.Fatal("1+1")\n\t}\n}\n\n'
            'func TestWrong(t *testing.T) {\n\tif Add(1, 1) != {wrong} {\n\t\tt.Fatal("1+1")\n\t}\n}\n'
        ),
    },
    Language.RUBY: {
        "sol.rb": "def add(a, b)\n  a + b\nend\n",
        "test_sol.rb": (
            'require "minitest/autorun"\nrequire_relative "sol"\n\nclass TestAdd < Minitest::Test\n'
            "  def test_adds\n    assert_equal 2, add(1, 1)\n  end\n\n"
            "  def test_wrong\n    assert_equal {wrong}, add(1, 1)\n  end\nend\n"
        ),
    },
    Language.RUST: {
        "lib.rs": (
            "pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n\n#[cfg(test)]\nmod tests {\n"
            "    use super::*;\n    #[test]\n    fn adds() {\n        assert_eq!(add(1, 1), 2);\n    }\n"
            "    #[test]\n    fn wrong() {\n        assert_eq!(add(1, 1), {wrong});\n    }\n}\n"
        ),
    },
    Language.CSHARP: {
        "Sol.cs": (
            "public static class Sol\n{\n    public static int Add(int a, int b) { return a + b; }\n}\n"
        ),
        "SolTests.cs": (
            "using Aibaas;\n\npublic class SolTests\n{\n"
            "    [Test] public void Adds() { Assert.AreEqual(2, Sol.Add(1, 1)); }\n"
            "    [Test] public void Wrong() { Assert.AreEqual({wrong}, Sol.Add(1, 1)); }\n}\n"
        ),
    },
}


def example_request(
    language: Language, passing: bool = True, limits: Limits | None = None
) -> ExecutionRequest:
    """The example project of a language: two tests, both passing, or the second one failing.

    Args:
        language: which language.
        passing: whether the second test expects the right answer (2) or a wrong one (3).
        limits: the limits to run under (defaults otherwise).
    """
    wrong = "2" if passing else "3"
    files = tuple(
        SourceFile(path=path, content=text.replace("{wrong}", wrong))
        for path, text in _PROJECTS[language].items()
    )
    return ExecutionRequest(
        language=language, files=files, limits=limits or Limits(), label=f"example:{language}"
    )
