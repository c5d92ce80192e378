"""The receipts folder is a per-workstation setting: environment first, then fitmate.toml."""

from __future__ import annotations

from pathlib import Path

from fitmate_desktop.config import load_config


def test_unset_means_the_gui_default(tmp_path: Path) -> None:
    config = load_config({"FITMATE_CONFIG": str(tmp_path / "none.toml")})
    assert config.receipts_dir is None


def test_from_the_file_and_the_environment_wins(tmp_path: Path) -> None:
    toml = tmp_path / "fitmate.toml"
    toml.write_text('receipts_dir = "~/Shared receipts"\n', encoding="utf-8")
    from_file = load_config({"FITMATE_CONFIG": str(toml)})
    assert from_file.receipts_dir == Path.home() / "Shared receipts"
    env = load_config({"FITMATE_CONFIG": str(toml), "FITMATE_RECEIPTS_DIR": str(tmp_path / "R")})
    assert env.receipts_dir == tmp_path / "R"
