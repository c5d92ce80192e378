"""A short chime for "come in" and a low double buzz for "not checked in", switchable off.

PySide6-Essentials has no QtMultimedia, and the desk must not need a heavy dependency for two
beeps, so the sounds are plain WAV files in ``resources/sounds`` played by whatever the system
has, tried in this order:

1. ``QSoundEffect`` when QtMultimedia is installed (the full PySide6 or the Addons wheel);
2. Windows: ``winsound`` from the standard library (asynchronous, never blocks);
3. macOS: ``afplay``; Linux: ``pw-play``, ``paplay`` or ``aplay`` — started detached;
4. otherwise the system beep: one for "come in", two for "not checked in".

The on/off switch is stored in QSettings per workstation (some desks sit next to a quiet room).
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QSettings, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from fitmate_desktop.gui.style import resources_dir

log = logging.getLogger(__name__)

OK = "ok"
REFUSED = "refused"
_FILES = {OK: "checkin-ok.wav", REFUSED: "checkin-refused.wav"}
_HEADLESS = ("offscreen", "minimal")


def _sound_path(kind: str) -> Path:
    return resources_dir() / "sounds" / _FILES[kind]


class VerdictSounds(QObject):
    """Plays the verdict sounds; ``played`` keeps the last few for tests and diagnostics."""

    def __init__(self, settings_key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = settings_key
        self.played: list[str] = []
        self._effects: dict[str, Any] = {}
        self._player: list[str] | None = None
        self._backend = self._pick_backend()

    @property
    def enabled(self) -> bool:
        """Whether sounds are on at this desk (on unless switched off)."""
        value = QSettings().value(self._key, True)
        # QSettings' INI backend gives "true"/"false" strings back.
        return value not in (False, "false", "0", 0)

    def set_enabled(self, on: bool) -> None:
        """Switch the sounds on or off at this desk."""
        QSettings().setValue(self._key, bool(on))

    def play(self, kind: str) -> None:
        """Play ``ok`` or ``refused`` (nothing when switched off or without a screen)."""
        if kind not in _FILES or not self.enabled:
            return
        self.played = [*self.played[-9:], kind]
        if QGuiApplication.platformName() in _HEADLESS:
            return  # tests and screenshots: remember, do not make noise
        try:
            self._backend(kind)
        except Exception:  # a sound must never disturb a check-in
            log.info("Could not play the %s sound", kind, exc_info=True)

    # -- backends ------------------------------------------------------------------------------

    def _pick_backend(self) -> Any:
        try:
            from PySide6.QtMultimedia import QSoundEffect  # type: ignore[import-not-found]
        except ImportError:
            pass
        else:
            for kind in _FILES:
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(_sound_path(kind))))
                effect.setVolume(0.6)
                self._effects[kind] = effect
            return self._play_effect
        if sys.platform == "win32":
            return self._play_winsound
        if sys.platform == "darwin":
            self._player = ["afplay"] if shutil.which("afplay") else None
        else:
            for program in ("pw-play", "paplay", "aplay"):
                if shutil.which(program):
                    self._player = [program, "-q"] if program == "aplay" else [program]
                    break
        return self._play_process if self._player else self._play_beep

    def _play_effect(self, kind: str) -> None:
        self._effects[kind].play()

    @staticmethod
    def _play_winsound(kind: str) -> None:
        # The platform test (not just the caller's) lets type checkers on other systems skip
        # this block: winsound exists on Windows only.
        if sys.platform == "win32":
            import winsound

            flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
            winsound.PlaySound(str(_sound_path(kind)), flags)

    def _play_process(self, kind: str) -> None:
        assert self._player is not None
        # Detached: the player ends by itself; nothing waits for it.
        QProcess.startDetached(self._player[0], [*self._player[1:], str(_sound_path(kind))])

    @staticmethod
    def _play_beep(kind: str) -> None:
        QApplication.beep()
        if kind == REFUSED:
            QTimer.singleShot(180, QApplication.beep)
