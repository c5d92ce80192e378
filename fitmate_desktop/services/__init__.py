"""Use cases, one module per area. The only code that opens database sessions.

Every public function takes keyword-only arguments, the acting user among them, checks the
permission, owns its transaction (``services.uow``) and returns frozen dataclasses.
"""
