"""What a screen reader says about the painted answer pads: which question, which answer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def announce(widgets: Iterable[QWidget | None], name: str, description: str) -> None:
    """Set the accessible name and description of `widgets` (Qt tells the screen reader)."""
    for widget in widgets:
        if widget is not None:
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)


def rating_text(
    statements: Sequence[str],
    scale: Sequence[str],
    cells: Sequence[int | str],
    current: int,
    *,
    skipped: str,
) -> tuple[str, str]:
    """The feedback pad's current statement and its answer in words: (name, description)."""
    if not statements or current >= len(statements):
        return (
            QCoreApplication.translate("Accessible", "Palautelomakkeen väittämät"),
            QCoreApplication.translate("Accessible", "Väittämät on käyty läpi."),
        )
    cell = cells[current] if current < len(cells) else ""
    if isinstance(cell, int):
        label = scale[cell - 1] if 0 < cell <= len(scale) else ""
        answer = QCoreApplication.translate("Accessible", "vastaus {n}, {label}").format(
            n=cell, label=label
        )
    elif cell == skipped:
        answer = QCoreApplication.translate("Accessible", "ei vastausta")
    else:
        answer = QCoreApplication.translate("Accessible", "ei vielä vastausta")
    name = QCoreApplication.translate("Accessible", "Palaute, väittämä {n} / {total}").format(
        n=current + 1, total=len(statements)
    )
    description = QCoreApplication.translate("Accessible", "{statement} – {answer}.").format(
        statement=statements[current], answer=answer
    )
    return name, description
