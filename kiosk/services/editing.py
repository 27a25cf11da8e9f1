"""Editing the draft's texts, one field at a time, each save one short transaction.

Fields are named by path (`kiosk.store.draft`): `bureaus.huaihua.brand.slogan`,
`stories.<key>.title`, `photos.<key>.caption`, `exhibition.introduction`, …
A text quoted from the article stays marked as quoted while its Chinese is unchanged (a
corrected translation does not change what was quoted); once an editor changes the Chinese,
it is the exhibition's own text. Every change is audited (what, field, old → new, where from).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.content.types import LocalizedText, TextOrigin
from kiosk.errors import KioskError
from kiosk.services.validation import ValidationError, check_length, check_text_drawable
from kiosk.store import audit
from kiosk.store.draft import UnknownFieldError, read_text, text_field, write_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def audit_text(value: LocalizedText | None) -> str:
    """A text as the audit log shows it: "中文 / English"."""
    if value is None:
        return ""
    return f"{value.zh} / {value.en}" if value.en else value.zh


def split_path(path: str) -> tuple[str, str]:
    """("bureaus.huaihua", "brand.slogan") from "bureaus.huaihua.brand.slogan"."""
    collection, _, rest = path.partition(".")
    if collection in ("exhibition", "credits"):
        return collection, rest
    key, _, name = rest.partition(".")
    return f"{collection}.{key}", name


def _field(session: Session, path: str):  # noqa: ANN202 - a TextField
    try:
        return text_field(session, path)
    except UnknownFieldError as exc:
        raise KioskError(str(exc)) from None


def draft_text(sessions: sessionmaker[Session], path: str) -> LocalizedText | None:
    """One text of the draft (None: an optional text that is not there)."""
    with sessions() as session:
        return read_text(session, _field(session, path))


def set_text(
    sessions: sessionmaker[Session], path: str, zh: str, en: str | None = None, *, origin: str
) -> LocalizedText | None:
    """Save one text of the draft (`en=None` keeps the English as it is).

    An optional text (a slogan, a credit) with both languages empty is removed; a required one
    is refused. Refused with `ValidationError` (naming `path.zh` or `path.en`): empty Chinese,
    too long for its place, characters the kiosk's font cannot draw. Returns the saved text.
    """
    with sessions.begin() as session:
        field = _field(session, path)
        old = read_text(session, field)
        english = (old.en if old else "") if en is None else en
        if not zh.strip():
            if english.strip() or field.required:
                raise ValidationError(f"{path}.zh", "cannot be empty: the Chinese text is required")
            new = None
        else:
            quoted = old is not None and old.zh == zh and old.origin is TextOrigin.ARTICLE
            new = LocalizedText(zh, english, TextOrigin.ARTICLE if quoted else TextOrigin.EXHIBITION)
            check_length(path, new)
            check_text_drawable(path, new)
        if new == old:
            return old
        write_text(session, field, new)
        target, name = split_path(path)
        audit.append(
            session, action="edit", target=target, field=name, old=audit_text(old), new=audit_text(new),
            origin=origin,
        )
    return new
