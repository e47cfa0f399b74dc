"""Write tests/file_weights.json from the output of ``pytest --durations=0``.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -n 2 --dist loadfile --durations=0 > LOG``,
then ``python scripts/test_weights.py LOG``. tests/conftest.py orders the files heaviest first so
that the two xdist workers finish together; the seconds are relative, so a run on a busy
machine serves as well as one on a quiet machine.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

LINE = re.compile(r"^(\d+(?:\.\d+)?)s (?:call|setup|teardown)\s+(\S+?)::")
OUT = Path(__file__).resolve().parent.parent / "tests" / "file_weights.json"


def weights(lines) -> dict[str, float]:
    seconds: dict[str, float] = defaultdict(float)
    for line in lines:
        match = LINE.match(line)
        if match:
            seconds[match.group(2)] += float(match.group(1))
    return {name: round(total, 1) for name, total in sorted(seconds.items(), key=lambda kv: -kv[1])}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    found = weights(Path(argv[0]).read_text(encoding="utf-8", errors="replace").splitlines())
    if not found:
        print(f"no --durations lines in {argv[0]}", file=sys.stderr)
        return 1
    OUT.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(found)} files, {sum(found.values()):.0f} s in all -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
