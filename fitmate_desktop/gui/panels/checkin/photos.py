"""Members' photos for the check-in screen: the verdict card's and the suggestions' lines.

One small cache for both, so a member found by name and then checked in is fetched once. The
photos come from ``members.member_photo`` on a worker; without a photo (or without the right
to see members) the initials stay, and nothing else waits for it.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QPixmap

from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import members as members_service
from fitmate_desktop.services.actor import Actor

log = logging.getLogger(__name__)

PHOTO_CACHE = 64
OnPhoto = Callable[[int, QPixmap | None], None]


class PhotoCache(QObject):
    """The last ``PHOTO_CACHE`` members' photos as pixmaps (None: the member has none).

    ``load`` answers one photo (the newest request wins: a card shows one member at a time);
    ``load_many`` answers a batch (the suggestions), on a task of its own so the two never
    cancel each other.
    """

    def __init__(self, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._can_load = actor.can(Permission.MEMBERS_VIEW)
        self._photos: OrderedDict[int, QPixmap | None] = OrderedDict()
        self._one = LatestOnly(self)
        self._many = LatestOnly(self)

    def known(self, member_id: int) -> bool:
        """True when the photo (or its absence) is in the cache."""
        return member_id in self._photos

    def get(self, member_id: int) -> QPixmap | None:
        """The cached photo, or None (not cached, or no photo)."""
        return self._photos.get(member_id)

    def remember(self, member_id: int, data: bytes | None) -> QPixmap | None:
        """Keep the photo made from ``data`` (JPEG bytes) and return it."""
        pixmap: QPixmap | None = None
        if data:
            candidate = QPixmap()
            if candidate.loadFromData(data):
                pixmap = candidate
        self._photos[member_id] = pixmap
        self._photos.move_to_end(member_id)
        while len(self._photos) > PHOTO_CACHE:
            self._photos.popitem(last=False)
        return pixmap

    def load(self, member_id: int, on_photo: OnPhoto) -> None:
        """Call ``on_photo(member_id, pixmap)`` with the member's photo (at once if cached)."""
        if member_id in self._photos:
            on_photo(member_id, self._photos[member_id])
            return
        if not self._can_load:
            return
        actor = self._actor
        self._one.run(
            lambda: members_service.member_photo(actor=actor, member_id=member_id),
            on_done=lambda data: on_photo(member_id, self.remember(member_id, data)),
            # Without its photo the card still works: the initials stay.
            on_error=lambda err: log.info("No photo for member %s: %s", member_id, err),
        )

    def load_many(self, member_ids: Iterable[int], on_photo: OnPhoto) -> None:
        """``on_photo`` for each member that has a photo, cached ones at once."""
        wanted: list[int] = []
        for member_id in member_ids:
            if member_id in self._photos:
                photo = self._photos[member_id]
                if photo is not None:
                    on_photo(member_id, photo)
            else:
                wanted.append(member_id)
        if not wanted or not self._can_load:
            return
        actor = self._actor

        def work() -> dict[int, bytes | None]:
            return {
                member_id: members_service.member_photo(actor=actor, member_id=member_id)
                for member_id in wanted
            }

        def done(photos: dict[int, bytes | None]) -> None:
            for member_id, data in photos.items():
                pixmap = self.remember(member_id, data)
                if pixmap is not None:
                    on_photo(member_id, pixmap)

        self._many.run(
            work, on_done=done, on_error=lambda err: log.info("No suggestion photos: %s", err)
        )
