"""The demo data generator (``fitmate db demo``, ``make run``); see ``services.demo_data``."""

from fitmate_desktop.services.demo_data import DemoResult, generate

__all__ = ["DemoResult", "generate"]
