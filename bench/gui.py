"""GUI rows: cold start against a bare PySide6 window, and memory after scrolling all results.

Cold start is wall time from spawning the process until it reports its window painted
(``KUNDEREG_STARTUP_PROBE``), so interpreter start-up and every import count. The bare
window is the floor any PySide6 app pays on this machine. Each is the median of 5 starts.
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

_SCROLL = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from kundereg.app import build_main_window
from kundereg.locations import resolve
from kundereg.services.register import open_register
from kundereg.services.shop import get_shop

app = QApplication(sys.argv)
db = open_register(resolve(sys.argv[1]))
window = build_main_window(db, get_shop(db), QSettings())
window.resize(1100, 700)
window.show()
model, view = window.search_model, window.results
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
db.close()
"""


def _time_start(argv: list[str], marker: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if marker in line:
            elapsed = time.perf_counter() - started
            break
    else:
        proc.wait()
        raise RuntimeError(f"{argv[1:]} ended without reporting its window (exit {proc.returncode})")
    proc.wait(timeout=60)
    return elapsed


def gui_rows(ctx) -> list:
    from bench.run import Row

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": str(Path(ctx.locations.data_dir) / "bench-config")}
    app_argv = [sys.executable, "-m", "kundereg", "--data-dir", str(ctx.locations.data_dir)]
    bare_argv = [sys.executable, "-c", _BARE]
    _time_start(app_argv, "main window shown", {**env, "KUNDEREG_STARTUP_PROBE": "1"})  # warm the page cache
    _time_start(bare_argv, "bare: shown", env)
    app_s = statistics.median(_time_start(app_argv, "main window shown", {**env, "KUNDEREG_STARTUP_PROBE": "1"})
                              for _ in range(STARTS))
    bare_s = statistics.median(_time_start(bare_argv, "bare: shown", env) for _ in range(STARTS))
    ratio = app_s / bare_s

    done = subprocess.run([sys.executable, "-c", _SCROLL, str(ctx.locations.data_dir), str(ctx.customers)],
                          env=env, capture_output=True, text=True, timeout=600)
    line = next((l for l in done.stderr.splitlines() if l.startswith("scroll: ")), None)
    if line is None:
        raise RuntimeError(f"scroll probe failed (exit {done.returncode})")
    rows, rss_kb = map(int, line.split()[1:])
    rss_mb = rss_kb / 1024
    judged = ctx.customers >= 100_000
    return [
        Row(f"cold start to main window (median of {STARTS})", f"{app_s * 1000:.0f} ms",
            f"<= {COLD_START_S * 1000:.0f} ms", (app_s <= COLD_START_S) if judged else None),
        Row("bare PySide6 window, same measure", f"{bare_s * 1000:.0f} ms"),
        Row("cold start / bare window", f"{ratio:.2f}x", f"<= {COLD_START_OVER_BARE:.1f}x",
            (ratio <= COLD_START_OVER_BARE) if judged else None),
        Row(f"resident memory after scrolling all {rows:,} results", f"{rss_mb:.0f} MB",
            f"<= {MEMORY_MB:.0f} MB", (rss_mb <= MEMORY_MB and rows >= ctx.customers) if judged else None),
    ]
