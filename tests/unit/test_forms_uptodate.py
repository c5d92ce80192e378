"""The generated form modules are what pyside6-uic makes of ui/*.ui today (like Picard's check)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fitmate_desktop.gui import forms_build

try:
    forms_build.uic_command()
except forms_build.FormsBuildError:  # pragma: no cover - PySide6 is a dependency
    pytest.skip("pyside6-uic is not installed", allow_module_level=True)


def test_every_form_has_an_up_to_date_module() -> None:
    problems = forms_build.stale_forms()
    assert not problems, "\n".join(problems) + "\nRun `make forms` and commit the result."


def test_the_forms_we_rely_on_exist() -> None:
    names = {form.ui_path.name for form in forms_build.forms()}
    assert {"sign_in.ui", "main_window.ui", "members_panel.ui"} <= names


def test_generated_modules_say_where_they_come_from() -> None:
    for form in forms_build.forms():
        first_line = form.module_path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith(f"# GENERATED from ui/{form.name}"), form.module_path


def test_check_mode_reports_an_edited_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    forms_dir = tmp_path / "forms"
    shutil.copytree(forms_build.FORMS_DIR, forms_dir)
    edited = forms_dir / "ui_sign_in.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    monkeypatch.setattr(forms_build, "FORMS_DIR", forms_dir)

    assert forms_build.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "ui_sign_in.py differs from ui/sign_in.ui" in out
    assert "ui_main_window.py" not in out

    # Regenerating fixes it, and --check is then clean.
    assert forms_build.main([]) == 0
    assert forms_build.main(["--check"]) == 0


def test_check_mode_reports_a_missing_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    forms_dir = tmp_path / "forms"
    shutil.copytree(forms_build.FORMS_DIR, forms_dir)
    (forms_dir / "ui_members_panel.py").unlink()
    monkeypatch.setattr(forms_build, "FORMS_DIR", forms_dir)

    assert forms_build.main(["--check"]) == 1
    assert "ui_members_panel.py is missing" in capsys.readouterr().out
