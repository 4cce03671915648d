"""Read inputs into documents: .txt files, .jsonl files, standard input.

A file that cannot be read (missing, binary, invalid UTF-8, empty) still becomes
a :class:`Document`, with ``error`` saying why, so a broken file is reported by
name and never stops a batch.
"""

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from eventcoder.records import Document

#: Larger texts are refused: a conflict report is never this long, a dump is.
MAX_CHARS = 20_000_000


def normalise_for_hash(text: str) -> str:
    """The form of a text its ``doc_id`` is computed from: NFC, whitespace collapsed."""
    # An ASCII text is its own NFC form.
    return " ".join((text if text.isascii() else unicodedata.normalize("NFC", text)).split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


def stable_doc_id(text: str) -> str:
    """A stable id from the normalised text: the same report always gets the same id."""
    return _doc_id(content_hash(text))


def _doc_id(digest: str) -> str:
    return "d" + digest[:16]


def _published_str(published: str | date | None) -> str | None:
    if published is None or published == "":
        return None
    if isinstance(published, date):
        return published.isoformat()
    return date.fromisoformat(str(published)[:10]).isoformat()


def document_from_text(
    text: str,
    *,
    published: str | date | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    doc_id: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Document:
    """Wrap a text and its metadata as a document; problems become ``error``, not exceptions."""
    error = None
    try:
        published_iso = _published_str(published)
    except ValueError:
        published_iso = None
        error = f"invalid published date {published!r}: expected YYYY-MM-DD"
    if error is None:
        error = check_text(text)
    metadata = dict(metadata or {})
    if published_iso is not None and isinstance(published, str) and len(published) > 10:
        # "2025-06-10T18:30": the time of day orders two releases of one day
        metadata.setdefault("published_at", published.strip())
    digest = content_hash(text)  # hashed once, for the stable id too
    return Document(
        doc_id=doc_id or _doc_id(digest),
        text=text,
        source=source,
        url=url,
        title=title,
        published=published_iso,
        published_basis="given" if published_iso else "unknown",
        content_hash=digest,
        metadata=metadata,
        error=error,
    )


def check_text(text: str) -> str | None:
    """Say why a text cannot be processed, or None when it can."""
    if not text.strip():
        return "empty text"
    if len(text) > MAX_CHARS:
        return f"text too long: {len(text):,} characters (limit {MAX_CHARS:,})"
    if "\x00" in text:
        return "binary content: the text contains NUL bytes"
    return None


def decode_bytes(raw: bytes) -> tuple[str, str | None]:
    """Decode UTF-8 strictly; say what is wrong with bytes that are not text."""
    if b"\x00" in raw[:8192]:
        return "", "binary content: not a text file"
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return "", f"invalid UTF-8 at byte {exc.start}: {exc.reason}"


def _failed(doc_id: str, error: str, **meta: Any) -> Document:
    return Document(doc_id=doc_id, error=error, metadata=meta)


def read_text_file(path: Path, *, published: str | None = None) -> Document:
    """One ``.txt`` file, one document; its id is the file's stem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return _failed(path.stem or str(path), f"cannot read {path}: {exc.strerror}",
                       path=str(path))
    text, error = decode_bytes(raw)
    if error:
        return _failed(path.stem, f"{path}: {error}", path=str(path))
    doc = document_from_text(text, published=published, doc_id=path.stem,
                             metadata={"path": str(path)})
    if doc.error:
        doc.error = f"{path}: {doc.error}"
    return doc


def documents_from_jsonl_lines(
    lines: Iterator[bytes], *, origin: str, published: str | None = None
) -> Iterator[Document]:
    """One document a line: ``{"id", "text", "published"?, "source"?, "url"?, "title"?}``."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        label = f"{origin}:{number}"
        line, error = decode_bytes(raw)
        if error:
            yield _failed(label, f"{label}: {error}", path=origin, line=number)
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _failed(label, f"{label}: invalid JSON: {exc.msg}", path=origin, line=number)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield _failed(str(item.get("id", label)) if isinstance(item, dict) else label,
                          f"{label}: expected an object with a string 'text'",
                          path=origin, line=number)
            continue
        doc_id = str(item["id"]) if item.get("id") not in (None, "") else None
        doc = document_from_text(
            item["text"],
            published=item.get("published") or published,
            source=item.get("source"),
            url=item.get("url"),
            title=item.get("title"),
            doc_id=doc_id,
            metadata={"path": origin, "line": number},
        )
        if doc.error:
            doc.error = f"{label}: {doc.error}"
        yield doc


def read_inputs(paths: list[str], *, published: str | None = None) -> Iterator[Document]:
    """Documents from paths: ``.txt``, ``.jsonl``, folders of them, and ``-`` for stdin."""
    for name in paths:
        if name == "-":
            data = sys.stdin.buffer.read()
            if data.lstrip().startswith(b"{"):
                yield from documents_from_jsonl_lines(
                    iter(data.splitlines()), origin="<stdin>", published=published
                )
            else:
                text, error = decode_bytes(data)
                if error:
                    yield _failed("stdin", f"<stdin>: {error}")
                else:
                    yield document_from_text(text, published=published,
                                             metadata={"path": "<stdin>"})
            continue
        path = Path(name)
        if path.is_dir():
            children = sorted(p for p in path.rglob("*") if p.suffix in {".txt", ".jsonl"})
            yield from read_inputs([str(p) for p in children], published=published)
        elif path.suffix == ".jsonl":
            try:
                with path.open("rb") as handle:
                    yield from documents_from_jsonl_lines(
                        iter(handle), origin=str(path), published=published
                    )
            except OSError as exc:
                yield _failed(path.stem, f"cannot read {path}: {exc.strerror}", path=str(path))
        else:
            yield read_text_file(path, published=published)
