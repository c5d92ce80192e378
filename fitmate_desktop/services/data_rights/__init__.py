"""Members' data rights: export everything held about a member, and erase it on request.

Called from a members-panel action with plain values; returns plain dataclasses:

- ``export_member_data(actor=, member_id=)`` -> ``MemberExport`` (a zip: data.json,
  summary.pdf, files/), audited with counts only.
- ``erasure_preview(actor=, member_id=)`` -> ``ErasurePreview`` (what would happen, what
  blocks it, the text to type), then ``erase_member(actor=, member_id=, confirmation=,
  reason=)`` -> ``ErasureResult``; refused with ``ErasureRefused.blockers``.

Both are for admins only (``MEMBERS_EXPORT``, ``MEMBERS_ERASE``): an export gathers a person's
health notes, messages and trainers' notes in one file, and a desk's login is the weaker one
(see ``services/dbroles``); requests are rare, the desk takes them and the office answers.

Each domain registers its tables in ``domains.py`` (``register_member_data``); the registry
is complete when imported from here.
"""

from fitmate_desktop.services.data_rights import domains as _domains  # noqa: F401  (registers)
from fitmate_desktop.services.data_rights.erase import (
    ErasurePreview,
    ErasureRefused,
    ErasureResult,
    ErasureStep,
    confirmation_text,
    erase_member,
    erasure_preview,
)
from fitmate_desktop.services.data_rights.export import (
    ExportedSection,
    MemberExport,
    export_member_data,
)
from fitmate_desktop.services.data_rights.registry import (
    EraseAction,
    MemberKeys,
    MemberTable,
    register_member_data,
    registered_tables,
)

__all__ = [
    "EraseAction",
    "ErasurePreview",
    "ErasureRefused",
    "ErasureResult",
    "ErasureStep",
    "ExportedSection",
    "MemberExport",
    "MemberKeys",
    "MemberTable",
    "confirmation_text",
    "erase_member",
    "erasure_preview",
    "export_member_data",
    "register_member_data",
    "registered_tables",
]
