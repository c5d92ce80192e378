"""Compile the Designer forms ``ui/*.ui`` into ``fitmate_desktop/gui/forms/ui_*.py``.

    python -m fitmate_desktop.gui.forms_build           # regenerate every form (make forms)
    python -m fitmate_desktop.gui.forms_build --check   # exit 1 and list forms that are stale

Like MusicBrainz Picard, the generated modules are committed, so running the program needs no
build step. uic's own banner (which names the Qt version) is replaced by one stable
"GENERATED" line, so regenerating with another PySide6 patch release changes nothing unless
the generated code itself changes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
FORMS_DIR = PACKAGE_DIR / "forms"
REPO_ROOT = PACKAGE_DIR.parents[1]
UI_DIR = REPO_ROOT / "ui"

HEADER = "# GENERATED from ui/{name} — do not edit; run `make forms` to regenerate.\n"
FORMS_INIT = '"""Python modules generated from ../../../ui/*.ui by pyside6-uic (do not edit)."""\n'


class FormsBuildError(RuntimeError):
    """uic is missing or refused a form; the message says which and why."""


@dataclass(frozen=True)
class Form:
    """One Designer form and the module generated from it."""

    ui_path: Path
    module_path: Path

    @property
    def name(self) -> str:
        return self.ui_path.name


def uic_command() -> list[str]:
    """The ``pyside6-uic`` of the running interpreter's environment (or of the PATH)."""
    bin_dir = Path(sys.executable).parent
    for candidate in ("pyside6-uic", "pyside6-uic.exe"):
        path = bin_dir / candidate
        if path.exists():
            return [str(path)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise FormsBuildError("pyside6-uic was not found; install PySide6 into this environment.")


def forms() -> list[Form]:
    """Every ``ui/*.ui`` with the module it compiles to."""
    return [
        Form(ui_path=ui, module_path=FORMS_DIR / f"ui_{ui.stem}.py")
        for ui in sorted(UI_DIR.glob("*.ui"))
    ]


def _strip_uic_banner(code: str) -> str:
    """Drop uic's coding line and its ``####`` banner (it names the Qt version and file)."""
    lines = code.splitlines()
    out: list[str] = []
    in_banner = False
    banner_done = False
    for line in lines:
        if not banner_done:
            if line.startswith("# -*- coding"):
                continue
            if line.startswith("####"):
                in_banner = not in_banner
                if not in_banner:
                    banner_done = True
                continue
            if in_banner or (not line.strip() and not out):
                continue
        out.append(line.rstrip())
    return "\n".join(out).strip("\n") + "\n"


def compile_form(form: Form) -> str:
    """The module text for ``form``, exactly as it would be written."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        proc = subprocess.run(
            [*uic_command(), "-g", "python", str(form.ui_path)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            check=False,
        )
    except OSError as err:
        raise FormsBuildError(f"Could not run pyside6-uic: {err}") from err
    if proc.returncode != 0:
        raise FormsBuildError(f"pyside6-uic failed on {form.name}:\n{proc.stderr.strip()}")
    return HEADER.format(name=form.name) + _strip_uic_banner(proc.stdout)


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def stale_forms() -> list[str]:
    """Human-readable list of what differs between ``ui/`` and ``gui/forms/``."""
    problems: list[str] = []
    known = set()
    for form in forms():
        known.add(form.module_path.name)
        expected = compile_form(form)
        try:
            actual = form.module_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            problems.append(f"{_shown(form.module_path)} is missing")
            continue
        if actual != expected:
            problems.append(f"{_shown(form.module_path)} differs from ui/{form.name}")
    for module in sorted(FORMS_DIR.glob("ui_*.py")):
        if module.name not in known:
            problems.append(f"{_shown(module)} has no form in ui/")
    return problems


def build_all() -> list[Path]:
    """Regenerate every form; returns the modules whose text changed."""
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text(FORMS_INIT, encoding="utf-8")
    changed: list[Path] = []
    for form in forms():
        text = compile_form(form)
        old = form.module_path.read_text(encoding="utf-8") if form.module_path.exists() else None
        if old != text:
            # newline="\n": the committed files are identical on Windows desks too.
            form.module_path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(form.module_path)
    return changed


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(prog="python -m fitmate_desktop.gui.forms_build")
    parser.add_argument(
        "--check", action="store_true", help="list stale forms and exit 1 instead of writing"
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = stale_forms()
            for problem in problems:
                print(problem)
            if problems:
                print("Run `make forms` to regenerate.")
                return 1
            return 0
        for path in build_all():
            print(f"wrote {_shown(path)}")
    except FormsBuildError as err:
        print(err, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
