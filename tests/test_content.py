"""The printed content keeps its promises: every material the default plan and the slides name
exists in the workbook or as an export, the workbook's drawn forms (24-hour circle, resource
tree, example budget) parse and render, and no exercise is split over two pages."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from voimaa import audit, demo, program, slides, workbook
from voimaa.cli import main
from voimaa.errors import ValidationError
from voimaa.export import jobs, workbook_pdf
from voimaa.store import Store

# Where each printed thing a session needs comes from. A material not in one of these tables
# fails the test, so a new one has to be made (or said to be brought) before it is promised.
IN_WORKBOOK = {  # material -> an exercise title or an information heading of the workbook
    "Vuorokausiympyrä (työkirjan tehtävä)": "Oma vuorokausiympyrä",
    "Unipäiväkirja kotiin (työkirjan tehtävä)": "Unipäiväkirja: minun viikkoni",
    "Lautasmallin kuva tai työkirjan lautasmalliohje": "Lautasmalli",
    "Budjettipohja (työkirjan tehtävä)": "Oma kuukausibudjetti",
    "Esimerkkibudjetti (työkirjan tehtävä)": "Esimerkkibudjetti",
    "Vahvuuskortit tai työkirjan vahvuussanojen lista": "Tunnista vahvuutesi",
    "Arvokortit tai työkirjan arvosanojen lista": "Minulle tärkeät asiat",
    "Paikalliset puhelinnumerot yhteystietokorttiin": "Tärkeät yhteystiedot",
}
AS_EXPORT = {  # material -> the export kind (jobs.FORMATS) that prints it
    "Työkirjat": "workbook",
    "Osallistumistodistukset": "certificates",
    # a remote group's post
    "Työkirjat postitse tai noudettaviksi ennen ensimmäistä kertaa": "workbook",
}
# The forms a session hands out are listed once, from the session's forms (the plan prints
# them as "Lomakkeet: …"), never again among the materials.
FORM_EXPORTS = {
    "eurohis_before": "eurohis_forms",
    "eurohis_after": "eurohis_forms",
    "feedback": "feedback_form",
}
ON_A_SLIDE = {  # material -> (session, slide heading) whose notes give the examples
    "Väittämät mielipidejanaa varten": (7, "Mielipidejana"),
}
BROUGHT = {  # things and local information the leaders bring; nothing to print from here
    "Nimilaput ja tussit",
    "Kyniä",
    "Kyniä ja värikyniä",
    "Kyniä ja laskimia",
    "Kuvakortteja tutustumiseen",
    "Kuvakortteja",
    "Iso paperi tai fläppitaulu pelisäännöille",
    "Ryhmän pelisäännöt esillä",
    "Ruokakauppojen tarjouslehtiä tai hintalistoja",
    "Paperia ostoslistoille",
    "Tuolit kaikille tuolijumppaa varten",
    "Kuminauhoja tai pieniä palloja",
    "Vesikannu ja mukeja",
    "Tietoa lähialueen edullisista liikuntamahdollisuuksista",
    "Tietoa paikallisesta talous- ja velkaneuvonnasta",
    "Tietoa lähialueen järjestöistä ja vertaistuesta",
    "Tarralappuja",
    "Maalarinteippiä lattiajanaa varten",
    "Kahvit, teet ja pientä syötävää",
    "Kahvit, teet ja terveellistä välipalaa",
    "Juhlakahvit",
    "Palautuslaatikko tai kirjekuoret palautteille",
    # a remote group's things: at home, on the shared screen, or sent ahead
    "Kokouslinkki ja ohje yhteyden avaamiseen jokaiselle etukäteen",
    "Palautuskuoret postimaksu maksettuna",
    "Palautuskuoret postitse viikkoa ennen viimeistä kertaa",
    "Kyniä (jokaisella kotona)",
    "Kuvakortteja jaetulle näytölle",
    "Jaettu näyttö tai yhteinen muistio pelisäännöille",
    "Oma kahvi tai tee kotona",
    "Ryhmän pelisäännöt jaetulla näytöllä",
    "Ruokakauppojen tarjouksia tai verkkokaupan hintoja jaetulle näytölle",
    "Paperia ostoslistoille (jokaisella kotona)",
    "Jokaisella oma tuoli tuolijumppaa varten kameran edessä",
    "Vesilasi kotona",
    "Oma juhlakahvi kotona",
}
IN_A_ROOM = ("nimilap", "fläpp", "maalarinteip", "tarralap", "tuolit kaikille", "juhlakahvit")

# Printed things a slide may mention, and where each is: a workbook title or an export kind.
SLIDE_WORDS = {
    "vuorokausiympyr": "Oma vuorokausiympyrä",
    "esimerkkibudjet": "Esimerkkibudjetti",
    "budjettipohj": "Oma kuukausibudjetti",
    "voimavarapuu": "Voimavarapuu",
    "vahvuussanojen lista": "Tunnista vahvuutesi",
    "arvosanojen lista": "Minulle tärkeät asiat",
    "ennakkoluulo": "Ennakkoluulot ja minä",
    "yhteystietokort": "Tärkeät yhteystiedot",
    "osallistumistodistu": "export:certificates",
    "palautelomak": "export:feedback_form",
    "eurohis": "export:eurohis_forms",
    "työkirja": "export:workbook",
}


def _workbook_names() -> set[str]:
    names: set[str] = set()
    for c in workbook.chapters():
        names |= {e.title for e in c.exercises} | {i.heading for i in c.info}
    return names


def _materials() -> list[tuple[int, str]]:
    template = program.default_template()
    local = [(s.number, m) for s in template.sessions for m in s.materials]
    remote = [(s.number, m) for s in template.sessions for m in s.remote_materials]
    return sorted(set(local + remote))


@pytest.mark.parametrize(("session", "material"), _materials())
def test_every_material_of_the_default_plan_exists(session: int, material: str) -> None:
    if material in IN_WORKBOOK:
        assert IN_WORKBOOK[material] in _workbook_names(), material
    elif material in AS_EXPORT:
        assert AS_EXPORT[material] in jobs.FORMATS, material
    elif material in ON_A_SLIDE:
        number, heading = ON_A_SLIDE[material]
        slide = next(s for s in slides.load_deck(number).slides if s.heading == heading)
        assert slide.notes, material
    else:
        assert material in BROUGHT, f"session {session}: where does {material!r} come from?"


def test_forms_are_listed_once_and_exist_as_exports() -> None:
    for session in program.default_template().sessions:
        for form in session.forms:
            assert FORM_EXPORTS[form] in jobs.FORMATS
        for material in (*session.materials, *session.remote_materials):
            low = material.casefold()
            assert "eurohis" not in low and "lomak" not in low, material


def test_remote_materials_need_no_room() -> None:
    """An etäryhmä's default list has no name tags, flipchart or things for a shared room,
    and every session has one."""
    for session in program.default_template().sessions:
        assert session.remote_materials, session.number
        for material in session.remote_materials:
            assert not any(word in material.casefold() for word in IN_A_ROOM), material


def _mentions(text: str) -> list[str]:
    low = text.casefold()
    return [word for word in SLIDE_WORDS if word in low]


@pytest.mark.parametrize("number", range(1, program.SESSION_COUNT + 1))
def test_what_the_slides_name_exists(number: int) -> None:
    names = _workbook_names()
    deck = slides.load_deck(number)
    for slide in deck.slides:
        text = " ".join((slide.heading, *slide.points, slide.notes))
        for word in _mentions(text):
            where = SLIDE_WORDS[word]
            if where.startswith("export:"):
                assert where.removeprefix("export:") in jobs.FORMATS, (number, word)
            else:
                assert where in names, (number, slide.heading, word)


def test_the_plan_and_slides_mention_what_the_issue_promised() -> None:
    everything = " ".join(
        " ".join((s.heading, *s.points, s.notes)) for d in slides.decks() for s in d.slides
    ).casefold()
    for word in ("vuorokausiympyr", "esimerkkibudjet", "voimavarapuu", "ennakkoluulo"):
        assert word in everything
    assert {"Oma vuorokausiympyrä", "Voimavarapuu", "Esimerkkibudjetti"} <= _workbook_names()
    assert "Ennakkoluulot ja minä" in {e.title for e in workbook.chapter("arvot").exercises}


# ----- facts the issue asked for ---------------------------------------------------------------


def _chapter_text(ref: str) -> str:
    c = workbook.chapter(ref)
    parts = [*c.intro]
    for i in c.info:
        parts += [i.heading, *i.paragraphs, *i.tips]
    for e in c.exercises:
        parts += [e.title, e.instructions, e.one_to_one, *e.prompts, *e.items, e.note]
        parts += [x.label for x in (*e.example_income, *e.example_expenses)]
    return " ".join(parts)


def test_money_chapter_facts() -> None:
    text = _chapter_text("talous")
    for needed in (
        "Kela",
        "Perustoimeentulotuk",
        "hyvinvointialue",
        "maksukatto",
        "lääkekatto",
        "alennetaan tai se jätetään perimättä",
        "perintä",
        "ulosotto",
        "Talous- ja velkaneuvonta",
        "e-lasku",
    ):
        assert needed.casefold() in text.casefold(), needed
    assert "suoramaksu" not in text.casefold()
    assert not re.search(r"(katto|katon)[^.]*\d+\s*(€|euroa)", text)  # no ceiling figures
    example = next(e for e in workbook.chapter("talous").exercises if e.type == "example_budget")
    assert "esimerk" in example.note.casefold()


def test_crisis_help_and_contacts_card() -> None:
    text = _chapter_text("jatko")
    assert "112" in text
    card = next(e for e in workbook.chapter("jatko").exercises if e.title == "Tärkeät yhteystiedot")
    assert card.type == "cards" and len(card.items) == 5
    for word in ("kuntouttava työtoiminta", "työkokeilu", "opiskel", "järjestö", "vertais"):
        assert word in text.casefold(), word


def test_sleep_slide_does_not_say_alcohol_is_fine_by_day() -> None:
    points = " ".join(p for s in slides.load_deck(2).slides for p in s.points)
    assert "alkoholia iltaisin" not in points
    assert "Alkoholi" in points


def test_confidentiality_is_agreed_before_introductions() -> None:
    headings = [s.heading for s in slides.load_deck(1).slides]
    assert headings.index("Ensin yksi tärkeä sopimus") < headings.index("Tutustutaan")
    parts = program.default_template().session(1).parts  # type: ignore[union-attr]
    first = parts[0].description
    assert "luottamuksesta" in first and parts[1].title == "Tutustutaan toisiimme"


# An exercise needs a group when its title, instructions or questions speak to several people
# (a plural imperative: "katsokaa", "miettikää"), name the group or its leaders, or pair people.
NEEDS_GROUP = re.compile(
    r"\b(\w+(?:kaa|kää)|ryhmä\w*|ohjaaj\w*|pari\w*|yhdessä|kierro\w*|muiden)\b", re.I
)


def test_group_exercises_have_a_one_to_one_line() -> None:
    needs_group = {"Ryhmän yhteiset säännöt", "Mitä muut näkevät minussa?", "Mitä opin?"}
    exercises = {e.title: e for c in workbook.chapters() for e in c.exercises}
    for title in needs_group:
        assert exercises[title].one_to_one.startswith("Kahdestaan"), title
    found = [
        e
        for e in exercises.values()
        if NEEDS_GROUP.search(" ".join((e.title, e.instructions, *e.prompts)))
    ]
    assert len(found) >= 8
    for e in found:
        assert e.one_to_one.startswith("Kahdestaan"), e.title
    headings = {i.heading for i in workbook.chapter(1).info}
    assert "Jos käytät työkirjaa omatyöntekijän kanssa" in headings


# ----- the new exercise kinds ------------------------------------------------------------------

_HEAD = """
key = "testi"
number = 1
title = "Testi"
intro = "Johdanto."
[[info]]
heading = "A"
text = "Teksti."
[[info]]
heading = "B"
text = "Teksti."
[[exercise]]
title = "Rivit"
type = "lines"
prompts = ["Mitä?"]
[[exercise]]
title = "Rivit 2"
type = "lines"
prompts = ["Mitä?"]
"""


def _load(tmp_path: Path, body: str) -> workbook.Chapter:
    (tmp_path / "01-testi.toml").write_text(_HEAD + body, encoding="utf-8")
    (chapter,) = workbook.load_chapters_from(tmp_path)
    return chapter


def test_new_kinds_parse(tmp_path: Path) -> None:
    chapter = _load(
        tmp_path,
        """
[[exercise]]
title = "Ympyrä"
type = "day_circle"
items = ["Uni", "Ruoka"]
[[exercise]]
title = "Puu"
type = "tree"
items = ["Juuret: mikä pitää", "Oksat: mistä iloa"]
one_to_one = "Kahdestaan: piirtäkää yhdessä."
[[exercise]]
title = "Esimerkki"
type = "example_budget"
note = "Summat ovat esimerkkejä."
income = [{ item = "Etuus", euros = 500 }]
expenses = [{ item = "Vuokra", euros = 400 }, { item = "Ruoka", euros = 200 }]
prompts = ["Mitä huomaat?"]
""",
    )
    circle, tree, example = chapter.exercises[2:]
    assert circle.type == "day_circle" and circle.items == ("Uni", "Ruoka")
    assert tree.items[0].startswith("Juuret") and tree.one_to_one.startswith("Kahdestaan")
    assert example.example_income == (workbook.ExampleLine("Etuus", 500),)
    assert example.example_balance == -100 and example.prompts == ("Mitä huomaat?",)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[exercise]]\ntitle = "Y"\ntype = "day_circle"\nitems = ["Uni"]\n', "2–6"),
        ('[[exercise]]\ntitle = "P"\ntype = "tree"\nitems = ["a", "b", "c", "d"]\n', "2–3"),
        (
            '[[exercise]]\ntitle = "E"\ntype = "example_budget"\nincome = ["Etuus"]\n'
            'expenses = [{ item = "Vuokra", euros = 1 }]\n',
            "euros",
        ),
        (
            '[[exercise]]\ntitle = "E"\ntype = "example_budget"\n'
            'income = [{ item = "Etuus", euros = -5 }]\n'
            'expenses = [{ item = "Vuokra", euros = 1 }]\n',
            "euros",
        ),
        (
            '[[exercise]]\ntitle = "E"\ntype = "example_budget"\nincome = []\n'
            'expenses = [{ item = "Vuokra", euros = 1 }]\n',
            "1–12",
        ),
    ],
)
def test_new_kinds_refuse_bad_input(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _load(tmp_path, body)


def _pages_text(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def test_new_kinds_render(tmp_path: Path) -> None:
    rhythm = workbook_pdf.write_workbook(
        tmp_path / "2.pdf", workbook.Printout((workbook.chapter(2),), handout=True)
    )
    text = " ".join(_pages_text(rhythm))
    assert "keskiyö" in text and "keskipäivä" in text and "Oma väri tai merkki" in text
    money = " ".join(
        _pages_text(
            workbook_pdf.write_workbook(
                tmp_path / "5.pdf", workbook.Printout((workbook.chapter(5),), handout=True)
            )
        )
    )
    assert "Rahaa puuttuu" in money and "−65 €" in money and "1085 €" in money
    assert "Summat ovat esimerkkejä" in money
    strengths = " ".join(
        _pages_text(
            workbook_pdf.write_workbook(
                tmp_path / "6.pdf", workbook.Printout((workbook.chapter(6),), handout=True)
            )
        )
    )
    assert "Juuret:" in strengths and "Lehdet:" in strengths and "Kahdestaan:" in strengths


def _last_words(ex: workbook.Exercise) -> str:
    """A short text from the end of an exercise's form."""
    if ex.type in ("lines", "example_budget") and ex.prompts:
        last = ex.prompts[-1]
    elif ex.type == "week_grid":
        last = ex.rows[-1]
    elif ex.type == "budget":
        return "Rahaa jää käyttöön"
    elif ex.type == "tree":
        return ex.items[-1].split(":")[0]
    else:
        last = ex.items[-1]
    return " ".join(last.split()[:2])


@pytest.mark.parametrize("chapter", workbook.chapters(), ids=lambda c: c.key)
def test_no_exercise_is_split_over_pages(chapter: workbook.Chapter, tmp_path: Path) -> None:
    path = workbook_pdf.write_workbook(
        tmp_path / "luku.pdf", workbook.Printout((chapter,), handout=True)
    )
    pages = _pages_text(path)
    for number, ex in enumerate(chapter.exercises, start=1):
        bar = f"Tehtävä {number} · {ex.title}"
        (page,) = [p for p in pages if bar in p]
        after = page[page.index(bar) :]
        assert _last_words(ex) in after, (bar, _last_words(ex))


def test_example_budget_is_its_own_printable(store: Store, tmp_path: Path) -> None:
    """The example budget prints on one page by itself, with every line and the totals as in
    the book, and the print is logged."""
    example = workbook.example_budget()
    assert example.chapter.key == "talous" and example.exercise.title == "Esimerkkibudjetti"
    path = jobs.export_example_budget(store, tmp_path / "esimerkki.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for line in (*example.exercise.example_income, *example.exercise.example_expenses):
        assert f"{line.label} {line.euros} €" in text
    income = sum(x.euros for x in example.exercise.example_income)
    assert f"Tulot yhteensä {income} €" in text
    assert f"Tehtävä {example.number}" in text
    [event] = audit.list_events(store, action="export.example_budget")
    assert event.target == str(tmp_path)
    with pytest.raises(ValidationError, match="pdf"):
        jobs.export_example_budget(store, tmp_path / "esimerkki.xlsx")


def test_example_budget_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo"]) == 0
    out = tmp_path / "esimerkkibudjetti.pdf"
    args = ["export", "example-budget", "--group", demo.DEMO_GROUP_NAME, "-o", str(out)]
    assert main(["--data-dir", data, *args]) == 0
    assert "Esimerkkibudjetti tallennettu" in capsys.readouterr().out
    text = PdfReader(out).pages[0].extract_text()
    assert demo.DEMO_GROUP_NAME in text and "Rahaa puuttuu" in text


def _chapter_starts(pages: list[str]) -> dict[int, int]:
    """Chapter number -> the page (1-based) whose text begins with its "Luku N" label."""
    starts: dict[int, int] = {}
    for i, text in enumerate(pages, start=1):
        found = re.search(r"sivu \d+ / \d+ Luku (\d+)\b|sivu \d+ Luku (\d+)\b", text)
        if found:
            starts[int(found.group(1) or found.group(2))] = i
    return starts


@pytest.mark.parametrize("with_group", [False, True])
def test_every_chapter_starts_on_a_right_hand_page(
    demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path, with_group: bool
) -> None:
    """Double-sided copies never mix chapters: each chapter begins on an odd page, a notes
    page fills the gap, and the contents give the pages as printed."""
    path = jobs.export_workbook(
        demo_store,
        tmp_path / "kirja.pdf",
        group_id=demo_group_id if with_group else None,
    )
    pages = _pages_text(path)
    starts = _chapter_starts(pages)
    assert sorted(starts) == [c.number for c in workbook.chapters()]
    assert all(page % 2 == 1 for page in starts.values()), starts
    notes = [i for i, text in enumerate(pages, start=1) if "Omia muistiinpanoja" in text]
    assert notes, "the demo book needs at least one notes page"
    assert all(i + 1 in starts.values() for i in notes)
    toc = pages[1]
    for c in workbook.chapters():
        assert re.search(rf"\b{c.number} {re.escape(c.title)}.*? {starts[c.number]}\b", toc), (
            c.title
        )


# ----- remote groups (issue 15 point 13, issue 11 point 18) ------------------------------------

LINK = "https://meet.example.invalid/voimaa/etaryhma-kevat-2027"


def _lahi_and_eta(store: Store) -> tuple[uuid.UUID, uuid.UUID]:
    from datetime import date, time

    from voimaa import groups, roster
    from voimaa.models import GroupMode

    made = []
    for mode in (GroupMode.LOCAL, GroupMode.REMOTE):
        gid = groups.create_group(
            store,
            groups.NewGroup(
                name=f"Ryhmä {mode.value}",
                place="Mikkeli",
                mode=mode,
                meeting_link=LINK if mode == GroupMode.REMOTE else "",
                start_date=date(2027, 3, 2),
                start_time=time(13, 0),
                leaders=(groups.LeaderSpec("Sanna Ohjaaja"),),
            ),
        ).id
        roster.add_participant(store, gid, roster.ParticipantData(name="Aino Äijälä"))
        made.append(gid)
    return made[0], made[1]


def test_remote_group_gets_remote_materials_and_keeps_edits_on_a_mode_change(
    store: Store,
) -> None:
    from dataclasses import replace

    from voimaa import groups
    from voimaa.models import GroupMode

    lahi, eta = _lahi_and_eta(store)
    local_first = program.get_program(store, lahi).sessions[0].materials
    remote_first = program.get_program(store, eta).sessions[0].materials
    template = program.default_template().sessions[0]
    assert list(local_first) == list(template.materials)
    assert list(remote_first) == list(template.remote_materials)
    assert "Nimilaput ja tussit" in local_first and "Nimilaput ja tussit" not in remote_first
    # Session 2's list edited by the leaders stays as it is when the group goes local.
    second = program.get_program(store, eta).sessions[1]
    program.update_session(store, second.id, program.SessionEdit(materials=["Oma lista"]))
    details = groups.get_details(store, eta)
    groups.update_details(store, replace(details, mode=GroupMode.LOCAL, meeting_link=""))
    view = program.get_program(store, eta)
    assert list(view.sessions[0].materials) == list(template.materials)
    assert list(view.sessions[1].materials) == ["Oma lista"]


def test_remote_slides_carry_the_meeting_link_on_the_first_slide(
    store: Store, tmp_path: Path
) -> None:
    lahi, eta = _lahi_and_eta(store)
    for number in range(1, program.SESSION_COUNT + 1):
        remote = slides.group_deck(store, eta, number)
        assert any(LINK in p for p in remote.slides[0].points), number
        assert all(LINK not in p for s in remote.slides[1:] for p in s.points)
        local = slides.group_deck(store, lahi, number)
        assert not local.slides[0].points
    path = jobs.export_slides(store, tmp_path / "d.pdf", 1, eta)
    first = "".join(PdfReader(path).pages[0].extract_text().split())
    assert "Etäyhteys:" in first and LINK.replace("/", "") in first.replace("/", "")


def test_remote_forms_say_how_they_come_back_anonymously(store: Store, tmp_path: Path) -> None:
    from voimaa import remote

    lahi, eta = _lahi_and_eta(store)
    for gid, is_remote in ((lahi, False), (eta, True)):
        fb = jobs.export_feedback_form(store, tmp_path / "p.pdf", group_id=gid)
        pages = _pages_text(fb)
        assert len(pages) == 2
        assert (" ".join(remote.feedback_return().split()) in " ".join(pages)) is is_remote
        eh = jobs.export_eurohis_forms(store, tmp_path / "e.pdf", group_id=gid)
        pages = _pages_text(eh)
        assert len(pages) == 1  # one participant, one page
        assert (remote.eurohis_return() in pages[0]) is is_remote
        plan = jobs.export_plan(store, tmp_path / "s.pdf", gid)
        text = " ".join(_pages_text(plan))
        assert ("Etäryhmä: postita työkirjan luku 1, EUROHIS-8-alkukysely" in text) is is_remote
        assert (LINK in text.replace(" ", "")) is is_remote


# ----- the leaders' plan ---------------------------------------------------------------------


def _sizes(path: Path) -> list[tuple[str, float]]:
    """Every piece of text of the PDF with its size in points (the text matrix applied)."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            found.append((text.strip(), size * (abs(tm[3] * cm[3]) or 1.0)))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("remote", [False, True])
def test_plan_text_is_never_below_10_pt_and_forms_are_listed_once(
    store: Store, tmp_path: Path, remote: bool
) -> None:
    lahi, eta = _lahi_and_eta(store)
    path = jobs.export_plan(store, tmp_path / "s.pdf", eta if remote else lahi)
    sizes = _sizes(path)
    assert sizes and min(size for _, size in sizes) >= 10 - 0.01
    pages = _pages_text(path)
    starts = [i for i, text in enumerate(pages) if re.search(r"\b\d\. kerta: [A-ZÄÖ]", text)]
    assert len(starts) == program.SESSION_COUNT  # every session from a new page
    assert all(b - a <= 2 for a, b in zip(starts, [*starts[1:], len(pages)], strict=True))
    first = " ".join(pages[starts[0] : starts[1]])
    assert first.count("Lomakkeet: EUROHIS-8-alkukysely") == 1
    assert "EUROHIS-8-lomakkeet (alkukysely)" not in first
    last = " ".join(pages[starts[-1] :])
    assert last.count("Lomakkeet: EUROHIS-8-loppukysely, Palautelomake") == 1
    assert "Muistiinpanot, 8. kerta" in last
