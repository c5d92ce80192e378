"""The demo data generator (``fitmate db demo``, ``make run``); see ``services.demo``."""

from fitmate_desktop.services.demo import DemoResult, generate

__all__ = ["DemoResult", "generate"]
