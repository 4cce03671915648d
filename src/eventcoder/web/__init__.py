"""The web dashboard: map, timeline, event table, event pages with evidence, tallies, JSON API."""

from __future__ import annotations

from eventcoder.web.app import create_app

__all__ = ["create_app"]
