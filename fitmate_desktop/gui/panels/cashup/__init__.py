"""The Cash-up panel: a day's takings by payment method and by staff member, ready to sign."""
