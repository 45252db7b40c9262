"""A realistic, finished demo group for trying the program and showing every screen.

All people in it are fictitious. The group met in Juva on eight Tuesdays ending last week.
The demo also holds a few individual work periods (:mod:`voimaa.demo_individual`).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from voimaa import audit, groups, roster
from voimaa.demo_individual import add_individual_demo
from voimaa.models import (
    AttendanceMark,
    AttendanceStatus,
    AuditEvent,
    BudgetLine,
    EurohisResponse,
    Expert,
    FeedbackResponse,
    Group,
    GroupMode,
    GroupStatus,
    Participant,
    ParticipantStatus,
    Phase,
    SessionExpert,
    WordingVersion,
)
from voimaa.store import Store

DEMO_GROUP_NAME = "Juvan Voimaa-ryhmä (esimerkki)"


@dataclass(frozen=True)
class _Person:
    name: str
    phone: str
    worker: str
    interests: str
    wishes: str
    considerations: str
    consent: bool
    # attendance per session: L present, P absent, I excused, - not in the group any more
    attendance: str
    before: tuple[int, ...] | None
    after: tuple[int, ...] | None


_PEOPLE = (
    _Person(
        "Aino Esimerkki",
        "040 000 0001",
        "Sari Sosiaalityöntekijä",
        "Käsityöt, koiran kanssa ulkoilu",
        "Haluaisi oppia tekemään edullista ruokaa",
        "Paniikkihäiriö: istuu mieluiten oven lähellä",
        True,
        "LLLLILLL",
        (2, 3, 2, 3, 2, 2, 1, 3),
        (3, 3, 3, 4, 3, 3, 2, 3),
    ),
    _Person(
        "Mikko Mallikas",
        "040 000 0002",
        "Sari Sosiaalityöntekijä",
        "Kalastus, vanhat autot",
        "Vinkkejä unirytmiin",
        "",
        True,
        "LLLLLLLL",
        (3, 2, 2, 3, 3, 2, 2, 4),
        (4, 3, 3, 4, 4, 3, 2, 4),
    ),
    _Person(
        "Liisa Kokeilija",
        "",
        "Jari Ohjaaja",
        "Lukeminen, puutarha",
        "Vertaistukea yksinäisyyteen",
        "Keliakia: gluteeniton kahvileipä",
        True,
        "LLPLLLIL",
        (2, 2, 3, 2, 2, 1, 2, 3),
        (3, 2, 3, 3, 3, 3, 2, 3),
    ),
    _Person(
        "Timo Testinen",
        "040 000 0004",
        "Jari Ohjaaja",
        "Musiikki, kitaransoitto",
        "Liikuntaa, joka ei ole liian rankkaa",
        "Selkävaivat: tuoli jossa selkänoja",
        True,
        "LLLLLPLL",
        (3, 3, 3, 3, 3, 3, 3, 3),
        (3, 3, 3, 3, 3, 3, 3, 3),
    ),
    _Person(
        "Helena Harjoitus",
        "040 000 0005",
        "Sari Sosiaalityöntekijä",
        "Valokuvaus",
        "Raha-asioiden selvittämistä",
        "",
        False,
        "LILLLLLL",
        (2, 3, 2, 2, 3, 2, 1, 2),
        (3, 3, 3, 3, 3, 3, 2, 3),
    ),
    _Person(
        "Pekka Pilotti",
        "",
        "Jari Ohjaaja",
        "Metsäretket, sienestys",
        "Uusia tuttavuuksia",
        "",
        True,
        "LLLLLLLP",
        (3, 3, 2, 3, 3, 3, 2, 3),
        None,
    ),
    _Person(
        "Kaisa Koe",
        "040 000 0007",
        "Sari Sosiaalityöntekijä",
        "Leivonta",
        "Arkeen rytmiä",
        "Ruoka-aineallergia: pähkinät",
        True,
        "LLP-----",
        (2, 2, 2, 2, 2, 2, 2, 2),
        None,
    ),
)

_MARKS = {
    "L": AttendanceStatus.PRESENT,
    "P": AttendanceStatus.ABSENT,
    "I": AttendanceStatus.EXCUSED,
}

_BUDGET = (  # category index, session number, description, planned, actual, receipt, paid by
    (0, 1, "Kahvi, tee ja pulla", 2500, 2290, "K-001", "Ohjaaja"),
    (0, 2, "Kahvi ja hedelmät", 2000, 1875, "K-002", "Ohjaaja"),
    (0, 3, "Kahvi ja gluteeniton leivonnainen", 2000, 2140, "K-003", "Ohjaaja"),
    (0, 4, "Kahvitarjoilu", 2000, 1650, "K-004", "Ohjaaja"),
    (0, 5, "Kahvitarjoilu", 2000, 1980, "K-005", "Ohjaaja"),
    (0, 6, "Kahvitarjoilu", 2000, 2010, "K-006", "Ohjaaja"),
    (0, 7, "Kahvitarjoilu", 2000, 1790, "K-007", "Ohjaaja"),
    (0, 8, "Juhlakahvit ja kakku", 4000, 4350, "K-008", "Ohjaaja"),
    (1, 1, "Työkirjojen tulostus ja kansiot", 6000, 5420, "M-001", "Kunta"),
    (1, 6, "Askartelutarvikkeet vahvuuskortteihin", 3000, 2465, "M-002", "Ohjaaja"),
    (2, 3, "Ravitsemusterapeutin luento", 15000, 15000, "L-2026-31", "Hanke"),
    (2, 5, "Talous- ja velkaneuvojan vierailu", 0, 0, "", ""),
    (4, 4, "Matkat uimahalliin (kimppakyyti)", 4000, 3380, "T-004", "Hanke"),
    (5, 4, "Uimahallin pääsymaksut", 5600, 4800, "P-004", "Hanke"),
)

_FEEDBACK = (
    (
        (5, 5, 4, 5, 4, 5, 5, 4, 5, 4, 5, 4, 4, 5),
        "Vertaistuki ja kahvihetket.",
        "Kerrat voisivat olla vähän pidempiä.",
        "Haluaisin jatkaa jossain ryhmässä.",
    ),
    (
        (4, 4, 4, 4, 3, 4, 5, 4, 4, 3, 4, 4, 3, 4),
        "Liikuntakerta uimahallissa.",
        "",
        "Kuntosalivuoro olisi kiva.",
    ),
    (
        (5, 5, 5, 5, 5, 5, 5, 5, 4, 5, 5, 5, 5, 5),
        "Ohjaajat olivat lämpimiä ja kuuntelivat.",
        "Ei mitään.",
        "Vapaaehtoistyö kiinnostaa.",
    ),
    (
        (4, 3, 4, 3, 4, 4, 4, 3, 3, 4, 3, 4, 4, 3),
        "Raha-asioiden kerta oli hyödyllinen.",
        "Enemmän aikaa keskustelulle.",
        "",
    ),
    (
        (5, 4, 5, 4, 4, 5, 4, 5, 5, 4, 4, 5, 5, 4),
        "Sain uusia tuttuja.",
        "Aamupäivä olisi parempi aika.",
        "Jatkan kävelyporukassa.",
    ),
)


def demo_dates(today: date) -> list[date]:
    """Eight weekly Tuesdays, the last one in the week before `today`."""
    last = today - timedelta(days=today.weekday()) - timedelta(days=7) + timedelta(days=1)
    return [last - timedelta(weeks=7 - i) for i in range(8)]


def _is_complete(s: Session, group_id: uuid.UUID) -> bool:
    """A demo group is complete when its creation was logged (the last step of the action)."""
    return (
        s.scalar(
            select(AuditEvent.id).where(
                AuditEvent.action == "demo.create", AuditEvent.group_id == group_id
            )
        )
        is not None
    )


def create_demo(store: Store, *, today: date | None = None) -> tuple[uuid.UUID, bool]:
    """Add the demo group; returns (group id, created). An existing demo group is kept as is.

    One transaction, begun with the write lock so that two first starts at once make one demo
    group; a half-made demo group left by an earlier version is replaced.
    """
    today = today or date.today()
    with store.session(write=True) as s:
        existing = s.scalars(select(Group.id).where(Group.name == DEMO_GROUP_NAME)).all()
        for group_id in existing:
            if _is_complete(s, group_id):
                return group_id, False
        for group_id in existing:
            groups.delete_group(store, group_id)
        return _add_demo(store, today), True


def _add_demo(store: Store, today: date) -> uuid.UUID:
    """The demo group's rows; called inside :func:`create_demo`'s transaction (joined)."""
    dates = demo_dates(today)
    summary = groups.create_group(
        store,
        groups.NewGroup(
            name=DEMO_GROUP_NAME,
            place="Juva",
            mode=GroupMode.LOCAL,
            start_date=dates[0],
            start_time=time(13, 0),
            session_minutes=120,
            budget_limit_cents=60000,
            leaders=(
                groups.LeaderSpec(
                    "Sanna Ohjaaja",
                    "sosiaaliohjaaja",
                    "040 000 1000",
                    "sanna.ohjaaja@example.invalid",
                ),
                groups.LeaderSpec(
                    "Ville Kehittäjä",
                    "kehittäjä",
                    "040 000 2000",
                    "ville.kehittaja@example.invalid",
                ),
            ),
        ),
    )
    rng = random.Random(20261117)
    with store.session() as s:
        group = groups.load_group(s, summary.id)
        group.status = GroupStatus.FINISHED
        group.notes = "Esimerkkiryhmä: kaikki henkilöt ovat keksittyjä."
        sessions = list(group.sessions)
        for session in sessions:
            session.place = "Juvan kunnantalo, kokoushuone Kartano"
            session.notes = "Ryhmä toimi hyvin yhdessä." if session.number % 2 else ""
        experts = [
            Expert(
                name="Ritva Ravinto",
                organisation="Hyvinvointialue",
                field="ravitsemusterapeutti",
                phone="040 000 3000",
                email="ritva.ravinto@example.invalid",
            ),
            Expert(
                name="Lasse Liike",
                organisation="Juvan liikuntatoimi",
                field="liikunnanohjaaja",
                phone="040 000 4000",
            ),
            Expert(
                name="Tiina Talous",
                organisation="Talous- ja velkaneuvonta",
                field="talous- ja velkaneuvoja",
                email="tiina.talous@example.invalid",
            ),
        ]
        for expert, number in zip(experts, (3, 4, 5), strict=True):
            s.add(expert)
            s.add(SessionExpert(session=sessions[number - 1], expert=expert))
        for index, person in enumerate(_PEOPLE):
            left = "-" in person.attendance
            participant = Participant(
                group=group,
                code=roster.new_code(),
                name=person.name,
                phone=person.phone,
                own_worker=person.worker,
                own_worker_contact="040 000 9000",
                intake_date=dates[0] - timedelta(days=14 - index),
                intake_notes="Alkutapaaminen omatyöntekijän kanssa. Motivoitunut osallistumaan.",
                interests=person.interests,
                wishes=person.wishes,
                considerations=person.considerations,
                consent_coordinator=person.consent,
                consent_date=dates[0] - timedelta(days=14 - index) if person.consent else None,
                status=ParticipantStatus.LEFT if left else ParticipantStatus.ACTIVE,
                left_date=dates[2] if left else None,
                left_reason="Aloitti työkokeilun" if left else "",
            )
            s.add(participant)
            for session, mark in zip(sessions, person.attendance, strict=True):
                if mark in _MARKS:
                    s.add(
                        AttendanceMark(
                            participant=participant, session=session, status=_MARKS[mark]
                        )
                    )
            for phase, answers, when in (
                (Phase.BEFORE, person.before, dates[0]),
                (Phase.AFTER, person.after, dates[-1]),
            ):
                if answers is not None:
                    s.add(
                        EurohisResponse(
                            participant=participant,
                            phase=phase,
                            filled_on=when,
                            wording=WordingVersion.THL_ATH,
                            **{f"q{i + 1}": a for i, a in enumerate(answers)},
                        )
                    )
        categories = list(group.budget_categories)
        for cat, number, text, planned, actual, receipt, payer in _BUDGET:
            s.add(
                BudgetLine(
                    group=group,
                    category=categories[cat],
                    session_id=sessions[number - 1].id,
                    date=dates[number - 1],
                    description=text,
                    planned_cents=planned,
                    actual_cents=actual,
                    receipt_ref=receipt,
                    paid_by=payer,
                )
            )
        form = group.feedback_form or {}
        statement_keys = [st["key"] for st in form.get("statement", [])]
        for ratings, best, change, nxt in _FEEDBACK:
            values = list(ratings) + [rng.randint(3, 5) for _ in range(len(statement_keys))]
            s.add(
                FeedbackResponse(
                    group=group,
                    filled_on=dates[-1],
                    ratings=dict(zip(statement_keys, values, strict=False)),
                    open_answers={
                        k: v
                        for k, v in (("parasta", best), ("muutettavaa", change), ("jatko", nxt))
                        if v
                    },
                )
            )
        add_individual_demo(
            store,
            today,
            {
                p.name: p.id
                for p in s.scalars(select(Participant).where(Participant.group_id == group.id))
            },
        )
        audit.record(s, "demo.create", group_id=group.id)
    return summary.id
