"""A report's sidecar: what its scraper knew of the article, in ``<name>.json`` beside ``<name>.txt``.

Any of ``url``, ``site``, ``title``, ``published_at``, ``fetched_at`` and ``licence``; other keys are the
scraper's own and are ignored. A sidecar never costs its report: a field that cannot be used is left out and
named in a damage flag on the report's row (``sidecar_bad_url``), and a sidecar that is not a JSON object at all
gives ``sidecar_not_json``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from urllib.parse import urlsplit

SIDECAR_SUFFIX = ".json"

FIELDS = ("url", "site", "title", "licence", "published_at", "fetched_at")
"""The sidecar's fields: each is a column of ``reports`` of the same name (sql/schema/tables.sql)."""
COLUMNS = ("sidecar_sha256", *FIELDS)
"""The ``reports`` columns a sidecar fills."""

CHINA_STANDARD_TIME = dt.timezone(dt.timedelta(hours=8), "CST")
"""The zone of a time written without one: the reports are Chinese news, and China keeps one zone all year."""

NOT_JSON = "sidecar_not_json"
UNREADABLE = "sidecar_unreadable"


@dataclass(frozen=True)
class SourceMetadata:
    """What a sidecar says of its report; all None when there is no sidecar."""

    sha256: str | None = None
    url: str | None = None
    site: str | None = None
    title: str | None = None
    licence: str | None = None
    published_at: dt.datetime | None = None
    """In UTC."""
    fetched_at: dt.datetime | None = None
    """In UTC."""
    published_on: dt.date | None = None
    """The day ``published_at`` falls on where it was written: 2024-05-01T23:30+08:00 is 1 May, not 2 May."""
    problems: tuple[str, ...] = field(default=())
    """Damage flags, one per field that could not be used."""

    def columns(self) -> tuple:
        """Its values of :data:`COLUMNS`, in their order."""
        return (self.sha256, *(getattr(self, name) for name in FIELDS))


NO_SIDECAR = SourceMetadata()
UNREADABLE_SIDECAR = SourceMetadata(problems=(UNREADABLE,))
"""A sidecar that is there but could not be read (too large, unreadable, outside the folder)."""


def read_sidecar(data: bytes) -> SourceMetadata:
    """The metadata of a sidecar's bytes; what cannot be used is None and flagged."""
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return SourceMetadata(sha256=sha256, problems=(NOT_JSON,))
    if not isinstance(document, dict):
        return SourceMetadata(sha256=sha256, problems=(NOT_JSON,))
    values: dict[str, object] = {}
    problems = []
    for name in FIELDS:
        given = document.get(name)
        if given is None:
            continue
        value = _READERS[name](given)
        if value is None:
            problems.append(f"sidecar_bad_{name}")
        else:
            values[name] = value
    published = values.pop("published_at", None)
    fetched = values.pop("fetched_at", None)
    return SourceMetadata(
        sha256=sha256,
        **values,
        published_at=published.astimezone(dt.UTC) if published else None,
        fetched_at=fetched.astimezone(dt.UTC) if fetched else None,
        published_on=published.date() if published else None,
        problems=tuple(sorted(problems)),
    )


def _text(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()


def _web_address(value: object) -> str | None:
    """An http(s) address with a host, and no space inside; anything else is not one a reader can follow."""
    text = _text(value)
    if text is None or any(character.isspace() for character in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and parts.hostname else None


def _time(value: object) -> dt.datetime | None:
    """An ISO 8601 date or time (2024-05-01, 2024-05-01 09:30, 2024-05-01T09:30:00+08:00, …Z); one written
    without a zone is China time."""
    text = _text(value)
    if text is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=CHINA_STANDARD_TIME)


_READERS = {"url": _web_address, "site": _text, "title": _text, "licence": _text, "published_at": _time, "fetched_at": _time}

