"""The Members panel: the searchable list of members and a read-only detail pane."""
