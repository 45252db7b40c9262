"""Intensified individual work (Yksilötyö) in the main window, beside the groups.

:func:`with_individual_work` is the one place the main window adds this view: it puts the
groups' part and the Yksilötyö view side by side as two top-level tabs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from voimaa.store import Store
from voimaa.ui import fit

if TYPE_CHECKING:
    from voimaa.ui.individual.view import IndividualView


def with_individual_work(store: Store, groups_part: QWidget, parent: QWidget) -> QTabWidget:
    """The main window's central widget: "Ryhmät" (`groups_part`) and "Yksilötyö".

    The Yksilötyö view is imported and built when its tab is first shown (start-up paints the
    groups' part without it; issue 13)."""
    tabs = QTabWidget(parent)
    tabs.setObjectName("mainParts")
    tabs.addTab(groups_part, QCoreApplication.translate("IndividualView", "Ryhmät"))
    # Scrolls on a small screen instead of setting the window's minimum size.
    page = fit.scrollable(QWidget(), tabs)  # the view replaces the placeholder
    page.setObjectName("individualViewScroll")  # as fit.scrollable names it
    tabs.addTab(page, QCoreApplication.translate("IndividualView", "Yksilötyö"))

    def build(index: int) -> None:
        if tabs.widget(index) is page:
            tabs.currentChanged.disconnect(build)
            page.setWidget(_view_class()(store, tabs))  # deletes the placeholder

    tabs.currentChanged.connect(build)
    return tabs


def _view_class() -> type[IndividualView]:
    from voimaa.ui.individual.view import IndividualView

    return IndividualView


def __getattr__(name: str) -> Any:
    if name == "IndividualView":
        return _view_class()
    raise AttributeError(name)


__all__ = ["IndividualView", "with_individual_work"]
