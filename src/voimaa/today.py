"""Today: which group the program opens on, and what its leaders have to do for the next session.

The rules (our choice, from how a leader pair prepares a session):

- The program opens on the group whose attendance of a recent session (within
  :data:`OVERDUE_DAYS`) is still unmarked, the most recent such session first; else on the group
  with the nearest session from today on; else on none (the caller then restores the last one).
- The checklist of a group names, for its next session: printing the workbook chapter and the
  sign-in sheet, the slides, the EUROHIS-8 forms when the session collects them (by default at
  the first and the last session), the feedback form likewise, the experts coming, the meeting
  link of a remote group; for every past session: attendance still unmarked; once the group has
  ended: the coordinator export, until it has been made.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select

from voimaa import attendance, audit, groups
from voimaa.formats import format_date, format_time, weekday_short
from voimaa.i18n import translate
from voimaa.models import GroupMode, GroupSession
from voimaa.program import SessionInfo, get_program
from voimaa.store import Store

OVERDUE_DAYS = 14


class ItemKind(enum.StrEnum):
    CHAPTER = "chapter"
    SIGNIN = "signin"
    SLIDES = "slides"
    EUROHIS_BEFORE = "eurohis_before"
    EUROHIS_AFTER = "eurohis_after"
    FEEDBACK_FORM = "feedback"
    EXPERTS = "experts"
    MEETING_LINK = "meeting_link"
    ATTENDANCE = "attendance"
    COORDINATOR_EXPORT = "coordinator_export"


# A session's `forms` names the forms it collects; the checklist item that prints each.
FORM_ITEMS = {
    "eurohis_before": ItemKind.EUROHIS_BEFORE,
    "eurohis_after": ItemKind.EUROHIS_AFTER,
    "feedback": ItemKind.FEEDBACK_FORM,
}


@dataclass(frozen=True)
class Item:
    """One thing to do; `session_number` says which session it concerns, `target` carries a
    link (the meeting link) where there is one."""

    kind: ItemKind
    text: str
    session_number: int | None = None
    target: str = ""


@dataclass(frozen=True)
class NextSession:
    number: int
    date: date
    start_time: time | None
    topic: str


@dataclass(frozen=True)
class TodayView:
    group_id: uuid.UUID
    group_name: str
    headline: str
    next_session: NextSession | None
    ended: bool
    items: tuple[Item, ...]


@dataclass(frozen=True)
class _Unmarked:
    number: int
    date: date


def _unmarked_sessions(store: Store, group_id: uuid.UUID, today: date) -> list[_Unmarked]:
    """Past sessions (before today) that have no marks at all although someone was expected."""
    table = attendance.attendance_table(store, group_id, today=today)
    out = []
    for column, totals in zip(table.sessions, table.totals, strict=True):
        if column.date is None or column.date >= today:
            continue
        marked = totals.present + totals.absent + totals.excused
        if marked == 0 and totals.unmarked > 0:
            out.append(_Unmarked(column.number, column.date))
    return out


def _upcoming(sessions: tuple[SessionInfo, ...], today: date) -> SessionInfo | None:
    dated = [s for s in sessions if s.date is not None and s.date >= today]
    return min(dated, key=lambda s: (s.date, s.start_time or time(0)), default=None)


def _sessions_since(store: Store, cutoff: date) -> list[tuple[uuid.UUID, date, time | None]]:
    """Every session dated `cutoff` or later: its group, date and start time (one statement)."""
    with store.session() as s:
        rows = s.execute(
            select(GroupSession.group_id, GroupSession.date, GroupSession.start_time).where(
                GroupSession.date >= cutoff
            )
        )
        return [(gid, day, at) for gid, day, at in rows if day is not None]


def pick_group(store: Store, today: date) -> uuid.UUID | None:
    """The group to open on `today` (see the module's rules), or None."""
    overdue: list[tuple[date, uuid.UUID]] = []
    upcoming: list[tuple[date, time, uuid.UUID]] = []
    # Only a group with a session from OVERDUE_DAYS ago on can be opened on: one with a recent
    # past session may have it unmarked, one with a session to come may have the nearest. The
    # sessions are read once for all groups; the groups that ended before are not read at all.
    recent_past: set[uuid.UUID] = set()
    nearest: dict[uuid.UUID, tuple[date, time]] = {}
    for gid, day, at in _sessions_since(store, today - timedelta(days=OVERDUE_DAYS)):
        if day < today:
            recent_past.add(gid)
        elif gid not in nearest or (day, at or time(0)) < nearest[gid]:
            nearest[gid] = (day, at or time(0))
    for summary in groups.list_groups(store, include_archived=False):
        if summary.id in recent_past:
            recent = [
                u
                for u in _unmarked_sessions(store, summary.id, today)
                if u.date >= today - timedelta(days=OVERDUE_DAYS)
            ]
            if recent:
                overdue.append((max(u.date for u in recent), summary.id))
                continue
        if summary.id in nearest:
            day, at = nearest[summary.id]
            upcoming.append((day, at, summary.id))
    if overdue:
        return max(overdue, key=lambda x: x[0])[1]
    if upcoming:
        return min(upcoming, key=lambda x: (x[0], x[1]))[2]
    return None


def short_date(day: date) -> str:
    """9.12. (a date this year or near it, as on a calendar)."""
    return f"{day.day}.{day.month}."


def session_line(session: NextSession) -> str:
    """4. kerta ti 9.12. klo 13.00, Päivärytmi"""
    text = translate("Today", "{n}. kerta {weekday} {date}").format(
        n=session.number, weekday=weekday_short(session.date), date=short_date(session.date)
    )
    if session.start_time is not None:
        text += " " + translate("Today", "klo {time}").format(time=format_time(session.start_time))
    if session.topic:
        text += f", {session.topic}"
    return text


def today_view(store: Store, group_id: uuid.UUID, today: date) -> TodayView:
    """The headline and the checklist of `group_id` on `today`."""
    view = get_program(store, group_id)
    details = groups.get_details(store, group_id)
    nxt_info = _upcoming(view.sessions, today)
    dated = [s.date for s in view.sessions if s.date is not None]
    ended = bool(dated) and nxt_info is None
    items: list[Item] = []
    nxt: NextSession | None = None
    if nxt_info is not None and nxt_info.date is not None:
        nxt = NextSession(nxt_info.number, nxt_info.date, nxt_info.start_time, nxt_info.topic)
        n = nxt.number
        if nxt_info.workbook_chapter:
            items.append(
                Item(ItemKind.CHAPTER, translate("Today", "Tulosta työkirjan luku monisteeksi"), n)
            )
        items.append(Item(ItemKind.SIGNIN, translate("Today", "Tulosta läsnäololista"), n))
        items.append(Item(ItemKind.SLIDES, translate("Today", "Tee kerran diat"), n))
        texts = {
            ItemKind.EUROHIS_BEFORE: translate("Today", "Tulosta EUROHIS-8-alkulomakkeet"),
            ItemKind.EUROHIS_AFTER: translate("Today", "Tulosta EUROHIS-8-loppulomakkeet"),
            ItemKind.FEEDBACK_FORM: translate("Today", "Tulosta palautelomakkeet"),
        }
        for form in nxt_info.forms:
            kind = FORM_ITEMS.get(form)
            if kind is not None:
                items.append(Item(kind, texts[kind], n))
        for expert in nxt_info.experts:
            who = ", ".join(p for p in (expert.name, expert.field) if p)
            items.append(
                Item(
                    ItemKind.EXPERTS,
                    translate("Today", "Asiantuntija tulossa: {who}").format(who=who),
                    n,
                )
            )
        if details.mode == GroupMode.REMOTE:
            link = details.meeting_link.strip()
            items.append(
                Item(
                    ItemKind.MEETING_LINK,
                    translate("Today", "Etäyhteys: {link}").format(link=link)
                    if link
                    else translate("Today", "Etälinkki puuttuu: lisää se ryhmän tietoihin"),
                    n,
                    link,
                )
            )
    for unmarked in _unmarked_sessions(store, group_id, today):
        items.append(
            Item(
                ItemKind.ATTENDANCE,
                translate("Today", "Merkitse läsnäolot: {n}. kerta {date}").format(
                    n=unmarked.number, date=short_date(unmarked.date)
                ),
                unmarked.number,
            )
        )
    if ended and not audit.list_events(store, group_id=group_id, action="export.coordinator"):
        items.append(
            Item(ItemKind.COORDINATOR_EXPORT, translate("Today", "Vie aineisto koordinaattorille"))
        )
    if nxt is not None:
        label = (
            translate("Today", "Tänään: {session}")
            if nxt.date == today
            else translate("Today", "Seuraava kerta: {session}")
        )
        headline = label.format(session=session_line(nxt))
    elif ended:
        headline = translate("Today", "Ryhmä on päättynyt {date}.").format(
            date=format_date(max(dated))
        )
    else:
        headline = translate("Today", "Kertojen päivät puuttuvat (Ohjelma).")
    return TodayView(group_id, view.group_name, headline, nxt, ended, tuple(items))
