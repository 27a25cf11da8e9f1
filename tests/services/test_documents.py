"""The exhibition document (`content.json` form): the exact inverse of the parser, canonical text."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest

from kiosk.content.serialization import (
    ContentError,
    canonical_json,
    exhibition_from_dict,
    exhibition_to_dict,
    media_of,
)
from kiosk.content.types import RenditionKind


def test_round_trip_of_the_seeded_exhibition_with_its_renditions(seeded_exhibition) -> None:
    document = exhibition_to_dict(seeded_exhibition)
    assert exhibition_from_dict(document) == seeded_exhibition
    # Through JSON text too: what a version row or a package holds.
    assert exhibition_from_dict(json.loads(canonical_json(document))) == seeded_exhibition


def test_a_photo_carries_its_renditions_so_a_document_is_self_contained(seeded_exhibition) -> None:
    document = exhibition_to_dict(seeded_exhibition)
    huaihua = next(b for b in document["bureaus"] if b["slug"] == "huaihua")
    cover = seeded_exhibition.bureau("huaihua").cover
    display = cover.rendition(RenditionKind.DISPLAY)
    assert huaihua["cover"]["media"]["display"] == {
        "sha256": display.sha256, "width": display.width, "height": display.height, "mime": "image/jpeg",
    }
    every = {r.sha256 for b in seeded_exhibition.bureaus for p in b.every_photo() for r in p.renditions}
    assert media_of(document) == every and len(every) > 20


def test_hidden_bureaus_and_stories_survive_the_round_trip(seeded_exhibition) -> None:
    hunan = seeded_exhibition.bureau("hunan")
    story = replace(hunan.stories[0], hidden=True)
    bureaus = tuple(
        replace(b, hidden=True) if b.slug == "changsha"
        else replace(b, stories=(story, *b.stories[1:])) if b.slug == "hunan" else b
        for b in seeded_exhibition.bureaus
    )
    changed = replace(seeded_exhibition, bureaus=bureaus)
    back = exhibition_from_dict(exhibition_to_dict(changed))
    assert back == changed
    assert back.bureau("changsha").hidden and back.bureau("hunan").stories[0].hidden
    assert not back.bureau("huaihua").hidden


def test_canonical_text_is_the_same_for_equal_documents(seeded_exhibition) -> None:
    first = canonical_json(exhibition_to_dict(seeded_exhibition))
    second = canonical_json(json.loads(first))
    assert first == second
    assert "怀化" in first  # characters as they are, not \\u escapes
    assert first.startswith('{"bureaus":[{"brand":{"concept":{"en":'), "sorted keys, no spaces"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["bureaus"][1]["cover"]["media"]["thumb"].update(sha256="../etc/passwd"),
         "bureaus[huaihua].cover.media.thumb.sha256: expected 64 lower-case hex digits"),
        (lambda d: d["bureaus"][1]["cover"]["media"]["display"].update(width=-3),
         "bureaus[huaihua].cover.media.display.width: expected a positive whole number of pixels"),
        (lambda d: d["bureaus"][1]["cover"]["media"].update(original={}),
         "bureaus[huaihua].cover.media: unknown rendition 'original'"),
        (lambda d: d["bureaus"][1]["cover"]["media"]["thumb"].update(mime="text/html"),
         "bureaus[huaihua].cover.media.thumb.mime: expected one of image/jpeg"),
        (lambda d: d["bureaus"][1].update(hidden="yes"), "bureaus[huaihua].hidden: expected true or false"),
        (lambda d: d["bureaus"][2]["cover"].update(key=d["bureaus"][1]["cover"]["key"]),
         "photos: duplicate key 'huaihua-cover'"),
        (lambda d: d["figures"][0].update(value="1e999x"), "figures[0].value: not a number: '1e999x'"),
        (lambda d: d["timeline"][0].update(year="2020"), "timeline[0].year: expected a whole number or null"),
        (lambda d: d.update(glossary=[{"zh": 1}]), "glossary[0]: expected {'zh': …, 'en': …}"),
        (lambda d: d["bureaus"][1].pop("name"), "bureaus[huaihua]: missing field 'name'"),
        (lambda d: next(b for b in d["bureaus"] if b["slug"] == "hunan")["stories"][1].pop("body"),
         "bureaus[hunan].stories[1]: missing field 'body'"),
        (lambda d: d["exhibition"].pop("credits"), "exhibition: missing field 'credits'"),
        (lambda d: d["exhibition"]["title"].update(zh="  "),
         "exhibition.title: expected {'zh': …, 'en': …} with Chinese text"),
        (lambda d: d["bureaus"][1]["summary"].update(en=5), "bureaus[huaihua].summary: 'en' must be text"),
        (lambda d: d["bureaus"][1]["focus"].update(origin="machine"),
         "bureaus[huaihua].focus: unknown origin 'machine'"),
        (lambda d: d["bureaus"][1].update(slug="怀化"),
         "bureaus[1].slug: expected a lower-case ASCII key, got '怀化'"),
        (lambda d: d["bureaus"][1].update(slug="Huaihua"),
         "bureaus[1].slug: expected a lower-case ASCII key, got 'Huaihua'"),
        (lambda d: next(b for b in d["bureaus"] if b["slug"] == "hunan")["stories"][1].update(key="a--b"),
         "bureaus[hunan].stories[1].key: expected a lower-case ASCII key, got 'a--b'"),
        (lambda d: d["bureaus"][1].update(colour="red"), "bureaus[huaihua].colour: expected '#rrggbb'"),
        (lambda d: d["bureaus"][1].update(kind="county"), "bureaus[huaihua].kind: unknown kind 'county'"),
        (lambda d: d["bureaus"][1].update(brand="种子"), "bureaus[huaihua].brand: expected an object"),
        (lambda d: d["bureaus"][1].update(photos={}), "bureaus[huaihua]: 'photos' must be a list"),
        (lambda d: d["bureaus"][2].update(slug="huaihua"), "bureaus: duplicate key 'huaihua'"),
        (lambda d: d["exhibition"]["sections"][0].update(bureaus=["changsha", 7]),
         "sections[0].bureaus[1]: expected a lower-case ASCII key, got 7"),
        (lambda d: d["figures"][0].update(value=True), "figures[0].value: not a number: True"),
    ],
)
def test_a_bad_document_is_refused_naming_the_field(seeded_exhibition, mutate, message) -> None:
    document = copy.deepcopy(exhibition_to_dict(seeded_exhibition))
    huaihua = next(i for i, b in enumerate(document["bureaus"]) if b["slug"] == "huaihua")
    # The cases name bureaus[1] and [2]: put huaihua second, whatever the seed's order.
    document["bureaus"].insert(1, document["bureaus"].pop(huaihua))
    mutate(document)
    with pytest.raises(ContentError) as caught:
        exhibition_from_dict(document)
    assert str(caught.value) == message


def test_a_document_that_is_not_an_object_is_refused() -> None:
    for document in ([], "content", None):
        with pytest.raises(ContentError, match=r"^content: expected an object$"):
            exhibition_from_dict(document)


@pytest.mark.parametrize("kind", ["figures", "timeline"])
def test_a_figure_or_event_naming_an_unknown_bureau_is_refused_naming_the_field(seeded_exhibition, kind):
    document = copy.deepcopy(exhibition_to_dict(seeded_exhibition))
    document[kind][1]["bureau"] = "atlantis"
    with pytest.raises(ContentError) as caught:
        exhibition_from_dict(document)
    assert str(caught.value) == f"{kind}[1].bureau: unknown bureau 'atlantis'"
