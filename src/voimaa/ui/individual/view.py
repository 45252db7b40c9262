"""The Yksilötyö view: the list of periods on the left, the selected period's editor on the
right, and making a new period (a new client with a random code, or the selected client's
next period)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from voimaa import individual, labels
from voimaa.formats import format_date
from voimaa.store import Store
from voimaa.ui import ask
from voimaa.ui.individual.dialogs import NewPeriodDialog
from voimaa.ui.individual.editor import PeriodEditor
from voimaa.ui.individual.feedback import FeedbackPoolsDialog, enter_feedback
from voimaa.ui.ops import Op

ID_ROLE = Qt.ItemDataRole.UserRole


class IndividualView(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("individualView")
        self.store = store
        self.today = date.today()
        self.dialog: QDialog | None = None
        self.period_list = QListWidget(self)
        self.period_list.setObjectName("periodList")
        self.period_list.setWordWrap(True)
        # The items wrap to the list's width instead of scrolling sideways.
        self.period_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.period_list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.period_list.currentItemChanged.connect(self._selected)
        self.new_button = QPushButton(self.tr("Uusi asiakas ja jakso…"), self)
        self.new_button.setObjectName("newPeriodButton")
        self.new_button.clicked.connect(self.new_period)
        self.next_button = QPushButton(self.tr("Uusi jakso samalle asiakkaalle…"), self)
        self.next_button.clicked.connect(lambda: self.new_period(same_client=True))
        self.erase_button = QPushButton(self.tr("Poista asiakkaan tiedot…"), self)
        self.erase_button.setObjectName("eraseClientButton")
        self.erase_button.clicked.connect(self.erase_client)
        self.topics_button = QPushButton(self.tr("Tapaamisten aiheet…"), self)
        self.topics_button.setObjectName("topicsButton")
        self.topics_button.clicked.connect(self.edit_topics)
        self.feedback_button = QPushButton(self.tr("Palautelomake jaksosta…"), self)
        self.feedback_button.setObjectName("periodFeedbackButton")
        self.feedback_button.clicked.connect(lambda: enter_feedback(self))
        self.pools_button = QPushButton(self.tr("Palautteet (kooste)…"), self)
        self.pools_button.setObjectName("feedbackPoolsButton")
        self.pools_button.clicked.connect(self.show_pools)
        left = QWidget(self)
        left.setMinimumWidth(250)
        left_layout = QVBoxLayout(left)
        heading = QLabel(self.tr("Yksilötyön jaksot"), left)
        heading.setStyleSheet("font-weight: bold; font-size: 14pt")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.period_list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.next_button)
        left_layout.addWidget(self.erase_button)
        left_layout.addWidget(self.topics_button)
        left_layout.addWidget(self.feedback_button)
        left_layout.addWidget(self.pools_button)
        self.editor = PeriodEditor(store, self)
        self.editor.changed.connect(lambda: self.refresh(keep=True))
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 1000])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.refresh()

    def current_period_id(self) -> uuid.UUID | None:
        item = self.period_list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def refresh(self, *, keep: bool = False, select: uuid.UUID | None = None) -> None:
        periods = Op(self, lambda: individual.list_periods(self.store)).call() or []
        chosen = select or (self.current_period_id() if keep else None)
        self.period_list.blockSignals(True)
        self.period_list.clear()
        for p in periods:
            dates = f"{format_date(p.start_date)}–{format_date(p.end_date)}"
            phase = labels.work_phase(p.phase_on(self.today))
            text = f"{p.name} · {p.ref}\n{p.place or '–'} · {dates} · {phase}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, p.id)
            self.period_list.addItem(item)
            if p.id == chosen:
                self.period_list.setCurrentItem(item)
        self.period_list.blockSignals(False)
        self.next_button.setEnabled(self.current_period_id() is not None)
        self.erase_button.setEnabled(self.current_period_id() is not None)
        self.feedback_button.setEnabled(self.current_period_id() is not None)
        if select is not None or not keep:
            self.editor.set_period(self.current_period_id())

    def _selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.next_button.setEnabled(current is not None)
        self.erase_button.setEnabled(current is not None)
        self.feedback_button.setEnabled(current is not None)
        self.editor.set_period(None if current is None else current.data(ID_ROLE))

    def new_period(self, *, same_client: bool = False) -> None:
        client = self.editor.period if same_client else None
        dialog = NewPeriodDialog(self, self.today, client_name=client.name if client else "")

        def create() -> individual.PeriodInfo:
            if client is not None:
                return individual.create_period(self.store, client.client_id, dialog.period())
            return individual.start_client_period(self.store, dialog.client(), dialog.period())

        dialog.accepted.connect(
            lambda: Op(self, create).success(lambda p: self.refresh(select=p.id)).run()
        )
        self.dialog = dialog
        dialog.open()

    def erase_client(self) -> None:
        """Erase the selected period's client with all their periods, after saying what goes."""
        period = self.editor.period
        if period is None:
            return
        what = Op(
            self, lambda: individual.describe_client_erasure(self.store, period.client_id)
        ).call()
        if what is None:
            return
        text = self.tr(
            "Poistetaanko asiakkaan {name} ({code}) kaikki tiedot? Poistuvat {periods} jaksoa, "
            "{goals} tavoitetta arvioineen, {meetings} tapaamista muistiinpanoineen, {reviews} "
            "arviointipalaveria ja {forms} EUROHIS-8-lomaketta, ja maininnat tapahtumalokista. "
            "Tätä ei voi perua."
        ).format(
            name=what.name,
            code=what.code,
            periods=what.periods,
            goals=what.goals,
            meetings=what.meetings,
            reviews=what.reviews,
            forms=what.eurohis_forms,
        )
        if not ask.confirm(self, self.tr("Poista asiakkaan tiedot"), text, danger=True):
            return
        Op(self, lambda: individual.erase_client(self.store, period.client_id)).success(
            lambda _r: self.refresh()
        ).run()

    def edit_topics(self) -> None:
        """The editable list of what meetings work on (old meetings keep what they say)."""
        current = Op(self, lambda: individual.topics(self.store)).call()
        if current is None:
            return
        text = ask.get_text(
            self,
            self.tr("Tapaamisten aiheet"),
            self.tr("Aiheet pilkuin eroteltuina:"),
            ", ".join(current),
        )
        if text is None:
            return
        Op(self, lambda: individual.save_topics(self.store, text.split(","))).success(
            lambda _t: self.editor.reload()
        ).run()

    def show_pools(self) -> None:
        dialog = FeedbackPoolsDialog(self, self)
        self.dialog = dialog
        dialog.open()
