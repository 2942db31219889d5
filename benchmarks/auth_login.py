"""Login latency against its parts: Argon2id verification alone, and checking an access token.

Run: .venv/bin/python benchmarks/auth_login.py
Measures, on a fresh SQLite database in a temporary folder, the median of N runs of:
- baseline: `argon2.PasswordHasher().verify` at the default cost (t=3, 64 MiB, p=4);
- `aibaas.auth.login` for a known account (rate limit, verify, session, tokens, audit);
- a failed login with a wrong password and one for an unknown address (these two must cost the same,
  or the time would tell which addresses have accounts);
- `aibaas.auth.authenticate` of an access token (what every signed-in request pays).
"""

import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from argon2 import PasswordHasher

from aibaas.auth import AuthContext, InvalidCredentialsError, RateLimit, authenticate, create_user, login
from aibaas.config import load_settings
from aibaas.store import make_engine, migrate, session_factory

RUNS = 15
PASSWORD = "tangerine-violin-42"


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def failed_login(ctx: AuthContext, email: str, password: str) -> None:
    with contextlib.suppress(InvalidCredentialsError):
        login(ctx, email, password)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        dsn = f"sqlite:///{Path(folder) / 'aibaas.db'}"
        migrate.upgrade(dsn)
        settings = load_settings(data_dir=Path(folder), database_url=dsn, secret_key="x" * 40)
        # The benchmark logs in hundreds of times a minute: lift the limit, keep everything else.
        ctx = AuthContext(settings, session_factory(make_engine(dsn)), rate_limit=RateLimit(attempts=10**6))
        create_user(ctx, "ada@example.com", "Ada Lovelace", PASSWORD)
        hasher = PasswordHasher()
        stored = hasher.hash(PASSWORD)
        token = login(ctx, "ada@example.com", PASSWORD).access_token

        baseline = median_ms(lambda: hasher.verify(stored, PASSWORD))
        rows = [
            ("argon2id verify alone (baseline)", baseline),
            ("login, known account", median_ms(lambda: login(ctx, "ada@example.com", PASSWORD))),
            (
                "failed login, wrong password",
                median_ms(lambda: failed_login(ctx, "ada@example.com", "wrong-guess-1234")),
            ),
            (
                "failed login, unknown address",
                median_ms(lambda: failed_login(ctx, "nobody@example.com", PASSWORD)),
            ),
            ("authenticate access token", median_ms(lambda: authenticate(ctx, token), runs=200)),
        ]
    print(f"| operation (median of {RUNS}; token check of 200) | time | vs baseline |")
    print("|---|---:|---:|")
    for name, ms in rows:
        print(f"| {name} | {ms:.1f} ms | {ms / baseline:.3g}x |")


if __name__ == "__main__":
    main()
