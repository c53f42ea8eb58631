"""One cleaned report in, its meetings (with people and initiatives) out.

``parse_report`` ties the pieces together: segmentation masks what yields nothing, meeting
mentions are found per section and merged, each meeting gets the stretch of text up to the
next meeting (or the next dated paragraph, which starts a new event), and people and
initiatives are read from that stretch.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import os
import re
from dataclasses import dataclass, field, replace
from functools import cache

from . import lexicons
from .dates import DATE_TEXT_RE, find_date_text, find_published_date, resolve_date
from .initiatives import MIN_SLOGAN_CHARS, Quote, find_initiatives, find_quotes
from .meetings import (
    GENERIC_MEETING_NAMES,
    JOINED,
    MeetingMention,
    attended_meeting_mention,
    dated_name_mention,
    held_by,
    held_on_other_days,
    holder_named_in_full,
    kind_words,
    MANY_BODIES,
    SELF_REFERENCES,
    complete_organizer,
    organizer_from_name,
    organizer_in_chairs_title,
    organizer_in_words,
    filled_from,
    merge_mentions,
    listed_together,
    meeting_noun_at_end,
    hosts_told_after,
    mentions_in_sentence,
    named_then_attended_mention,
    spoken_at_mention,
    may_be_placed,
    body_in_its_own_rules,
    body_opening_the_name,
    is_pronoun_body,
    unit_of_a_pronoun_body,
    named_body,
    written_in_full,
    opens_with_a_level,
    spelled_out,
    names_a_body,
    name_without_holder,
    pointed_body,
    placed_organizer,
    says_to_come,
    study_session_mention,
)
from .lexical import Token, lexical_model, tokens_overlapping
from .model import ROLES, Meeting, Person
from .groups import find_groups, group_in_meeting_name
from .people import DHARMA_NAME_CHARS, anchored_names, find_people, may_be_a_name_alone, person_candidate_pattern
from .segmentation import CLAUSE_BREAK, HOLDING, MASK, MAX_CLAUSE_CHARS, SAYING_VERBS, SENTENCE_BREAK, TERM_MASK, THIS_SESSION, Document, Line, Section, Sentence, inside_document_title, inside_quote_marks, segment

__all__ = ["parse_report", "parse_reports", "find_published_date"]

_LEADING_NOISE = re.compile(rf"^[\s{MASK}|｜]*")


@dataclass(frozen=True)
class _Draft:
    mention: MeetingMention
    region_start: int
    region_end: int
    heading: str | None
    quotes: list[Quote] = field(default_factory=list)
    """The quotes of the region, found once: the model tags the names in them, initiatives reads them."""


def mask_ideology_terms(body: str) -> str:
    """``body`` with fixed ideology terms (习近平新时代…思想) masked: names in them are no mentions."""
    return lexicons.pattern("ideology_terms").sub(lambda m: TERM_MASK * len(m.group()), body)


@cache
def _reported_speech() -> re.Pattern[str]:
    """What a meeting or a speaker, perhaps with a post before the name, said (会议指出，…党中央在深圳举办庆祝大会;
    X指出，…公司召开…大会; 会长X致词表示，…进行医疗卫生讲座): the meetings it speaks of are not the report's."""
    posts = lexicons.alternation(lexicons.entries("post_titles"))
    return re.compile(
        rf"[\s{MASK}]*(?:会议|大会|会上|与会人员|与会者|(?:{posts})?[\u4e00-\u9fff]{{2,4}}?(?:同志)?)(?:还)?"
        rf"(?:在讲话中|(?:致辞|致词|讲话|发言)时?)?(?:{SAYING_VERBS}|称|说)[，,：:]"
    )


def _section_mentions(doc: Document, section: Section) -> tuple[list[MeetingMention], list[MeetingMention]]:
    """(merged meetings, all raw mentions) of one section."""
    raw: list[MeetingMention] = []
    sentences = doc.sentences(section.start, section.end)
    for sentence in sentences:
        if _reported_speech().match(doc.body, sentence.start, sentence.end):
            continue
        found = mentions_in_sentence(doc.body, sentence.start, sentence.end)
        if not found and raw and (hosts := hosts_told_after(doc.body, sentence.start, sentence.end, raw[-1])) is not None:
            found = [hosts]  # 本次峰会由A、B共同主办: who held the meeting just told of
        elif not found and raw and (session := _study_session_on_a_later_day(doc, sentence, raw[-1])) is not None:
            found = [session]
        raw.extend(found)
    if raw and (session := _study_of_a_spirit_told_first(doc, sentences, raw)) is not None:
        # 初三级部组织全体教师学习中国工会十七大精神。10月22日，中国工会第十七次全国代表大会开幕…: the study the report
        # opens with is its news; the congress it studies, told after it, is background (EXTRACTION.md §2).
        raw = [session, *(m for m in raw if not _of_the_studied_meeting(m, session.subject))]
    merged = merge_mentions(raw)
    kinds = tuple(m.meeting_name for m in merged if m.meeting_name and m.meeting_name not in GENERIC_MEETING_NAMES)
    told_bare = bool(merged) and all(m.organizer is None and m.meeting_name in GENERIC_MEETING_NAMES for m in merged)
    if not merged or kinds and all(_named_by_its_kind_alone(m) for m in merged) or told_bare:
        # No sentence says a body held a meeting: one a person attended or spoke at under its own name, or a dated
        # collective study, is the section's meeting. One told only by a kind more telling than 会议 (晚宴于X厅举行) is
        # the one of that kind named so at the time (X在Y会馆96周年庆典晚宴上…说). One told only as 会议 with no holder
        # (X主持会议) is the dated study a body held (X组织全体干部学习…), not a meeting named elsewhere.
        fallbacks = [] if told_bare else [attended_meeting_mention, named_then_attended_mention, spoken_at_mention, dated_name_mention]
        if any(cue in doc.body[section.start:section.end] for cue in lexicons.entries("meeting_cues")):
            fallbacks.append(study_session_mention)
        for fallback in fallbacks:
            told = next(
                (
                    m for s in sentences
                    if (m := fallback(doc.body, s.start, s.end)) is not None
                    and (not kinds or _of_a_kind(m.meeting_name, kinds) and not _PAST_TIME.search(doc.body, s.start, s.end))
                ),
                None,
            )
            if told is not None:
                raw = sorted([told, *raw], key=lambda m: m.start)
                return merge_mentions(raw), raw
    return merged, raw


def _of_a_kind(name: str | None, kinds: tuple[str, ...]) -> bool:
    """Whether a meeting's name, or one of the meetings it joins (X集体学习会暨Y专题研讨会), ends with one of ``kinds``."""
    return any(part.endswith(kinds) for part in (name or "").split(JOINED))


_SPIRIT = "精神"


def _study_of_a_spirit_told_first(doc: Document, sentences: list[Sentence], raw: list[MeetingMention]) -> MeetingMention | None:
    """A dated study of a meeting's spirit by one body, in a sentence before any meeting the section tells of, where
    those meetings are all of the one studied."""
    first = raw[0].start
    for sentence in sentences:
        if sentence.start >= first:
            return None
        session = study_session_mention(doc.body, sentence.start, sentence.end)
        if session is not None and session.date_text and _SPIRIT in (session.subject or "") and not MANY_BODIES.match(session.organizer or ""):
            return session if all(_of_the_studied_meeting(m, session.subject) for m in raw) else None
    return None


def _of_the_studied_meeting(mention: MeetingMention, studied: str | None) -> bool:
    """中国工会 (of 中国工会第十七次全国代表大会), 中国工会十七大 (召开执委会): a meeting held by the body whose meeting's spirit is
    studied, or by that meeting itself, with the numbers of the session studied (not 省总工会十二届四次全委会 after a study of
    its 十二届三次全委会); a body named by its kind alone (工会) may be any."""
    if not studied:
        return False
    holder = mention.organizer or ""
    numbers = _SESSION_NUMBERS.findall(mention.meeting_name or "")
    return len(holder) >= MIN_STUDIED_HOLDER_CHARS and holder in studied and all(n in studied for n in numbers)


MIN_STUDIED_HOLDER_CHARS = 3
_SESSION_NUMBERS = re.compile(r"[一二三四五六七八九十百\d]+")


_SPIRIT_OF_THE_MEETING_BEFORE = re.compile(r"(?:此次|本次|这次|该次)(?:会议|大会|全会)?精神")


def _study_session_on_a_later_day(doc: Document, sentence: Sentence, before: MeetingMention) -> MeetingMention | None:
    """12月11日下午，学校工会认真传达学习了此次会议精神，会议由X主持: a paragraph opening on a day of its own, where one
    body studies the spirit of the meeting told before and the sentence says a meeting sat, is a session of its own,
    not more of that meeting. Not 各乡镇工会传达学习会议精神 (many bodies taking it up, no one meeting), nor a study
    of another spirit (市委全会精神), which tells no second meeting the report is about."""
    line = doc.lines[bisect.bisect_right(doc.lines, sentence.start, key=_line_start) - 1]
    if line.kind != "body" or line.start != sentence.start or not _opening_date(doc, line):
        return None
    if not lexicons.pattern("meeting_cues").search(doc.body, sentence.start, sentence.end):
        return None
    if not _SPIRIT_OF_THE_MEETING_BEFORE.search(doc.body, sentence.start, sentence.end):
        return None
    session = study_session_mention(doc.body, sentence.start, sentence.end)
    if session is None or MANY_BODIES.match(session.organizer or ""):
        return None
    return session if held_on_other_days(before, session) else None


_PAST_TIME = re.compile("曾经|此前|之前|去年|前年|往年|上月|上周")
"""此前，X曾出席Y座谈会: a meeting of an earlier time, not the one a kind names (not 曾 alone, a surname as often)."""


def _named_by_its_kind_alone(mention: MeetingMention) -> bool:
    """晚宴, 座谈会: a meeting told with no holder and no name but its kind."""
    return mention.organizer is None and mention.meeting_name is not None and meeting_noun_at_end(mention.meeting_name) == mention.meeting_name


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
    """The date expression a body line opens with (after page noise), or None; not the start of a span of
    time (2018年3月以来, …), nor the day told before (当晚): a paragraph looking back tells of no new event."""
    content = doc.body[line.start:line.end]
    noise = _LEADING_NOISE.match(content)
    date = DATE_TEXT_RE.match(content, noise.end() if noise else 0)
    if date is None or content.startswith(_SINCE, date.end()) or _THE_DAY_TOLD.match(date.group()):
        return None
    return date


_SINCE = ("以来", "至今", "以前", "期间")
_THE_DAY_TOLD = re.compile("[当同是][天日晚夜]")
"""当晚，首先由X致辞: a paragraph dated by the day told before goes on about that day's event."""


def _drafts(doc: Document) -> list[_Draft]:
    drafts: list[_Draft] = []
    for section in doc.sections:
        merged, raw = _section_mentions(doc, section)
        starts = sorted(m.start for m in raw)
        for index, mention in enumerate(merged):
            region_start = section.start if index == 0 else mention.start
            region_end = merged[index + 1].start if index + 1 < len(merged) else section.end
            # A later paragraph opening with a date starts another event only where the report tells of
            # more than one; a report of one meeting goes on about that meeting after it.
            if len(doc.sections) > 1 or len(merged) > 1:
                region_end = _new_event_start(doc, mention.end, region_end, starts)
            drafts.append(_Draft(_named_at_it(doc, mention, region_start), region_start, region_end, section.heading))
    return _without_studied_congresses(_same_meetings_joined(_listed_meetings_told_apart(doc, drafts)))


def _listed_meetings_told_apart(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """The meetings one verb lists (先后召开党组会议和全委会议) share the sentence that lists them, and what follows goes to
    the last; where the sentences after it take each up by its name, in the order listed (党组会议由A主持。全委会议由B主持),
    each is told from the sentence that names it to the next."""
    told: list[_Draft] = []
    for listed_at, run in itertools.groupby(drafts, key=lambda draft: draft.mention.listed_at):
        group = list(run)
        told.extend(_told_by_name(doc, group) if listed_at is not None and len(group) > 1 else group)
    return told


def _told_by_name(doc: Document, listed: list[_Draft]) -> list[_Draft]:
    after, end = listed[-1].mention.end, listed[-1].region_end
    named_at, cursor = [], after
    for draft in listed:
        at = doc.body.find(draft.mention.meeting_name or "\0", cursor, end)
        if at < 0:
            return listed
        named_at.append(_sentence_start(doc, at, after))
        cursor = at + 1
    starts = [listed[0].region_start, *named_at[1:]]
    ends = [*named_at[1:], end]
    return [replace(draft, region_start=a, region_end=b) for draft, a, b in zip(listed, starts, ends)]


def _sentence_start(doc: Document, at: int, floor: int) -> int:
    """Where the sentence holding ``at`` begins, not before ``floor``."""
    return max([floor, *(stop.end() for stop in SENTENCE_BREAK.finditer(doc.body, floor, at))])


_BARE_NAMES = frozenset({"会议", "大会"})
_AT_THE_MEETING = re.compile(r"在(?P<name>[^，,。；;：:！？\s在“”《》]{3,30}?)上(?![的午])")
_STUDIED = re.compile("传达|学习|贯彻")
_OTHER_TIME_OR_POINTER = re.compile(rf"^(?:{THIS_SESSION}|今年|去年|今天|昨天|此|本|这|该)|的")
"""在此次会议上, 在去年的…会议上, 在今年第一次…会议上: the meeting pointed back at, or one of another time, names none."""
_ONCE = re.compile("曾|此前|以前")


def _named_at_it(doc: Document, mention: MeetingMention, region_start: int) -> MeetingMention:
    """A meeting told only as 会议 (X主持会议) and named where its region tells what was said at it (X在县政府十八届五次
    全体(扩大)会议上强调): that name, and the body it opens with; not a meeting whose speech was studied
    (传达了X在全省大会上的讲话)."""
    if mention.meeting_name not in _BARE_NAMES or mention.organizer is not None:
        return mention
    for told in _AT_THE_MEETING.finditer(doc.body, region_start, mention.start):
        name = told["name"]
        sentence_start = max(doc.body.rfind(mark, region_start, told.start()) for mark in "。！？\n") + 1
        if (
            meeting_noun_at_end(name)
            and not inside_document_title(doc.body, told.start())
            and not _STUDIED.search(doc.body, sentence_start, told.start())
            and not _OTHER_TIME_OR_POINTER.search(name)
            and not _ONCE.search(doc.body, sentence_start, told.start())
        ):
            return replace(mention, meeting_name=name, organizer=organizer_from_name(name))
    return mention


_CONGRESS = re.compile(r"(?:代表大会|党代会|全会)$")
_PLENARY = re.compile(r"(?:全委|执委|全体)(?:[(（]扩大[)）])?会议?$")


def _without_studied_congresses(drafts: list[_Draft]) -> list[_Draft]:
    """A congress whose holder is not told (only its name may say it), told of before meetings that study a spirit (中国工会第十八次全国代表大会
    在北京召开。…召开学习…精神专题会议), is what they study, not a meeting of the report (EXTRACTION.md §2); a
    congress that is the report's only news stays. What the report says before the next meeting is its."""
    kept: list[_Draft] = []
    for index, draft in enumerate(drafts):
        mention = draft.mention
        studied_later = any("精神" in f"{later.mention.meeting_name}{later.mention.subject}" for later in drafts[index + 1:])
        # 省总工会十五届六次全委会议在省城召开。…召开专题学习会，传达学习省总工会十五届六次全委会议精神: a plenary session
        # the meetings after it study by its name.
        plenary_studied = _PLENARY.search(mention.meeting_name or "") is not None and any(
            f"{mention.meeting_name}精神" in f"{later.mention.meeting_name}{later.mention.subject}" for later in drafts[index + 1:]
        )
        if not mention.organizer_stated and (_CONGRESS.search(mention.meeting_name or "") and studied_later or plenary_studied):
            following = drafts[index + 1]
            drafts[index + 1] = replace(following, region_start=min(draft.region_start, following.region_start))
            continue
        kept.append(draft)
    return kept


def _same_meetings_joined(drafts: list[_Draft]) -> list[_Draft]:
    """One draft for a meeting that two neighbouring sections name alike (a lead paragraph and the story
    under a heading): the same name, held by the same body or by one left unsaid, is one meeting told twice."""
    joined: list[_Draft] = []
    for draft in drafts:
        if not joined or not _same_meeting(joined[-1].mention, draft.mention):
            joined.append(draft)
            continue
        first = joined[-1]
        joined[-1] = _Draft(
            filled_from(first.mention, draft.mention),
            first.region_start,
            max(first.region_end, draft.region_end),
            first.heading or draft.heading,
        )
    return joined


def _same_meeting(a: MeetingMention, b: MeetingMention) -> bool:
    key_a, key_b = _name_key(a), _name_key(b)
    shared_tail = len(os.path.commonprefix([key_a[::-1], key_b[::-1]]))
    named_alike = key_a == key_b or shared_tail >= MIN_SHARED_NAME_TAIL or _ceremony_of(key_b, key_a)
    return bool(a.meeting_name) and named_alike and not held_on_other_days(a, b) and (
        a.organizer is None or b.organizer is None or a.organizer == b.organizer
    ) and not listed_together(a, b)


_CEREMONY_OF_A_MEETING = re.compile("(?P<meeting>.{2,}?)(?:开班|开幕|闭幕|结业|开营|闭营)(?:仪式|式|典礼)")


def _ceremony_of(name: str, meeting: str) -> bool:
    """Whether ``name`` is the opening or closing ceremony of ``meeting`` (培训班开班仪式 of 2026年新教师岗前培训班):
    a part of the meeting, told after it, no meeting of its own."""
    ceremony = _CEREMONY_OF_A_MEETING.fullmatch(name)
    return ceremony is not None and meeting.endswith(ceremony.group("meeting"))


MIN_SHARED_NAME_TAIL = 8
"""Two names ending alike this far (…银行成立30周年座谈会, “…”青行成立30周年座谈会) name one meeting."""
_PARENTHETICAL = re.compile(r"[(（][^()（）]*[)）]")


def _name_key(mention: MeetingMention) -> str:
    """A meeting's name as two mentions of it compare: without a note in brackets (第十五届(106年)第一次会员大会)
    and without its holder written before it (台中市同乡会第十五届第一次会员大会, told again passively)."""
    return _PARENTHETICAL.sub("", name_without_holder(mention))


def _headline(doc: Document) -> Line | None:
    return next((line for line in doc.lines if line.kind == "headline"), None)


def _headline_mention(doc: Document) -> MeetingMention | None:
    line = _headline(doc)
    if line is None:
        return None
    # X召开Y会议_工作动态_青石县人民政府, X召开Y会议|青石日报, 聚焦两会｜X召开Y会议: a page's title, its column and site
    # set apart by the mark; the part that tells of a meeting is the headline's.
    marks = [m for m in _TITLE_SEPARATOR.finditer(doc.text, line.start, line.end)
             if not inside_quote_marks(doc.text, m.start()) and not inside_document_title(doc.text, m.start())]
    parts = zip([line.start, *(m.end() for m in marks)], [*(m.start() for m in marks), line.end])
    return next((found[0] for start, end in parts if (found := mentions_in_sentence(doc.text, start, _before_a_media_tag(doc.text, start, end)))), None)


_TITLE_SEPARATOR = re.compile("[_|｜]")
_MEDIA_TAG = re.compile(r"[（(\[【〔](?:组图|多图|附图|图文|图片|视频|图)[）)\]】〕][\s\u3000]*$")
"""X召开Y会议（图）, X召开Y会议[组图]: the page's note that photos come with the report, no part of the meeting's name."""


def _before_a_media_tag(text: str, start: int, end: int) -> int:
    tag = _MEDIA_TAG.search(text, start, end)
    return tag.start() if tag else end


_CHAIRED = re.compile(r"(?:同志)?主持(?:召开|举行)?")
_OTHER_DEEDS = re.compile("主持|颁奖|会见|报告|签约|为|出席[^并]")
"""What a name listed in a headline did besides coming and speaking, which ends the list (县长李明主持 张华…并讲话)."""


def _roles_the_headline_names(doc: Document, people: list[Person]) -> list[Person]:
    """The report's first meeting with the person its headline says chaired it (X同志主持召开…会议) as its chair, where
    the body tells only that X attended or spoke, and those it says spoke (X、Y等领导出席并讲话) as speakers, where the body
    tells only that they attended: the strongest role each has (EXTRACTION.md §3)."""
    line = _headline(doc)
    if line is None:
        return people
    headline = doc.text[line.start:line.end]
    has_a_chair = any(p.role == "chair" for p in people)

    def told_after(person: Person, deed: re.Pattern[str]) -> re.Match[str] | None:
        if not person.name or (at := headline.find(person.name)) < 0:
            return None
        return deed.match(headline, at + len(person.name))

    def chaired(person: Person) -> bool:
        return not has_a_chair and person.role in ("speaker", "attendee") and told_after(person, _CHAIRED) is not None

    def spoke(person: Person) -> bool:
        deed = told_after(person, _SPOKE_AFTER_THE_NAMES) if person.role == "attendee" else None
        return deed is not None and not _OTHER_DEEDS.search(deed.group())

    return [replace(p, role="chair") if chaired(p) else replace(p, role="speaker") if spoke(p) else p for p in people]


def _headline_phrases(doc: Document, drafts: list[_Draft]) -> list[tuple[int, int]]:
    """The phrases of the headline and of the lines between it and the report's first paragraph (a subheadline: 王明
    出席并讲话 李华主持) that tell what someone did at the meeting, in a report of one: a report of several may headline
    any of them. A headline sets its phrases apart with spaces or a dash, as a sentence does with commas."""
    headline = _headline(doc)
    if headline is None or len(drafts) != 1:
        return []
    phrases = []
    for line in doc.lines[doc.lines.index(headline):]:
        if line.kind == "body":
            break
        if line.kind in ("headline", "caption"):
            phrases += [
                (line.start + m.start(), line.start + m.end())
                for m in _HEADLINE_PHRASE.finditer(doc.text[line.start:line.end])
                if _DEED_AT_THE_MEETING.search(m.group()) and not _AT_ANOTHER_EVENT.search(m.group())
            ]
    return phrases


_HEADLINE_PHRASE = re.compile(r"[^\s\u3000—]+")
_DEED_AT_THE_MEETING = re.compile("主持|出席|讲话|致辞|报告")
_AT_ANOTHER_EVENT = re.compile(r"(?:出席|参加)(?!会议|大会)\w{1,12}?(?:仪式|典礼|式|会|活动)|在\w{1,20}?上")
"""县长X出席签约仪式并致辞, X在全市干部大会上作报告: what the person did at another event the headline names, not at the
meeting."""


def _people_the_headline_adds(report: _Prepared, people: list[Person]) -> list[Person]:
    """The meeting with the people its headline or subheadline names at it (孙明出席 李华作工作报告 张强主持), in the role
    it gives them where the body names them in a weaker one or not at all: a chair only where the body names none, and
    no one the headline names only as studied (EXTRACTION.md §3, the strongest role)."""
    by_name = {p.name: p for p in people if p.name}
    told_in_the_body = set(by_name)
    has_a_chair = any(p.role == "chair" for p in people)
    for start, end in report.headline_phrases:
        tokens = tuple(replace(t, start=t.start - start, end=t.end - start) for t in tokens_overlapping(report.headline_tokens, start, end))
        for person in find_people(report.doc.text[start:end], 0, end - start, tokens=tokens):
            if not person.name or person.role == "referenced" or person.role == "chair" and has_a_chair:
                continue
            told = by_name.get(person.name)
            if told is None:
                by_name[person.name] = person
            elif ROLES.index(person.role) < ROLES.index(told.role):
                by_name[person.name] = replace(told, role=person.role)
            has_a_chair = has_a_chair or person.role == "chair"
    return [by_name[p.name] if p.name else p for p in people] + [p for name, p in by_name.items() if name not in told_in_the_body]


_SPOKE_AFTER_THE_NAMES = re.compile(
    r"(?:[、\s\u3000]+[^，,。；;！!？?：:、\s\u3000]{2,16})*?(?:等(?:领导|同志)?)?(?:出席|到会)并(?:讲话|致辞|发表讲话)"
)
"""——县委书记X 县长Y等领导出席并讲话: a headline's name, then that it and the titled names listed after it came and
spoke; not a name that did something else first (X为先进单位颁奖 Y出席并讲话: only Y spoke)."""


def _told_in_body(headline: MeetingMention, doc: Document) -> MeetingMention:
    """The headline's meeting with the date and place the body gives where it tells of the same holder
    holding something, in words too loose to name the meeting (8月12日上午，柳溪镇在六楼会议室召开换届工作动员)."""
    if not headline.organizer or headline.date_text:
        return headline
    for sentence in doc.sentences():
        told = held_by(doc.body, sentence.start, sentence.end, headline.organizer)
        if told is not None:
            date_text, location = told
            return replace(headline, date_text=date_text, location=headline.location or location)
    return headline


ANNOUNCEMENT_CHARS = 60
"""How far the body's words that say a meeting is to come (将于…, 明日…) may stand before its holding or its name."""


@cache
def _still_to_come() -> re.Pattern[str]:
    """将于/定于/拟在…召开…: the future markers that set when or where a meeting will be held, then its holding."""
    setting = lexicons.alternation(tuple(w for w in lexicons.entries("future_markers") if w.endswith(("于", "在"))))
    return re.compile(rf"(?<!即)(?:{setting})[^。！？!?\n]{{0,{ANNOUNCEMENT_CHARS}}}?(?:{HOLDING})[^。！？!?\n，,]{{0,40}}")


HEADLINE_NAME_TAIL_CHARS = 4
"""How much of the end of the headline's meeting name (…校长会议) the body's announcement must hold to be of it."""


def _told_as_still_to_come(doc: Document, headline: MeetingMention) -> bool:
    """Whether the body announces the headline's meeting as still to be held (将于21日在…举行…校长会议): the news
    announces it; not another event it looks ahead to (迎接即将在京召开的…, 将于6月举办的运动会)."""
    tail = (headline.meeting_name or "")[-HEADLINE_NAME_TAIL_CHARS:]
    if not tail:
        return False
    if any(tail in m.group() for m in _still_to_come().finditer(doc.body)):
        return True
    # X明日率团赴贵阳，出席Y联席会议; 他将出席Y联席会议: to be attended, in the words before the name in its sentence.
    named_at = [m.start() for m in re.finditer(re.escape(tail), doc.body)]
    return any(says_to_come(doc.body[max(doc.body.rfind("。", 0, at) + 1, at - ANNOUNCEMENT_CHARS):at]) for at in named_at)


def _with_headline(drafts: list[_Draft], headline: MeetingMention | None, doc: Document) -> list[_Draft]:
    """The headline lends a stated organiser to the first meeting, or is the meeting when the body names none. A
    headline that only names a meeting (X工会114年模范劳工表扬大会纪实) lends the body at the head of that name to a
    first meeting the body points back at with no holder (本次模范劳工表扬大会于…举办)."""
    if headline is None:
        if drafts and (holder := _holder_the_headline_names(doc)) and drafts[0].mention.organizer is None:
            first = drafts[0]
            if re.match(THIS_SESSION, first.mention.meeting_name or ""):
                drafts = [_Draft(replace(first.mention, organizer=holder), first.region_start, first.region_end, first.heading), *drafts[1:]]
        return _with_the_body_the_headline_opens_with(drafts or _meeting_told_at(doc), doc)
    if not drafts:
        if _told_as_still_to_come(doc, headline):
            return []  # 校长会议21日举办 over a body that says it 将于21日…举行: announced, not yet held
        return [_Draft(_told_in_body(headline, doc), 0, len(doc.text), None)]
    first = drafts[0]
    stated_shorter = (
        first.mention.organizer_stated and first.mention.organizer and headline.organizer
        and len(headline.organizer) > len(first.mention.organizer) and headline.organizer.endswith(first.mention.organizer)
        and _name_key(headline) == _name_key(first.mention) and not held_on_other_days(headline, first.mention)
    )  # 市总工会召开党组会议 over 总工会召开党组会议: the headline writes the same body in full
    if headline.organizer_stated and headline.organizer and (not first.mention.organizer_stated or stated_shorter or _unit_the_headline_places(headline, first.mention)):
        mention = replace(first.mention, organizer=headline.organizer, organizer_stated=True)
        drafts = [_Draft(mention, first.region_start, first.region_end, first.heading), *drafts[1:]]
    return _with_the_body_the_headline_opens_with(drafts, doc)


def _unit_the_headline_places(headline: MeetingMention, mention: MeetingMention) -> bool:
    """Whether the first meeting's holder is a unit of a pronoun body (我校|文综支部) that the headline, telling of the
    same meeting, writes under the body's own name (青石十七中|文综支部召开…)."""
    organizer, holder = mention.organizer or "", headline.organizer or ""
    unit = unit_of_a_pronoun_body(organizer)
    body = holder[: len(holder) - len(unit)]
    # The body before the unit is of the pronoun's kind (我校 → …中学, or a school's short name holding no body's ending,
    # 青石十七中), not another kind's (我校党支部 under 县教育局机关|党支部).
    of_its_kind = body.endswith(kind_words(organizer[: len(organizer) - len(unit)])) or lexicons.pattern("org_suffixes").search(body) is None
    return (
        len(unit) >= MIN_UNIT_CHARS and holder.endswith(unit) and bool(body) and of_its_kind and not is_pronoun_body(holder)
        and _name_key(headline) == _name_key(mention) and not held_on_other_days(headline, mention)
    )


MIN_UNIT_CHARS = 2


_HEADLINE_BODY = re.compile(r"[\s\u3000]*(?P<body>[^：:，,。；;！？\s“”「」《》【】\[\]｜|]{3,20})[：:]")
"""涟源市杨市镇东园村：屋场会上谋振兴: the body a headline opens with before its colon, whose news the report is; not
after a column's label (【基层风采】, 聚焦两会｜)."""
_NEWS_PRODUCERS = ("报社", "日报", "晚报", "融媒体中心", "电视台", "广播电视台", "新闻网", "新闻中心")
"""青石日报社：…: the outlet that tells the news, no body of it."""


def _with_the_body_the_headline_opens_with(drafts: list[_Draft], doc: Document) -> list[_Draft]:
    """The first meeting, where nothing names its holder, held by the body the headline opens with before a colon."""
    line = _headline(doc)
    opening = _HEADLINE_BODY.match(doc.text, line.start, line.end) if line is not None else None
    if not drafts or drafts[0].mention.organizer is not None or opening is None:
        return drafts
    body = opening["body"]
    if not names_a_body(body) or body.endswith(_NEWS_PRODUCERS):
        return drafts
    first = drafts[0]
    return [replace(first, mention=replace(first.mention, organizer=body)), *drafts[1:]]


_REPORT_KIND = re.compile("(?:纪实|侧记|综述|掠影|剪影|花絮|小记)$")
"""What kind of piece the headline's report is (…表扬大会纪实): no part of the meeting's name."""


def _holder_the_headline_names(doc: Document) -> str | None:
    """The body at the head of the meeting's name a headline is (X工会114年模范劳工表扬大会纪实 → X工会)."""
    line = _headline(doc)
    if line is None:
        return None
    named = _REPORT_KIND.sub("", doc.text[line.start:line.end].strip(" \u3000"))
    return holder_named_in_full(named) if meeting_noun_at_end(named) else None


_TOLD_AT = re.compile(r"[\s\u3000]*在?(?P<name>[^，,。；;！？\s]{3,30}?)上[，,]")
"""座谈交流会上，X致欢迎辞; 在X第一次社员代表大会上，…: a meeting told of by what happened at it, at the opening of
a sentence."""
_ACTIVITY = "活动"
_DAY_OF_THE_NAMED = re.compile(rf"(?P<date>{DATE_TEXT_RE.pattern})的")
_NOT_ATTENDED = re.compile("曾|将|未|没有|务必|必须|要求|邀请|须")
_ATTENDED = re.compile(r"(?:出席|参加)了?(?P<name>[^，,。；;！？\s、的]{2,30}?)(?=[。；;！？]|$)")
"""…副县长X出席揭牌仪式。: a meeting told of by who attended it, closing its sentence; not one attended once
(曾出席), to come (将参加, 务必参加, 邀请…参加) or missed (未能参加)."""


def _attended(doc: Document, start: int, end: int) -> re.Match[str] | None:
    """A gathering the sentence says someone attended, not once, to come or missed; an activity (参加植树活动) is none."""
    attended = _ATTENDED.search(doc.body, start, end)
    if attended is None or _NOT_ATTENDED.search(doc.body, start, attended.start()) or says_to_come(doc.body[start:attended.start()]):
        return None
    if meeting_noun_at_end(attended["name"]) == _ACTIVITY:
        return None
    return attended


def _meeting_told_at(doc: Document) -> list[_Draft]:
    """The meeting of a report that tells of no meeting held but of what happened at one (…开展参观学习交流
    活动。座谈交流会上，X作了发言) or who attended it (X出席揭牌仪式): it was held (EXTRACTION.md §2), on the date of
    the sentence before or of its own."""
    previous_start = 0
    for sentence in doc.sentences():
        told = _TOLD_AT.match(doc.body, sentence.start, sentence.end) or _attended(doc, sentence.start, sentence.end)
        if told and meeting_noun_at_end(told["name"]) and not inside_document_title(doc.body, told.start("name")):
            dated = find_date_text(doc.body[previous_start:told.start()])
            date_text, name = dated.group() if dated else None, told["name"]
            if (own_day := _DAY_OF_THE_NAMED.match(name)) is not None:
                date_text, name = own_day["date"], name[own_day.end():]  # 在昨日上午的X警示教育会上: the day it sat, then its name
            mention = MeetingMention(
                start=sentence.start, end=sentence.end, organizer=organizer_from_name(name), organizer_stated=False,
                meeting_name=name, date_text=date_text, location=None, subject=None,
            )
            return [_Draft(mention, 0, len(doc.text), None)]
        previous_start = sentence.start
    return []


_SAME_DAY = ("当天", "当日", "当晚")
_UNDATED = frozenset({"近日", "日前", "近期", "不久前", "前不久", "早前"})
"""Words that say a meeting was held lately without its day."""
_MEETING_DATED = re.compile(rf"(?:会议|大会|活动|本次会|此次会)于(?P<date>{DATE_TEXT_RE.pattern})")
"""会议于3月5日在…举行: the day a report gives its meeting after opening with 近日."""


def _dated_later(body: str, mention: MeetingMention, region_end: int) -> str | None:
    """The day a meeting opened with 近日 is given later in its region: by the meeting (会议于3月5日…) or
    by its holder told again (X于上周五晚上举行)."""
    if dated := _MEETING_DATED.search(body, mention.start, region_end):
        return dated.group("date")
    if not mention.organizer or (told_again := body.find(f"{mention.organizer}于", mention.end, region_end)) < 0:
        return None
    dated = DATE_TEXT_RE.match(body, told_again + len(mention.organizer) + 1, region_end)
    return dated.group() if dated else None


def _date_opening_line(doc: Document, at: int, previous_meeting: int) -> str | None:
    """The date a body line opens with, for a meeting named later in that line (11月27日，X在…宣讲。
    Y主持宣讲报告会。); not when an earlier meeting of the report lies in the line, whose date it is."""
    line = doc.lines[bisect.bisect_right(doc.lines, at, key=_line_start) - 1]
    if line.kind != "body" or not line.start <= at < line.end or previous_meeting >= line.start:
        return None
    opening = _opening_date(doc, line)
    return opening.group() if opening and line.start + opening.end() <= at else None


def _lede_date(doc: Document) -> str | None:
    """The date the report's first paragraph opens with (6月11日下午，X一行莅临…。…在随后召开的座谈会上): in a
    report of one meeting, the day of the events it tells, that meeting's among them."""
    lede = next((line for line in doc.lines if line.kind == "body"), None)
    opening = _opening_date(doc, lede) if lede else None
    return opening.group() if opening else None


CONTEXT_CHARS = 8
"""Characters of context the lexical model reads on each side of a possible name or an organiser."""
_NAME_TAIL_CHARS = 4
"""How far before a clause's end a possible name may be spotted for the clause to end in it: its given
characters and a 女士 or 先生 after them (执行理事陈|谐，, 理事长林|秋婕女士，)."""


def _pieces_to_tag(doc: Document, drafts: list[_Draft]) -> list[tuple[int, int]]:
    """The stretches of the meeting regions the components read the lexical model's words in: around
    every place a surname stands by a post, a role verb or a list mark, each monastic honorific, and
    each stated organiser, with CONTEXT_CHARS on each side, never past the clause.

    The model costs more per character than the rest of the parser together; on the dev corpus these
    windows are a third of the body text and hold the same people as tagging every sentence.
    """
    candidate = person_candidate_pattern()
    organizers = [
        (at, at + len(d.mention.organizer)) for d in drafts if (at := d.mention.organizer_start) is not None and d.mention.organizer is not None
    ]
    pieces: list[tuple[int, int]] = []
    for start, end in _merged([(d.region_start, d.region_end) for d in drafts]):
        name_ends_at = -1  # where the clause before ends when a name may end it
        for clause_start, clause_end in _clauses(doc.body, start, end):
            spots = [m.span() for m in candidate.finditer(doc.body, clause_start, clause_end)]
            # 执行理事陈谐，王思同，郑婉云等: a clause that may be a name alone, in a list of names set apart by commas.
            listed = name_ends_at == clause_start - 1 and doc.body[name_ends_at] in "，,"
            if listed and may_be_a_name_alone(doc.body, clause_start, clause_end):
                spots.append((clause_start, clause_end))
            name_ends_at = clause_end if spots and spots[-1][1] >= clause_end - _NAME_TAIL_CHARS else -1
            spots += [(a, b) for a, b in organizers if clause_start <= a < clause_end]
            # 会长演觉法师: a Dharma name has no surname to spot, only the honorific after it.
            spots += [(m.start() - DHARMA_NAME_CHARS, m.end()) for m in lexicons.pattern("monastic_honorifics").finditer(doc.body, clause_start, clause_end)]
            windows = [(max(clause_start, a - CONTEXT_CHARS), min(clause_end, b + CONTEXT_CHARS)) for a, b in spots]
            pieces.extend(_merged(windows))
    return pieces


def _quoted_names_to_tag(drafts: list[_Draft]) -> list[tuple[int, int]]:
    """The quoted names the initiatives component asks the model about, each tagged alone: whether a name
    reads as a clause is its own matter, and the people rules never read these words."""
    return sorted({(q.start + 1, q.end - 1) for d in drafts for q in d.quotes if q.opener != "《" and len(q.text) >= MIN_SLOGAN_CHARS})


def _organizer(doc: Document, mention: MeetingMention) -> str | None:
    at = mention.organizer_start
    if at is None or not mention.organizer:
        return mention.organizer
    organizer = organizer_in_words(mention.organizer, at, doc.body, doc.tokens_between(at, at + len(mention.organizer)))
    named = organizer_from_name(mention.meeting_name or "")
    if organizer is None:
        return named
    if named and named.endswith(organizer) and organizer not in lexicons.entry_set("org_suffixes") and _a_place_before(named[:-len(organizer)], organizer):
        return named  # 区妇联召开安次区妇联…会议: the name writes the same body in full
    return organizer


_NO_PLACE_OPENERS = ("各", "全", "驻", *SELF_REFERENCES)
_COMPOUNDS_ACROSS = frozenset({"社区", "乡镇", "县市", "地市", "市县", "县区", "区县", "镇村", "街镇"})


def _a_place_before(extra: str, organizer: str) -> bool:
    """Whether what a meeting's name writes before the stated holder is the holder's place (安次|区妇联, 澳门|繁荣促进会),
    not the bodies below it the meeting is held for (区工会召开社|区工会主席座谈会, 镇党委召开乡|镇党委书记座谈会, 各地市商会)."""
    return (
        len(extra) >= MIN_PLACE_BEFORE_A_HOLDER
        and not extra.startswith(_NO_PLACE_OPENERS)
        and extra[-1] + organizer[0] not in _COMPOUNDS_ACROSS
    )


MIN_PLACE_BEFORE_A_HOLDER = 2


def _placed(organizer: str | None, report: _Prepared, mention: MeetingMention) -> str | None:
    """A body named without its place (县总工会) in the place-named form the report writes elsewhere; a
    pronoun body (我院), or a unit of one (我校工会), as the report names it."""
    if (pointed := _pointed_by_this(organizer)) is not None:
        # 这个区正在召开…: 这个 points back as 该 does; where the report names no such body, the words stay as written.
        named = _placed(pointed, report, mention)
        return organizer if named == pointed else named
    if pronoun := pointed_body(organizer):
        body, unit = pronoun
        # 我院, 本会 and 公司 alone stand for a body named before them (the headline, a news line, an earlier sentence):
        # one named after them in their sentence is a guest's (公司召开培训会，特邀东岭安全公司工程师X授课; 本会…举行，应邀
        # 出席的有X总商会理事长Y).
        told_by = mention.organizer_start if mention.organizer_start is not None else mention.start
        named = (
            named_body(body, report.doc.text, report.placed_body_tokens, told_by, unit)
            or body_in_its_own_rules(body, report.doc.text)
            or body_opening_the_name(body, mention.meeting_name)
        )
        return named + unit if named else organizer
    if organizer is None or not may_be_placed(organizer):
        return organizer
    return placed_organizer(organizer, report.doc.text, report.placed_body_tokens) or organizer


_THIS_ONE = re.compile("这个|这")


def _pointed_by_this(organizer: str | None) -> str | None:
    """这个区 → 该区: a body pointed at with 这个, written as the pronoun body it is."""
    if organizer and (this := _THIS_ONE.match(organizer)) and pointed_body(pointed := "该" + organizer[this.end():]):
        return pointed
    return None

MAX_NAMED_BODY_CHARS = 12
"""How far before a word of a pronoun body's kind (…院) the model reads for the body's name."""


def _placed_bodies_to_tag(doc: Document, drafts: list[_Draft]) -> list[tuple[int, int]]:
    """Windows of the whole text (headline and captions too) around each name of a body the report
    may name without its place, and each word of a pronoun body's kind (院 of 我院): the model reads
    whether a place stands before the one, a body's name ends at the other."""
    organizers = {named for d in drafts if (named := d.mention.organizer or organizer_from_name(d.mention.meeting_name or ""))}
    organizers = {_pointed_by_this(organizer) or organizer for organizer in organizers}
    windows = []
    for organizer in organizers:
        pointed = pointed_body(organizer)
        placed = not pointed and may_be_placed(organizer)
        if pointed:
            written, before = kind_words(pointed[0]), MAX_NAMED_BODY_CHARS
        elif placed:
            written, before = (organizer,), CONTEXT_CHARS
        else:
            continue
        for m in re.finditer(lexicons.alternation(written), doc.text):
            if placed and not _cjk_at(doc.text, m.start() - 1):
                continue  # no place stands before a name that opens its clause or line: nothing to read there
            # Within the line.
            start = max(m.start() - before, doc.text.rfind("\n", 0, m.start()) + 1)
            end = min(m.end() + CONTEXT_CHARS, len(doc.text))
            line_end = doc.text.find("\n", m.end(), end)
            windows.append((start, line_end if line_end >= 0 else end))
    return _merged(windows)


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
    for stop in [m.start() for m in CLAUSE_BREAK.finditer(body, start, end)] + [end]:
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


_BLANK = frozenset(" \t\r" + MASK)


def _people(doc: Document, people_text: str, start: int, end: int, mention: MeetingMention, known: frozenset[str]) -> list[Person]:
    people = find_people(people_text, start, end, known, doc.tokens_between(start, end))
    if mention.organizer and (at := mention.organizer_start) is not None:
        # 白音图嘎镇…党支部召开: a "name" the model reads inside the holder, with more of the body's name right after it, is
        # part of the body's (not 侨领王明、李华与青石同乡会共同举办, where the people co-host).
        holder_end = at + len(mention.organizer)
        people = [p for p in people if not (p.name and at <= p.span_start and p.span_end < holder_end and _goes_on_as_a_name(people_text, p.span_end))]
    names = {p.name for p in people if p.name}
    found = find_groups(people_text, start, end, names)
    # A meeting named after who attends it (全体干部职工会议) has that group present.
    named = group_in_meeting_name(mention.meeting_name)
    if named and (named_at := people_text.find(named, mention.start, mention.end)) >= 0:
        found.insert(0, (named, named_at, named_at + len(named)))
    groups = [Person(role="attendee", span_start=s, span_end=e, group_name=g) for g, s, e in found]
    unique_groups = {p.group_name: p for p in groups}
    return people + list(unique_groups.values())


def _goes_on_as_a_name(text: str, at: int) -> bool:
    return "\u4e00" <= text[at] <= "\u9fff" and text[at] not in "和与及同、"


@dataclass(frozen=True)
class _Prepared:
    """A report read up to the lexical model: its document, meetings found and the windows to tag."""

    published: dt.date | None
    doc: Document
    people_text: str
    drafts: list[_Draft]
    pieces: list[tuple[int, int]]
    quoted_names: list[tuple[int, int]]
    placed_bodies: list[tuple[int, int]]
    headline_phrases: list[tuple[int, int]]
    quoted_name_tokens: tuple[Token, ...] = ()
    placed_body_tokens: tuple[Token, ...] = ()
    headline_tokens: tuple[Token, ...] = ()


def _prepare(text: str, published_date: dt.date | None) -> _Prepared:
    doc = segment(text)
    drafts = [
        replace(d, quotes=find_quotes(doc.body, d.region_start, d.region_end))
        for d in _with_headline(_drafts(doc), _headline_mention(doc), doc)
    ]
    return _Prepared(
        published=published_date or find_published_date(text),
        doc=doc,
        people_text=mask_ideology_terms(doc.body),
        drafts=drafts,
        pieces=_pieces_to_tag(doc, drafts),
        quoted_names=_quoted_names_to_tag(drafts),
        placed_bodies=_placed_bodies_to_tag(doc, drafts),
        headline_phrases=_headline_phrases(doc, drafts),
    )


def parse_reports(reports: list[tuple[str, dt.date | None]]) -> list[list[Meeting]]:
    """The meetings of each cleaned (Simplified) report, as :func:`parse_report` finds them.

    The windows every report needs tagged go through the lexical model together: sorted by length
    into full batches, they cost a third of what one report's few windows at a time cost.
    """
    prepared = [_prepare(text, published_date) for text, published_date in reports]
    pieces = [(index, start, end, "body") for index, report in enumerate(prepared) for start, end in report.pieces]
    pieces += [(index, start, end, "quoted") for index, report in enumerate(prepared) for start, end in report.quoted_names]
    pieces += [(index, start, end, "placed") for index, report in enumerate(prepared) for start, end in report.placed_bodies]
    pieces += [(index, start, end, "headline") for index, report in enumerate(prepared) for start, end in report.headline_phrases]
    texts = [_window_source(prepared[i], kind)[start:end] for i, start, end, kind in pieces]
    tagged = lexical_model().tag(texts, [start for _, start, _, _ in pieces])
    tokens: dict[str, list[list[Token]]] = {kind: [[] for _ in prepared] for kind in ("body", "quoted", "placed", "headline")}
    for (index, start, _, kind), words in zip(pieces, tagged):
        tokens[kind][index].extend(_without_a_person_cut_at_the_edge(words, _window_source(prepared[index], kind), start))
    return [
        _meetings(
            replace(
                report,
                doc=report.doc.with_tokens(body_words),
                quoted_name_tokens=_in_order(quoted_words),
                placed_body_tokens=_in_order(placed_words),
                headline_tokens=_in_order(headline_words),
            )
        )
        for report, body_words, quoted_words, placed_words, headline_words in zip(
            prepared, tokens["body"], tokens["quoted"], tokens["placed"], tokens["headline"]
        )
    ]


def _window_source(report: _Prepared, kind: str) -> str:
    """The text a window is cut from: the whole text (headline, captions) for a placed body or the headline's lines,
    else the masked body."""
    return report.doc.text if kind in ("placed", "headline") else report.doc.body


def _without_a_person_cut_at_the_edge(words: list[Token], text: str, start: int) -> list[Token]:
    """The model's words of a window, less a person it reads at the window's first character where the
    window opens inside a word: without the characters before, the tail of a word reads as a name
    (庆|祝新中国 tagged 祝新). Windows open CONTEXT_CHARS before what the rules look at, so a name the
    rules need never stands there. (A person the window ends on stays: a name read whole may end it.)"""
    if words and words[0].entity == "person" and words[0].start == start and _cjk_at(text, start - 1):
        words = words[1:]
    return words


def _cjk_at(text: str, at: int) -> bool:
    return 0 <= at < len(text) and "\u4e00" <= text[at] <= "\u9fff"


def _in_order(tokens: list[Token]) -> tuple[Token, ...]:
    return tuple(sorted(tokens, key=lambda t: t.start))


def parse_report(text: str, published_date: dt.date | None = None) -> list[Meeting]:
    """The meetings one cleaned (Simplified) report describes, with people and initiatives.

    ``published_date`` resolves the year of dates written without one; when None it is read
    from the report's own chrome (发布时间:… and the like).
    """
    return parse_reports([(text, published_date)])[0]


def _meetings(report: _Prepared) -> list[Meeting]:
    doc, people_text, drafts = report.doc, report.people_text, report.drafts
    meetings: list[Meeting] = []
    # Names a title anchors anywhere in the report (省总工会主席X) are people where a later section names them
    # bare; a name nothing anchors but a follower word (关负责|同志) is too weak to carry across sections.
    known = anchored_names(people_text, doc.tokens) if len(drafts) > 1 else frozenset()
    for seq, draft in enumerate(drafts):
        mention = draft.mention
        previous_meeting = drafts[seq - 1].mention.start if seq else -1
        date_text = mention.date_text or _date_opening_line(doc, mention.start, previous_meeting)
        if date_text is None and len(drafts) == 1:
            date_text = _lede_date(doc)
        if date_text in _UNDATED and (dated := _dated_later(doc.body, mention, draft.region_end)):
            date_text = dated  # 近日，X召开…。会议于3月5日在…举行: the report dates it after all
        if date_text and date_text.startswith(_SAME_DAY):
            # 4月1日，…活动启动，启动仪式当日上午在…举行: "that day" is the date the line opened with.
            said_at = doc.body.find(date_text, mention.start, mention.end)
            date_text = _date_opening_line(doc, max(said_at, mention.start), previous_meeting) or date_text
        people = _people(doc, people_text, draft.region_start, draft.region_end, mention, known)
        if seq == 0:
            people = _people_the_headline_adds(report, _roles_the_headline_names(doc, people))
        chair_person = next((p for p in people if p.role == "chair"), None)
        chair = chair_person.name if chair_person else None
        organizer = _organizer(doc, mention)
        if organizer is None and chair_person is not None:
            organizer = organizer_in_chairs_title(mention.meeting_name, chair_person.title)
        names = [mention.meeting_name] if mention.meeting_name else []
        meetings.append(
            Meeting(
                seq=seq,
                span_start=mention.start,
                span_end=mention.end,
                organizer=_in_full(complete_organizer(_placed(organizer, report, mention), doc.text, draft.heading), mention, doc),
                meeting_name=mention.meeting_name,
                date_text=date_text,
                meeting_date=resolve_date(date_text, report.published),
                location=mention.location,
                chair=chair,
                subject=mention.subject,
                people=people,
                initiatives=find_initiatives(
                    doc.body, draft.region_start, draft.region_end, names, report.quoted_name_tokens, draft.quotes
                ),
            )
        )
    return _bodies_named_as_another_meeting_names_them(_kinds_named_in_full(meetings, doc.body), doc.body)


_SEVERAL_BODIES = re.compile("[、和与及暨]")


def _bodies_named_as_another_meeting_names_them(meetings: list[Meeting], body: str) -> list[Meeting]:
    """A holder written short as another meeting of the report names it in full, the most complete form the report
    writes for the same body: one named by its level (市卫生健康委员会, 县总工会) or by a short form of its name (市妇联)
    as the one holder that ends with it, with its place (沅北市卫生健康委员会, 潞阳市妇女联合会); a body pointed back at
    that no name was found for (该局) as the meeting right before it names it, where a body of that kind held it."""
    holders = {m.organizer for m in meetings if m.organizer and not _SEVERAL_BODIES.search(m.organizer)}
    for seq, meeting in enumerate(meetings):
        short = meeting.organizer
        if not short:
            continue
        if short.startswith(_THE_AFOREMENTIONED) and (kind := short[1:]) and pointed_body(short) == (short, ""):
            if seq:
                meeting.organizer = _aforementioned_holder(meetings[seq - 1], kind, body[meeting.span_start:meeting.span_end]) or short
            continue
        in_full = spelled_out(short, "body_short_forms")
        if not (opens_with_a_level(short) or in_full != short):
            continue
        named_in_full = {holder for holder in holders if holder != short and holder.endswith(in_full)}
        if len(named_in_full) == 1:
            meeting.organizer = named_in_full.pop()
    return meetings


_THE_AFOREMENTIONED = "该"
_KIND_WRITTEN_AS = {"校": ("校", "中学", "小学", "大学", "学院")}
"""Kinds whose bodies' names may end otherwise too (该校 of 第一中学)."""


def _aforementioned_holder(meeting_before: Meeting, kind: str, sentence: str) -> str | None:
    """The holder of the meeting right before, where its name ends with ``kind`` (该局 after 国家税务总局X市税务局召开…) and
    the pronoun's own sentence names no other body of that kind before it (审计组进驻县财政局，该局召开…: the bureau just
    named)."""
    held = meeting_before.organizer
    if not held or not held.endswith(kind) or is_pronoun_body(held):
        return None
    before_it = sentence[:sentence.find(_THE_AFOREMENTIONED + kind)]
    endings = _KIND_WRITTEN_AS.get(kind, (kind,))
    return None if re.search(rf"[\u4e00-\u9fff](?:{'|'.join(endings)})", before_it) else held


def _in_full(organizer: str | None, mention: MeetingMention, doc: Document) -> str | None:
    """A holder the text says held the meeting by a short name, in the full name the report writes for it (EXTRACTION.md
    §2); a holder read from the head of the meeting's name stays as written there."""
    return (written_in_full(organizer, doc.text) or organizer) if mention.organizer_stated else organizer


_BESIDE_THE_MEETING_BEFORE = re.compile(r"(?:会前|会后|随后|会议结束后)[，,]?$")


def _kinds_named_in_full(meetings: list[Meeting], body: str) -> list[Meeting]:
    """A holder written by its kind alone in a meeting told beside the one before (会前，支部召开支委会) as that
    meeting's holder names it in full (青石区政协机关党支部), when its name ends with that kind: the most complete
    form the report writes for the body."""
    for before, meeting in itertools.pairwise(meetings):
        kind, full = meeting.organizer, before.organizer
        if kind not in lexicons.entry_set("org_suffixes") or not full or full == kind or not full.endswith(kind):
            continue
        told_at = body.find(kind, max(0, meeting.span_start - 4), meeting.span_end)
        if told_at >= 0 and _BESIDE_THE_MEETING_BEFORE.search(body, max(0, told_at - 8), told_at):
            meeting.organizer = full
    return meetings
