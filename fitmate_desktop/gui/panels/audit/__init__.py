"""The Audit log panel: read-only, filterable, with before/after side by side and a chain check."""
