"""The Renewals panel: auto-renewing memberships that end soon, each one key press from renewed."""
