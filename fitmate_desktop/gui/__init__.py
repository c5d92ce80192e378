"""The desktop GUI: the only package that imports PySide6 and pyqtgraph.

Importing it first protects the interpreter from a reference-counting defect of the Qt
binding (see ``compat.protect_singletons``), so every window, test and script that uses the
GUI is covered without having to remember it.
"""

from fitmate_desktop.gui.compat import protect_singletons

protect_singletons()
