"""Dependencies point one way: gui -> services -> models -> db (DESIGN.md, rule 1).

Two checks: importing the Qt-free layers in a fresh interpreter loads no Qt at all, and a
static read of every module finds Qt imports only in ``gui/`` and ``app.py``, and no
session machinery in ``gui/``.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "fitmate_desktop"
QT_ROOTS = ("PySide6", "shiboken6", "pyqtgraph")
QT_ALLOWED = ("gui/", "app.py")
QT_FREE_PACKAGES = (
    "fitmate_desktop.services",
    "fitmate_desktop.models",
    "fitmate_desktop.db",
    "fitmate_desktop.security",
    "fitmate_desktop.documents",
)
QT_FREE_MODULES = ("fitmate_desktop.config", "fitmate_desktop.cli")
# The GUI calls services; it never holds a session or builds queries itself.
GUI_FORBIDDEN_MODULES = ("sqlalchemy.orm", "fitmate_desktop.services.uow")
GUI_FORBIDDEN_NAMES = ("Session", "sessionmaker", "scoped_session")

_PROBE = """
import importlib, json, pkgutil, sys
packages, modules = json.loads(sys.argv[1])
failed = []
for name in packages:
    try:
        package = importlib.import_module(name)
    except ModuleNotFoundError as err:
        if err.name == name:
            continue  # a layer nobody has written yet
        raise
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(info.name)
for name in modules:
    importlib.import_module(name)
roots = {m.split(".")[0] for m in sys.modules}
print(json.dumps(sorted(roots & {"PySide6", "shiboken6", "pyqtgraph"})))
"""


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _python_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imported_modules(tree: ast.AST) -> list[tuple[int, str, tuple[str, ...]]]:
    """(line, module, imported names) of every import, including those inside functions."""
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append((node.lineno, alias.name, ()))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module, tuple(a.name for a in node.names)))
    return found


def test_qt_free_layers_load_no_qt_in_a_fresh_interpreter() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps([QT_FREE_PACKAGES, QT_FREE_MODULES])],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert loaded == [], f"importing the Qt-free layers loaded {loaded}"


def test_only_the_gui_and_app_import_qt() -> None:
    offenders = []
    for path in _python_files():
        rel = _relative(path)
        if rel.startswith(QT_ALLOWED):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, module, _names in _imported_modules(tree):
            if module.split(".")[0] in QT_ROOTS:
                offenders.append(f"fitmate_desktop/{rel}:{line} imports {module}")
    assert not offenders, "\n".join(offenders)


def test_the_gui_opens_no_database_sessions() -> None:
    offenders = []
    gui_files = [p for p in _python_files() if _relative(p).startswith("gui/")]
    assert gui_files, "no GUI modules found"
    for path in gui_files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, module, names in _imported_modules(tree):
            where = f"fitmate_desktop/{_relative(path)}:{line}"
            if any(module == m or module.startswith(m + ".") for m in GUI_FORBIDDEN_MODULES):
                offenders.append(f"{where} imports {module}")
            bad_names = sorted(set(names) & set(GUI_FORBIDDEN_NAMES))
            if bad_names:
                offenders.append(f"{where} imports {', '.join(bad_names)} from {module}")
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import PySide6.QtCore", "PySide6.QtCore"),
        ("def f():\n    from pyqtgraph import PlotWidget", "pyqtgraph"),
        ("from sqlalchemy.orm import Session", "sqlalchemy.orm"),
    ],
)
def test_the_scanner_sees_imports_anywhere(source: str, expected: str) -> None:
    modules = [module for _line, module, _names in _imported_modules(ast.parse(source))]
    assert modules == [expected]
