"""Run the benchmark figures and print one ``name value unit`` line each (see ``__init__``)."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback
from collections.abc import Sequence

import benchmarks
from benchmarks.registry import FIGURES, Bench, Figure, Lines, figure


def _discover() -> None:
    """Import every ``benchmarks/bench_*.py``: their ``@figure`` functions register."""
    for module in pkgutil.iter_modules(benchmarks.__path__):
        if module.name.startswith("bench_"):
            importlib.import_module(f"benchmarks.{module.name}")
    # Figure functions written before the registry existed: name -> (module, function, unit).
    plain = {"receipt_pdf_ms": ("benchmarks.bench_documents", "receipt_pdf_ms", "ms", 30.0)}
    for name, (module_name, function, unit, budget) in plain.items():
        if name in FIGURES:
            continue
        try:
            fn = getattr(importlib.import_module(module_name), function)
        except (ImportError, AttributeError):
            continue
        figure(name, unit, budget=budget, database=False)(lambda _bench, fn=fn: fn())


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _lines(fig: Figure, value: object) -> Lines:
    if isinstance(value, list):
        return [(str(n), float(v), str(u)) for n, v, u in value]
    return [(fig.name, float(value), fig.unit)]  # type: ignore[arg-type]


def _format(value: float) -> str:
    if value.is_integer():  # counts: "checkin_scans 390 scans"
        return str(int(value))
    return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help="figures to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list the figures and budgets")
    parser.add_argument("--regenerate", action="store_true", help="rebuild the benchmark data")
    parser.add_argument("--members", type=int, default=100_000, help="benchmark data size")
    args = parser.parse_args(argv)

    _discover()
    if args.list:
        for fig in FIGURES.values():
            budget = f"budget {fig.budget:g} {fig.unit}" if fig.budget is not None else ""
            print(f"{fig.name:32} {fig.unit:4} {budget}")
        return 0
    unknown = [n for n in args.names if n not in FIGURES]
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(unknown)} (see --list)")
    selected = [FIGURES[n] for n in (args.names or FIGURES)]

    server = None
    bench: Bench | None = None
    failed = False
    try:
        if any(fig.database for fig in selected) or args.regenerate:
            from benchmarks.database import prepare, start_server

            server = start_server()
            prepared = prepare(server.url, members=args.members, regenerate=args.regenerate)
            bench = prepared.bench
            for key, size_value in bench.sizes.items():
                print(f"data_{key} {size_value}", flush=True)
            if prepared.generated_s is not None:
                size = "100k" if args.members == 100_000 else str(args.members)
                print(f"demo_generate_{size}_s {prepared.generated_s:.1f} s", flush=True)
        for fig in selected:
            _say(f"bench: {fig.name} ...")
            try:
                result = fig.run(bench if fig.database else None)
            except Exception:  # one broken figure must not hide the others
                failed = True
                _say(f"bench: {fig.name} failed:\n{traceback.format_exc()}")
                continue
            for name, number, unit in _lines(fig, result):
                print(f"{name} {_format(number)} {unit}", flush=True)
    finally:
        if server is not None:
            from fitmate_desktop.db.engine import dispose_database

            dispose_database()
            server.release()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
