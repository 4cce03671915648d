"""The compiled build: which modules setup.py compiles, and which of them run compiled."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder.pipeline import compiled_modules

ROOT = Path(__file__).resolve().parents[1]


def _setup_modules() -> tuple[str, ...]:
    """COMPILED_MODULES as setup.py lists it, read without running setup.py."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "COMPILED_MODULES" for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return value
    raise AssertionError("setup.py has no COMPILED_MODULES")


def test_every_module_setup_compiles_exists_and_the_pipeline_imports_it() -> None:
    names = _setup_modules()
    assert names, "setup.py compiles nothing"
    for name in names:
        assert (ROOT / "src" / "eventcoder" / f"{name}.py").is_file(), name
        assert f"eventcoder.{name}" in sys.modules, f"the pipeline does not import {name}"


def test_the_gazetteer_is_compiled_with_the_stages_that_ask_it_per_word() -> None:
    """The places stage asks the gazetteer for a key and an entry's fields for every
    capitalised word of a text: compiled in the stages' group, those calls are native."""
    names = _setup_modules()
    assert "gazetteer" in names
    assert names.index("gazetteer") < names.index("places")


def test_only_the_modules_setup_compiles_are_reported_compiled() -> None:
    assert set(compiled_modules()) <= {f"eventcoder.{n}" for n in _setup_modules()}


@pytest.mark.skipif(not os.environ.get("EVENTCODER_EXPECT_COMPILED"),
                    reason="EVENTCODER_EXPECT_COMPILED is not set: the build may be pure Python")
def test_a_compiled_install_runs_every_stage_compiled() -> None:
    assert compiled_modules() == tuple(sorted(f"eventcoder.{n}" for n in _setup_modules()))


def test_mypyc_translates_every_stage(tmp_path: Path) -> None:
    """mypyc turns every stage setup.py compiles into C (its type check and translation,
    not the C compiler): a construct mypyc cannot translate makes setup.py fall back to
    pure Python silently, which the editable install every developer runs cannot show."""
    pytest.importorskip("mypyc.build")
    paths = [str(ROOT / "src" / "eventcoder" / f"{name}.py") for name in _setup_modules()]
    script = (
        "import sys\n"
        "from mypyc.build import mypycify\n"
        "mypycify(['--no-warn-unused-ignores', *sys.argv[1:]], opt_level='3',"
        " group_name='eventcoder_stages')\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *paths], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
