"""What the leader's walk-through at 1280×680 found (issue 11, last paragraph; notes in j11.md):
every dialog fits the small screen, messages are not cut off, nothing shows personal data while
the window is locked, whichever section or sub-tab was open."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSPHRASE
from tests.ui.test_protection import _texts
from voimaa import demo, experts, groups, keys, roster
from voimaa.store import Store
from voimaa.ui import ask, unlock
from voimaa.ui.access_log import AccessLogDialog
from voimaa.ui.coordinator_window import CoordinatorWindow
from voimaa.ui.dialogs.about import AboutDialog, LicencesDialog
from voimaa.ui.dialogs.group_details import GroupDetailsDialog
from voimaa.ui.dialogs.new_group import NewGroupDialog
from voimaa.ui.dialogs.templates import TemplatesDialog
from voimaa.ui.main_window import MainWindow
from voimaa.ui.protection import CopySecretDialog, PassphraseDialog, RestoreDialog

SCREEN_W, SCREEN_H = 1280, 680


def _fits(widget: QWidget) -> None:
    hint = widget.sizeHint()
    assert hint.width() <= SCREEN_W and hint.height() <= SCREEN_H, (type(widget), hint)
    assert widget.width() <= SCREEN_W and widget.height() <= SCREEN_H, (type(widget), widget.size())


def _not_cut(label: QLabel) -> None:
    """A word-wrapped label has the height its lines need at its width."""
    assert label.isVisible()
    assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_every_dialog_fits_the_small_screen(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID, tmp_path: Path
) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(SCREEN_W, SCREEN_H)
    window.show()
    details = groups.get_details(demo_store, demo_group_id)
    fresh = tmp_path / "uusi"
    fresh.mkdir()
    made = [
        unlock.FirstStartDialog(fresh),
        unlock.UnlockDialog(demo_store.data_dir),
        NewGroupDialog(window, demo_store),
        GroupDetailsDialog(details, window),
        RestoreDialog(window, demo_store),
        PassphraseDialog(demo_store, window),
        CopySecretDialog(window),
        AccessLogDialog(demo_store, window),
        AboutDialog(demo_store, window),
        LicencesDialog(window),
        TemplatesDialog(demo_store, window),
        CoordinatorWindow(demo_store, window),
    ]
    for widget in made:
        qtbot.addWidget(widget)
        widget.show()
        _fits(widget)
        widget.close()
    wizard = made[2]
    assert isinstance(wizard, NewGroupDialog)
    wizard.show()
    wizard.remote_radio.setChecked(True)
    wizard.link_edit.setText("teams kokous")
    for _ in range(3):
        wizard.next_button.click()  # refused: the messages make the dialog grow
        _fits(wizard)
        _not_cut(wizard.error_label)


def test_a_wrong_passphrase_message_is_shown_whole(qtbot: QtBot, tmp_path: Path) -> None:
    """The unlock dialog stayed at its first size and cut the refusal's second line in half."""
    keys.create(tmp_path, "oikea tunnuslause tässä")
    dialog = unlock.UnlockDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.field.setText("väärin meni")
    dialog.try_open()
    QApplication.processEvents()
    assert "Tunnuslause on väärä" in dialog.problem.text()
    _not_cut(dialog.problem)
    _fits(dialog)


def test_a_text_question_shows_the_whole_group_name(qtbot: QtBot) -> None:
    """Nimeä uudelleen: Qt's getText was 200 px wide and showed only the end of the name."""
    name = demo.DEMO_GROUP_NAME + " – kevät 2027, Mikkelin toimipiste"
    dialog = ask.text_dialog(None, "Nimeä ryhmä", "Uusi nimi:", name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    (field,) = [
        w for w in dialog.findChildren(QWidget) if w.metaObject().className() == "QLineEdit"
    ]
    assert field.width() >= field.fontMetrics().horizontalAdvance(name)
    assert dialog.width() >= ask.TEXT_DIALOG_MIN_WIDTH
    _fits(dialog)


def test_the_restore_dialog_says_what_to_do_without_backups(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    dialog = RestoreDialog(window, store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.list.isVisible()
    assert "Varmuuskopioi nyt" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()
    groups.create_group(store, groups.NewGroup(name="Ensimmäinen"))
    store.backup(reason="eka")
    dialog.fill()
    assert dialog.list.isVisible() and not dialog.empty.isVisible()
    assert dialog.restore_button.isEnabled()


def _views(window: MainWindow) -> list[tuple[str, QTabWidget, int]]:
    """Every tab and inner tab of the window: (name, tab widget, index), built as shown."""
    found: list[tuple[str, QTabWidget, int]] = []
    outer = window.centralWidget()
    tops = [outer] if isinstance(outer, QTabWidget) else []
    for top in tops:
        for i in range(top.count()):
            found.append((top.tabText(i), top, i))
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        found.append((window.tabs.tabText(i), window.tabs, i))
        page = window.tabs.widget(i)
        for inner in page.findChildren(QTabWidget):
            for j in range(inner.count()):
                found.append((f"{window.tabs.tabText(i)}/{inner.tabText(j)}", inner, j))
    return found


def test_nothing_personal_shows_while_locked_in_any_section(
    qtbot: QtBot, demo_store: Store, demo_group_id: uuid.UUID
) -> None:
    """Ctrl+L (or the idle time) on any section, sub-tab or the Yksilötyö view: no participant
    name or phone, leader, expert or group name is left anywhere a person or a screen reader
    can read it. The coordinator window, open beside, is hidden too."""
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(SCREEN_W, SCREEN_H)
    window.show()
    people = roster.list_participants(demo_store, demo_group_id)
    details = groups.get_details(demo_store, demo_group_id)
    secrets = [p.name for p in people] + [p.phone for p in people if p.phone]
    secrets += [leader.name for leader in details.leaders if leader.name]
    secrets += [e.name for e in experts.list_experts(demo_store)]
    secrets.append(demo.DEMO_GROUP_NAME)
    coordinator = CoordinatorWindow(demo_store, window)
    qtbot.addWidget(coordinator)
    coordinator.show()
    views = _views(window)
    assert len(views) >= 12  # eight sections, their sub-tabs and the top tabs
    for name, tabs, index in views:
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        window.lock_guard.lock()
        QApplication.processEvents()
        seen = [t for w in QApplication.topLevelWidgets() if w.isVisible() for t in _texts(w)]
        leaked = [s for s in secrets if any(s in t for t in seen)]
        assert leaked == [], name
        assert not coordinator.isVisible()
        screen = window.lock_guard.screen
        assert screen is not None
        screen.field.setText(TEST_PASSPHRASE)
        screen.try_unlock()
        assert not window.lock_guard.locked, name
    assert coordinator.isVisible()


@pytest.mark.parametrize("blank", [True, False])
def test_the_first_start_page_keeps_its_text_together(
    qtbot: QtBot, tmp_path: Path, blank: bool
) -> None:
    """The spare height of the first-start dialog goes below the text, not between the
    paragraphs, the fields and the message (they stood apart at the dialog's first size)."""
    dialog = unlock.FirstStartDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if not blank:
        dialog.first.setText("lyhyt")
        dialog.next_button.click()
    gap = dialog.problem.geometry().top() - dialog.second.geometry().bottom()
    assert gap < 40, gap
    _fits(dialog)


@pytest.mark.parametrize("width", [560, 760, 930, 1400])
def test_the_feedback_legend_never_runs_over_the_mean_column(qtbot: QtBot, width: int) -> None:
    """At 1280×680 the legend's "5 Täysin samaa mieltä" was drawn over "ka (n)": the legend
    now wraps before the mean column, and the bars move down under it."""
    from voimaa.feedback import default_form
    from voimaa.ui.charts import DistributionChart, DistributionRow

    scale = tuple(default_form()["scale"])

    chart = DistributionChart()
    qtbot.addWidget(chart)
    row = DistributionRow("Ryhmässä oli turvallista olla.", (0, 0, 1, 2, 2), 4.2)
    chart.set_rows([row], scale)
    chart.resize(width, chart.height())
    chart.show()
    QApplication.processEvents()
    metrics = chart.fontMetrics()
    _label, bar_left, bar_width = chart._columns(width)
    legend = chart.legend(width)
    assert [v for _x, _l, v, _t in legend] == [1, 2, 3, 4, 5]
    for x, _line, _value, text in legend:
        assert x + 16 + metrics.horizontalAdvance(text) <= bar_left + bar_width, text
    lines = 1 + max(line for _x, line, _v, _t in legend)
    assert chart.height() == chart.height_for(width) == 26 + 18 * lines + chart.ROW_HEIGHT
    if width >= 1400:
        assert lines == 1  # a wide window keeps the one-line legend


def test_the_access_log_export_offers_to_open_the_file(
    qtbot: QtBot, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, system_calls
) -> None:  # type: ignore[no-untyped-def]
    """Tapahtumaloki's exports end like every other export: Avaa / Näytä kansiossa."""
    target = tmp_path / "loki.pdf"
    monkeypatch.setattr(ask, "save_path", lambda *a: str(target))
    told: list[str] = []

    def inform_file(_parent: object, _title: str, text: str) -> str:
        told.append(text)
        return ask.OPEN

    monkeypatch.setattr(ask, "inform_file", inform_file)
    dialog = AccessLogDialog(demo_store)
    qtbot.addWidget(dialog)
    assert not dialog.table.verticalHeader().isVisible()
    dialog.export(".pdf")
    assert target.exists() and told and str(target) in told[0]
    assert ("open_url", str(target)) in system_calls.calls


def test_the_lock_screen_shows_a_typed_recovery_key(qtbot: QtBot, store: Store) -> None:
    """Like the unlock dialog: with "Käytä palautusavainta" the key is shown as typed (it is
    copied from paper), and the passphrase is hidden again when the box is cleared."""
    from PySide6.QtWidgets import QLineEdit as Field

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.lock_guard.lock()
    screen = window.lock_guard.screen
    assert screen is not None
    assert screen.field.echoMode() == Field.EchoMode.Password
    screen.use_recovery.setChecked(True)
    assert screen.field.echoMode() == Field.EchoMode.Normal
    assert screen.field.placeholderText().startswith("XXXXX-")
    screen.use_recovery.setChecked(False)
    assert screen.field.echoMode() == Field.EchoMode.Password
    screen.field.setText(TEST_PASSPHRASE)
    screen.try_unlock()
    assert not window.lock_guard.locked
