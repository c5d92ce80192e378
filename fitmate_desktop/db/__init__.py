"""Engine, sessions, the embedded PostgreSQL server and the LISTEN/NOTIFY listener."""

from fitmate_desktop.db.engine import (
    DatabaseUnavailable,
    configure_database,
    current_database,
    dispose_database,
)

__all__ = ["DatabaseUnavailable", "configure_database", "current_database", "dispose_database"]
