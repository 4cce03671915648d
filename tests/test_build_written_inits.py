"""Dataclasses of the compiled modules that write their ``__init__`` out by hand.

mypyc compiles the methods a class's source holds, but a method that ``@dataclass``
generates runs interpreted; the classes built once per word or mention therefore spell
their ``__init__`` out. Each must take the fields in their order, with their defaults, and
set every one, or a field added later would be left unset.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMPILED = ("document", "places", "actors", "dates", "quantities", "casualties", "windows",
            "tallies", "events", "statements")


def _written_inits() -> list[tuple[str, str, ast.FunctionDef]]:
    found = []
    for module in COMPILED:
        tree = ast.parse((ROOT / "src" / "eventcoder" / f"{module}.py").read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and any(
                    "dataclass" in ast.unparse(d) for d in node.decorator_list):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        found.append((module, node.name, item))
    return found


WRITTEN = _written_inits()


def test_the_classes_built_per_word_write_their_init_out() -> None:
    names = {f"{module}.{name}" for module, name, _init in WRITTEN}
    assert {"places._Span", "events.Trigger", "quantities._NP", "dates._Atom"} <= names


@pytest.mark.parametrize(("module", "name", "init"), WRITTEN,
                         ids=[f"{m}.{n}" for m, n, _i in WRITTEN])
def test_a_written_init_takes_and_sets_every_field(
        module: str, name: str, init: ast.FunctionDef) -> None:
    cls = getattr(importlib.import_module(f"eventcoder.{module}"), name)
    fields = dataclasses.fields(cls)
    params = [a.arg for a in init.args.args[1:]]
    assert params == [f.name for f in fields]
    defaults = init.args.defaults
    with_default = [f for f in fields if f.default is not dataclasses.MISSING
                    or f.default_factory is not dataclasses.MISSING]
    assert len(defaults) == len(with_default)
    for f, default in zip(with_default, defaults, strict=True):
        written = ast.literal_eval(default)
        if f.default_factory is not dataclasses.MISSING:
            assert written is None, f.name  # the body builds a fresh value
        else:
            assert written == f.default, f.name
    assigned: set[object] = set()
    for node in ast.walk(init):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            assigned.add(node.attr)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
                node.func.attr == "__setattr__") and isinstance(node.args[1], ast.Constant):
            assigned.add(node.args[1].value)
    assert assigned == {f.name for f in fields}
