"""The My account panel: who I am, my password, my two-step sign-in."""
