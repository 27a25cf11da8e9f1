"""One change to the draft's structure as one transaction: load, change, write back, audit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.content.arrangement import ArrangementError
from kiosk.content.types import Exhibition
from kiosk.errors import KioskError
from kiosk.services.drafts import load_draft
from kiosk.store import audit, repository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def change_draft(
    sessions: sessionmaker[Session],
    change: Callable[[Exhibition], Exhibition],
    *,
    origin: str,
    action: str,
    target: str,
    field: str = "",
    old: str = "",
    new: str = "",
    after: Callable[[Session, Exhibition], None] | None = None,
) -> Exhibition:
    """Apply `change` to the draft in one transaction (with `after` run inside it), audited."""
    with sessions.begin() as session:
        draft = load_draft(session)
        try:
            changed = change(draft)
        except ArrangementError as exc:
            raise KioskError(str(exc)) from None
        if changed != draft:
            base = repository.draft_base_version(session)
            repository.replace_exhibition(session, changed, base_version_id=base)
            if after is not None:
                after(session, draft)
            audit.append(
                session, action=action, target=target, field=field, old=old, new=new, origin=origin
            )
    return changed
