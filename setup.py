"""Compiles the translation catalogues while building the package; everything else is in
pyproject.toml. A wheel carries them as kundereg/translations/*.qm (ui/i18n.py looks there
first); an editable install reads translations/ in the checkout, which `make` compiles."""
import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        spec = importlib.util.spec_from_file_location("kundereg_translations", ROOT / "scripts" / "translations.py")
        tools = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tools)
        # lrelease comes with PySide6-Essentials, a build requirement (pyproject.toml).
        tools.release(out_dir=Path(self.build_lib) / "kundereg" / "translations")


setup(cmdclass={"build_py": BuildWithTranslations})
