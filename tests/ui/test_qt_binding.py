"""Guards against a broken Qt binding: PySide6-Essentials 6.12.0 on Python < 3.12 released a
reference to None on every call that returns nothing, and the program aborted after a few
minutes of use ("Fatal Python error: none_dealloc")."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    pixmap = QPixmap(10, 10)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.setEnabled(True)
        painter = QPainter(pixmap)
        painter.drawLine(0, 0, 5, 5)
        painter.end()
    assert sys.getrefcount(None) - before > -100
