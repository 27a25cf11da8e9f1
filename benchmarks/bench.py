"""`make bench`: every benchmark of issue 7 in one run, printed as a table and written to
benchmarks/results/latest.json ({"date", "machine", "results": [{"name", "value", "unit",
"goal", "met", "detail"}]}).

    benchmarks/run [PYTHON] [--quick] [--only NAME,...] [--walk-steps N]

Fresh processes for everything timed (benchmarks/probe.py), interleaved with the bare Qt Quick
window so both see the same machine load. Never part of the test suite.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = ROOT / "build" / "bench"
RESULTS = HERE / "results" / "latest.json"
sys.path.insert(0, str(HERE))


@dataclass
class Row:
    name: str
    value: float | None
    unit: str
    goal: str | None = None
    met: bool | None = None
    detail: str = ""


def row(name: str, value: float | None, unit: str, goal: tuple[str, float] | None = None,
        detail: str = "") -> Row:
    """A result; `met` computed from `goal` (("<=", 2.0) or (">=", 3.0)) when there is a value."""
    met = None
    if goal is not None and value is not None:
        op, limit = goal
        met = value <= limit if op == "<=" else value >= limit
    text = f"{goal[0]} {goal[1]:g}" if goal else None
    return Row(name, None if value is None else round(value, 3), unit, text, met, detail)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# --- fresh processes ------------------------------------------------------------------------


def probe(mode: str, data_dir: Path | None = None, scenario: str = "start", count: int | None = None,
          timeout: float = 1800, extra: list[str] | None = None) -> dict:
    out = WORK / f"probe-{os.getpid()}.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, str(HERE / "probe.py"), mode, "--out", str(out), "--scenario", scenario]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    if count is not None:
        command += ["--count", str(count)]
    command += extra or []
    env = {**os.environ, "XDG_CACHE_HOME": str(WORK / "cache"), "BENCH_T0": str(time.monotonic())}
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, timeout=timeout)
    if not out.is_file():
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        raise RuntimeError(f"probe {mode}/{scenario} wrote nothing (exit {done.returncode}): {tail}")
    result = json.loads(out.read_text())
    out.unlink()
    if "error" in result:
        raise RuntimeError(f"probe {mode}/{scenario}: {result['error']}")
    return result


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- the benchmarks -------------------------------------------------------------------------


def _has_pictures(database: Path) -> bool:
    """Whether the live exhibition in `database` shows pictures (its bureaus have covers)."""
    import sqlite3

    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        row = db.execute("SELECT document FROM published_versions ORDER BY id DESC LIMIT 1").fetchone()
    return row is not None and any(b.get("cover") for b in json.loads(row[0])["bureaus"])


def prepare(quick: bool) -> dict[str, Path]:
    from large_exhibition import ensure_large_data_dir

    WORK.mkdir(parents=True, exist_ok=True)
    default = WORK / "default"
    if (default / "exhibition.sqlite3").exists() and not _has_pictures(default / "exhibition.sqlite3"):
        log("the cached default exhibition has no pictures (seeded by an older kiosk): seeding again")
        shutil.rmtree(default)
    if not (default / "exhibition.sqlite3").exists():
        log("seeding the default exhibition (a first start of the kiosk) …")
        probe("kiosk", default)
    large = ensure_large_data_dir(WORK / "large", log=log)
    # An installed kiosk (a wheel, the bundle) starts from compiled bytecode; a working tree run
    # with PYTHONDONTWRITEBYTECODE=1 (as on these machines) would compile every module at every
    # start, ~45 ms that no kiosk PC pays. Existing .pyc files are read even then.
    import kiosk

    compileall.compile_dir(Path(kiosk.__file__).resolve().parent, quiet=1)
    log("warming the QML disk cache (one discarded start each) …")
    for mode, folder in (("bare", None), ("kiosk", default), ("kiosk", large)):
        probe(mode, folder)
    return {"default": default, "large": large}


def cold_start(data: dict[str, Path], runs: int) -> tuple[list[Row], dict]:
    loaded: dict[str, list[str]] = {}
    splash: list[float] = []
    times: dict[str, list[float]] = {"bare": [], "default": [], "large": []}
    pss: dict[str, list[int]] = {"bare": [], "default": [], "large": []}
    for n in range(runs):
        for label, mode, folder in (("bare", "bare", None), ("default", "kiosk", data["default"]),
                                    ("large", "kiosk", data["large"])):
            r = probe(mode, folder, extra=["--settle-ms", "1000"])
            times[label].append(r["home_frame_s"])
            pss[label].append(r["pss_kb_settled"])
            loaded[label] = r.get("loaded_at_home", [])
            if label == "default":
                splash.append(r["first_frame_s"])
        log(f"cold start {n + 1}/{runs}: " + ", ".join(f"{k} {v[-1]:.3f} s" for k, v in times.items()))
    med = {k: statistics.median(v) for k, v in times.items()}
    mem = {k: statistics.median(v) / 1024 for k, v in pss.items()}
    spread = {k: f"{min(v):.3f}–{max(v):.3f}" for k, v in times.items()}
    # Each round starts the bare window, then the two kiosks, back to back: the ratio is the median
    # of each round's own ratios, so a burst of load on this shared machine hits both sides of one.
    paired = {k: statistics.median(t / b for t, b in zip(times[k], times["bare"], strict=True))
              for k in ("default", "large")}

    def ratio_detail(kind: str) -> str:
        return (f"median of {runs} paired ratios (each start against the bare window started just before "
                f"it); ratio of the medians {med[kind] / med['bare']:.2f}×; stretch goal 1.5×")

    rows = [
        row("cold start: bare Qt Quick window, first frame", med["bare"], "s",
            detail=f"median of {runs} fresh processes, range {spread['bare']} s"),
        row("cold start: Home first frame, default exhibition", med["default"], "s",
            detail=f"median of {runs}, range {spread['default']} s; kiosk run on an existing database; "
                   f"imported by Home's first frame: {', '.join(loaded['default']) or 'none of the heavy'}"),
        row("cold start: the kiosk's first frame of any window (the splash)", statistics.median(splash), "s",
            detail="default exhibition, same processes"),
        row("cold start ratio: default Home / bare window", paired["default"], "×", ("<=", 2.0),
            detail=ratio_detail("default")),
        row("cold start: Home first frame, large exhibition", med["large"], "s",
            detail=f"median of {runs}, range {spread['large']} s; "
                   "200 bureaus, 10,000 stories, 20,000 photos"),
        row("cold start ratio: large Home / bare window", paired["large"], "×", ("<=", 2.0),
            detail=ratio_detail("large")),
        row("PSS at Home: bare Qt Quick window", mem["bare"], "MB",
            detail="1 s after the first frame, median"),
        row("PSS at Home: default exhibition", mem["default"], "MB", detail="1 s after Home's first frame"),
        row("PSS ratio: default Home / bare window", mem["default"] / mem["bare"], "×", ("<=", 1.8)),
        row("PSS at Home: large exhibition", mem["large"], "MB", detail="1 s after Home's first frame"),
        row("PSS ratio: large Home / bare window", mem["large"] / mem["bare"], "×", ("<=", 1.8)),
    ]
    return rows, {"home_frame_default_s": med["default"], "pss_default_mb": mem["default"]}


def taps(data: dict[str, Path], count: int) -> list[Row]:
    rows = []
    for label in ("default", "large"):
        r = probe("kiosk", data[label], "taps", count)
        ms = r["tap_ms"]
        detail = f"{len(ms)} touch taps on Home tiles → first frame of the panel with its name and images"
        rows.append(row(f"tap to screen p50: {label} exhibition", percentile(ms, 0.5), "ms", detail=detail))
        first = r["tap_first_panel_frame_ms"]
        rows.append(row(f"tap to screen p95: {label} exhibition", percentile(ms, 0.95), "ms", ("<=", 50.0),
                        detail=f"max {max(ms):.0f} ms; the panel's first frame (before its pictures "
                               f"are in) p50 {percentile(first, 0.5):.0f} ms, "
                               f"p95 {percentile(first, 0.95):.0f} ms"))
        log(f"taps {label}: p50 {percentile(ms, 0.5):.0f} ms, p95 {percentile(ms, 0.95):.0f} ms")
    return rows


def scrolling(data: dict[str, Path], flings: int) -> list[Row]:
    rows = []
    for label, mode, scenario in (("bare 199-cell GridView (calibration)", "bare", "scroll-home"),
                                  ("large Home grid", "kiosk", "scroll-home"),
                                  ("1,000-photo strip", "kiosk", "scroll-strip")):
        r = probe(mode, data["large"] if mode == "kiosk" else None, scenario, flings)
        intervals, work = r["frame_interval_ms"], r["frame_work_ms"]
        goal = ("<=", 16.7) if mode == "kiosk" else None
        rows.append(row(f"scrolling frame time p95 (GUI-thread work per frame): {label}",
                        percentile(work, 0.95), "ms", goal,
                        detail=f"{len(work)} frames gliding after {flings} touch flings; {r['content']}; "
                               f"software renderer 1920×1080; median {percentile(work, 0.5):.1f} ms"))
        rows.append(row(f"scrolling frame interval p95: {label}", percentile(intervals, 0.95), "ms",
                        detail=f"median {percentile(intervals, 0.5):.1f} ms; offscreen paces frames on "
                               "a timer, and other processes share the cores"))
        log(f"scroll {label}: work p95 {percentile(work, 0.95):.1f} ms, "
            f"interval p95 {percentile(intervals, 0.95):.1f} ms")
    return rows


def memory(data: dict[str, Path], walk_steps: int, home_pss_mb: float | None) -> list[Row]:
    r = probe("kiosk", data["large"], "visit-all")
    visited_mb = r["pss_kb_visited"] / 1024
    rows = [row("PSS after visiting every panel: large exhibition", visited_mb, "MB",
                detail=f"{r['visited']} panels opened in turn from Home; PSS at Home "
                       f"{r['pss_kb_home'] / 1024:.0f} MB in the same process")]
    w = probe("kiosk", data["large"], "walk", walk_steps)
    samples = w["pss_samples"]
    base = next(kb for step, kb in samples if step >= w["warmup_steps"])
    growth = (samples[-1][1] - base) / base * 100
    rows.append(row(f"memory growth over a {walk_steps:,}-step visitor walk", growth, "%", ("<=", 5.0),
                    detail=f"PSS {base / 1024:.0f} MB after {w['warmup_steps']:,} warm-up steps → "
                           f"{samples[-1][1] / 1024:.0f} MB at the end; "
                           "large exhibition, seeded random walk"))
    log(f"memory: visited {visited_mb:.0f} MB, walk growth {growth:.1f} %")
    return rows


def chromium(data: dict[str, Path], runs: int, ours: dict) -> list[Row]:
    import chromium_peer

    if chromium_peer.chromium_binary() is None:
        return [row("Chromium peer: first contentful paint", None, "s",
                    detail="unavailable: chromium is not installed (benchmarks/run installs it as root)")]
    from kiosk.services.startup import open_store
    from kiosk.settings import build_settings

    store = open_store(build_settings(data_dir=data["default"]), seed=False)
    try:
        page = chromium_peer.write_home_page(store.exhibition.exhibition(), store.exhibition.media_bytes,
                                             WORK / "chromium-home")
    finally:
        store.close()
    chromium_peer.measure_once(page)  # warm the disk cache, as ours is
    fcp, pss = [], []
    for _ in range(runs):
        m = chromium_peer.measure_once(page)
        fcp.append(m["fcp_s"])
        pss.append(m["pss_kb"] / 1024)
    f, p = statistics.median(fcp), statistics.median(pss)
    log(f"chromium: FCP {f:.3f} s, PSS {p:.0f} MB")
    version = subprocess.run([chromium_peer.chromium_binary(), "--version"], capture_output=True,
                             text=True).stdout.strip()
    rows = [
        row("Chromium peer: first contentful paint", f, "s",
            detail=f"median of {runs}; {version}, headless, --disable-gpu; same tiles, images and font"),
        row("Chromium peer: PSS of all its processes", p, "MB", detail="1 s after first contentful paint"),
    ]
    if ours.get("home_frame_default_s"):
        rows.append(row("speed vs Chromium: its FCP / our Home first frame", f / ours["home_frame_default_s"],
                        "×", (">=", 3.0), detail="default exhibition, same run"))
        rows.append(row("memory vs Chromium: our PSS / its PSS", ours["pss_default_mb"] / p, "×",
                        ("<=", 0.25), detail="default exhibition, same run"))
    return rows


def photo_import(quick: bool) -> list[Row]:
    """benchmarks/photo_import.py (the versions helper's), run as it is; its JSON line → rows."""
    script = HERE / "photo_import.py"
    if not script.is_file():
        return [row("photo import ratio: pipeline / plain Pillow", None, "×",
                    detail="benchmarks/photo_import.py not present")]
    photos, repeat = ("4", "3") if quick else ("8", "5")
    # kiosk imported first, so the script's own sys.path entry (the checkout) does not replace
    # the kiosk being measured (--head installs a snapshot).
    runner = ("import kiosk, runpy, sys; sys.argv = [sys.argv[1], *sys.argv[2:]]; "
              "runpy.run_path(sys.argv[0], run_name='__main__')")
    command = [sys.executable, "-c", runner, str(script), "--photos", photos, "--repeat", repeat]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"photo_import.py failed: {done.stderr.strip().splitlines()[-1:]}")
    print(done.stdout, file=sys.stderr)
    r = json.loads(done.stdout.strip().splitlines()[-1])
    what = f"{photos} synthetic 6000×4000 JPEGs (quality 92, EXIF), median per file"
    threads = r.get("render_threads", 1)
    return [
        row("photo import: 24 MP JPEGs per second through the pipeline", r["photos_per_s"], "/s",
            detail=f"render_photo, one file at a time: validate, draft decode, orient, sRGB, display 2560 "
                   f"+ thumbnail 960; {what}"),
        row("photo import: plain Pillow open → thumbnail → save", r["plain_pillow_per_s"], "/s",
            detail="thumbnail(2560), JPEG quality 88, same files, interleaved"),
        row("photo import ratio per file, one core each: pipeline / plain Pillow", r["ratio"], "×",
            detail="how much less work the pipeline does per photo"),
        row("photo import: batch into the draft", r["batch_import_per_s"], "/s",
            detail=f"import_photos: read, render ({threads} threads), store, one transaction; "
                   f"median of 3 batches of the same files"),
        row("photo import: plain Pillow loop over the same files", r.get("plain_pillow_loop_per_s"), "/s",
            detail="one after another, as a script does; its 3 rounds alternate with the batches"),
        row("photo import ratio: batch import / plain Pillow loop", r.get("batch_ratio"), "×", (">=", 2.0),
            detail=f"what an editor adding a folder gets: the import renders on {threads} threads "
                   f"(the machine's cores, at most 4), the plain loop on one"),
        row("publish the default exhibition", r["publish_s"], "s",
            detail=f"publish_draft after one edited slogan, median of {repeat}"),
    ]


def search() -> list[Row]:
    if (ROOT / "kiosk" / "services" / "search.py").is_file():
        return [row("search: per-keystroke latency", None, "ms",
                    detail="a search service exists but this benchmark does not drive it yet")]
    return [row("search: per-keystroke latency", None, "ms", detail="not built yet")]


def _first_frame_from_log(
    command: list[str], timeout: float = 60, settle: float = 1.5, windows: int = 1
) -> float:
    """Spawn `command` (the kiosk, with Qt's window and render-loop logging on) and time, from
    the spawn, the first frame rendered in the last Qt Quick window exposed fullscreen: the
    kiosk's (a splash, shown only while a slow start works, comes before it). Once a frame is
    in (in `windows` windows: 2 for a first start, splash then kiosk), the log is read `settle` s
    longer in case another window follows. For processes this script cannot hook, such as the
    bundle."""
    import queue
    import re
    import signal
    import threading

    from probe import _offscreen_screen

    _offscreen_screen()
    env = {**os.environ, "XDG_CACHE_HOME": str(WORK / "cache"),
           "QT_LOGGING_RULES": "qt.quick.window=true;qt.scenegraph.time.renderloop=true"}
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, errors="replace", start_new_session=True)
    lines: queue.Queue[tuple[float, str]] = queue.Queue()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.put((time.monotonic(), line))

    threading.Thread(target=read, daemon=True).start()
    exposed: list[str] = []  # windows exposed fullscreen, in order
    first_frame: dict[str, float] = {}
    stop_at = started + timeout
    try:
        while (left := stop_at - time.monotonic()) > 0:
            try:
                at, line = lines.get(timeout=left)
            except queue.Empty:
                break
            match = re.search(r"qt\.quick\.window: .*?\((0x[0-9a-f]+)", line)
            if match and "exposed" in line and "FullScreen" in line and match.group(1) not in exposed:
                exposed.append(match.group(1))
            if "Frame rendered" in line and exposed and exposed[-1] not in first_frame:
                first_frame[exposed[-1]] = at - started
                if len(first_frame) >= windows:
                    stop_at = min(stop_at, time.monotonic() + settle)
        if not exposed or exposed[-1] not in first_frame:
            raise RuntimeError("no frame of the kiosk window in the log")
        return first_frame[exposed[-1]]
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def bundle_start(data: dict[str, Path], runs: int) -> list[Row]:
    binary = ROOT / "dist" / "kiosk" / "kiosk"
    if not binary.exists():
        return [row("bundle: Home first frame", None, "s", detail="not built: make bundle")]
    venv = [sys.executable, "-m", "kiosk", "run", "--no-idle", "--data-dir", str(data["default"])]
    # The bundle's own database (its first start seeds it): a bundle built earlier may not know
    # a migration the working tree has since applied to the venv's.
    bundle_data = WORK / "default-bundle"
    shutil.rmtree(bundle_data, ignore_errors=True)
    bundled = [str(binary), "run", "--no-idle", "--data-dir", str(bundle_data)]
    _first_frame_from_log(bundled, windows=2)  # seeds behind the splash; fills the QML disk cache
    got: dict[str, list[float]] = {"bundle": [], "venv": []}
    for _ in range(runs):
        got["bundle"].append(_first_frame_from_log(bundled))
        got["venv"].append(_first_frame_from_log(venv))
    med = {k: statistics.median(v) for k, v in got.items()}
    log(f"bundle start: {med['bundle']:.3f} s (the same measure of the venv: {med['venv']:.3f} s)")
    return [
        row("bundle: Home first frame, default exhibition", med["bundle"], "s",
            detail=f"median of {runs}; dist/kiosk/kiosk run, timed from Qt's own frame log"),
        row("venv kiosk by the same log measure (calibration)", med["venv"], "s",
            detail="compare with the probe's figure above: the log measure's own offset"),
    ]


def bundle_rows() -> list[Row]:
    folder = ROOT / "dist" / "kiosk"
    if not (folder / "kiosk").exists():
        return [row("bundle size (dist/kiosk)", None, "MB", detail="not built: make bundle")]
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files) / 1e6
    return [row("bundle size (dist/kiosk)", size, "MB", detail=f"{len(files)} files, onedir, PyInstaller")]


# --- output ---------------------------------------------------------------------------------


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal"))
    import PySide6

    import kiosk

    sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                         cwd=ROOT).stdout.strip()
    where = Path(kiosk.__file__).resolve().parent
    code = f"HEAD {sha} installed from a snapshot" if "head-site" in str(where) else \
        f"working tree at {sha} (with whatever is uncommitted)"
    return {"code": code, "cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem / 1024 / 1024, 1),
            "os": platform.platform(), "python": platform.python_version(), "pyside6": PySide6.__version__,
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def print_table(rows: list[Row]) -> None:
    width = max(len(r.name) for r in rows)
    print(f"{'benchmark':<{width}}  {'value':>10} {'unit':<3}  {'goal':<8} met")
    for r in rows:
        value = "—" if r.value is None else f"{r.value:.3g}" if abs(r.value) < 100 else f"{r.value:.0f}"
        met = {True: "yes", False: "NO", None: ""}[r.met]
        print(f"{r.name:<{width}}  {value:>10} {r.unit:<3}  {r.goal or '':<8} {met}")
        if r.value is None and r.detail:
            print(f"{'':<{width}}    ({r.detail})")


def markdown_table(rows: list[Row]) -> str:
    lines = ["| benchmark | value | goal | met | how |", "| --- | ---: | --- | --- | --- |"]
    for r in rows:
        value = "—" if r.value is None else (f"{r.value:.3g}" if abs(r.value) < 100 else f"{r.value:.0f}")
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        goal = (r.goal or "").replace("<=", "≤").replace(">=", "≥")
        lines.append(f"| {r.name} | {value} {r.unit} | {goal} | {met} | {r.detail} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and steps (a rough figure fast)")
    parser.add_argument("--only", help="comma-separated: start,taps,scroll,photos,memory,chromium,bundle")
    parser.add_argument("--walk-steps", type=int)
    parser.add_argument("--merge", action="store_true",
                        help="replace only the rows of the steps run now in the existing latest.json")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    quick = args.quick
    runs = 3 if quick else 11
    started = time.time()
    info = machine()
    data = prepare(quick)
    rows: list[Row] = []
    ours: dict = {}
    # Memory first: its long walk does not mind a busy machine; the timed rows come after it.
    steps = [
        ("memory", lambda: memory(data, args.walk_steps or (500 if quick else 10_000),
                                  ours.get("pss_default_mb"))),
        ("start", lambda: cold_start(data, runs)),
        ("taps", lambda: taps(data, 15 if quick else 60)),
        ("scroll", lambda: scrolling(data, 8 if quick else 16)),
        ("photos", lambda: photo_import(quick)),
        ("chromium", lambda: chromium(data, runs, ours)),
        ("bundle", lambda: bundle_start(data, runs)),
    ]
    shown_in = ["start", "taps", "scroll", "photos", "memory", "chromium", "bundle"]  # the table's order
    by_step: dict[str, list[Row]] = {}
    for name, step in steps:
        if only and name not in only:
            continue
        log(f"--- {name}")
        if name == "start":
            info["load_average_before_timed_rows"] = [round(x, 2) for x in os.getloadavg()]
        try:
            got = step()
        except Exception as exc:  # one broken benchmark must not hide the others
            got = [row(f"{name}: failed", None, "", detail=f"{type(exc).__name__}: {exc}")]
        if isinstance(got, tuple):
            got, ours = got
        by_step[name] = got
    rows.extend(r for name in shown_in for r in by_step.get(name, []))
    rows.extend(search())
    rows.extend(bundle_rows())
    info["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    info["quick"] = quick
    info["duration_s"] = round(time.time() - started)
    document = {"date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": info,
                "results": [asdict(r) for r in rows]}
    if args.merge and RESULTS.is_file():
        # A rerun of some steps (say, the timed ones once the machine is quiet) over a full run.
        earlier = json.loads(RESULTS.read_text())
        fresh = {r["name"]: r for r in document["results"]}
        rerun_failures = {f"{name}: failed" for name in only or []}  # a step that works now
        merged = [fresh.pop(r["name"], r) for r in earlier["results"] if r["name"] not in rerun_failures]
        merged += list(fresh.values())
        earlier["machine"].setdefault("reruns", []).append(
            {"steps": sorted(only or []), "date": document["date"], "code": info["code"],
             "load_average_at_start": info["load_average_at_start"],
             "load_average_at_end": info["load_average_at_end"]})
        document = {**earlier, "results": merged}
        rows = [Row(**r) for r in merged]
    print_table(rows)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    RESULTS.with_suffix(".md").write_text(markdown_table(rows), encoding="utf-8")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)} ({info['duration_s']} s; load average "
          f"{info['load_average_at_start']} → {info['load_average_at_end']} on {info['cores']} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
