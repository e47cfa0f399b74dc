"""The Windows installer script compiles (Debian's makensis, a stand-in for the frozen folder).

The real payload is frozen on Windows only (.github/workflows/windows.yml); here the script,
its languages, defines and includes are checked on every run so that it never rots. makensis
runs with warnings as errors. scripts/ensure-system-deps installs nsis, so this never skips.
"""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "packaging" / "windows" / "build-installer.py"
SCRIPT = ROOT / "packaging" / "windows" / "kundereg.nsi"
LANGUAGES = ("English", "Norwegian", "NorwegianNynorsk", "Swedish", "Finnish", "Danish")


@pytest.fixture(scope="module")
def makensis() -> str:
    path = shutil.which("makensis")
    assert path, "makensis not found: scripts/ensure-system-deps installs Debian's nsis package"
    return path


def stand_in_payload(folder: Path) -> Path:
    """A few small files named like PyInstaller's output on Windows."""
    app = folder / "kundereg"
    for name in ("kundereg.exe", "kundereg-gui.exe", "_internal/python311.dll", "_internal/base_library.zip",
                 "_internal/PySide6/Qt6Core.dll", "_internal/PySide6/plugins/platforms/qwindows.dll",
                 "_internal/kundereg/resources/kundereg.svg",
                 "_internal/kundereg/db/migrations/script.py.mako"):
        (app / name).parent.mkdir(parents=True, exist_ok=True)
        (app / name).write_bytes(b"stand-in for " + name.encode())
    return app


def build(payload: Path, out: Path, version: str = "0.1.0") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(DRIVER), "--dist-dir", str(payload), "--out", str(out),
                           "--version", version], capture_output=True, text=True, timeout=120)


def test_installer_compiles_with_every_language(makensis, tmp_path):
    out = tmp_path / "out" / "kundereg-1.2.0rc1-setup.exe"
    result = build(stand_in_payload(tmp_path), out, version="1.2.0rc1")
    assert result.returncode == 0, result.stdout + result.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ" and b"NullsoftInst" in data


def test_missing_payload_is_refused(makensis, tmp_path):
    payload = stand_in_payload(tmp_path)
    (payload / "kundereg-gui.exe").unlink()
    result = build(payload, tmp_path / "kundereg-setup.exe")
    assert result.returncode == 2 and "kundereg-gui.exe" in result.stderr


def test_script_refuses_to_compile_without_its_defines(makensis, tmp_path):
    result = subprocess.run([makensis, "-V1", "-INPUTCHARSET", "UTF8", str(SCRIPT)], capture_output=True,
                            text=True, timeout=60, cwd=tmp_path)
    assert result.returncode != 0 and "build-installer.py" in result.stdout + result.stderr


def test_uninstaller_keeps_the_register_unless_asked():
    """The one section that deletes data is unticked (/o) and a silent uninstall answers No."""
    script = SCRIPT.read_text(encoding="utf-8")
    deleting = [line for line in script.splitlines() if re.search(r"RMDir /r .*LOCALAPPDATA", line)]
    assert deleting == ['    RMDir /r "$LOCALAPPDATA\\${DATA_SUBDIR}"']
    section = script[script.index('Section /o "un.$(SecDeleteRegister)"'):]
    section = section[:section.index("SectionEnd")]
    assert "RMDir /r \"$LOCALAPPDATA" in section and "/SD IDNO" in section
    # Program files are removed one by one, never the install folder as a whole.
    assert 'RMDir /r "$INSTDIR"' not in script
    for language in LANGUAGES:
        assert f'!insertmacro MUI_LANGUAGE "{language}"' in script


def test_numeric_version_for_the_version_resource():
    spec = importlib.util.spec_from_file_location("build_installer", DRIVER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.numeric_version("0.1.0") == "0.1.0.0"
    assert module.numeric_version("1.2.0rc1") == "1.2.0.0"
    assert module.numeric_version("2.0.dev3+g1234") == "2.0.0.0"
    assert module.numeric_version("3") == "3.0.0.0"
