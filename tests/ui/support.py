"""Helpers for driving real widgets in tests."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type like a person. QTest synthesises only ASCII keys, so ä, ö and € are inserted as
    input into the same widget."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        elif isinstance(widget, QPlainTextEdit):
            widget.insertPlainText(ch)
        else:
            widget.insert(ch)
