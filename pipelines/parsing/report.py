"""One cleaned report in, its meetings (with people and initiatives) out.

``parse_report`` ties the pieces together: segmentation masks what yields nothing, meeting
mentions are found per section and merged, each meeting gets the stretch of text up to the
next meeting (or the next dated paragraph, which starts a new event), and people and
initiatives are read from that stretch.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from . import lexicons
from .dates import DATE_TEXT_RE, find_published_date, resolve_date
from .initiatives import find_initiatives
from .meetings import (
    MeetingMention,
    attended_meeting_mention,
    complete_organizer,
    organizer_from_name,
    organizer_in_words,
    merge_mentions,
    mentions_in_sentence,
    study_session_mention,
)
from .lexical import Token, lexical_model
from .model import Meeting, Person
from .groups import find_groups, group_in_meeting_name
from .people import find_mentions, find_people, person_cue_pattern
from .segmentation import MASK, MAX_CLAUSE_CHARS, Document, Line, Section, segment

__all__ = ["parse_report", "find_published_date"]

_LEADING_NOISE = re.compile(rf"^[\s{MASK}|｜]*")


@dataclass(frozen=True)
class _Draft:
    mention: MeetingMention
    region_start: int
    region_end: int
    heading: str | None


def mask_ideology_terms(body: str) -> str:
    """``body`` with fixed ideology terms (习近平新时代…思想) masked: names in them are no mentions."""
    return lexicons.pattern("ideology_terms").sub(lambda m: MASK * len(m.group()), body)


def _section_mentions(doc: Document, section: Section) -> tuple[list[MeetingMention], list[MeetingMention]]:
    """(merged meetings, all raw mentions) of one section."""
    raw: list[MeetingMention] = []
    sentences = doc.sentences(section.start, section.end)
    for sentence in sentences:
        raw.extend(mentions_in_sentence(doc.body, sentence.start, sentence.end))
    merged = merge_mentions(raw)
    if not merged:
        # No sentence says a body held a meeting: one a person attended under its own name, or a dated
        # collective study, is the section's meeting.
        fallbacks = [attended_meeting_mention]
        if any(cue in doc.body[section.start:section.end] for cue in lexicons.entries("meeting_cues")):
            fallbacks.append(study_session_mention)
        for fallback in fallbacks:
            found = next((m for s in sentences if (m := fallback(doc.body, s.start, s.end)) is not None), None)
            if found is not None:
                return [found], [found]
    return merged, raw


def _new_event_start(doc: Document, after: int, limit: int, mention_starts: list[int]) -> int:
    """Start of the first later body line that opens with a date and holds no meeting: a new event."""
    first = bisect.bisect_right(doc.lines, after, key=_line_start)
    for line in doc.lines[first:]:
        if line.start >= limit:
            break
        if line.kind != "body":
            continue
        k = bisect.bisect_left(mention_starts, line.start)
        if k < len(mention_starts) and mention_starts[k] < line.end:
            continue
        if _opening_date(doc, line):
            return line.start
    return limit


def _line_start(line: Line) -> int:
    return line.start


def _opening_date(doc: Document, line: Line) -> re.Match[str] | None:
    """The date expression a body line opens with (after page noise), or None."""
    content = doc.body[line.start:line.end]
    return DATE_TEXT_RE.match(content, _LEADING_NOISE.match(content).end())


def _drafts(doc: Document) -> list[_Draft]:
    drafts: list[_Draft] = []
    for section in doc.sections:
        merged, raw = _section_mentions(doc, section)
        starts = sorted(m.start for m in raw)
        for index, mention in enumerate(merged):
            region_start = section.start if index == 0 else mention.start
            region_end = merged[index + 1].start if index + 1 < len(merged) else section.end
            region_end = _new_event_start(doc, mention.end, region_end, starts)
            drafts.append(_Draft(mention, region_start, region_end, section.heading))
    return drafts


def _headline_mention(doc: Document) -> MeetingMention | None:
    line = next((l for l in doc.lines if l.kind == "headline"), None)
    if line is None:
        return None
    found = mentions_in_sentence(doc.text, line.start, line.end)
    return found[0] if found else None


def _with_headline(drafts: list[_Draft], headline: MeetingMention | None, doc: Document) -> list[_Draft]:
    """The headline lends a stated organiser to the first meeting, or is the meeting when the body names none."""
    if headline is None:
        return drafts
    if not drafts:
        return [_Draft(headline, 0, len(doc.text), None)]
    first = drafts[0]
    if headline.organizer_stated and headline.organizer and not first.mention.organizer_stated:
        mention = MeetingMention(**{**first.mention.__dict__, "organizer": headline.organizer, "organizer_stated": True})
        drafts = [_Draft(mention, first.region_start, first.region_end, first.heading), *drafts[1:]]
    return drafts


def _date_opening_line(doc: Document, at: int, previous_meeting: int) -> str | None:
    """The date a body line opens with, for a meeting named later in that line (11月27日，X在…宣讲。
    Y主持宣讲报告会。); not when an earlier meeting of the report lies in the line, whose date it is."""
    line = doc.lines[bisect.bisect_right(doc.lines, at, key=_line_start) - 1]
    if line.kind != "body" or not line.start <= at < line.end or previous_meeting >= line.start:
        return None
    opening = _opening_date(doc, line)
    return opening.group() if opening and line.start + opening.end() <= at else None


def _tagged(doc: Document, drafts: list[_Draft]) -> Document:
    """``doc`` with the lexical model's tokens for the clauses the components read them in: those of the
    meeting regions where people may be named, and those that state a meeting's organiser.

    The model costs about as much per character as the rest of the parser together, so it reads
    only the clauses holding a cue of a person (a post, a role verb, 同志, a list mark) or an organiser.
    """
    cue = person_cue_pattern()
    organizers = {at for draft in drafts if (at := _organizer_at(doc, draft.mention)) is not None}
    pieces = [piece for start, end in _merged([(d.region_start, d.region_end) for d in drafts])
              for piece in _clauses(doc.body, start, end)
              if cue.search(doc.body, *piece) or any(piece[0] <= at < piece[1] for at in organizers)]
    tagged = lexical_model().tag([doc.body[start:end] for start, end in pieces])
    return doc.with_tokens([Token(start + t.start, start + t.end, t.tag) for (start, _), tokens in zip(pieces, tagged) for t in tokens])


def _organizer_at(doc: Document, mention: MeetingMention) -> int | None:
    """Where the organiser a mention states stands in its sentence, or None."""
    if not mention.organizer_stated or not mention.organizer:
        return None
    at = doc.body.find(mention.organizer, mention.start, mention.end)
    return at if at >= 0 else None


def _organizer(doc: Document, mention: MeetingMention) -> str | None:
    at = _organizer_at(doc, mention)
    if at is None:
        return mention.organizer
    organizer = organizer_in_words(mention.organizer, at, doc.tokens_between(at, at + len(mention.organizer)))
    return organizer if organizer is not None else organizer_from_name(mention.meeting_name or "")


def _merged(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _clauses(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``body[start:end]`` without their masked margins, none longer than MAX_CLAUSE_CHARS."""
    clauses = []
    cursor = start
    for stop in [m.start() for m in _CLAUSE_END.finditer(body, start, end)] + [end]:
        while cursor < stop:
            piece_end = min(stop, cursor + MAX_CLAUSE_CHARS)
            a, b = cursor, piece_end
            while a < b and body[a] in _BLANK:
                a += 1
            while b > a and body[b - 1] in _BLANK:
                b -= 1
            if b > a:
                clauses.append((a, b))
            cursor = piece_end
        cursor = stop + 1
    return clauses


_CLAUSE_END = re.compile(r"[，。；！？,;!?\n]")
_BLANK = frozenset(" \t\r" + MASK)


def _people(doc: Document, people_text: str, start: int, end: int, mention: MeetingMention, known: frozenset[str]) -> list[Person]:
    people = find_people(people_text, start, end, known, doc.tokens_between(start, end))
    names = {p.name for p in people if p.name}
    found = find_groups(people_text, start, end, names)
    # A meeting named after who attends it (全体干部职工会议) has that group present.
    named = group_in_meeting_name(mention.meeting_name)
    if named and (at := people_text.find(named, mention.start, mention.end)) >= 0:
        found.insert(0, (named, at, at + len(named)))
    groups = [Person(role="attendee", span_start=s, span_end=e, group_name=g) for g, s, e in found]
    unique_groups = {p.group_name: p for p in groups}
    return people + list(unique_groups.values())


def parse_report(text: str, published_date: dt.date | None = None) -> list[Meeting]:
    """The meetings one cleaned (Simplified) report describes, with people and initiatives.

    ``published_date`` resolves the year of dates written without one; when None it is read
    from the report's own chrome (发布时间:… and the like).
    """
    published = published_date or find_published_date(text)
    doc = segment(text)
    people_text = mask_ideology_terms(doc.body)
    drafts = _with_headline(_drafts(doc), _headline_mention(doc), doc)
    doc = _tagged(doc, drafts)
    meetings: list[Meeting] = []
    known = frozenset(m.name for m in find_mentions(people_text, 0, len(people_text))) if len(drafts) > 1 else frozenset()
    for seq, draft in enumerate(drafts):
        mention = draft.mention
        date_text = mention.date_text or _date_opening_line(doc, mention.start, drafts[seq - 1].mention.start if seq else -1)
        people = _people(doc, people_text, draft.region_start, draft.region_end, mention, known)
        chair = next((p.name for p in people if p.role == "chair"), None)
        names = [mention.meeting_name] if mention.meeting_name else []
        meetings.append(
            Meeting(
                seq=seq,
                span_start=mention.start,
                span_end=mention.end,
                organizer=complete_organizer(_organizer(doc, mention), text, draft.heading),
                meeting_name=mention.meeting_name,
                date_text=date_text,
                meeting_date=resolve_date(date_text, published),
                location=mention.location,
                chair=chair,
                subject=mention.subject,
                people=people,
                initiatives=find_initiatives(doc.body, draft.region_start, draft.region_end, names),
            )
        )
    return meetings
