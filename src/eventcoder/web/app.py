"""The dashboard: a FastAPI application over one store, its pages, API and assets.

Example::

    >>> from eventcoder.store import open_store
    >>> from eventcoder.web import create_app
    >>> app = create_app(open_store("corpus.db"))      # then: uvicorn.run(app)

Everything the pages need is served by the application itself (Leaflet, the world
outline, scripts and styles), so the dashboard works without a network connection;
map tiles are an optional layer on top. Static files are served from a list made at
start-up: a request's path is only ever looked up in it, never opened.
"""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from eventcoder.store import Store
from eventcoder.web import api, pages

log = logging.getLogger(__name__)

WEB_DIR = Path(__file__).resolve().parent
STATIC_DIR = WEB_DIR / "static"
TEMPLATE_DIR = WEB_DIR / "templates"

#: OpenStreetMap's standard tiles: drawn over the bundled outline when the browser is online.
DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILES_ATTRIBUTION = "&copy; OpenStreetMap contributors"

_MEDIA_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml",
                ".md": "text/markdown; charset=utf-8", ".ico": "image/x-icon"}


def static_files(root: Path = STATIC_DIR) -> dict[str, Path]:
    """Every asset under ``root`` by its URL path (``vendor/leaflet/leaflet.js``)."""
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


def templates() -> Environment:
    """The page templates; everything they print is escaped unless marked safe."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["label"] = pages.label_filter
    return env


def _csp(tiles: str | None) -> str:
    img = "'self' data:"
    if tiles:
        # The tile host only: ``https://tile.openstreetmap.org/{z}/...`` -> its origin.
        origin = "/".join(tiles.split("/", 3)[:3]).replace("{s}.", "*.")
        img += f" {origin}"
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {img}; connect-src 'self'; font-src 'self'; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(
    store: Store,
    *,
    allow_ingest: bool = False,
    tiles: str | None = DEFAULT_TILES,
    allowed_hosts: Sequence[str] | None = None,
    title: str = "eventcoder",
) -> FastAPI:
    """The dashboard over ``store``.

    ``allow_ingest`` enables ``POST /api/ingest`` (the only endpoint that writes);
    ``tiles`` is a tile URL template drawn over the bundled world outline (None: the
    outline only); ``allowed_hosts`` are the Host headers accepted (None: any), which
    keeps other web sites from reaching a local server through DNS rebinding.
    """
    app = FastAPI(
        title=f"{title} dashboard API",
        description="Events, tallies and consistency findings of an eventcoder store, "
                    "with the evidence of every value.",
        version=_version(),
        # FastAPI's /docs and /redoc pages load their scripts from a CDN; /api-docs is
        # served offline from the same schema instead.
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    app.state.extractor = None
    app.state.tiles = tiles
    app.state.tiles_attribution = TILES_ATTRIBUTION if tiles else ""
    app.state.templates = templates()
    app.state.static = static_files()
    app.include_router(api.router)
    app.include_router(pages.router)
    csp = _csp(tiles)

    @app.get("/static/{asset:path}", include_in_schema=False)
    def static(asset: str, request: Request) -> Response:
        found = request.app.state.static.get(asset)
        if found is None:
            return Response("not found", status_code=404, media_type="text/plain")
        media = _MEDIA_TYPES.get(found.suffix) or mimetypes.guess_type(found.name)[0]
        return FileResponse(found, media_type=media or "application/octet-stream",
                            headers={"Cache-Control": "public, max-age=3600"})

    @app.middleware("http")
    async def security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith(("/api/", "/openapi")) or exc.status_code == 405:
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        html = request.app.state.templates.get_template("error.html").render(
            **pages.base_context(request), status=exc.status_code, message=exc.detail)
        return HTMLResponse(html, status_code=exc.status_code)

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("eventcoder")
    except PackageNotFoundError:
        return "0"


def app_from_env() -> Any:
    """An application over ``$EVENTCODER_DB`` (for ``uvicorn --factory``), read-only."""
    import os

    from eventcoder.store import open_store

    return create_app(open_store(os.environ.get("EVENTCODER_DB", "eventcoder.db")))


__all__ = ["DEFAULT_TILES", "STATIC_DIR", "create_app", "static_files", "templates"]
