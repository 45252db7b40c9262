"""Intensified individual work (Yksilötyö) in the main window, beside the groups.

:func:`with_individual_work` is the one place the main window adds this view: it puts the
groups' part and the Yksilötyö view side by side as two top-level tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from voimaa.store import Store
from voimaa.ui import fit
from voimaa.ui.individual.view import IndividualView


def with_individual_work(store: Store, groups_part: QWidget, parent: QWidget) -> QTabWidget:
    """The main window's central widget: "Ryhmät" (`groups_part`) and "Yksilötyö"."""
    tabs = QTabWidget(parent)
    tabs.setObjectName("mainParts")
    tabs.addTab(groups_part, QCoreApplication.translate("IndividualView", "Ryhmät"))
    view = IndividualView(store, tabs)
    # Scrolls on a small screen instead of setting the window's minimum size.
    tabs.addTab(
        fit.scrollable(view, tabs), QCoreApplication.translate("IndividualView", "Yksilötyö")
    )
    return tabs


__all__ = ["IndividualView", "with_individual_work"]
