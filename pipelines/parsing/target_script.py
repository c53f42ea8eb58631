"""Parsing text held in any target script: the rules and lexicons read Simplified.

The text is read through a Simplified rendering of the same length, so every
span still points into the stored text, and the strings read from it are
written back in the target script.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from pipelines.parsing.model import Meeting
from pipelines.parsing.report import parse_reports
from pipelines.parsing.script import convert_character, convert_script

_MEETING_TEXT = ("organizer", "meeting_name", "date_text", "location", "chair", "subject")
_PERSON_TEXT = ("name", "group_name", "title", "organization")
_INITIATIVE_TEXT = ("name", "full_name")


def parse_in_script(text: str, target_script: str, published_date: dt.date | None = None) -> list[Meeting]:
    """:func:`~pipelines.parsing.report.parse_report` for ``text`` written in ``target_script``; strings come back in that script."""
    return parse_many_in_script([(text, published_date)], target_script)[0]


def parse_many_in_script(reports: list[tuple[str, dt.date | None]], target_script: str) -> list[list[Meeting]]:
    """:func:`~pipelines.parsing.report.parse_reports` for reports written in ``target_script``."""
    if target_script == "simplified":
        return parse_reports(reports)
    parsed = parse_reports([(simplified_same_length(text), published) for text, published in reports])
    return [[_in_script(meeting, target_script) for meeting in meetings] for meetings in parsed]


def simplified_same_length(text: str) -> str:
    """``text`` in Simplified, character for character where a phrase conversion would change its length."""
    simplified = convert_script(text, "simplified")
    if len(simplified) == len(text):
        return simplified
    return "".join(convert_character(ch, "simplified") for ch in text)


def _convert_fields(record, fields: tuple[str, ...], target_script: str):
    changes = {name: convert_script(value, target_script) for name in fields if (value := getattr(record, name))}
    return dataclasses.replace(record, **changes)


def _in_script(meeting: Meeting, target_script: str) -> Meeting:
    converted: Meeting = _convert_fields(meeting, _MEETING_TEXT, target_script)
    converted.people = [_convert_fields(p, _PERSON_TEXT, target_script) for p in meeting.people]
    converted.initiatives = [_convert_fields(i, _INITIATIVE_TEXT, target_script) for i in meeting.initiatives]
    return converted

