"""Ingest: read documents from files, folders, web pages and feeds into the corpus store.

Sources, one reader each (chosen by suffix or, for URLs, by what the server sends):

* ``.txt`` one document a file; ``.html``/``.htm`` the page's main text (trafilatura);
  ``.jsonl`` one document a line (``{"id", "text", "published"?, "source"?, "url"?}``);
  ``.csv`` one document a row, from a text column (``text``, ``body``, ``content``,
  ``notes``, ``article`` or ``--text-column``); folders are walked for these suffixes.
* ``http(s)://`` URLs: a web page (its main text) or an RSS/Atom feed (feedparser),
  whose entries' pages are fetched in turn.

Every document is extracted and stored with its records in one transaction, so a run
killed at any point loses at most the documents it had not committed, and re-running
it adds exactly those: documents already stored (same content hash) are skipped before
extraction, and feed entries whose page is stored are not fetched again. A document
that cannot be read or processed is stored with the reason (``eventcoder errors``).
"""

from __future__ import annotations

import csv
import io
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from eventcoder.inputs import (
    MAX_CHARS,
    decode_bytes,
    document_from_text,
    documents_from_jsonl_lines,
    read_text_file,
)
from eventcoder.records import Document, Record

if TYPE_CHECKING:
    import httpx

    from eventcoder.store import Store

log = logging.getLogger(__name__)

#: Files larger than this are refused unread: a report is never this long, a dump is.
#: (inputs.MAX_CHARS caps texts at 20 million characters; at one byte a character or
#: more, a bigger file cannot pass it, and reading it first would cost seconds.)
MAX_FILE_BYTES = MAX_CHARS

#: Web pages and feeds larger than this are refused as they stream in.
MAX_DOWNLOAD_BYTES = 10_000_000

#: Suffixes a folder is walked for.
FILE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv")

#: Columns a CSV's text is read from, in order of preference, when none is named.
CSV_TEXT_COLUMNS = ("text", "body", "content", "article", "notes")
CSV_ID_COLUMNS = ("id", "doc_id", "event_id_cnty", "data_id")
CSV_DATE_COLUMNS = ("published", "date", "event_date", "pubdate")

#: Documents written per transaction: each one whole, and a kill loses at most these.
BATCH_SIZE = 32

USER_AGENT = "eventcoder (+https://pypi.org/project/eventcoder/)"


class Extractor(Protocol):
    """Anything that turns one document into its records (the document record first)."""

    def __call__(self, document: Document, /) -> list[Record]: ...


@dataclass(slots=True)
class IngestSummary:
    """What an ingest run did."""

    run_id: int | None = None
    seen: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    merged: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def docs_per_second(self) -> float:
        return self.seen / self.seconds if self.seconds > 0 else 0.0


@dataclass(slots=True)
class SourceOptions:
    """Overrides and choices that apply to every document of a run."""

    published: str | None = None
    source: str | None = None
    text_column: str | None = None
    timeout: float = 30.0


def _failed(name: str, error: str, **meta: Any) -> Document:
    return Document(doc_id=Path(name).stem or name, error=f"{name}: {error}",
                    metadata={"path": name, **meta})


def _too_big(path: Path) -> str | None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        return f"cannot read: {exc.strerror}"
    if size > MAX_FILE_BYTES:
        return f"file too large: {size:,} bytes (limit {MAX_FILE_BYTES:,})"
    return None


def html_to_document(
    html: str | bytes, *, name: str, url: str | None = None, doc_id: str | None = None,
    published: str | None = None, source: str | None = None, title: str | None = None,
) -> Document:
    """The main text of a web page as a document (trafilatura), with its title and date."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    if extracted is None:
        return _failed(name, "no article text found in the page", url=url)
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = data.get("text") or ""
    page_date = data.get("date")
    doc = document_from_text(
        text,
        published=published or _iso_date(page_date),
        source=source or data.get("sitename") or data.get("hostname"),
        url=url,
        title=title or data.get("title"),
        doc_id=doc_id,
        metadata={"path": name} if url is None else {"url": url},
    )
    if doc.error:
        doc.error = f"{name}: {doc.error}"
    return doc


def _iso_date(value: Any) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def read_html_file(path: Path, options: SourceOptions) -> Document:
    problem = _too_big(path)
    if problem:
        return _failed(str(path), problem)
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        return _failed(str(path), "binary content: not an HTML file")
    return html_to_document(raw, name=str(path), doc_id=path.stem, published=options.published,
                            source=options.source)


def read_csv_file(path: Path, options: SourceOptions) -> Iterator[Document]:
    """One document a row, the text from ``options.text_column`` or a usual text column."""
    problem = _too_big(path)
    if problem:
        yield _failed(str(path), problem)
        return
    text, error = decode_bytes(path.read_bytes())
    if error:
        yield _failed(str(path), error)
        return
    csv.field_size_limit(MAX_CHARS)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = {c.lower(): c for c in reader.fieldnames or []}
    wanted = [options.text_column] if options.text_column else list(CSV_TEXT_COLUMNS)
    text_column = next((columns[c.lower()] for c in wanted if c and c.lower() in columns), None)
    if text_column is None:
        yield _failed(str(path), f"no text column: expected one of {wanted}, "
                      f"found {reader.fieldnames}")
        return

    def pick(row: dict[str, Any], names: Iterable[str]) -> str | None:
        for name in names:
            if name in columns and row.get(columns[name]):
                return str(row[columns[name]])
        return None

    try:
        for number, row in enumerate(reader, start=2):
            label = f"{path}:{number}"
            body = row.get(text_column) or ""
            published = options.published or _iso_date(pick(row, CSV_DATE_COLUMNS))
            doc = document_from_text(
                body, published=published, source=options.source or pick(row, ("source",)),
                url=pick(row, ("url", "link")), title=pick(row, ("title", "headline")),
                doc_id=pick(row, CSV_ID_COLUMNS), metadata={"path": str(path), "line": number},
            )
            if doc.error:
                doc.error = f"{label}: {doc.error}"
            yield doc
    except csv.Error as exc:
        yield _failed(str(path), f"malformed CSV: {exc}")


def read_path(path: Path, options: SourceOptions) -> Iterator[Document]:
    """Documents from one file or folder."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in FILE_SUFFIXES):
            yield from read_path(child, options)
        return
    if not path.exists():
        yield _failed(str(path), "no such file or folder")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        problem = _too_big(path)
        if problem:
            yield _failed(str(path), problem)
            return
        with path.open("rb") as handle:
            yield from documents_from_jsonl_lines(iter(handle), origin=str(path),
                                                  published=options.published)
    elif suffix == ".csv":
        yield from read_csv_file(path, options)
    elif suffix in {".html", ".htm"}:
        yield read_html_file(path, options)
    else:
        problem = _too_big(path)
        yield _failed(str(path), problem) if problem else read_text_file(
            path, published=options.published)


def _fetch(client: httpx.Client, url: str) -> tuple[bytes, str]:
    """The body and content type of a URL, refusing bodies over MAX_DOWNLOAD_BYTES."""
    with client.stream("GET", url) as response:
        response.raise_for_status()
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_DOWNLOAD_BYTES:
                raise ValueError(f"response too large: over {MAX_DOWNLOAD_BYTES:,} bytes")
            chunks.append(chunk)
        return b"".join(chunks), response.headers.get("content-type", "")


def _is_feed(body: bytes, content_type: str) -> bool:
    if any(kind in content_type for kind in ("rss", "atom")):
        return True
    head = body[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in body[:4096].lower()
                                          or b"<feed" in body[:4096].lower()) or \
        head.startswith((b"<rss", b"<feed"))


def read_url(
    url: str, options: SourceOptions, client: httpx.Client,
    skip_url: Callable[[str], bool] = lambda _url: False,
) -> Iterator[Document]:
    """A web page's main text, or every entry of an RSS/Atom feed."""
    import httpx

    try:
        body, content_type = _fetch(client, url)
    except (httpx.HTTPError, ValueError) as exc:
        yield Document(doc_id=url, error=f"{url}: {_describe(exc)}", url=url,
                       metadata={"url": url})
        return
    if not _is_feed(body, content_type):
        yield html_to_document(body, name=url, url=url, published=options.published,
                               source=options.source)
        return
    import feedparser

    feed = feedparser.parse(body)
    feed_title = (feed.feed.get("title") if feed.get("feed") else None) or None
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        published = options.published or _entry_date(entry)
        source = options.source or feed_title
        title = entry.get("title")
        if not link:
            summary = entry.get("summary") or ""
            doc = document_from_text(summary, published=published, source=source, title=title,
                                     metadata={"url": f"{url}#{number}"})
            yield doc
            continue
        if skip_url(link):
            continue
        try:
            page, _ = _fetch(client, link)
        except (httpx.HTTPError, ValueError) as exc:
            yield Document(doc_id=link, error=f"{link}: {_describe(exc)}", url=link,
                           metadata={"url": link})
            continue
        yield html_to_document(page, name=link, url=link, published=published, source=source,
                               title=title)


def _describe(exc: Exception) -> str:
    import httpx

    if isinstance(exc, httpx.HTTPStatusError):
        return f"HTTP {exc.response.status_code}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()


def read_sources(
    inputs: Iterable[str], options: SourceOptions, *,
    client: httpx.Client | None = None,
    skip_url: Callable[[str], bool] = lambda _url: False,
) -> Iterator[Document]:
    """Documents from paths and URLs, in the order given (folders sorted by path)."""
    own_client = None
    try:
        for name in inputs:
            if name.startswith(("http://", "https://")):
                if client is None:
                    import httpx

                    own_client = client = httpx.Client(
                        timeout=options.timeout, follow_redirects=True,
                        headers={"User-Agent": USER_AGENT},
                    )
                yield from read_url(name, options, client, skip_url)
            else:
                yield from read_path(Path(name), options)
    finally:
        if own_client is not None:
            own_client.close()


def _apply_overrides(doc: Document, options: SourceOptions) -> Document:
    if options.source:
        doc.source = options.source
    if options.published and not doc.error:
        doc.published = options.published
        doc.published_basis = "given"
    return doc


def _origin(doc: Document) -> str | None:
    path = doc.metadata.get("path") or doc.metadata.get("url") or doc.url
    if not path:
        return None
    line = doc.metadata.get("line")
    return f"{path}:{line}" if line else str(path)


def ingest(
    store: Store,
    inputs: Iterable[str],
    *,
    published: str | None = None,
    source: str | None = None,
    text_column: str | None = None,
    extractor: Extractor | None = None,
    batch_size: int = BATCH_SIZE,
    on_progress: Callable[[IngestSummary], None] | None = None,
    client: httpx.Client | None = None,
) -> IngestSummary:
    """Read, extract and store every document of ``inputs``; safe to re-run at any time.

    ``published`` and ``source`` set every document's publication date and outlet.
    ``on_progress`` is called after each committed batch.
    """
    if extractor is None:
        from eventcoder.pipeline import RulePipeline

        extractor = RulePipeline()
    inputs = list(inputs)
    options = SourceOptions(published=published, source=source, text_column=text_column)
    summary = IngestSummary(run_id=store.start_run(inputs))
    started = time.perf_counter()
    stored_urls: set[str] = set()

    def skip_url(url: str) -> bool:
        return url in stored_urls or bool(store.known_urls([url]))

    batch: list[Document] = []

    def flush() -> None:
        known = store.known_hashes(d.content_hash for d in batch if d.content_hash and
                                   not d.error)
        extractions: list[list[Record]] = []
        origins: list[str | None] = []
        for doc in batch:
            if doc.content_hash in known and not doc.error:
                summary.skipped += 1
                continue
            extractions.append(extractor(doc))
            origins.append(_origin(doc))
        if extractions:
            for result in store.add_extractions(extractions, origins=origins,
                                                run_id=summary.run_id):
                if result.status == "added":
                    summary.added += 1
                    summary.events += result.n_events
                    summary.merged += result.n_merged
                elif result.status == "failed":
                    summary.failed += 1
                    summary.errors.append((result.origin or result.doc_id, result.error or ""))
                else:
                    summary.skipped += 1
        for doc in batch:
            if doc.url:
                stored_urls.add(doc.url)
        batch.clear()
        summary.seconds = time.perf_counter() - started
        if on_progress is not None:
            on_progress(summary)

    status = "interrupted"
    try:
        for doc in read_sources(inputs, options, client=client, skip_url=skip_url):
            summary.seen += 1
            batch.append(_apply_overrides(doc, options))
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
        status = "done"
    finally:
        summary.seconds = time.perf_counter() - started
        if summary.run_id is not None:
            store.finish_run(summary.run_id, n_seen=summary.seen, n_added=summary.added,
                             n_skipped=summary.skipped, n_failed=summary.failed, status=status)
    return summary
