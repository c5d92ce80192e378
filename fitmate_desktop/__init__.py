"""FitMate desktop: the front desk and back office of a gym, on PostgreSQL."""

__version__ = "0.1.0"
