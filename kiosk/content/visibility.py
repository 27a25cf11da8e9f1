"""What visitors see of an exhibition: everything but what an editor hid."""

from __future__ import annotations

from dataclasses import replace

from kiosk.content.types import Bureau, Exhibition


def bureau_as_visitors_see_it(bureau: Bureau) -> Bureau:
    """`bureau` without its hidden stories."""
    if not any(s.hidden for s in bureau.stories):
        return bureau
    return replace(bureau, stories=tuple(s for s in bureau.stories if not s.hidden))


def as_visitors_see_it(exhibition: Exhibition) -> Exhibition:
    """`exhibition` without hidden bureaus and stories, and without references to hidden bureaus
    (a section's list, a figure's or a milestone's bureau), so no screen can reach one."""
    if not any(b.hidden or any(s.hidden for s in b.stories) for b in exhibition.bureaus):
        return exhibition
    shown = tuple(bureau_as_visitors_see_it(b) for b in exhibition.bureaus if not b.hidden)
    slugs = {b.slug for b in shown}
    return replace(
        exhibition,
        bureaus=shown,
        sections=tuple(
            replace(s, bureau_slugs=tuple(slug for slug in s.bureau_slugs if slug in slugs))
            for s in exhibition.sections
        ),
        figures=tuple(
            f if f.bureau_slug is None or f.bureau_slug in slugs else replace(f, bureau_slug=None)
            for f in exhibition.figures
        ),
        timeline=tuple(
            e if e.bureau_slug is None or e.bureau_slug in slugs else replace(e, bureau_slug=None)
            for e in exhibition.timeline
        ),
    )
