"""The check-in panel: scan -> verdict, the previous scans, and who is in the gym now."""
