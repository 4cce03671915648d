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
COMPILED = ("records", "mentions", "document", "places", "actors", "dates", "quantities",
            "casualties", "windows", "tallies", "events", "statements")


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
    assert {"places._Span", "events.Trigger", "quantities._NP", "dates._Atom",
            "mentions.Doc"} <= names
    assert {f"records.{name}" for name in ("Document", "Event", "Location", "Casualty",
                                           "Tally", "Consistency", "Statement",
                                           "Evidence")} <= names


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


def test_a_doc_copy_changes_only_the_fields_named_and_pickles_back_equal() -> None:
    import pickle

    from eventcoder.mentions import Doc, replace_doc
    from eventcoder.records import Document

    text = "Rebels shelled Port Vardin on 4 June."
    doc = Doc(Document(doc_id="n1", text=text, published="2021-06-05"), text,
              sentences=((0, len(text)),), stages=("a.v1",))
    copy = replace_doc(doc, tally_sentences=(), text=text.upper())
    assert copy.text == text.upper() and copy.tally_sentences == ()
    assert [getattr(copy, f.name) for f in dataclasses.fields(Doc)
            if f.name not in ("text", "tally_sentences")] == [
        getattr(doc, f.name) for f in dataclasses.fields(Doc)
        if f.name not in ("text", "tally_sentences")]
    assert replace_doc(copy, tally_sentences=None).tally_sentences is None
    assert pickle.loads(pickle.dumps(copy)) == copy
    assert copy.published is not None and copy.published.isoformat() == "2021-06-05"
