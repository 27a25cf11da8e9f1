"""Content packages as an operator uses them: `kiosk export` / `kiosk import`, on real data folders.

Every hostile package is refused with exit 1 and one `error:` line, and the exhibition is the
same afterwards — compared by exporting it before and after.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pty
import stat
import struct
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from kiosk.cli import main
from kiosk.services import package_format, packages, versions
from kiosk.services.package_reader import Cancelled
from kiosk.services.startup import open_store
from kiosk.settings import build_settings
from services.package_samples import (
    bureau,
    content_of,
    new_photo,
    read_entries,
    with_content,
    without_unused_media,
    write_entries,
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def exported(data_dir: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, bytes]:
    """What `kiosk export` writes for `data_dir`, entry by entry, without the manifest's time."""
    code, _out, err = run(capsys, "export", str(out), "--data-dir", str(data_dir))
    assert code == 0, err
    entries = read_entries(out)
    manifest = json.loads(entries.pop("manifest.json"))
    entries["manifest entries"] = json.dumps(manifest["entries"]).encode()
    return entries


@pytest.fixture
def good_package(seeded_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _out, err = run(capsys, "export", str(tmp_path / "good.zip"), "--data-dir", str(seeded_data_dir))
    assert code == 0, err
    return tmp_path / "good.zip"


# --- export and the round trip ----------------------------------------------------------


def test_export_writes_manifest_content_and_every_rendition(good_package: Path, seeded_exhibition) -> None:
    entries = read_entries(good_package)
    manifest = json.loads(entries["manifest.json"])
    assert manifest["format"] == "hunan-tax-kiosk-content" and manifest["format_version"] == 1
    assert manifest["app_version"] and manifest["created"].endswith("Z")
    listed = {e["name"]: e for e in manifest["entries"]}
    assert set(listed) == set(entries) - {"manifest.json"}
    for name, data in entries.items():
        if name != "manifest.json":
            digest = hashlib.sha256(data).hexdigest()
            assert listed[name] == {"name": name, "sha256": digest, "size": len(data)}
    shas = {r.sha256 for b in seeded_exhibition.bureaus for p in b.every_photo() for r in p.renditions}
    assert {n for n in entries if n.startswith("media/")} == {f"media/{s}.jpg" for s in shas}
    assert content_of(entries)["exhibition"]["title"]["zh"] == seeded_exhibition.title.zh
    with zipfile.ZipFile(good_package) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_round_trip_into_an_empty_data_folder_gives_the_same_content_and_media(
    seeded_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = exported(seeded_data_dir, tmp_path / "first.zip", capsys)
    empty = tmp_path / "empty"
    code, out, err = run(capsys, "import", str(tmp_path / "first.zip"), "--data-dir", str(empty))
    assert code == 0, err
    assert out.startswith("version 1 is live: imported first.zip")
    second = exported(empty, tmp_path / "second.zip", capsys)
    assert second == first


def test_an_import_is_a_new_version_that_the_version_list_can_undo(
    seeded_data_dir: Path, good_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = exported(seeded_data_dir, tmp_path / "before.zip", capsys)

    def new_slogan(document: dict) -> None:
        slogan = {"zh": "新标语", "en": "A new slogan", "origin": "exhibition"}
        bureau(document, "huaihua")["brand"]["slogan"] = slogan

    changed = write_entries(tmp_path / "changed.zip", with_content(read_entries(good_package), new_slogan))
    code, out, err = run(capsys, "import", str(changed), "--data-dir", str(seeded_data_dir))
    assert code == 0, err
    store = open_store(build_settings(data_dir=seeded_data_dir))
    try:
        listed = versions.list_versions(store.sessions)
        assert listed[0].origin == "import" and "怀化" in listed[0].summary
        assert store.exhibition.exhibition().bureau("huaihua").brand.slogan.zh == "新标语"
        versions.restore_version(store.sessions, listed[1].id, origin="kiosk")
    finally:
        store.close()
    assert exported(seeded_data_dir, tmp_path / "after.zip", capsys) == before


def test_preview_says_what_will_change_and_the_import_does_it(
    seeded_data_dir: Path, good_package: Path, tmp_path: Path
) -> None:
    photo, photo_media = new_photo("huaihua-new-photo", (200, 40, 40))
    removed_story = None

    def edit(document: dict) -> None:
        nonlocal removed_story
        huaihua = bureau(document, "huaihua")
        huaihua["photos"].append(photo)
        removed_story = bureau(document, "hunan")["stories"].pop(0)["key"]
        document["bureaus"] = [b for b in document["bureaus"] if b["slug"] != "yiyang"]

    entries = without_unused_media({**with_content(read_entries(good_package), edit), **photo_media})
    package = write_entries(tmp_path / "edited.zip", entries)
    settings = build_settings(data_dir=seeded_data_dir)
    store = open_store(settings)
    try:
        live_before = versions.live_version(store.sessions)
        preview = packages.preview_import(store.sessions, package)
        assert preview.photos.added == ["huaihua-new-photo"]
        assert preview.stories.removed == [removed_story]
        assert preview.bureaus.removed == ["yiyang"]
        assert "huaihua" in preview.bureaus.changed and preview.bureaus.added == []
        assert any(line.startswith("怀化") and "1 photo added" in line for line in preview.lines())
        assert versions.live_version(store.sessions) == live_before, "a preview changes nothing"

        seen: list[tuple[int, int, str]] = []
        info = packages.import_staged(store.sessions, settings, preview, progress=lambda *a: seen.append(a))
        assert info.origin == "import"
        shown = store.exhibition.exhibition()
        assert shown.bureau("yiyang") is None
        assert [p.key for p in shown.bureau("huaihua").photos][-1] == "huaihua-new-photo"
        stages = [stage for _d, _t, stage in seen]
        assert stages[0] == "backup" and stages[-1] == "save"
        assert seen[-1][0] == seen[-1][1], "the last report is complete"
    finally:
        store.close()


def test_cancel_stops_the_import_and_changes_nothing(
    seeded_data_dir: Path, good_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = exported(seeded_data_dir, tmp_path / "before.zip", capsys)
    photo, photo_media = new_photo("extra", (10, 120, 10))
    def add_photo(document: dict) -> None:
        bureau(document, "hunan")["photos"].append(photo)

    entries = {**with_content(read_entries(good_package), add_photo), **photo_media}
    package = write_entries(tmp_path / "new.zip", entries)
    settings = build_settings(data_dir=seeded_data_dir)
    for stage_to_cancel in ("check", "save"):
        calls: list[str] = []

        def progress(done: int, total: int, stage: str, *, calls: list[str] = calls) -> None:
            calls.append(stage)

        def cancel(*, calls: list[str] = calls, at: str = stage_to_cancel) -> bool:
            return calls.count(at) >= 3

        store = open_store(settings)
        try:
            with pytest.raises(Cancelled):
                packages.import_package(store.sessions, settings, package, progress=progress, cancel=cancel)
        finally:
            store.close()
        assert exported(seeded_data_dir, tmp_path / "after.zip", capsys) == before


# --- hostile packages ---------------------------------------------------------------------


def _first_media(entries: dict[str, bytes]) -> str:
    return sorted(n for n in entries if n.startswith("media/"))[0]


def _add_raw(path: Path, name: str, data: bytes, *, attr: int | None = None) -> None:
    with zipfile.ZipFile(path, "a") as archive:
        info = zipfile.ZipInfo(name)
        if attr is not None:
            info.create_system = 3
            info.external_attr = attr << 16
        archive.writestr(info, data)


def _path_traversal(good: Path, out: Path) -> None:
    entries = read_entries(good)
    write_entries(out, {**entries, "media/../../evil.jpg": b"x"})


def _absolute_path(good: Path, out: Path) -> None:
    write_entries(out, {**read_entries(good), "/etc/cron.d/evil": b"* * * * * root true\n"})


def _symlink(good: Path, out: Path) -> None:
    entries = read_entries(good)
    name = _first_media(entries)
    data = entries.pop(name)
    write_entries(out, entries, manifest=False)
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("manifest.json", _manifest_listing(read_entries(good)))
    _add_raw(out, name, data, attr=stat.S_IFLNK | 0o777)


def _manifest_listing(entries: dict[str, bytes]) -> bytes:
    from services.package_samples import manifest_for

    return manifest_for(entries)


def _zip_bomb(good: Path, out: Path) -> None:
    entries = read_entries(good)
    name = _first_media(entries)
    zeros = bytes(60 * 1024 * 1024)  # deflates to ~60 KB
    manifest = json.loads(entries.pop("manifest.json"))
    for entry in manifest["entries"]:
        if entry["name"] == name:
            entry["size"] = len(zeros)  # the manifest agrees: only the ratio gives it away
    write_entries(out, {**entries, name: zeros}, manifest=False)
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))


def _checksum_mismatch(good: Path, out: Path) -> None:
    entries = read_entries(good)
    name = _first_media(entries)
    damaged = bytearray(entries[name])
    damaged[len(damaged) // 2] ^= 0xFF
    manifest = entries.pop("manifest.json")
    write_entries(out, {**entries, name: bytes(damaged)}, manifest=False)
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("manifest.json", manifest)  # still the hash of the good bytes


def _missing_media(good: Path, out: Path) -> None:
    entries = read_entries(good)
    del entries[_first_media(entries)]
    write_entries(out, entries)


def _unlisted_file(good: Path, out: Path) -> None:
    entries = read_entries(good)
    manifest = entries.pop("manifest.json")
    extra = f"media/{'ab' * 32}.jpg"
    write_entries(out, {**entries, extra: entries[_first_media(entries)]}, manifest=False)
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("manifest.json", manifest)


def _future_version(good: Path, out: Path) -> None:
    write_entries(out, read_entries(good), format_version=7)


def _malformed_json(good: Path, out: Path) -> None:
    write_entries(out, {**read_entries(good), "content.json": b'{"exhibition": {"title": '})


def _wrong_types(good: Path, out: Path) -> None:
    def wrong(document: dict) -> None:
        bureau(document, "loudi")["stories"][0]["title"] = 42

    write_entries(out, with_content(read_entries(good), wrong))


def _no_manifest(good: Path, out: Path) -> None:
    write_entries(out, read_entries(good), manifest=False)


def _not_a_zip(good: Path, out: Path) -> None:
    out.write_text("名称,数值\n怀化,1\n", encoding="utf-8")


def _empty_file(good: Path, out: Path) -> None:
    out.write_bytes(b"")


def _truncated_zip(good: Path, out: Path) -> None:
    data = good.read_bytes()
    out.write_bytes(data[: len(data) * 2 // 3])


def _duplicate_entry(good: Path, out: Path) -> None:
    entries = read_entries(good)
    write_entries(out, entries)
    with pytest.warns(UserWarning, match="Duplicate name"):
        _add_raw(out, "content.json", entries["content.json"])


def _wrong_declared_size(good: Path, out: Path) -> None:
    def wrong(document: dict) -> None:
        bureau(document, "huaihua")["cover"]["media"]["thumb"]["width"] += 1

    write_entries(out, with_content(read_entries(good), wrong))


def _not_an_image(good: Path, out: Path) -> None:
    text = b"<html><body>not a photo</body></html>"
    sha = hashlib.sha256(text).hexdigest()

    def point_at_text(document: dict) -> None:
        bureau(document, "huaihua")["cover"]["media"]["thumb"]["sha256"] = sha

    entries = with_content(read_entries(good), point_at_text)
    entries[f"media/{sha}.jpg"] = text
    old = content_of(read_entries(good))
    old_thumb = bureau(old, "huaihua")["cover"]["media"]["thumb"]["sha256"]
    entries.pop(f"media/{old_thumb}.jpg", None)
    write_entries(out, entries)


def _compressed_content_bomb(good: Path, out: Path) -> None:
    entries = read_entries(good)
    document = content_of(entries)
    document["padding"] = " " * (40 * 1024 * 1024)
    write_entries(out, {**entries, "content.json": json.dumps(document).encode()})


HOSTILE = {
    "path traversal": (_path_traversal, "points outside the package"),
    "absolute path": (_absolute_path, "absolute path"),
    "symlink entry": (_symlink, "is a link"),
    "zip bomb": (_zip_bomb, "zip bomb"),
    "compressed content.json": (_compressed_content_bomb, "zip bomb"),
    "checksum mismatch": (_checksum_mismatch, "does not match its SHA-256"),
    "missing media": (_missing_media, "which the package does not hold"),
    "unlisted extra file": (_unlisted_file, "is not listed in manifest.json"),
    "future version": (_future_version, "format version 7, newer than version 1"),
    "malformed JSON": (_malformed_json, "content.json is not valid JSON"),
    "wrong types": (_wrong_types, "content.json: bureaus[loudi].stories[0].title"),
    "no manifest": (_no_manifest, "has no manifest.json"),
    "not a zip": (_not_a_zip, "not a content package"),
    "empty file": (_empty_file, "is empty"),
    "truncated zip": (_truncated_zip, "not a content package"),
    "duplicate entry": (_duplicate_entry, "twice"),
    "declared size is not the picture's": (_wrong_declared_size, "but content.json declares"),
    "text named as a picture": (_not_an_image, "is not a picture the kiosk can read"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_package_is_refused_and_changes_nothing(
    case: str, seeded_data_dir: Path, good_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, expected = HOSTILE[case]
    before = exported(seeded_data_dir, tmp_path / "before.zip", capsys)
    store = open_store(build_settings(data_dir=seeded_data_dir))
    versions_before = versions.list_versions(store.sessions)
    store.close()
    hostile = tmp_path / "hostile.zip"
    make(good_package, hostile)

    code, out, err = run(capsys, "import", str(hostile), "--data-dir", str(seeded_data_dir))

    assert code == 1
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert expected in err
    assert "Traceback" not in err
    assert exported(seeded_data_dir, tmp_path / "after.zip", capsys) == before
    store = open_store(build_settings(data_dir=seeded_data_dir))
    assert versions.list_versions(store.sessions) == versions_before
    store.close()


def test_the_total_unpacked_size_is_capped_while_reading(
    good_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Entries each within their own limits, together over the package's: counted as read.
    monkeypatch.setattr(package_format, "MAX_TOTAL_BYTES", 1024 * 1024)
    with pytest.raises(package_format.PackageError, match="unpacks to more than"):
        packages.stage_import(good_package)


def test_a_zip_header_that_understates_a_size_does_not_get_past_the_count(
    good_package: Path, tmp_path: Path
) -> None:
    entries = read_entries(good_package)
    name = _first_media(entries)
    package = write_entries(tmp_path / "lying.zip", entries)
    data = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        offset = archive.start_dir
    while data[offset:offset + 4] == b"PK\x01\x02":  # the central directory, record by record
        name_length, extra_length, comment_length = struct.unpack("<HHH", data[offset + 28:offset + 34])
        if data[offset + 46:offset + 46 + name_length].decode() == name:
            data[offset + 24:offset + 28] = struct.pack("<I", 100)  # "uncompressed size: 100 bytes"
        offset += 46 + name_length + extra_length + comment_length
    package.write_bytes(bytes(data))
    with zipfile.ZipFile(package) as archive:
        assert archive.getinfo(name).file_size == 100
    with pytest.raises(package_format.PackageError, match=name.replace(".", r"\.")):
        packages.stage_import(package)


def test_a_picture_in_another_format_than_declared_is_refused(
    good_package: Path, tmp_path: Path
) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 16), (1, 2, 3)).save(buffer, "PNG")
    png = buffer.getvalue()
    sha = hashlib.sha256(png).hexdigest()

    def point_at_png(document: dict) -> None:
        bureau(document, "huaihua")["cover"]["media"]["thumb"] = {
            "sha256": sha, "width": 32, "height": 16, "mime": "image/jpeg",
        }

    entries = with_content(read_entries(good_package), point_at_png)
    entries[f"media/{sha}.jpg"] = png
    old_thumb = bureau(content_of(read_entries(good_package)), "huaihua")["cover"]["media"]["thumb"]["sha256"]
    entries.pop(f"media/{old_thumb}.jpg")
    declared_jpeg = "is a PNG image, but content.json declares image/jpeg"
    with pytest.raises(package_format.PackageError, match=declared_jpeg):
        packages.stage_import(write_entries(tmp_path / "png.zip", entries))


def test_progress_goes_to_stderr_only_when_it_is_a_terminal(good_package: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "kiosk", "import", str(good_package)]
    piped = subprocess.run([*command, "--data-dir", str(tmp_path / "piped")], capture_output=True,
                           timeout=240)
    assert piped.returncode == 0 and piped.stderr == b""

    master, terminal = pty.openpty()
    shown = bytearray()
    reader = threading.Thread(target=_drain, args=(master, shown))
    reader.start()
    try:
        on_terminal = subprocess.run([*command, "--data-dir", str(tmp_path / "tty")], stdout=subprocess.PIPE,
                                     stderr=terminal, timeout=240)
    finally:
        os.close(terminal)
        reader.join(timeout=30)
        os.close(master)
    assert on_terminal.returncode == 0
    assert b"\rchecking 39/39" in shown and b"\rsaving 39/39" in shown


def _drain(fd: int, into: bytearray) -> None:
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the terminal's other end closed
            return
        if not chunk:
            return
        into.extend(chunk)
