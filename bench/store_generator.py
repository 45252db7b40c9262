"""A store as a region would have it after years of use: many groups, shared experts, people.

Not copies of the demo: each group has its own place (or is remote), start date (spread over
`years`), leader pair, 4–8 participants (some leave, most consent), attendance that thins
out a little, EUROHIS-8 before and after (some missing, some incomplete), feedback from most,
budget lines and 0–3 invited experts from a shared list that grows over the years (experts
visit many groups, as the nutritionist of a municipality does). Older groups are finished and
most of them archived; the newest are running or planned. All names are made up.

Groups are created through :func:`voimaa.groups.create_group` (the real sessions, budget
categories and feedback form); the rest is added as rows, all in one transaction.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta

from voimaa import groups
from voimaa.models import (
    AttendanceMark,
    AttendanceStatus,
    BudgetLine,
    EurohisResponse,
    Expert,
    FeedbackResponse,
    GroupMode,
    GroupStatus,
    Participant,
    ParticipantStatus,
    Phase,
    SessionExpert,
    WordingVersion,
)
from voimaa.roster import CODE_ALPHABET
from voimaa.store import Store

PLACES = (
    "Juva",
    "Mikkeli",
    "Savonlinna",
    "Pieksämäki",
    "Kangasniemi",
    "Mäntyharju",
    "Sulkava",
    "Hirvensalmi",
    "Puumala",
    "Rantasalmi",
    "Enonkoski",
)
FIRST = [
    "Aino",
    "Eino",
    "Helmi",
    "Ilmari",
    "Kaarina",
    "Lauri",
    "Maija",
    "Niilo",
    "Oona",
    "Pekka",
    "Riikka",
    "Sampo",
    "Tuula",
    "Veikko",
    "Anneli",
    "Jorma",
    "Kirsi",
    "Matti",
    "Pirjo",
    "Raimo",
    "Sari",
    "Timo",
    "Ulla",
    "Väinö",
    "Marjatta",
    "Heikki",
    "Leena",
    "Juha",
]
LAST = [
    "Esimerkki",
    "Kuvitelma",
    "Mallinen",
    "Testinen",
    "Keksitty",
    "Harjoitus",
    "Luonnos",
    "Kokeilu",
    "Aihio",
    "Otos",
    "Näyte",
    "Malli",
    "Pohja",
    "Harju",
    "Lampi",
    "Koski",
    "Niemi",
    "Saari",
    "Salo",
    "Vaara",
    "Mäki",
    "Ranta",
    "Laakso",
    "Kallio",
]
FIELDS = (
    ("ravitsemusterapeutti", "Hyvinvointialue"),
    ("liikunnanohjaaja", "kunnan liikuntatoimi"),
    ("talous- ja velkaneuvoja", "Talous- ja velkaneuvonta"),
    ("fysioterapeutti", "Hyvinvointialue"),
    ("kokemusasiantuntija", "Mielenterveysyhdistys"),
    ("päihdetyöntekijä", "A-klinikka"),
    ("seurakunnan diakoni", "Seurakunta"),
    ("kirjastonhoitaja", "kaupunginkirjasto"),
)
INTERESTS = ("kalastus", "käsityöt", "lenkkeily", "lukeminen", "musiikki", "puutarha", "pelit", "")
CONSIDERATIONS = ("", "", "", "ruoka-aineallergia", "paniikkihäiriö", "kuulo heikentynyt")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _code(rng: random.Random, taken: set[str]) -> str:
    while True:
        body = "".join(rng.choice(CODE_ALPHABET) for _ in range(4))
        code = f"{body}-{rng.choice(CODE_ALPHABET)}"
        if code not in taken:
            taken.add(code)
            return code


def _answers(rng: random.Random, level: float) -> dict[str, int | None]:
    values: list[int | None] = [min(5, max(1, round(rng.gauss(level, 0.8)))) for _ in range(8)]
    if rng.random() < 0.05:
        values[rng.randrange(8)] = None
    return {f"q{i + 1}": v for i, v in enumerate(values)}


def populate(store: Store, n_groups: int, *, seed: int = 13, years: int = 10) -> list[uuid.UUID]:
    """Add `n_groups` realistic groups to `store`; returns their ids (oldest first)."""
    rng = random.Random(seed)
    taken: set[str] = set()
    today = date(2026, 12, 2)
    first_day = today - timedelta(days=365 * years)
    span = (today - first_day).days
    starts = sorted(first_day + timedelta(days=rng.randrange(span)) for _ in range(n_groups))
    experts: list[Expert] = []
    created: list[uuid.UUID] = []
    with store.session(write=True) as s:
        for index, start in enumerate(starts):
            start -= timedelta(days=start.weekday())  # groups meet on Mondays here
            place = rng.choice(PLACES) if rng.random() > 0.12 else ""
            mode = GroupMode.LOCAL if place else GroupMode.REMOTE
            summary = groups.create_group(
                store,
                groups.NewGroup(
                    name=f"{place or 'Etäryhmä'} {start.year}/{index + 1}",
                    place=place,
                    mode=mode,
                    meeting_link="" if place else "https://meet.example.invalid/voimaa",
                    start_date=start,
                    start_time=time(rng.choice((9, 10, 12, 13)), 0),
                    session_minutes=rng.choice((90, 120, 150)),
                    budget_limit_cents=rng.choice((0, 40000, 60000, 80000)),
                    leaders=(
                        groups.LeaderSpec(_name(rng), "sosiaaliohjaaja"),
                        groups.LeaderSpec(_name(rng), "kehittäjä"),
                    ),
                ),
            )
            group = groups.load_group(s, summary.id)
            created.append(group.id)
            age = (today - start).days
            finished = age > 60
            if finished:
                group.status = GroupStatus.FINISHED
                if age > 400 and rng.random() < 0.85:
                    group.archived_at = datetime.combine(
                        start + timedelta(days=90), time(12), tzinfo=UTC
                    )
            elif age > 0:
                group.status = GroupStatus.RUNNING
            sessions = list(group.sessions)
            held = [x for x in sessions if x.date is not None and x.date <= today]
            # Experts: the list grows over the years; most visits go to experts met before.
            for session in rng.sample(sessions, rng.choice((0, 1, 2, 2, 3))):
                if not experts or rng.random() < 0.15:
                    field, organisation = rng.choice(FIELDS)
                    expert = Expert(
                        name=_name(rng),
                        organisation=organisation,
                        field=field,
                        phone=f"040 000 {rng.randrange(10000):04d}",
                    )
                    s.add(expert)
                    experts.append(expert)
                else:
                    expert = rng.choice(experts)
                s.add(SessionExpert(session=session, expert=expert))
            level = rng.uniform(2.3, 3.3)
            for _ in range(rng.randint(4, 8)):
                left_at = rng.randrange(2, 8) if held and rng.random() < 0.15 else None
                consent = rng.random() < 0.85
                person = Participant(
                    group=group,
                    code=_code(rng, taken),
                    name=_name(rng),
                    phone=f"050 000 {rng.randrange(10000):04d}",
                    own_worker=_name(rng),
                    intake_date=start - timedelta(days=rng.randint(7, 21)),
                    interests=rng.choice(INTERESTS),
                    considerations=rng.choice(CONSIDERATIONS),
                    consent_coordinator=consent,
                    consent_date=start - timedelta(days=7) if consent else None,
                    status=ParticipantStatus.LEFT if left_at else ParticipantStatus.ACTIVE,
                    left_date=sessions[left_at].date if left_at else None,
                    left_reason="Aloitti työkokeilun" if left_at else "",
                )
                s.add(person)
                for session in held[: left_at or len(held)]:
                    roll = rng.random()
                    status = (
                        AttendanceStatus.PRESENT
                        if roll < 0.8
                        else AttendanceStatus.EXCUSED
                        if roll < 0.9
                        else AttendanceStatus.ABSENT
                    )
                    s.add(AttendanceMark(participant=person, session=session, status=status))
                if held and rng.random() < 0.95:
                    s.add(
                        EurohisResponse(
                            participant=person,
                            phase=Phase.BEFORE,
                            filled_on=held[0].date,
                            wording=WordingVersion.THL_ATH,
                            **_answers(rng, level),
                        )
                    )
                if finished and not left_at and rng.random() < 0.85:
                    s.add(
                        EurohisResponse(
                            participant=person,
                            phase=Phase.AFTER,
                            filled_on=sessions[-1].date,
                            wording=WordingVersion.THL_ATH,
                            **_answers(rng, level + 0.3),
                        )
                    )
                if finished and not left_at and rng.random() < 0.8:
                    form = group.feedback_form or {}
                    keys = [x["key"] for x in form.get("statement", [])]
                    s.add(
                        FeedbackResponse(
                            group=group,
                            filled_on=sessions[-1].date,
                            ratings={k: rng.randint(3, 5) for k in keys},
                            open_answers={"parasta": "Vertaistuki."} if rng.random() < 0.5 else {},
                        )
                    )
            categories = list(group.budget_categories)
            for session in held:
                s.add(
                    BudgetLine(
                        group=group,
                        category=categories[0],
                        session_id=session.id,
                        date=session.date,
                        description="Kahvitarjoilu",
                        planned_cents=2000,
                        actual_cents=rng.randint(1500, 2500),
                        receipt_ref=f"K-{session.number:03d}",
                        paid_by="Ohjaaja",
                    )
                )
            if index % 50 == 49:
                s.flush()
    return created
