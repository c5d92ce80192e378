"""Where the program's own files are: resources/, ui/, migrations/ — in a checkout or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The checkout (editable install) or the PyInstaller bundle directory."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)
