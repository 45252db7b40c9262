"""The 8-session program: template content, scheduling, date flags, session editing,
reordering, restoring and templates."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest

from voimaa import audit, groups, program, slides, workbook
from voimaa.errors import NotFoundError, ValidationError
from voimaa.models import GroupMode, MaterialKind, PartKind
from voimaa.store import Store

FOUR_PARTS = {PartKind.INFO, PartKind.DISCUSSION, PartKind.ACTIVITY, PartKind.COFFEE}
DOMAIN_ORDER = (
    "Tutustuminen ja pelisäännöt",
    "Päivärytmi ja uni",
    "Ruoka ja ravitsemus",
    "Liikunta ja arjen liike",
    "Raha-asiat haltuun",
    "Vahvuudet ja voimavarat",
    "Arvot ja asenteet",
    "Yhteenveto ja jatko",
)


def _group(store: Store, **kw: object) -> uuid.UUID:
    spec = {
        "name": "Mikkelin kevään ryhmä",
        "place": "Mikkeli",
        "start_date": date(2027, 3, 2),
        "start_time": time(13, 0),
        "leaders": (
            groups.LeaderSpec("Sanna Ohjaaja", "sosiaaliohjaaja"),
            groups.LeaderSpec("Ville Kehittäjä", "kehittäjä"),
        ),
    }
    spec.update(kw)
    return groups.create_group(store, groups.NewGroup(**spec)).id  # type: ignore[arg-type]


# ----- the default template ---------------------------------------------------------------


def test_default_template_has_eight_sessions_in_the_domain_order() -> None:
    tmpl = program.default_template()
    assert [s.number for s in tmpl.sessions] == list(range(1, 9))
    assert tuple(s.title for s in tmpl.sessions) == DOMAIN_ORDER


@pytest.mark.parametrize("number", range(1, 9))
def test_every_template_session_is_complete(number: int) -> None:
    tmpl = program.default_template()
    s = tmpl.session(number)
    assert s is not None
    assert s.goals.strip() and s.title.strip() and s.key
    assert len(s.materials) >= 3
    assert len(s.discussion_questions) >= 3
    assert {p.kind for p in s.parts} == FOUR_PARTS and len(s.parts) == 4
    assert all(p.title and p.description and p.minutes > 0 for p in s.parts)
    assert sum(p.minutes for p in s.parts) == tmpl.session_minutes
    # the chapter it uses exists in the workbook, and the session has a slide deck
    assert workbook.chapter(s.workbook_chapter).key == s.workbook_chapter
    assert slides.load_deck(number).session == number


def test_forms_and_experts_where_the_model_says() -> None:
    tmpl = program.default_template()
    assert tmpl.sessions[0].forms == ("eurohis_before",)
    assert set(tmpl.sessions[-1].forms) == {"eurohis_after", "feedback"}
    assert all(not s.forms for s in tmpl.sessions[1:-1])
    assert "pelisäännöt" in tmpl.sessions[0].parts[-1].title.lower()
    experts = {s.number: s.expert for s in tmpl.sessions}
    assert "ravitsemusterapeutti" in experts[3]
    assert "velkaneuvoja" in experts[5]
    assert "fysioterapeutti" in experts[4]


def test_every_workbook_chapter_is_used_by_a_session() -> None:
    used = {s.workbook_chapter for s in program.default_template().sessions}
    assert used == {c.key for c in workbook.chapters()}


# ----- scheduling and flags ---------------------------------------------------------------


def test_new_group_has_eight_weekly_dated_sessions_with_four_parts(store: Store) -> None:
    gid = _group(store)
    view = program.get_program(store, gid)
    assert [s.date for s in view.sessions] == program.schedule_dates(date(2027, 3, 2))
    assert all(s.weekday == "tiistai" for s in view.sessions)
    assert all(len(s.parts) == 4 and s.total_minutes == 120 for s in view.sessions)
    assert view.leader_names == "Sanna Ohjaaja ja Ville Kehittäjä"
    times = [at for at, _ in view.sessions[0].part_times()]
    assert times == [time(13, 0), time(13, 30), time(14, 0), time(14, 20)]
    assert view.sessions[0].end_time == time(15, 0)


def test_shorter_sessions_scale_the_parts(store: Store) -> None:
    gid = _group(store, session_minutes=90)
    view = program.get_program(store, gid)
    assert all(s.total_minutes == 90 for s in view.sessions)


def test_preview_flags_holidays() -> None:
    # Thursdays from 23.4.2026: the fourth one is 14.5.2026, helatorstai.
    preview = program.preview_schedule(date(2026, 4, 23))
    assert [p.weekday for p in preview] == ["torstai"] * 8
    assert preview[3].date == date(2026, 5, 14)
    assert preview[3].flags == ("Pyhäpäivä: helatorstai",)
    assert all(not p.flags for i, p in enumerate(preview) if i != 3)


def test_date_flags_duplicates_and_order() -> None:
    d = date(2026, 11, 24)
    flags = program.date_flags([d, date(2026, 12, 1), d, None, date(2026, 11, 17)])
    assert flags[0] == ("Sama päivä kuin kerralla 3",)
    assert flags[2] == ("Sama päivä kuin kerralla 1",)
    assert flags[1] == () and flags[3] == ()
    assert flags[4] == ("Aiemmin kuin edellinen kerta",)


def test_editing_a_date_onto_a_holiday_and_a_clash(store: Store) -> None:
    gid = _group(store, start_date=date(2026, 11, 3))
    view = program.get_program(store, gid)
    moved = program.set_session_date(store, view.sessions[4].id, date(2026, 12, 6), time(12, 0))
    assert "Pyhäpäivä: itsenäisyyspäivä" in moved.flags
    assert moved.start_time == time(12, 0)
    clash = program.set_session_date(store, view.sessions[6].id, view.sessions[5].date)
    assert "Sama päivä kuin kerralla 6" in clash.flags
    assert "Sama päivä kuin kerralla 7" in program.get_program(store, gid).sessions[5].flags


def test_reschedule_keeps_content(store: Store) -> None:
    gid = _group(store)
    view = program.reschedule(store, gid, date(2027, 9, 6))
    assert view.sessions[0].date == date(2027, 9, 6) and view.sessions[7].date == date(2027, 10, 25)
    assert view.sessions[2].topic == "Ruoka ja ravitsemus"


# ----- editing ---------------------------------------------------------------------------


def test_update_session_fields(store: Store) -> None:
    gid = _group(store)
    s = program.get_program(store, gid).sessions[1]
    updated = program.update_session(
        store,
        s.id,
        program.SessionEdit(
            topic="  Uni ja lepo ",
            goals="Levätään.",
            materials=["Kyniä", "  ", "Työkirjat"],
            discussion_questions=["Miten nukut?"],
            place="Kirjasto",
            notes="Ryhmä jutteli paljon.",
            suggested_expert="unihoitaja",
            workbook_chapter="paivarytmi",
            forms=["feedback", "eurohis_after"],
        ),
    )
    assert updated.topic == "Uni ja lepo"
    assert updated.materials == ("Kyniä", "Työkirjat")
    assert updated.notes == "Ryhmä jutteli paljon."
    assert updated.forms == ("eurohis_after", "feedback")
    again = program.get_session(store, s.id)
    assert again.place == "Kirjasto" and again.suggested_expert == "unihoitaja"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"topic": "   "}, "Anna kerralle aihe."),
        ({"topic": "x" * 201}, "enintään 200 merkkiä"),
        ({"place": "x" * 201}, "enintään 200 merkkiä"),
    ],
)
def test_update_session_refuses(store: Store, changes: dict, message: str) -> None:
    gid = _group(store)
    s = program.get_program(store, gid).sessions[0]
    with pytest.raises(ValidationError, match=message):
        program.update_session(store, s.id, program.SessionEdit(**changes))
    assert program.get_session(store, s.id).topic == "Tutustuminen ja pelisäännöt"


def test_parts_add_edit_move_remove_with_running_total(store: Store) -> None:
    gid = _group(store)
    s = program.get_program(store, gid).sessions[0]
    titles = [p.title for p in s.parts]
    info = program.add_part(store, s.id, PartKind.OTHER, "Venyttely", 10)
    assert info.total_minutes == 130 and info.session_minutes == 120
    assert info.parts[-1].title == "Venyttely" and info.parts[-1].position == 4
    info = program.move_part(store, info.parts[-1].id, -1)
    assert [p.title for p in info.parts] == [*titles[:3], "Venyttely", titles[3]]
    info = program.move_part(store, info.parts[0].id, -1)  # already first: nothing moves
    assert info.parts[0].title == titles[0]
    info = program.update_part(
        store, info.parts[3].id, program.PartEdit(minutes=5, kind=PartKind.ACTIVITY)
    )
    assert info.total_minutes == 125 and info.parts[3].kind == PartKind.ACTIVITY
    info = program.remove_part(store, info.parts[3].id)
    assert [p.title for p in info.parts] == titles
    assert [p.position for p in info.parts] == [0, 1, 2, 3]
    with pytest.raises(ValidationError, match="0–600"):
        program.update_part(store, info.parts[0].id, program.PartEdit(minutes=-5))
    reordered = program.reorder_parts(store, s.id, [p.id for p in reversed(info.parts)])
    assert [p.title for p in reordered.parts] == list(reversed(titles))
    with pytest.raises(ValidationError):
        program.reorder_parts(store, s.id, [p.id for p in info.parts[:2]])


def test_move_session_swaps_content_and_keeps_dates(store: Store) -> None:
    gid = _group(store)
    before = program.get_program(store, gid)
    first_parts = [p.title for p in before.sessions[0].parts]
    program.add_link(store, before.sessions[0].id, "Pelisäännöt", "https://example.invalid/a")
    after = program.move_session(store, before.sessions[0].id, +1)
    assert [s.date for s in after.sessions] == [s.date for s in before.sessions]
    assert after.sessions[0].topic == "Päivärytmi ja uni"
    assert after.sessions[1].topic == "Tutustuminen ja pelisäännöt"
    assert [p.title for p in after.sessions[1].parts] == first_parts
    assert after.sessions[1].links[0].title == "Pelisäännöt"
    assert after.sessions[1].forms == ("eurohis_before",)
    # at the ends nothing moves
    unchanged = program.move_session(store, after.sessions[0].id, -1)
    assert unchanged.sessions[0].topic == "Päivärytmi ja uni"
    events = audit.list_events(store, group_id=gid, action="program.move_session")
    assert len(events) == 1


def test_a_held_session_is_not_moved(demo_store: Store, demo_group_id: uuid.UUID) -> None:
    view = program.get_program(demo_store, demo_group_id)
    with pytest.raises(ValidationError, match="läsnäoloja"):
        program.move_session(demo_store, view.sessions[2].id, 1)


def test_restore_session_from_the_template(store: Store) -> None:
    gid = _group(store)
    s = program.get_program(store, gid).sessions[2]
    program.update_session(
        store, s.id, program.SessionEdit(topic="Oma aihe", notes="Muistiinpano", place="Sali")
    )
    info = program.remove_part(store, s.parts[0].id)
    program.add_link(store, s.id, "Oma linkki", "https://example.invalid")
    assert len(info.parts) == 3
    restored = program.restore_session(store, s.id)
    assert restored.topic == "Ruoka ja ravitsemus"
    assert len(restored.parts) == 4 and restored.total_minutes == 120
    # what the leaders wrote and planned stays
    assert restored.notes == "Muistiinpano" and restored.place == "Sali"
    assert restored.date == s.date and restored.links[0].title == "Oma linkki"


def test_restore_after_moving_uses_the_sessions_own_topic(store: Store) -> None:
    gid = _group(store)
    view = program.move_session(store, program.get_program(store, gid).sessions[0].id, 1)
    restored = program.restore_session(store, view.sessions[1].id)
    assert restored.topic == "Tutustuminen ja pelisäännöt"


def test_links(store: Store) -> None:
    gid = _group(store)
    s = program.get_program(store, gid).sessions[0]
    info = program.add_link(store, s.id, "", "www.thl.fi")
    assert info.links[0].target == "https://www.thl.fi"
    assert info.links[0].kind == MaterialKind.URL
    info = program.add_link(store, s.id, "", r"C:\Users\sanna\Diat\kuvat.pdf")
    assert info.links[1].kind == MaterialKind.FILE and info.links[1].title == "kuvat.pdf"
    with pytest.raises(ValidationError):
        program.add_link(store, s.id, "Tyhjä", "   ")
    info = program.remove_link(store, info.links[0].id)
    assert [link.title for link in info.links] == ["kuvat.pdf"]
    with pytest.raises(NotFoundError):
        program.remove_link(store, uuid.uuid4())


# ----- templates ---------------------------------------------------------------------------


def test_save_template_and_create_a_group_from_it(store: Store) -> None:
    gid = _group(store)
    view = program.get_program(store, gid)
    program.update_session(
        store, view.sessions[3].id, program.SessionEdit(topic="Ulkoilu ja luonto")
    )
    program.add_part(store, view.sessions[3].id, PartKind.OTHER, "Kävely", 15)
    saved = program.save_as_template(store, gid, "  Mikkelin   malli ")
    assert saved.name == "Mikkelin malli" and saved.sessions == 8
    names = [t.name for t in program.list_templates(store)]
    assert names == [program.default_template().name, "Mikkelin malli"]

    tmpl = program.load_template(store, saved.id)
    new = _group(store, name="Uusi ryhmä", template=tmpl, start_date=date(2027, 8, 3))
    new_view = program.get_program(store, new)
    assert new_view.sessions[3].topic == "Ulkoilu ja luonto"
    assert len(new_view.sessions[3].parts) == 5
    assert new_view.sessions[3].total_minutes == 120  # scaled to the group's length
    # restoring in the new group uses the saved template
    program.update_session(store, new_view.sessions[3].id, program.SessionEdit(topic="Muuta"))
    assert program.restore_session(store, new_view.sessions[3].id).topic == "Ulkoilu ja luonto"

    again = program.save_as_template(store, gid, "Mikkelin malli", "päivitetty")
    assert again.id == saved.id
    assert program.delete_template(store, saved.id) == "Mikkelin malli"
    assert len(program.list_templates(store)) == 1
    with pytest.raises(NotFoundError):
        program.load_template(store, saved.id)


@pytest.mark.parametrize(
    ("name", "message"),
    [("   ", "Anna mallipohjalle nimi."), ("Voimaa vertaisuudesta – perusohjelma", "varattu")],
)
def test_template_names_refused(store: Store, name: str, message: str) -> None:
    gid = _group(store)
    with pytest.raises(ValidationError, match=message):
        program.save_as_template(store, gid, name)


def test_remote_group_sessions_have_no_place(store: Store) -> None:
    gid = _group(store, mode=GroupMode.REMOTE, meeting_link="https://meet.example.invalid/x")
    view = program.get_program(store, gid)
    assert view.mode == GroupMode.REMOTE and all(s.place == "" for s in view.sessions)


def test_missing_rows_give_finnish_errors(store: Store) -> None:
    with pytest.raises(NotFoundError, match="Ryhmää ei löydy"):
        program.get_program(store, uuid.uuid4())
    with pytest.raises(NotFoundError, match="Kertaa ei löydy"):
        program.get_session(store, uuid.uuid4())
    with pytest.raises(NotFoundError, match="Osaa ei löydy"):
        program.remove_part(store, uuid.uuid4())
