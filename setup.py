"""Compiles the translation catalogues while building the package; everything else is in
pyproject.toml. A wheel carries the UI's as kundereg/translations/*.qm (ui/i18n.py looks there
first) and the documents' as kundereg/locale/<lang>/LC_MESSAGES/documents.mo (domain/catalogue.py);
an editable install reads the checkout's, which `make qm` compiles."""
import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _script(name: str):
    spec = importlib.util.spec_from_file_location(f"kundereg_{name}", ROOT / "scripts" / f"{name}.py")
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    return tools


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "kundereg"
        # lrelease comes with PySide6-Essentials, Babel compiles the .po: both build requirements.
        _script("translations").release(out_dir=package / "translations")
        _script("documents").compile_catalogues(package / "locale")


setup(cmdclass={"build_py": BuildWithTranslations})
