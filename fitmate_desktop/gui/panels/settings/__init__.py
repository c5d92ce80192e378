"""The Settings panel: the gym's profile, region, money, security, backups, notifications."""
