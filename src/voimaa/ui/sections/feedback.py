"""The Palaute section: typing in the anonymous feedback forms, the summary, the form itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from voimaa import feedback
from voimaa.store import Store
from voimaa.ui import printing
from voimaa.ui.feedback_entry import FeedbackEntryWidget
from voimaa.ui.feedback_views import FeedbackFormEditor, FeedbackSummaryView
from voimaa.ui.ops import Op, OpChanges
from voimaa.ui.sections.base import Section


class FeedbackSection(Section):
    refresh_on = OpChanges.FEEDBACK | OpChanges.PARTICIPANTS | OpChanges.PROGRAM

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("FeedbackSection", "Palaute")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.entry = FeedbackEntryWidget(store, self)
        self.entry.saved.connect(lambda _entry: self._mark_stale())
        self.summary = FeedbackSummaryView(store, self)
        self.editor = FeedbackFormEditor(store, self)
        self.editor.changed.connect(self._on_form_changed)
        self.editor.print_requested.connect(self.print_form)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("feedbackTabs")
        self.tabs.addTab(self.entry, self.tr("Lomakkeiden syöttö"))
        self.tabs.addTab(self.summary, self.tr("Yhteenveto"))
        self.tabs.addTab(self.editor, self.tr("Lomake"))
        self.tabs.currentChanged.connect(self._on_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._summary_stale = True

    def refresh(self) -> None:
        default = None
        group_id = self.group_id
        if group_id is not None:  # without a date the form starts empty: nothing to tell
            default = (
                Op(self, lambda: feedback.default_date(self.store, group_id))
                .failure(lambda _exc: None)
                .call()
            )
        self.entry.load(self.group_id, default)
        self.editor.set_group(self.group_id)
        self._mark_stale()

    def _mark_stale(self) -> None:
        self._summary_stale = True
        if self.tabs.currentWidget() is self.summary:
            self._refresh_summary()

    def _refresh_summary(self) -> None:
        self.summary.set_group(self.group_id)
        self._summary_stale = False

    def _on_tab(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.summary and self._summary_stale:
            self._refresh_summary()
        elif self.tabs.currentWidget() is self.entry:
            self.entry.setFocus()

    def _on_form_changed(self) -> None:
        self.entry.load(self.group_id, self.entry.default_date)
        self._summary_stale = True

    def print_form(self) -> None:
        """Print the group's blank feedback form (anonymous: no names, no codes)."""
        from voimaa.export import jobs  # the writers load with the first export

        if self.group_id is None:
            return
        group_id = self.group_id
        printing.print_pdf(
            self,
            lambda target: jobs.export_feedback_form(self.store, target, group_id=group_id),
            title=self.tr("Palaute"),
            progress=self.tr("Tehdään lomaketta…"),
        )
