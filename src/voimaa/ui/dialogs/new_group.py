"""The new group wizard: the group, its leader pair, and its schedule and program.

Three short steps. "Luo ryhmä" shows on the last step and works once the rules of
:func:`voimaa.group_checks.check_new_group` hold (a name, a leader, a valid meeting link, sessions
on public holidays confirmed); "Seuraava" refuses to leave a step with a problem, and a message
goes as soon as it is fixed. The caller creates the group from :meth:`NewGroupDialog.spec` when
accepted.
"""

from __future__ import annotations

import uuid
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from voimaa import group_checks, groups, program
from voimaa.formats import format_date, weekday_name, weekday_short
from voimaa.models import GroupMode
from voimaa.store import Store
from voimaa.ui.date_edit import DateEdit
from voimaa.ui.ops import Op

ROLES = ("sosiaaliohjaaja", "kehittäjä")


def _to_date(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


class LeaderBox(QGroupBox):
    """Name, role and work contact of one leader."""

    def __init__(self, title: str, number: int, role: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName(f"leader{number}Name")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName(f"leader{number}Role")
        self.role_combo.setEditable(True)
        self.role_combo.addItems(list(ROLES))
        self.role_combo.setCurrentText(role)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName(f"leader{number}Phone")
        self.phone_edit.setPlaceholderText(self.tr("työpuhelin"))
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName(f"leader{number}Email")
        self.email_edit.setPlaceholderText(self.tr("työsähköposti"))
        form = QFormLayout(self)
        form.addRow(self.tr("Nimi"), self.name_edit)
        form.addRow(self.tr("Rooli"), self.role_combo)
        form.addRow(self.tr("Puhelin"), self.phone_edit)
        form.addRow(self.tr("Sähköposti"), self.email_edit)

    def set_spec(self, leader: groups.LeaderSpec) -> None:
        self.name_edit.setText(leader.name)
        self.role_combo.setCurrentText(leader.role)
        self.phone_edit.setText(leader.phone)
        self.email_edit.setText(leader.email)

    def spec(self) -> groups.LeaderSpec:
        return groups.LeaderSpec(
            name=self.name_edit.text().strip(),
            role=self.role_combo.currentText().strip(),
            phone=self.phone_edit.text().strip(),
            email=self.email_edit.text().strip(),
        )


class NewGroupDialog(QDialog):
    """Asks what a new group needs; the caller creates it from :meth:`spec` when accepted."""

    def __init__(self, parent: QWidget | None = None, store: Store | None = None) -> None:
        super().__init__(parent)
        self.store = store if store is not None else getattr(parent, "store", None)
        self.today = date.today
        self._tried: set[int] = set()  # steps whose problems are shown (after a try to leave)
        self.setWindowTitle(self.tr("Uusi ryhmä"))
        self.setMinimumWidth(560)

        self.step_label = QLabel(self)
        self.step_label.setObjectName("stepLabel")
        self.step_label.setStyleSheet("font-weight: bold; font-size: 13pt")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._group_page())
        self.pages.addWidget(self._leaders_page())
        self.pages.addWidget(self._schedule_page())

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)

        self.back_button = QPushButton(self.tr("‹ Edellinen"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("Seuraava ›"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next_step)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Luo ryhmä"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.next_button.setDefault(True)

        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(nav)
        self._update_mode()
        self._update_schedule()
        for edit in (
            self.name_edit,
            self.link_edit,
            self.leader1.name_edit,
            self.leader2.name_edit,
        ):
            edit.textChanged.connect(self._validate)
        self.local_radio.toggled.connect(self._validate)
        self.holiday_check.toggled.connect(self._validate)
        self.go_to(0)

    # ----- pages -----------------------------------------------------------------------------
    def _group_page(self) -> QWidget:
        page = QWidget(self)
        self.name_edit = QLineEdit(page)
        self.name_edit.setObjectName("groupName")
        self.name_edit.setPlaceholderText(self.tr("esim. Mikkelin kevään ryhmä"))
        self.place_combo = QComboBox(page)
        self.place_combo.setObjectName("groupPlace")
        self.place_combo.setEditable(True)
        self.place_combo.addItems(list(groups.KNOWN_PLACES))
        place_edit = self.place_combo.lineEdit()
        if place_edit is not None:
            place_edit.setPlaceholderText(self.tr("tai kirjoita paikkakunta"))
        # Kept for callers that read the mode from a combo box; the radio buttons drive it.
        self.mode_combo = QComboBox(page)
        self.mode_combo.addItem(self.tr("Lähiryhmä"), GroupMode.LOCAL)
        self.mode_combo.addItem(self.tr("Etäryhmä"), GroupMode.REMOTE)
        self.mode_combo.setVisible(False)
        self.local_radio = QRadioButton(self.tr("Lähiryhmä – tavataan samassa paikassa"), page)
        self.local_radio.setObjectName("localMode")
        self.remote_radio = QRadioButton(self.tr("Etäryhmä – tavataan verkossa"), page)
        self.remote_radio.setObjectName("remoteMode")
        self.local_radio.setChecked(True)
        self.mode_group = QButtonGroup(page)
        self.mode_group.addButton(self.local_radio)
        self.mode_group.addButton(self.remote_radio)
        self.local_radio.toggled.connect(self._update_mode)
        self.link_edit = QLineEdit(page)
        self.link_edit.setObjectName("meetingLink")
        self.link_edit.setPlaceholderText(self.tr("https://… (etätapaamisen linkki)"))
        modes = QVBoxLayout()
        modes.addWidget(self.local_radio)
        modes.addWidget(self.remote_radio)
        form = QFormLayout(page)
        form.addRow(self.tr("Ryhmän nimi"), self.name_edit)
        form.addRow(self.tr("Paikkakunta"), self.place_combo)
        form.addRow(self.tr("Toimintamuoto"), modes)
        self.link_label = QLabel(self.tr("Tapaamisen linkki"), page)
        form.addRow(self.link_label, self.link_edit)
        hint = QLabel(
            self.tr(
                "Ryhmään mahtuu enintään 8 osallistujaa. Etäryhmä on ihmisille, joilla on "
                "digitaidot mutta joiden on vaikea lähteä kotoa."
            ),
            page,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        form.addRow(hint)
        return page

    def _leaders_page(self) -> QWidget:
        page = QWidget(self)
        self.leader1 = LeaderBox(self.tr("Ensimmäinen ohjaaja"), 1, ROLES[0], page)
        self.leader2 = LeaderBox(self.tr("Toinen ohjaaja"), 2, ROLES[1], page)
        hint = QLabel(
            self.tr(
                "Ryhmää ohjaa yleensä pari: kunnan sosiaaliohjaaja ja hankkeen kehittäjä. "
                "Etäryhmää voi ohjata yksikin työntekijä. Yhteystiedot tulevat työkirjan kanteen."
            ),
            page,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        grid = QGridLayout(page)
        grid.addWidget(self.leader1, 0, 0)
        grid.addWidget(self.leader2, 0, 1)
        grid.addWidget(hint, 1, 0, 1, 2)
        grid.setRowStretch(2, 1)
        return page

    def _schedule_page(self) -> QWidget:
        page = QWidget(self)
        self.date_edit = DateEdit(page)
        self.date_edit.setObjectName("firstDate")
        self.date_edit.setDate(QDate.currentDate().addDays(14))
        self.date_edit.dateChanged.connect(self._update_schedule)
        self.weekday_label = QLabel(page)
        self.weekday_label.setObjectName("weekdayLabel")
        self.time_edit = QTimeEdit(page)
        self.time_edit.setObjectName("startTime")
        self.time_edit.setDisplayFormat("H.mm")
        self.time_edit.setTime(QTime(13, 0))
        self.minutes_spin = QSpinBox(page)
        self.minutes_spin.setObjectName("sessionMinutes")
        self.minutes_spin.setRange(15, 600)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(program.DEFAULT_SESSION_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.template_combo = QComboBox(page)
        self.template_combo.setObjectName("templateCombo")
        templates = (
            program.list_templates(self.store)
            if self.store is not None
            else [program.TemplateSummary(None, program.default_template().name, "", 8)]
        )
        for t in templates:
            self.template_combo.addItem(t.name, t.id)
        self.preview = QListWidget(page)
        self.preview.setObjectName("schedulePreview")
        self.preview.setMinimumHeight(160)
        self.preview.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.flag_label = QLabel(page)
        self.flag_label.setObjectName("flagLabel")
        self.flag_label.setWordWrap(True)
        self.holiday_check = QCheckBox(
            self.tr("Tiedän tämän: siirrän kerran Ohjelma-välilehdellä ryhmän luomisen jälkeen"),
            page,
        )
        self.holiday_check.setObjectName("holidayConfirm")
        self.notice_label = QLabel(page)
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("color: #7a4b00")
        day_row = QHBoxLayout()
        day_row.addWidget(self.date_edit)
        day_row.addWidget(self.weekday_label, 1)
        form = QFormLayout(page)
        form.addRow(self.tr("Ensimmäinen kerta"), day_row)
        form.addRow(self.tr("Alkaa klo"), self.time_edit)
        form.addRow(self.tr("Kerran pituus"), self.minutes_spin)
        form.addRow(self.tr("Ohjelma"), self.template_combo)
        form.addRow(QLabel(self.tr("Kerrat kokoontuvat viikon välein:"), page))
        form.addRow(self.preview)
        form.addRow(self.flag_label)
        form.addRow(self.holiday_check)
        form.addRow(self.notice_label)
        return page

    # ----- behaviour ---------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        index = max(0, min(self.pages.count() - 1, index))
        self.pages.setCurrentIndex(index)
        titles = (
            self.tr("Vaihe 1/3: Ryhmä"),
            self.tr("Vaihe 2/3: Ohjaajat"),
            self.tr("Vaihe 3/3: Aikataulu ja ohjelma"),
        )
        self.step_label.setText(titles[index])
        last = index == self.pages.count() - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(not last)
        self.next_button.setVisible(not last)
        self.create_button.setVisible(last)
        self.create_button.setDefault(last)
        self.next_button.setDefault(not last)
        if last:
            self._tried.update(range(self.pages.count()))
        self._validate()

    def next_step(self) -> None:
        """Go on to the next step unless this one has a problem (then say what it is)."""
        index = self.pages.currentIndex()
        self._tried.add(index)
        if any(step == index for step, _text in self.check().problems):
            self._validate()
            return
        self.go_to(index + 1)

    def check(self) -> group_checks.NewGroupCheck:
        """The core's verdict on what has been filled in so far."""
        return group_checks.check_new_group(
            name=self.name_edit.text(),
            mode=GroupMode.REMOTE if self.remote_radio.isChecked() else GroupMode.LOCAL,
            meeting_link=self.link_edit.text(),
            leader_names=(self.leader1.name_edit.text(), self.leader2.name_edit.text()),
            start=_to_date(self.date_edit.date()),
            today=self.today(),
            holidays_confirmed=self.holiday_check.isChecked(),
        )

    def _validate(self) -> None:
        """Show the problems of the steps already tried (none once fixed) and the notices;
        "Luo ryhmä" works only without problems."""
        result = self.check()
        index = self.pages.currentIndex()
        shown = [text for step, text in result.problems if step in self._tried and step <= index]
        self.error_label.setText("\n".join(shown))
        self.create_button.setEnabled(result.ok)
        self.holiday_check.setVisible(bool(result.holidays) or self.holiday_check.isChecked())
        self.notice_label.setText("\n".join(result.notices))
        self.notice_label.setVisible(bool(result.notices))
        layout = self.layout()
        if self.isVisible() and layout is not None:  # a message may need room: grow, not shrink
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _update_mode(self) -> None:
        remote = self.remote_radio.isChecked()
        self.mode_combo.setCurrentIndex(1 if remote else 0)
        self.link_edit.setEnabled(remote)
        self.link_label.setEnabled(remote)

    def _update_schedule(self) -> None:
        first = _to_date(self.date_edit.date())
        self.weekday_label.setText(
            self.tr("{weekday}, kokoontuu joka viikko").format(weekday=weekday_name(first))
        )
        self.preview.clear()
        flagged = 0
        for item in program.preview_schedule(first):
            assert item.date is not None
            text = self.tr("{n}. kerta  {wd} {date}").format(
                n=item.number, wd=weekday_short(item.date), date=format_date(item.date)
            )
            if item.flags:
                flagged += 1
                text += "   ⚠ " + "; ".join(item.flags)
            row = QListWidgetItem(text)
            if item.flags:
                row.setForeground(Qt.GlobalColor.darkRed)
            self.preview.addItem(row)
        if flagged == 0:
            text = self.tr("Voit muuttaa yksittäisiä päiviä myöhemmin Ohjelma-välilehdellä.")
        elif flagged == 1:
            text = self.tr(
                "⚠ Yksi päivä osuu pyhäpäivälle. Voit siirtää sen ryhmän luomisen jälkeen "
                "Ohjelma-välilehdellä."
            )
        else:
            text = self.tr(
                "⚠ {n} päivää osuu pyhäpäiville. Voit siirtää ne ryhmän luomisen jälkeen "
                "Ohjelma-välilehdellä."
            ).format(n=flagged)
        self.flag_label.setText(text)
        self.holiday_check.setChecked(False)  # another date: confirm its holidays anew
        self._validate()

    def leaders(self) -> tuple[groups.LeaderSpec, ...]:
        return tuple(b.spec() for b in (self.leader1, self.leader2) if b.spec().name)

    def template_id(self) -> uuid.UUID | None:
        return self.template_combo.currentData()

    def spec(self) -> groups.NewGroup:
        remote = self.remote_radio.isChecked()
        template = None
        if self.store is not None and self.template_id() is not None:
            template = program.load_template(self.store, self.template_id())
        qt = self.time_edit.time()
        return groups.NewGroup(
            name=self.name_edit.text(),
            place=self.place_combo.currentText(),
            mode=GroupMode.REMOTE if remote else GroupMode.LOCAL,
            meeting_link=self.link_edit.text() if remote else "",
            start_date=_to_date(self.date_edit.date()),
            start_time=time(qt.hour(), qt.minute()),
            session_minutes=self.minutes_spin.value(),
            leaders=self.leaders(),
            template=template,
        )

    def _try_accept(self) -> None:
        self._tried.update(range(self.pages.count()))
        problems = self.check().problems
        if problems:
            self.go_to(problems[0][0])
            self._validate()
            return
        refused = self.error_label.setText
        if Op(self, self.spec).failure(lambda exc: refused(str(exc))).call() is None:
            return
        self.error_label.clear()
        self.accept()
