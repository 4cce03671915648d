"""Ingest over HTTP: web pages and an RSS feed served from 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from eventcoder.ingest import ingest
from eventcoder.pipeline import RulePipeline
from eventcoder.store import open_store

PAGES = Path(__file__).parent / "fixtures" / "corpus" / "http"


class _Handler(SimpleHTTPRequestHandler):
    """Serves the fixture pages, the feed with this server's address filled in, and
    counts requests per path."""

    requests: list[str]

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.server.requests.append(self.path)  # type: ignore[attr-defined]
        if self.path == "/feed.xml":
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            body = (PAGES / "feed.xml").read_text(encoding="utf-8").replace("{base}", base)
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Keep the test output quiet."""


@pytest.fixture
def server() -> Iterator[Any]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(PAGES)))
    httpd.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def _base(server: Any) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_ingest_reads_a_feed_and_its_pages(server: Any, tmp_path: Path,
                                           pipeline: RulePipeline) -> None:
    with open_store(tmp_path / "c.db") as store:
        summary = ingest(store, [f"{_base(server)}/feed.xml"], extractor=pipeline)
        assert (summary.added, summary.failed) == (2, 1)
        docs = {d["url"]: d for d in store.documents(limit=None, errors=False)}
        marib = docs[f"{_base(server)}/marib.html"]
        assert (marib["source"], marib["published"], marib["title"]) == (
            "Frontline Bulletin", "2024-03-10", "Clashes in Marib leave 15 dead")
        text = store.document(marib["doc_id"])["text"]  # type: ignore[index]
        assert "Houthi forces" in text and "Subscribe" not in text
        [error] = store.errors()
        assert error["origin"] == f"{_base(server)}/gone.html"
        assert "HTTP 404" in error["error"]

        server.requests.clear()
        again = ingest(store, [f"{_base(server)}/feed.xml"], extractor=pipeline)
        assert again.added == 0
        # Stored pages are not fetched again; the failed one is retried.
        assert sorted(server.requests) == ["/feed.xml", "/gone.html"]


def test_ingest_reads_a_web_page(server: Any, tmp_path: Path, pipeline: RulePipeline) -> None:
    with open_store(tmp_path / "c.db") as store:
        summary = ingest(store, [f"{_base(server)}/mogadishu.html"], source="Capital Desk",
                         extractor=pipeline)
        assert summary.added == 1
        [doc] = store.documents()
        assert (doc["source"], doc["title"]) == ("Capital Desk", "Car bomb in Mogadishu")
        assert doc["url"] == f"{_base(server)}/mogadishu.html"


def test_ingest_names_an_unreachable_url(tmp_path: Path, pipeline: RulePipeline) -> None:
    with open_store(tmp_path / "c.db") as store:
        summary = ingest(store, ["http://127.0.0.1:9/nothing.html"], extractor=pipeline)
        assert summary.failed == 1
        [error] = store.errors()
        assert error["origin"] == "http://127.0.0.1:9/nothing.html"
        assert "ConnectError" in error["error"]
