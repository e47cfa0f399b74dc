"""The Linux installer end to end: freeze, build the .deb, install it into a temp root, run it.

Marked slow (about two minutes); `make test-slow` runs it, `make dist-linux` does the same
into dist/. Needs PyInstaller (the `pack` extra) and dpkg-deb.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_deb_builds_installs_and_runs(tmp_path):
    assert importlib.util.find_spec("PyInstaller"), "PyInstaller missing: pip install -e '.[pack]'"
    assert shutil.which("dpkg-deb"), "dpkg-deb missing"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUNDEREG_")}
    env.update(PYTHON=sys.executable, DIST_DIR=str(tmp_path / "dist"), WORK_DIR=str(tmp_path / "build"),
               HOME=str(tmp_path / "home"), TMPDIR=str(tmp_path))
    build = subprocess.run(["sh", str(ROOT / "packaging/linux/build-deb.sh")], env=env, capture_output=True,
                           text=True, timeout=900)
    assert build.returncode == 0, build.stdout + build.stderr
    (deb,) = (tmp_path / "dist").glob("kundereg_*.deb")
    smoke = subprocess.run(["sh", str(ROOT / "packaging/linux/smoke-test.sh"), str(deb)], env=env,
                           capture_output=True, text=True, timeout=300)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke test passed" in smoke.stdout
    print(build.stdout.strip().splitlines()[-2])  # sizes, shown with pytest -s
