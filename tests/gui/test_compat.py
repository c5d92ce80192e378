"""The work-around for PySide6 dropping references to None and True (see gui.compat)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal

from fitmate_desktop.gui.compat import protect_singletons

pytestmark = pytest.mark.no_db

AnyIndex = QModelIndex | QPersistentModelIndex


class _Blank(QAbstractTableModel):
    """A model that answers no role at all, like most cells for most roles."""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = 0) -> None:
        return None


class _Emitter(QObject):
    """Something that emits from Python."""

    sig = Signal(object)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="singletons are immortal from 3.12")
def test_the_singletons_have_their_reserve_on_python_311() -> None:
    assert protect_singletons()
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 1 << 39


def test_whether_the_binding_still_drops_references() -> None:
    model = _Blank()  # kept: an index outliving its model would point at freed memory
    index = model.index(0, 0)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        index.data()
        emitter.sig.emit(1)
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    if lost_none < 500 and lost_true < 500:
        pytest.skip("PySide6 no longer drops None/True: gui.compat can go")
    assert protect_singletons() or sys.version_info >= (3, 12)


def test_a_busy_gui_process_quits_cleanly() -> None:
    # Without the reserve this aborts with "bool_dealloc" or "none_dealloc".
    script = (
        "import fitmate_desktop.gui\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "app = QCoreApplication([])\n"
        "class E(QObject):\n"
        "    sig = Signal(object)\n"
        "e = E()\n"
        "e.sig.connect(lambda value: None)\n"
        "for _ in range(20000):\n"
        "    e.sig.emit(None)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr[-500:]
