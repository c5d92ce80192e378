"""Work-arounds for defects of the Qt binding, each with the reason and how to retire it."""

from __future__ import annotations

import sys

# Reserve of references given to each singleton; at one lost reference per call this lasts
# for about 10**12 calls, i.e. for ever at a desk.
_RESERVE = 1 << 40
_protected = False


def protect_singletons() -> bool:
    """Keep PySide6 from freeing ``None``, ``True`` and ``False``.

    PySide6 6.12 (as installed here) drops references to interpreter singletons:

    - every ``SignalInstance.emit()`` called from Python loses one reference to ``True``
      (the result it returns);
    - every Python slot or override that returns ``None`` to C++ loses one reference to
      ``None``: a ``QTimer`` calling a lambda, ``QAbstractItemModel.data()`` for each role
      it does not answer (so every repaint of every table), ``QIconEngine.paint()``, ...

    Measured with ``sys.getrefcount``: 100 emits lower True's count by 100, 100 calls of
    ``index.data()`` lower None's by 100 (see tests/gui/test_compat.py). On Python 3.11 these
    objects have ordinary reference counts, so after some minutes of use a count reaches
    zero and CPython aborts ("none_dealloc" / "bool_dealloc"), at the latest while quitting.

    A surplus of references on them is harmless (they are never freed), so we add a large
    reserve once, at start-up (importing ``fitmate_desktop.gui`` does it). Python 3.12 made
    them immortal (PEP 683), so there this does nothing; remove this module once the project
    requires Python >= 3.12 or a fixed PySide6. Returns True if the reserve is in place.
    """
    global _protected
    if _protected:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if hasattr(sys, "getobjects"):
        # A Py_TRACE_REFS debug build: the count is not the object's first field.
        return False
    import ctypes

    ok = True
    for singleton in (None, True, False):
        before = sys.getrefcount(singleton)
        # ob_refcnt is the first field of every PyObject in release builds. The GIL is held,
        # so no other thread changes the count between the read and the write.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
        ok = ok and sys.getrefcount(singleton) - before >= _RESERVE
    _protected = ok
    return ok
