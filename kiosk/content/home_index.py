"""A published document in the parts a visitor's kiosk reads: Home's index, and each bureau whole.

Home needs every bureau's tile but no bureau's stories or gallery; a large exhibition (200
bureaus, 10,000 stories) is a 21 MB document whose parsing would hold Home's first frame for
about a second. So every published version is also stored in parts (`version_parts`): `home`,
the document with each bureau's stories and gallery left out (its first gallery photo kept
where it has no cover: the tile's picture), and `bureau/<slug>`, one bureau as it is in the
document. Both are documents of the content format, so the ordinary parser reads them.
"""

from __future__ import annotations

import json
from typing import Any

from kiosk.content.serialization import canonical_json

HOME_PART = "home"
_BUREAU_PREFIX = "bureau/"


def bureau_part(slug: str) -> str:
    """The part name of one bureau's whole panel."""
    return _BUREAU_PREFIX + slug


def home_index(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with each bureau's stories and gallery left out (a tile's picture kept)."""
    return {**document, "bureaus": [_tile_of(b) for b in document.get("bureaus", [])]}


def _tile_of(bureau: dict[str, Any]) -> dict[str, Any]:
    photos = bureau.get("photos") or []
    kept = photos[:1] if bureau.get("cover") is None else []
    return {**bureau, "photos": kept, "stories": []}


def split_document(document: str) -> dict[str, str]:
    """Every part of a (valid) document, given and returned as canonical JSON text, by name:
    Home's index and each bureau."""
    data = json.loads(document)
    parts = {HOME_PART: home_index(data)} | {bureau_part(b["slug"]): b for b in data.get("bureaus", [])}
    return {name: canonical_json(part) for name, part in parts.items()}
