"""GUI rows: cold start against a bare PySide6 window, and memory after scrolling all results.

Cold start is wall time from spawning the process until it reports its window painted
(``KUNDEREG_STARTUP_PROBE``), so interpreter start-up and every import count. The bare
window is the floor any PySide6 app pays on this machine. The app shows its window before
it opens the register (off the GUI thread); the same starts also time when the register is
ready (window attached to it), shown for information. Each is the median of 5 starts.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

COLD_START_S = 0.8
COLD_START_OVER_BARE = 2.0
MEMORY_MB = 200.0
STARTS = 5

_BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLineEdit())
window.resize(1100, 700)
window.show()
def report():
    print("bare: shown", file=sys.stderr, flush=True)
    window.close()
QTimer.singleShot(0, report)
app.exec()
"""

# Searching needs a logged-in staff member: the bench register's owner, named in the environment.
_SCROLL = """
import os, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from kundereg.app import build_main_window
from kundereg.locations import resolve
from kundereg.services.auth import AuthService
from kundereg.services.register import open_register
from kundereg.services.shop import get_shop

app = QApplication(sys.argv)
db = open_register(resolve(sys.argv[1]))
window = build_main_window(db, get_shop(db), QSettings())
window.resize(1100, 700)
window.show()
window.start_session(AuthService(db).login(os.environ["KUNDEREG_BENCH_USER"], os.environ["KUNDEREG_BENCH_PASSWORD"]))
model, view = window.search.model, window.search.results
deadline_rows = int(sys.argv[2])
# Scroll to the end as a user holding End would: each scroll lets the view fetch the next page.
while model.rowCount() < deadline_rows:
    before = model.rowCount()
    view.scrollToBottom()
    window.runner.wait(10_000)
    app.processEvents()
    if model.rowCount() == before and not model.canFetchMore():
        break
rows = model.rowCount()
with open("/proc/self/status") as status:
    fields = dict(line.split(":", 1) for line in status if ":" in line)
rss_kb = int(fields["VmRSS"].split()[0])
print(f"scroll: {rows} {rss_kb}", file=sys.stderr, flush=True)
window.close()
window.runner.wait(5000)
window.end_session()
db.close()
"""


SHOWN = "main window shown"
READY = "register ready"


def _time_start(argv: list[str], markers: tuple[str, ...], env: dict[str, str]) -> list[float]:
    """Seconds from spawning ``argv`` until each marker appears on its stderr, in order."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert proc.stderr is not None
    times: list[float] = []
    for line in proc.stderr:
        if markers[len(times)] in line:
            times.append(time.perf_counter() - started)
            if len(times) == len(markers):
                break
    else:
        proc.wait()
        raise RuntimeError(f"{argv[1:]} ended without reporting {markers[len(times)]!r} (exit {proc.returncode})")
    proc.stderr.read()  # let it finish writing
    proc.wait(timeout=60)
    return times


def gui_rows(ctx) -> list:
    from bench.run import OWNER, OWNER_PASSWORD, Row

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": str(Path(ctx.locations.data_dir) / "bench-config")}
    app_argv = [sys.executable, "-m", "kundereg", "--data-dir", str(ctx.locations.data_dir)]
    bare_argv = [sys.executable, "-c", _BARE]
    app_env = {**env, "KUNDEREG_STARTUP_PROBE": "1"}
    _time_start(app_argv, (SHOWN, READY), app_env)  # warm the page cache
    _time_start(bare_argv, ("bare: shown",), env)
    app_starts = [_time_start(app_argv, (SHOWN, READY), app_env) for _ in range(STARTS)]
    app_s = statistics.median(shown for shown, _ready in app_starts)
    ready_s = statistics.median(ready for _shown, ready in app_starts)
    bare_s = statistics.median(_time_start(bare_argv, ("bare: shown",), env)[0] for _ in range(STARTS))
    ratio = app_s / bare_s

    scroll_env = {**env, "KUNDEREG_BENCH_USER": OWNER, "KUNDEREG_BENCH_PASSWORD": OWNER_PASSWORD}
    done = subprocess.run([sys.executable, "-c", _SCROLL, str(ctx.locations.data_dir), str(ctx.customers)],
                          env=scroll_env, capture_output=True, text=True, timeout=600)
    line = next((l for l in done.stderr.splitlines() if l.startswith("scroll: ")), None)
    if line is None:
        raise RuntimeError(f"scroll probe failed (exit {done.returncode})")
    rows, rss_kb = map(int, line.split()[1:])
    rss_mb = rss_kb / 1024
    judged = ctx.customers >= 100_000
    return [
        Row(f"cold start to main window (median of {STARTS})", f"{app_s * 1000:.0f} ms",
            f"<= {COLD_START_S * 1000:.0f} ms", (app_s <= COLD_START_S) if judged else None),
        Row(f"cold start to register ready (median of {STARTS})", f"{ready_s * 1000:.0f} ms"),
        Row("bare PySide6 window, same measure", f"{bare_s * 1000:.0f} ms"),
        Row("cold start / bare window", f"{ratio:.2f}x", f"<= {COLD_START_OVER_BARE:.1f}x",
            (ratio <= COLD_START_OVER_BARE) if judged else None),
        Row(f"resident memory after scrolling all {rows:,} results", f"{rss_mb:.0f} MB",
            f"<= {MEMORY_MB:.0f} MB", (rss_mb <= MEMORY_MB and rows >= ctx.customers) if judged else None),
    ]
