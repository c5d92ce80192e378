"""Look and feel: the stylesheet, the semantic colours, and the icons.

Everything follows the system palette. The stylesheet uses ``palette(...)`` roles for the
ordinary colours; the few semantic colours (green/amber/red badges, the yellow banner) have a
light and a dark variant, and the variant is picked from the palette's window lightness when
the stylesheet is applied (again whenever the system switches between light and dark).

Icons are our own SVGs drawn with ``stroke="currentColor"``; an icon engine paints them in the
palette's text colour at paint time (highlighted text when selected, the disabled colour when
disabled), so they stay legible in both palettes and crisp at any size and pixel ratio.
"""

from __future__ import annotations

import os
import string
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QWidget

# Semantic tones: (light background, light foreground, dark background, dark foreground).
# Foregrounds are dark enough on their light background (and vice versa) for WCAG AA text.
TONES: dict[str, tuple[str, str, str, str]] = {
    "ok": ("#dcf2e2", "#17612c", "#1d3b27", "#8edba5"),
    "warn": ("#fdefc6", "#6d4a00", "#45370f", "#f3cd6a"),
    "bad": ("#fbe0de", "#9c211c", "#4a1e1c", "#f4a29d"),
    "info": ("#dbeafa", "#17548c", "#1b344e", "#9dc8f3"),
    "muted": ("#ebecee", "#4a4f57", "#35383d", "#c0c4ca"),
}

BANNER = {"light": ("#fff2bf", "#d9ac00", "#3d3100"), "dark": ("#4b3e07", "#a68a1a", "#ffe38a")}


def resources_dir() -> Path:
    """Where icons and stylesheets are: ``FITMATE_RESOURCES``, the frozen bundle, or the repo."""
    override = os.environ.get("FITMATE_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data here
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette has a dark window (the system's dark mode)."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def tone_colors(tone: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, foreground) of a semantic tone in the current palette's variant."""
    light_bg, light_fg, dark_bg, dark_fg = TONES.get(tone, TONES["muted"])
    if is_dark(palette):
        return QColor(dark_bg), QColor(dark_fg)
    return QColor(light_bg), QColor(light_fg)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def muted_text_color(palette: QPalette | None = None) -> QColor:
    """Secondary text: the text colour pulled towards the background, still readable."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return _mix(
        pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window), 0.38
    )


def _stylesheet_variables(palette: QPalette) -> dict[str, str]:
    dark = is_dark(palette)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    values: dict[str, str] = {
        "muted": muted_text_color(palette).name(),
        "border": _mix(window, text, 0.22).name(),
        "border_soft": _mix(window, text, 0.12).name(),
        "nav_bg": _mix(window, text, 0.04 if dark else 0.03).name(),
        "hover": _mix(window, text, 0.08).name(),
        "accent_hover": highlight.lighter(112).name() if dark else highlight.darker(110).name(),
        "accent_soft": _mix(window, highlight, 0.18).name(),
        "disabled_bg": _mix(window, text, 0.14).name(),
    }
    for tone, (lbg, lfg, dbg, dfg) in TONES.items():
        values[f"{tone}_bg"] = dbg if dark else lbg
        values[f"{tone}_fg"] = dfg if dark else lfg
        values[f"{tone}_border"] = _mix(
            QColor(dbg if dark else lbg), QColor(dfg if dark else lfg), 0.35
        ).name()
    bg, border, fg = BANNER["dark" if dark else "light"]
    values.update(banner_bg=bg, banner_border=border, banner_fg=fg)
    return values


def stylesheet(palette: QPalette | None = None) -> str:
    """The application stylesheet with the semantic colours filled in for ``palette``."""
    pal = palette if palette is not None else QGuiApplication.palette()
    template = (resources_dir() / "style" / "fitmate.qss").read_text(encoding="utf-8")
    return string.Template(template).safe_substitute(_stylesheet_variables(pal))


def apply_style(app: QApplication) -> None:
    """Font size, stylesheet, window icon; re-applied when the system colour scheme flips."""
    font = app.font()
    # UX: body text 10-11 pt. Some platforms default to 9 pt, which is small at a desk.
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(stylesheet(app.palette()))
    app.setWindowIcon(icon("fitmate", color=None, tinted=False))

    def reapply(*_args: object) -> None:
        app.setStyleSheet(stylesheet(app.palette()))

    # Qt >= 6.5 tells us when the user switches between light and dark mode.
    app.styleHints().colorSchemeChanged.connect(reapply)


def repolish(widget: QWidget) -> None:
    """Re-evaluate the stylesheet after a dynamic property changed.

    Qt gotcha: QSS property selectors (``QLabel[tone="ok"]``) are matched at polish time only,
    so changing the property alone changes nothing on screen.
    """
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # Padding may have changed with the rule: let the layout ask for the new size.
    widget.updateGeometry()
    widget.update()


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Give a widget a semantic tone (``ok``/``warn``/``bad``/``info``/``muted``) for the QSS.

    Children are re-polished too: rules like ``QFrame[tone="ok"] QLabel`` style them.
    """
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        repolish(widget)
        for child in widget.findChildren(QWidget):
            repolish(child)


def set_role(widget: QWidget, role: str) -> None:
    """Give a label a typographic role (``h1``, ``h2``, ``section``, ``muted``, ...)."""
    widget.setProperty("role", role)
    repolish(widget)


# --- icons -----------------------------------------------------------------------------------


@cache
def _svg_source(name: str) -> str:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        # A missing icon must not stop a desk from working: draw a small box instead.
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
            'stroke="currentColor" stroke-width="2"><rect x="5" y="5" width="14" height="14" '
            'rx="2"/></svg>'
        )


class _SvgIconEngine(QIconEngine):
    """Paints an SVG with ``currentColor`` replaced by a colour chosen at paint time."""

    def __init__(self, name: str, color: QColor | None, tinted: bool) -> None:
        super().__init__()
        self._name = name
        self._color = QColor(color) if color is not None else None
        self._tinted = tinted
        self._cache: dict[tuple[int, int, int, int, int], QPixmap] = {}

    def _color_for(self, mode: QIcon.Mode) -> QColor:
        if self._color is not None and mode != QIcon.Mode.Disabled:
            return self._color
        pal = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Selected:
            return pal.color(QPalette.ColorRole.HighlightedText)
        return pal.color(QPalette.ColorRole.WindowText)

    def _render(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        color = self._color_for(mode)
        key = (size.width(), size.height(), int(scale * 100), int(mode.value), color.rgba())
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        side = max(1, min(size.width(), size.height()))
        pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        svg = _svg_source(self._name)
        if self._tinted:
            svg = svg.replace("currentColor", color.name())
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = (size.width() - side) / 2 * scale
        y = (size.height() - side) / 2 * scale
        renderer.render(painter, QRectF(x, y, side * scale, side * scale))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if len(self._cache) > 64:
            self._cache.clear()
        self._cache[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self._render(rect.size(), mode, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._render(size, mode, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Qt gotcha: the default implementation ignores ``scale`` and would hand a HiDPI
        # screen a blurry 1x pixmap.
        return self._render(size, mode, scale)

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, self._color, self._tinted)


_icons: dict[tuple[str, int | None, bool], QIcon] = {}


def icon(name: str, *, color: QColor | str | None = None, tinted: bool = True) -> QIcon:
    """Our SVG icon ``resources/icons/<name>.svg``.

    Without ``color`` it is painted in the palette's text colour (highlighted text when
    selected); with ``color`` in that colour; ``tinted=False`` keeps the SVG's own colours
    (the logo).
    """
    qcolor = QColor(color) if color is not None else None
    key = (name, qcolor.rgba() if qcolor is not None else None, tinted)
    found = _icons.get(key)
    if found is None:
        found = QIcon(_SvgIconEngine(name, qcolor, tinted))
        _icons[key] = found
    return found


def icon_pixmap(name: str, size: int, *, color: QColor | str | None = None) -> QPixmap:
    """A pixmap of an icon for a QLabel, at the screen's pixel ratio."""
    ratio = (
        QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1
    )
    return icon(name, color=color).pixmap(QSize(size, size), ratio)


def font_with(base: QFont, *, point_delta: float = 0, bold: bool | None = None) -> QFont:
    """A copy of ``base`` some points larger (or smaller) and optionally bold."""
    font = QFont(base)
    if point_delta:
        font.setPointSizeF(max(6.0, font.pointSizeF() + point_delta))
    if bold is not None:
        font.setBold(bold)
    return font
