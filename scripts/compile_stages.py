"""Compile the pipeline's stage modules with mypyc, into a copy of the package.

Usage::

    python scripts/compile_stages.py [--out build/native]
    PYTHONPATH=build/native eventcoder extract report.txt

The stages are plain Python; compiled to C extensions by mypyc (``pip install mypy``,
and a C compiler) they give the same records in about a third less CPU time (see
``docs/speed.md``). The copy keeps the sources out of the way: an extension module next to
its ``.py`` file would be imported instead of it, and edits to the source would then be
ignored. ``gazetteer.py`` stays interpreted: mypyc checks annotations at run time, and the
gazetteer reads float columns through memoryviews that the type stubs call int.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE_MODULES = (
    "document", "places", "actors", "dates", "quantities", "casualties", "tallies", "events",
    "statements",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "native",
                        help="Where the compiled copy of the package goes.")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(ROOT / "src", out, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    modules = [f"eventcoder/{name}.py" for name in STAGE_MODULES]
    subprocess.run([sys.executable, "-m", "mypyc", *modules], cwd=out, check=True)
    shutil.rmtree(out / "build", ignore_errors=True)  # mypyc's intermediate C files
    print(f"compiled {len(modules)} modules into {out}; use PYTHONPATH={out}")


if __name__ == "__main__":
    main()
