"""The demo data generator's public names, where they were before it was split by domain.

The generator lives in :mod:`fitmate_desktop.services.demo`; this module keeps the old import
path (``benchmarks/`` and older scripts use it).
"""

from fitmate_desktop.services.demo import (
    ADMIN_EMAIL,
    GENERATOR_VERSION,
    SIGN_INS,
    DemoDataError,
    DemoResult,
    generate,
)

__all__ = [
    "ADMIN_EMAIL",
    "GENERATOR_VERSION",
    "SIGN_INS",
    "DemoDataError",
    "DemoResult",
    "generate",
]
