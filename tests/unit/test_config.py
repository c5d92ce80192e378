"""Where the program finds its database: environment, then fitmate.toml, then defaults."""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path

import pytest

from fitmate_desktop.config import (
    config_file_path,
    default_data_dir,
    load_config,
    normalise_database_url,
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "fitmate.toml",
        'database_url = "postgresql://desk@db.gym.local:5432/fitmate"\n'
        'workstation = "reception-1"\n'
        'site = "DOWNTOWN"\n'
        f'data_dir = "{tmp_path / "file-data"}"\n',
    )


def test_defaults_mean_the_embedded_database(tmp_path: Path) -> None:
    config = load_config({"FITMATE_CONFIG": str(tmp_path / "missing.toml")})

    assert config.database_url is None
    assert config.embedded
    assert config.data_dir == default_data_dir()
    assert config.workstation == socket.gethostname()
    assert config.site_code is None


def test_the_config_file_is_read(config_file: Path, tmp_path: Path) -> None:
    config = load_config({"FITMATE_CONFIG": str(config_file)})

    assert config.database_url == "postgresql+psycopg://desk@db.gym.local:5432/fitmate"
    assert not config.embedded
    assert config.workstation == "reception-1"
    assert config.site_code == "DOWNTOWN"
    assert config.data_dir == tmp_path / "file-data"


def test_the_environment_beats_the_config_file(config_file: Path, tmp_path: Path) -> None:
    config = load_config(
        {
            "FITMATE_CONFIG": str(config_file),
            "FITMATE_DATABASE_URL": "postgres://other@10.0.0.5/gym",
            "FITMATE_WORKSTATION": "office",
            "FITMATE_SITE": "UPTOWN",
            "FITMATE_DATA_DIR": str(tmp_path / "env-data"),
        }
    )

    assert config.database_url == "postgresql+psycopg://other@10.0.0.5/gym"
    assert config.workstation == "office"
    assert config.site_code == "UPTOWN"
    assert config.data_dir == tmp_path / "env-data"


def test_an_empty_environment_variable_does_not_hide_the_file(config_file: Path) -> None:
    config = load_config({"FITMATE_CONFIG": str(config_file), "FITMATE_DATABASE_URL": ""})

    assert config.database_url == "postgresql+psycopg://desk@db.gym.local:5432/fitmate"


def test_the_file_alone_can_keep_the_embedded_database(tmp_path: Path) -> None:
    path = _write(tmp_path / "fitmate.toml", 'workstation = "trainer-desk"\n')

    config = load_config({"FITMATE_CONFIG": str(path)})

    assert config.embedded
    assert config.workstation == "trainer-desk"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgresql://u@h:6543/db", "postgresql+psycopg://u@h:6543/db"),
        ("  postgresql://u@h/db\n", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_urls_always_use_the_psycopg3_driver(given: str, expected: str) -> None:
    assert normalise_database_url(given) == expected


def test_the_default_config_file_is_fitmate_toml_in_the_user_config_dir() -> None:
    assert config_file_path().name == "fitmate.toml"
    assert config_file_path().parent.name == "fitmate"


def test_the_config_is_read_once_and_frozen(tmp_path: Path) -> None:
    config = load_config({"FITMATE_CONFIG": str(tmp_path / "missing.toml")})

    with pytest.raises(dataclasses.FrozenInstanceError):
        config.workstation = "elsewhere"  # type: ignore[misc]
