"""Demo data: a believable gym, deterministic from a seed, from 300 members to the benchmark's 100k.

One module per domain, each writing the tables of the services it feeds, layered one way:
``reference`` (fixed facts) and ``base`` (the loader) under ``gym`` and ``staff``, then
``people`` (members), then ``billing``, ``visits``, ``training`` and ``building``, all run in
order, in one transaction, by ``runner.generate``.
"""

from fitmate_desktop.services.demo.reference import ADMIN_EMAIL, SIGN_INS
from fitmate_desktop.services.demo.runner import (
    GENERATOR_VERSION,
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
