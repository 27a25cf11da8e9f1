"""The peer: the same Home as a static web page in Debian's Chromium, headless, as many venues
build a kiosk (a browser in kiosk mode over a page).

The page has the same title, overview figures and tiles as the kiosk's Home (from the same
database: each tile's city, brand or focus, and its cover's thumbnail JPEG), laid out in the
same proportions at 1920×1080, set in the same bundled font files (`@font-face` on the
kiosk's Noto Sans CJK SC OTFs). Measured per fresh browser: first contentful paint (the page
logs `performance.timeOrigin + FCP`; Chromium prints it with `--enable-logging=stderr`),
counted from just before the browser was spawned; and, 1 s after that paint, the summed PSS
of every process of the browser.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from importlib import resources
from pathlib import Path

_PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>
@font-face {{ font-family: "Noto Sans CJK SC"; font-weight: 400; src: url("{regular}"); }}
@font-face {{ font-family: "Noto Sans CJK SC"; font-weight: 700; src: url("{bold}"); }}
html, body {{ margin: 0; width: 1920px; height: 1080px; overflow: hidden; background: #f6f1e9;
  color: #2b2420; font-family: "Noto Sans CJK SC"; }}
#side {{ position: absolute; left: 0; top: 0; width: 538px; height: 1080px; background: #fffdf9;
  border-right: 2px solid #e2d7c9; box-sizing: border-box; padding: 96px 46px 46px 46px; }}
h1 {{ font-size: 46px; line-height: 1.3; margin: 0 0 16px 0; border-left: 12px solid #9b1c1c;
  padding-left: 20px; }}
.line {{ font-size: 24px; color: #6e625a; margin-bottom: 36px; }}
.overview {{ background: #9b1c1c; color: #fff; border-radius: 12px; padding: 28px; }}
.overview h2 {{ margin: 0 0 16px 0; font-size: 30px; }}
.fig {{ display: flex; justify-content: space-between; font-size: 22px; padding: 8px 0;
  border-top: 1px solid #f6e9e4; }}
.fig b {{ font-size: 30px; }}
#grid {{ position: absolute; left: 575px; top: 46px; right: 37px; bottom: 37px; display: grid;
  grid-template-columns: repeat({columns}, 1fr); gap: 22px; align-content: start; }}
.tile {{ background: #fffdf9; border: 2px solid #e2d7c9; border-radius: 12px; overflow: hidden; }}
.tile img {{ display: block; width: 100%; aspect-ratio: 16 / 10; object-fit: contain; }}
.words {{ padding: 12px 16px 16px 16px; }}
.city {{ font-size: 20px; color: #6e625a; }}
.name {{ font-size: 28px; font-weight: 700; line-height: 1.45; }}
</style></head>
<body>
<div id="side"><h1>{title}</h1><div class="line">{line}</div>
<div class="overview"><h2>{overview}</h2>{figures}</div></div>
<div id="grid">{tiles}</div>
<script>
new PerformanceObserver((list) => {{
  for (const e of list.getEntries())
    if (e.name === "first-contentful-paint")
      console.log("BENCH_FCP " + (performance.timeOrigin + e.startTime));
}}).observe({{type: "paint", buffered: true}});
</script>
</body></html>
"""


def chromium_binary() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def write_home_page(exhibition, media_bytes, outdir: Path) -> Path:
    """The kiosk's Home as `outdir/home.html` with its images beside it; the page's path."""
    from kiosk.content.types import BureauKind, RenditionKind

    outdir.mkdir(parents=True, exist_ok=True)
    fonts = resources.files("kiosk.assets.fonts")
    font_urls = {}
    for weight, name in (("regular", "NotoSansSC-Regular.otf"), ("bold", "NotoSansSC-Bold.otf")):
        (outdir / name).write_bytes((fonts / name).read_bytes())
        font_urls[weight] = name
    tiles = []
    for bureau in exhibition.bureaus:
        if bureau.kind is BureauKind.PROVINCE:
            continue
        image = ""
        thumb = bureau.cover.rendition(RenditionKind.THUMB) if bureau.cover else None
        if thumb is not None:
            data = media_bytes(thumb.sha256)
            if data:
                (outdir / f"{thumb.sha256}.jpg").write_bytes(data)
                image = f'<img src="{thumb.sha256}.jpg" alt="">'
        headline = bureau.brand.name.zh if bureau.brand.name else bureau.focus.zh
        tiles.append(f'<div class="tile">{image}<div class="words"><div class="city">'
                     f'{html.escape(bureau.city.zh)}</div><div class="name">{html.escape(headline)}'
                     f"</div></div></div>")
    figures = "".join(
        f'<div class="fig"><span>{html.escape(f.label.zh)}</span>'
        f"<b>{f.value}{html.escape(f.unit.zh)}</b></div>"
        for f in exhibition.figures[:4]
    )
    page = _PAGE.format(
        title=html.escape(exhibition.title.zh), line=html.escape(
            f"{exhibition.programme.zh}　{exhibition.theme.zh}"),
        overview="全省概览", figures=figures, tiles="".join(tiles),
        columns=5 if len(tiles) > 12 else 4, **font_urls,
    )
    path = outdir / "home.html"
    path.write_text(page, encoding="utf-8")
    return path


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure_once(page: Path, settle_s: float = 1.0, timeout_s: float = 30.0) -> dict:
    """One fresh headless Chromium on `page`: FCP (s from spawn), PSS of all its processes (kB)."""
    binary = chromium_binary()
    if binary is None:
        raise RuntimeError("chromium is not installed")
    profile = Path(tempfile.mkdtemp(prefix="bench-chromium-"))
    log = profile / "stderr.log"
    command = [
        binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1920,1080",
        "--hide-scrollbars", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-sync", "--enable-logging=stderr", "--v=0",
        f"--user-data-dir={profile}", page.as_uri(),
    ]
    with open(log, "wb") as err:
        started_wall = time.time()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    try:
        deadline = time.monotonic() + timeout_s
        fcp = None
        while fcp is None and time.monotonic() < deadline:
            match = re.search(r"BENCH_FCP ([0-9.]+)", log.read_text(errors="replace"))
            if match:
                fcp = float(match.group(1)) / 1000 - started_wall
            else:
                time.sleep(0.02)
        if fcp is None:
            raise RuntimeError("Chromium reported no first contentful paint in 30 s")
        time.sleep(settle_s)
        pids = _descendants(process.pid)
        return {"fcp_s": fcp, "pss_kb": sum(_pss_kb(pid) for pid in pids), "processes": len(pids)}
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        shutil.rmtree(profile, ignore_errors=True)
