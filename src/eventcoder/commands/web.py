"""The dashboard commands: ``serve`` a store, and ``demo`` (ingest the bundled examples, serve)."""

from __future__ import annotations

import logging
import tempfile
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from eventcoder.ingest import IngestSummary
    from eventcoder.store import Store

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])

#: Loopback only unless asked: the dashboard has no accounts.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def example_reports() -> Path:
    """The bundled example reports (JSON Lines) that ``eventcoder demo`` ingests."""
    import eventcoder

    return Path(eventcoder.__file__).resolve().parent / "examples" / "reports.jsonl"


def _allowed_hosts(host: str) -> list[str]:
    hosts = {"127.0.0.1", "localhost", "[::1]", host}
    if host in ("0.0.0.0", "::"):
        return ["*"]
    return sorted(hosts)


def run_server(store: Store, *, host: str, port: int, allow_ingest: bool, tiles: str | None,
               open_browser: bool) -> None:
    """Serve the dashboard over ``store`` until interrupted."""
    import uvicorn

    from eventcoder.web import create_app

    app = create_app(store, allow_ingest=allow_ingest, tiles=tiles,
                     allowed_hosts=_allowed_hosts(host))
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown_host}:{port}/"
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read "
                   "the store", err=True)
    mode = "ingest enabled" if allow_ingest else "read-only"
    click.echo(f"eventcoder dashboard on {url} ({mode}; Ctrl+C to stop)", err=True)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning")
    server = uvicorn.Server(config)
    if open_browser:
        def _open() -> None:
            for _ in range(100):
                if server.started:
                    webbrowser.open(url)
                    return
                threading.Event().wait(0.1)

        threading.Thread(target=_open, daemon=True).start()
    server.run()


def _tiles_option(no_tiles: bool, tiles: str) -> str | None:
    return None if no_tiles or not tiles else tiles


_COMMON = [
    click.option("--host", default=DEFAULT_HOST, show_default=True,
                 help="Address to listen on (loopback by default: only this machine)."),
    click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT,
                 show_default=True, help="Port to listen on."),
    click.option("--tiles", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                 show_default=True, help="Map tile URL drawn over the bundled world outline "
                                         "when the browser is online."),
    click.option("--no-tiles", is_flag=True, help="The bundled world outline only: no request "
                                                  "leaves this machine."),
    click.option("--no-browser", is_flag=True, help="Do not open a web browser."),
]


def _common(func: F) -> F:
    for option in reversed(_COMMON):
        func = option(func)
    return func


@click.command("serve")
@click.option("--db", default="eventcoder.db", show_default=True, envvar="EVENTCODER_DB",
              help="The store: a SQLite file path or a postgresql:// URL.")
@click.option("--allow-ingest", is_flag=True,
              help="Enable POST /api/ingest (text in the request body); read-only without it.")
@_common
def serve_command(db: str, allow_ingest: bool, host: str, port: int, tiles: str,
                  no_tiles: bool, no_browser: bool) -> None:
    """Serve the dashboard: map, timeline, event table, evidence, tallies and a JSON API.

    Read-only unless --allow-ingest; listens on 127.0.0.1 unless --host says otherwise.
    The page and its map work offline (a world outline is bundled); map tiles are
    drawn on top when the browser is online (--no-tiles for none).

    Example:

        eventcoder serve --db corpus.db --port 8765
    """
    from eventcoder.store import open_store

    if "://" not in db and not Path(db).exists():
        raise click.BadParameter(f"{db} does not exist: ingest reports into it first "
                                 "(eventcoder ingest ... --db), or try `eventcoder demo`",
                                 param_hint="--db")
    try:
        store = open_store(db)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--db") from exc
    run_server(store, host=host, port=port, allow_ingest=allow_ingest,
               tiles=_tiles_option(no_tiles, tiles), open_browser=not no_browser)


def build_demo(db: str) -> tuple[Store, IngestSummary]:
    """Ingest the bundled example reports into the store at ``db``."""
    from eventcoder.ingest import ingest
    from eventcoder.store import open_store

    store = open_store(db)
    summary = ingest(store, [str(example_reports())])
    return store, summary


@click.command("demo")
@click.option("--db", default=None, metavar="PATH",
              help="SQLite file to build (default: a new one in a temporary folder).")
@click.option("--no-serve", is_flag=True, help="Build the store, print a summary and exit.")
@_common
def demo_command(db: str | None, no_serve: bool, host: str, port: int, tiles: str,
                 no_tiles: bool, no_browser: bool) -> None:
    """Ingest the bundled example reports into a fresh store and serve the dashboard.

    The examples are two real articles and a few written ones: an attack told by
    three outlets, a shelling, a roadside bomb, a protest, an air strike and a
    ministry's monthly tally. Everything runs on this machine, no network needed.

    Example:

        eventcoder demo
        eventcoder demo --db demo.db --no-serve
    """
    if db is None:
        db = str(Path(tempfile.mkdtemp(prefix="eventcoder-demo-")) / "eventcoder-demo.db")
    elif "://" in db:
        raise click.BadParameter("the demo builds a SQLite file: give a path", param_hint="--db")
    elif Path(db).exists():
        click.echo(f"{db} exists: reports already in it are kept and not read again", err=True)
    store, summary = build_demo(db)
    counts = store.summary()
    click.echo(
        f"demo store {db}: {counts['documents']} documents, {counts['events']} events "
        f"({summary.merged} report(s) merged into others), {counts['tallies']} tallies, "
        f"{counts['consistency']} consistency findings, {counts['statements']} statements",
        err=True,
    )
    for origin, error in summary.errors:
        click.echo(f"error: {error or origin}", err=True)
    if no_serve:
        store.close()
        return
    run_server(store, host=host, port=port, allow_ingest=False,
               tiles=_tiles_option(no_tiles, tiles), open_browser=not no_browser)


COMMANDS = [serve_command, demo_command]
