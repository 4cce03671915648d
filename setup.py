"""Build hook: compile the extraction stages to C with mypyc when building a wheel.

The stages are plain typed Python; compiled, a short note costs two thirds to three
quarters of the time (``bench/bench_extract.py`` prints which build it measured).
Everything else in the package stays pure Python. Compiling is skipped, and the
pure-Python package built instead, for an editable install (so that edits take effect), when
``EVENTCODER_PURE_PYTHON=1`` is set, or when mypyc or a C compiler is missing or
fails.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The pipeline's stages and what they share, in the order the pipeline runs them. The
# gazetteer's name keys and entry look-ups run for every capitalised word of a text; every
# stage reads the doc's fields (mentions) and copies it once per document; the records
# (events, their locations, casualties and evidence) are built and filled per document.
COMPILED_MODULES = (
    "records",
    "mentions",
    "document",
    "gazetteer",
    "places",
    "actors",
    "dates",
    "quantities",
    "casualties",
    "windows",
    "tallies",
    "events",
    "statements",
)


# The commands that build modules. Reading the metadata ("egg_info", "dist_info") runs
# this file too, and compiling there would only be thrown away. An editable install
# ("editable_wheel", "develop") runs the sources in place: a compiled module beside
# them would shadow every later edit.
_BUILDS = {"bdist_wheel", "build", "build_ext", "install"}


def _wants_compiled() -> bool:
    if os.environ.get("EVENTCODER_PURE_PYTHON", "") not in ("", "0"):
        return False
    return bool(_BUILDS & set(sys.argv)) and not {"editable_wheel", "develop"} & set(sys.argv)


def _extensions() -> list:
    if not _wants_compiled():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("eventcoder: mypyc is not installed; building pure Python", file=sys.stderr)
        return []
    paths = [f"src/eventcoder/{name}.py" for name in COMPILED_MODULES]
    # Third-party stubs differ between environments; an ignore that one set needs is
    # no error where another set makes it unused.
    try:
        extensions = mypycify(["--no-warn-unused-ignores", *paths], opt_level="3",
                              group_name="eventcoder_stages")
    except (Exception, SystemExit) as exc:  # mypy found what it cannot compile
        print(f"eventcoder: mypyc failed ({exc!r}); building pure Python", file=sys.stderr)
        return []
    return extensions


class _AllOrNone(build_ext):
    """Compile every module or none: a module compiled without the library its group
    shares fails on import, so any failure (no compiler, no Python headers, too little
    memory) leaves the whole package pure Python."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:
            print(f"eventcoder: compiling failed ({exc}); building pure Python",
                  file=sys.stderr)
            for extension in self.extensions:
                built = self.get_ext_fullpath(extension.name)
                if os.path.exists(built):
                    os.remove(built)


setup(ext_modules=_extensions(), cmdclass={"build_ext": _AllOrNone})
