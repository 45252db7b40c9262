"""The feedback form of individual work in the Yksilötyö view: typing in a returned paper form
(the painted pad of group feedback, keys 1–5, 0 = no answer) and the pooled results by place
and year, the blank form to print and the pools to Excel. A saved form is not tied to the
period and can never be opened again alone (voimaa.individual.feedback says why)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from voimaa.export import jobs
from voimaa.formats import format_decimal
from voimaa.i18n import Context, translate
from voimaa.individual import feedback
from voimaa.ui import ask
from voimaa.ui.feedback_pad import SKIPPED, UNSET, RatingPad
from voimaa.ui.ops import Op

if TYPE_CHECKING:
    from voimaa.ui.individual.view import IndividualView

PeriodFeedback = Context("PeriodFeedback")
ANSWER_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}
SKIP_KEYS = {Qt.Key.Key_0, Qt.Key.Key_Delete}


class PeriodFeedbackDialog(QDialog):
    """One returned paper form, typed in: 1–5 answers a statement and moves on, 0 or Delete
    leaves it unanswered; then the open questions; Ctrl+Enter (or OK) saves."""

    def __init__(self, parent: QWidget | None, place: str) -> None:
        super().__init__(parent)
        self.form = feedback.period_form()
        self.setWindowTitle(self.tr("Yksilötyön palautelomake"))
        note = QLabel(
            self.tr(
                "Vastaus tallennetaan ilman yhteyttä asiakkaaseen tai jaksoon: vain paikkakunta "
                "({place}) ja tämä vuosi. Sitä ei voi avata myöhemmin yksin; tulokset näytetään "
                "koosteena, kun paikkakunnalla on vuoden aikana vähintään 3 lomaketta ja vuosi "
                "on päättynyt. Tarkista vastaukset ennen tallennusta."
            ).format(place=place or "–"),
            self,
        )
        note.setWordWrap(True)
        self.pad = RatingPad(self)
        self.pad.set_form(self.form)
        self.pad.clicked.connect(self._clicked)
        self.answers: list[QLineEdit] = []
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(
            QLabel(self.tr("Näppäimet 1–5 vastaavat, 0 tai Delete = ei vastausta."), self)
        )
        layout.addWidget(self.pad)
        for q in self.form.questions:
            layout.addWidget(QLabel(q.text, self))
            edit = QLineEdit(self)
            edit.setObjectName(f"answer_{q.key}")
            self.answers.append(edit)
            layout.addWidget(edit)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def ratings(self) -> dict[str, int | None]:
        return {
            st.key: c if isinstance(c, int) else None
            for st, c in zip(self.form.statements, self.pad.cells, strict=True)
        }

    def open_answers(self) -> dict[str, str]:
        return {q.key: e.text() for q, e in zip(self.form.questions, self.answers, strict=True)}

    def _clicked(self, index: int, answer: int) -> None:
        self.pad.current = index
        if answer:
            self._answer(answer)

    def _answer(self, value: int | str) -> None:
        index = self.pad.current
        if index >= len(self.pad.cells):
            return
        self.pad.cells[index] = value
        self.pad.current = index + 1
        self.pad.update()
        if self.pad.current >= len(self.pad.cells) and self.answers:
            self.answers[0].setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            self.accept()
        elif key in ANSWER_KEYS and self.pad.current < len(self.pad.cells):
            self._answer(ANSWER_KEYS[Qt.Key(key)])
        elif key in SKIP_KEYS and self.pad.current < len(self.pad.cells):
            self._answer(SKIPPED)
        elif key == Qt.Key.Key_Up:
            self.pad.current = max(0, self.pad.current - 1)
            self.pad.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter alone never saves a form that cannot be opened again
        else:
            super().keyPressEvent(event)

    def typed(self) -> int:
        return sum(1 for c in self.pad.cells if c != UNSET)


def enter_feedback(view: IndividualView) -> None:
    """Type in a returned form under the selected period's place (not under the period)."""
    period = view.editor.period
    if period is None:
        return
    dialog = PeriodFeedbackDialog(view, period.place)
    today = view.today

    def save() -> None:
        ratings, answers = dialog.ratings(), dialog.open_answers()
        Op(
            view,
            lambda: feedback.save_period_feedback(
                view.store, period.id, ratings, answers, today=today
            ),
        ).success(
            lambda n: ask.inform(
                view,
                view.tr("Palaute"),
                PeriodFeedback.tr(
                    "Palaute tallennettu. Paikkakunnalla on tänä vuonna %n lomake."
                    "|Palaute tallennettu. Paikkakunnalla on tänä vuonna %n lomaketta.",
                    None,
                    n,
                ),
            )
        ).run()

    dialog.accepted.connect(save)
    view.dialog = dialog
    dialog.open()
    dialog.setFocus()


class FeedbackPoolsDialog(QDialog):
    """The pooled feedback of individual work: what is shown, and why the rest is not."""

    def __init__(self, parent: QWidget | None, view: IndividualView) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(self.tr("Yksilötyön palautteet"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("feedbackPools")
        self.print_button = QPushButton(self.tr("Tulosta tyhjä lomake…"), self)
        self.print_button.setObjectName("printPeriodFeedbackForm")
        self.print_button.clicked.connect(self.print_form)
        self.export_button = QPushButton(self.tr("Vie Exceliin…"), self)
        self.export_button.setObjectName("exportPeriodFeedback")
        self.export_button.clicked.connect(self.export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.resize(760, 520)
        self.fill(view.today)

    def fill(self, today: date) -> None:
        pools = Op(self, lambda: feedback.feedback_pools(self.view.store, today=today)).call()
        self.text.setHtml(pools_html(pools or []))

    def print_form(self) -> None:
        path = ask.save_to_file(
            self,
            "feedback",
            self.tr("Tallenna palautelomake"),
            "palaute-yksilotyo.pdf",
            "PDF (*.pdf)",
        )
        if path is None:
            return
        Op(self, lambda: jobs.export_period_feedback_form(self.view.store, path)).success(
            lambda w: ask.inform(
                self, self.tr("Palaute"), self.tr("Tallennettu: {path}").format(path=w)
            )
        ).run()

    def export(self) -> None:
        path = ask.save_to_file(
            self,
            "feedback",
            self.tr("Tallenna palautteet"),
            "palautteet-yksilotyo.xlsx",
            "Excel (*.xlsx)",
        )
        if path is None:
            return
        today = self.view.today
        Op(self, lambda: jobs.export_period_feedback(self.view.store, path, today=today)).success(
            lambda w: ask.inform(
                self, self.tr("Palaute"), self.tr("Tallennettu: {path}").format(path=w)
            )
        ).run()


def pools_html(pools: list[feedback.FeedbackPool]) -> str:
    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    if not pools:
        return (
            "<p>"
            + esc(translate("PeriodFeedback", "Palautteita ei ole vielä tallennettu."))
            + "</p>"
        )
    parts = [
        "<p>"
        + esc(
            translate(
                "PeriodFeedback",
                "Palautteet näytetään paikkakunnittain ja vuosittain, kun lomakkeita on vähintään "
                "3 ja vuosi on päättynyt. Väittämä, johon alle 3 vastasi, näkyy merkillä <3.",
            )
        )
        + "</p>"
    ]
    for pool in pools:
        head = f"{esc(pool.place or '–')} {pool.year}: " + esc(
            PeriodFeedback.tr("%n lomake|%n lomaketta", None, pool.responses)
        )
        if not pool.shown:
            parts.append(f"<h3>{head}</h3><p><i>{esc(pool.reason)}</i></p>")
            continue
        parts.append(f"<h3>{head}</h3><table cellpadding='3'>")
        columns = (
            translate("PeriodFeedback", "Väittämä"),
            translate("PeriodFeedback", "Keskiarvo"),
            translate("PeriodFeedback", "Vastauksia 1 · 2 · 3 · 4 · 5"),
        )
        parts.append("<tr>" + "".join(f"<th align='left'>{esc(c)}</th>" for c in columns) + "</tr>")
        for st in pool.statements:
            mean = "&lt;3" if st.mean is None else format_decimal(st.mean, 1)
            counts = "" if st.counts is None else " · ".join(str(c) for c in st.counts)
            parts.append(f"<tr><td>{esc(st.text)}</td><td>{mean}</td><td>{counts}</td></tr>")
        parts.append("</table>")
        for question, answers in pool.answers:
            if answers:
                items = "".join(f"<li>{esc(a)}</li>" for a in answers)
                parts.append(f"<p><b>{esc(question)}</b></p><ul>{items}</ul>")
    return "".join(parts)
