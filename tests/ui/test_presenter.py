"""Presenting slides: keyboard navigation, Esc, the leader view and painting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from voimaa import slides
from voimaa.ui.presenter import LeaderView, Presenter, SlideView, measure, paint_shapes


@pytest.fixture
def presenter(qtbot: QtBot) -> Presenter:
    p = Presenter(slides.generic_deck(1))
    window = p.start(0)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return p


@pytest.mark.parametrize(
    ("keys", "index"),
    [
        ([Qt.Key.Key_Right], 1),
        ([Qt.Key.Key_Space, Qt.Key.Key_Space], 2),
        ([Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp], 1),
        ([Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Left], 0),
        ([Qt.Key.Key_End], 9),
        ([Qt.Key.Key_End, Qt.Key.Key_Right], 9),
        ([Qt.Key.Key_End, Qt.Key.Key_Home], 0),
        ([Qt.Key.Key_Down, Qt.Key.Key_Return], 2),
    ],
)
def test_keys_move_between_slides(
    qtbot: QtBot, presenter: Presenter, keys: list[Qt.Key], index: int
) -> None:
    assert presenter.count == 10  # session 1 agrees confidentiality first
    window = presenter.window
    assert window is not None
    for key in keys:
        qtbot.keyClick(window, key)
    assert presenter.index == index
    assert window.view.slide is presenter.deck.slides[index]
    assert window.view.index == index


def test_escape_leaves(qtbot: QtBot, presenter: Presenter) -> None:
    window = presenter.window
    assert window is not None and window.isVisible()
    with qtbot.waitSignal(presenter.finished):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert presenter.window is None
    assert not window.isVisible()


def test_mouse_click_moves_forward(qtbot: QtBot, presenter: Presenter) -> None:
    assert presenter.window is not None
    qtbot.mouseClick(presenter.window, Qt.MouseButton.LeftButton)
    assert presenter.index == 1


def test_single_screen_has_no_leader_view(presenter: Presenter) -> None:
    if len(Presenter.screens()) == 1:
        assert presenter.leader_view is None


def test_leader_view_shows_notes_and_next_slide(qtbot: QtBot) -> None:
    deck = slides.generic_deck(5)
    p = Presenter(deck)
    window = p.start(0, leader_view=True)
    qtbot.addWidget(window)
    leader = p.leader_view
    assert isinstance(leader, LeaderView)
    qtbot.addWidget(leader)
    assert leader.counter.text() == f"Dia 1 / {len(deck.slides)}"
    assert leader.notes.text() == deck.slides[0].notes
    assert leader.next_view.slide is deck.slides[1]
    qtbot.keyClick(leader, Qt.Key.Key_Right)  # the leader can drive from their own screen
    assert p.index == 1 and leader.notes.text() == deck.slides[1].notes
    qtbot.keyClick(leader, Qt.Key.Key_End)
    assert leader.next_view.slide is None
    qtbot.keyClick(leader, Qt.Key.Key_Escape)
    assert p.window is None and p.leader_view is None


def test_slide_is_painted_from_the_shared_layout(qtbot: QtBot) -> None:
    deck = slides.generic_deck(1)
    view = SlideView()
    qtbot.addWidget(view)
    view.resize(960, 700)  # wider than tall: letterboxed top and bottom
    view.show_slide(deck.slides[0], 0, len(deck.slides), deck.footer, deck.label)
    image = view.grab().toImage()
    rect = view.slide_rect()
    assert rect.width() / rect.height() == pytest.approx(16 / 9, rel=0.01)
    top_band = image.pixelColor(480, int(rect.top()) - 5)
    inside = image.pixelColor(480, int(rect.top()) + 20)
    assert top_band == QColor("#111111")
    assert inside == QColor(slides.ACCENT)  # the title slide's dark background


def test_text_fits_when_measured_by_qt(qtbot: QtBot) -> None:
    deck = slides.generic_deck(8)
    for i, slide in enumerate(deck.slides):
        for shape in slides.layout_slide(slide, measure, index=i, count=len(deck.slides)):
            if isinstance(shape, slides.TextRun):
                width = measure(shape.text, shape.size, shape.bold)
                left = {"left": shape.x, "center": shape.x - width / 2, "right": shape.x - width}
                assert 0 <= left[shape.align] <= slides.SLIDE_WIDTH - width + 1
    image = QImage(720, 405, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_shapes(painter, slides.layout_slide(deck.slides[2], measure))
    painter.end()
    assert image.pixelColor(360, 3) == QColor(slides.ACCENT)  # the top band
