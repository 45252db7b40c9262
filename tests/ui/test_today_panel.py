"""The Tänään panel: the program opens on the group with the nearest session and each checklist
item is one click from its action."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from voimaa import groups, roster
from voimaa.models import GroupMode
from voimaa.store import Store
from voimaa.today import ItemKind
from voimaa.ui.main_window import MainWindow
from voimaa.ui.sections.attendance import AttendanceSection
from voimaa.ui.sections.program import ProgramSection

LINK = "https://teams.example.fi/kokous/123"


def soon_group(store: Store, name: str, *, remote: bool = False) -> uuid.UUID:
    group = groups.create_group(
        store,
        groups.NewGroup(
            name=name,
            place="" if remote else "Mikkeli",
            mode=GroupMode.REMOTE if remote else GroupMode.LOCAL,
            meeting_link=LINK if remote else "",
            start_date=date.today() + timedelta(days=2),
            start_time=time(13, 0),
        ),
    )
    roster.add_participant(store, group.id, roster.ParticipantData(name="Aino Esimerkki"))
    return group.id


def open_window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def item_label(window: MainWindow, kind: ItemKind) -> QLabel:
    label = window.today_panel.findChild(QLabel, f"todayItem_{kind.value}")
    assert label is not None, kind
    return label


def click(label: QLabel) -> None:
    """The link in the label, as a click on it activates it."""
    href = label.text().split("href='", 1)[1].split("'", 1)[0]
    label.linkActivated.emit(href)


def test_opens_on_the_group_with_the_nearest_session(qtbot: QtBot, demo_store: Store) -> None:
    soon = soon_group(demo_store, "Mikkelin ryhmä")
    window = open_window(qtbot, demo_store)  # the demo group is first in the list, and ended
    assert window.current_group_id() == soon
    panel = window.today_panel
    assert panel.isVisible()
    first = date.today() + timedelta(days=2)
    assert panel.headline.text().startswith(
        f"Seuraava kerta: 1. kerta {['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'][first.weekday()]} "
        f"{first.day}.{first.month}. klo 13.00"
    )
    texts = [label.text() for label in panel.item_labels]
    assert any("EUROHIS-8-alkulomakkeet" in t for t in texts)


def test_items_run_their_actions(
    qtbot: QtBot,
    store: Store,
    answers: dict,  # type: ignore[type-arg]
    system_calls,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    soon_group(store, "Etäryhmä", remote=True)
    window = open_window(qtbot, store)
    click(item_label(window, ItemKind.EUROHIS_BEFORE))
    assert system_calls.calls[-1][0] == "launch"  # the forms went to the printer
    answers["save_path"] = str(tmp_path / "diat.pdf")
    click(item_label(window, ItemKind.SLIDES))
    assert (tmp_path / "diat.pdf").exists()
    assert isinstance(window.tabs.currentWidget().widget(), ProgramSection)  # type: ignore[attr-defined]
    answers["save_path"] = str(tmp_path / "lista.pdf")
    click(item_label(window, ItemKind.SIGNIN))
    assert (tmp_path / "lista.pdf").exists()
    assert isinstance(window.tabs.currentWidget().widget(), AttendanceSection)  # type: ignore[attr-defined]


def test_the_meeting_link_item_opens_that_address(
    qtbot: QtBot,
    store: Store,
    system_calls,  # type: ignore[no-untyped-def]
) -> None:
    opened: list[str] = []
    system_calls.open_url = lambda url: opened.append(url.toString()) or True
    soon_group(store, "Etäryhmä", remote=True)
    window = open_window(qtbot, store)
    click(item_label(window, ItemKind.MEETING_LINK))
    assert opened == [LINK]


def test_marking_attendance_updates_the_checklist(qtbot: QtBot, store: Store) -> None:
    group = groups.create_group(
        store,
        groups.NewGroup(
            name="Alkanut ryhmä",
            place="Juva",
            start_date=date.today() - timedelta(days=3),
            start_time=time(13, 0),
        ),
    )
    roster.add_participant(store, group.id, roster.ParticipantData(name="Aino Esimerkki"))
    window = open_window(qtbot, store)
    label = item_label(window, ItemKind.ATTENDANCE)
    assert "Merkitse läsnäolot: 1. kerta" in label.text()
    click(label)
    section = window.tabs.currentWidget().widget()  # type: ignore[attr-defined]
    assert isinstance(section, AttendanceSection)
    assert section.view.currentIndex().column() == 1  # the first session's column
    from PySide6.QtCore import Qt

    from voimaa.ui.attendance_model import FIRST_SESSION_COLUMN

    section.view.setCurrentIndex(section.model.index(0, FIRST_SESSION_COLUMN))
    qtbot.keyClick(section.view, Qt.Key.Key_L)
    left = [lbl.text() for lbl in window.today_panel.item_labels]
    assert left and not any("Merkitse läsnäolot" in t for t in left), left
