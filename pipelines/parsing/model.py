"""Plain records the parser returns; the Dagster shell turns them into frames and rows.

Every span is a pair of character offsets into the report's ``text_clean``
(``text_clean[start:end]`` is the evidence the row was read from).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ROLES = ("chair", "speaker", "attendee", "referenced")
"""Attendee roles, strongest first: a person keeps the strongest role they have at a meeting."""

CATEGORIES = ("brand", "campaign", "framework", "platform", "slogan", "document")


@dataclass
class Person:
    """A named person (``name``) or an unnamed group present (``group_name``) at one meeting."""

    role: str
    span_start: int
    span_end: int
    name: str | None = None
    group_name: str | None = None
    title: str | None = None
    organization: str | None = None


@dataclass
class Initiative:
    name: str
    category: str
    span_start: int
    span_end: int
    full_name: str | None = None


@dataclass
class Meeting:
    seq: int
    span_start: int
    span_end: int
    organizer: str | None = None
    meeting_name: str | None = None
    date_text: str | None = None
    meeting_date: dt.date | None = None
    location: str | None = None
    chair: str | None = None
    subject: str | None = None
    people: list[Person] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
