"""Presenting a session's slides inside the program.

The slides are painted with QPainter from the same layout as the PDF (voimaa.slides), full
screen on the chosen screen. Keys: Right, Space, PageDown, Down, Enter → next; Left, PageUp,
Up, Backspace → back; Home / End → first / last; Esc leaves. With a second screen connected, a
leader view shows the current and next slide, the notes, the time and the slide number.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QElapsedTimer, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QScreen,
)
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from voimaa import paths
from voimaa.slides.decks import Deck, Slide
from voimaa.slides.layout import SLIDE_HEIGHT, SLIDE_WIDTH, Box, Dot, Shape, TextRun, layout_slide

NEXT_KEYS = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Space,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Down,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace}


@cache
def font_family() -> str:
    """The bundled DejaVu Sans (the PDF font), loaded once into Qt."""
    families: list[str] = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(paths.asset("fonts", name)))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else QFont().family()


@cache
def _font(size: float, bold: bool) -> QFont:
    font = QFont(font_family())
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def measure(text: str, size: float, bold: bool) -> float:
    return QFontMetricsF(_font(size, bold)).horizontalAdvance(text)


def paint_shapes(painter: QPainter, shapes: list[Shape]) -> None:
    """Draw laid-out shapes on a painter already scaled to the 720 × 405 canvas."""
    painter.setPen(Qt.PenStyle.NoPen)
    for shape in shapes:
        if isinstance(shape, Box):
            painter.setBrush(QBrush(QColor(shape.color)))
            rect = QRectF(shape.x, shape.y, shape.w, shape.h)
            if shape.radius:
                painter.drawRoundedRect(rect, shape.radius, shape.radius)
            else:
                painter.drawRect(rect)
        elif isinstance(shape, Dot):
            painter.setBrush(QBrush(QColor(shape.color)))
            painter.drawEllipse(QPointF(shape.cx, shape.cy), shape.r, shape.r)
        elif isinstance(shape, TextRun):
            painter.setFont(_font(shape.size, shape.bold))
            painter.setPen(QColor(shape.color))
            width = measure(shape.text, shape.size, shape.bold)
            x = shape.x
            if shape.align == "center":
                x -= width / 2
            elif shape.align == "right":
                x -= width
            painter.drawText(QPointF(x, shape.y), shape.text)
            painter.setPen(Qt.PenStyle.NoPen)


class SlideView(QWidget):
    """Paints one slide, letterboxed to 16:9, scaled to the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slide: Slide | None = None
        self.index = 0
        self.count = 0
        self.footer = ""
        self.label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_slide(
        self, slide: Slide | None, index: int, count: int, footer: str, label: str
    ) -> None:
        self.slide, self.index, self.count, self.footer, self.label = (
            slide,
            index,
            count,
            footer,
            label,
        )
        self.update()

    def slide_rect(self) -> QRectF:
        w, h = float(self.width()), float(self.height())
        scale = min(w / SLIDE_WIDTH, h / SLIDE_HEIGHT)
        sw, sh = SLIDE_WIDTH * scale, SLIDE_HEIGHT * scale
        return QRectF((w - sw) / 2, (h - sh) / 2, sw, sh)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor("#111111"))
        if self.slide is None:
            painter.end()
            return
        rect = self.slide_rect()
        painter.fillRect(rect, QColor("#ffffff"))
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / SLIDE_WIDTH, rect.height() / SLIDE_HEIGHT)
        painter.setClipRect(QRectF(0, 0, SLIDE_WIDTH, SLIDE_HEIGHT))
        shapes = layout_slide(
            self.slide,
            measure,
            index=self.index,
            count=self.count,
            footer=self.footer,
            label=self.label,
        )
        paint_shapes(painter, shapes)
        painter.end()


class _KeyWindow(QWidget):
    """A window that turns presentation keys into the controller's moves."""

    def __init__(self, controller: Presenter) -> None:
        super().__init__(None)
        self.controller = controller
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.controller.next()
        elif key in PREVIOUS_KEYS:
            self.controller.previous()
        elif key == Qt.Key.Key_Home:
            self.controller.go_to(0)
        elif key == Qt.Key.Key_End:
            self.controller.go_to(self.controller.count - 1)
        elif key == Qt.Key.Key_Escape:
            self.controller.stop()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.stop()
        super().closeEvent(event)


class PresenterWindow(_KeyWindow):
    """The audience's full-screen view."""

    def __init__(self, controller: Presenter) -> None:
        super().__init__(controller)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Esitys"))
        self.view = SlideView(self)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setCursor(Qt.CursorShape.BlankCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.controller.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.controller.previous()


class LeaderView(_KeyWindow):
    """The leaders' view: current and next slide, notes, clock and slide number."""

    def __init__(self, controller: Presenter) -> None:
        super().__init__(controller)
        self.setObjectName("leaderView")
        self.setWindowTitle(self.tr("Ohjaajan näkymä"))
        self.setStyleSheet("background: #1d2b2c; color: #f0f4f4")
        self.current = SlideView(self)
        self.next_view = SlideView(self)
        self.next_view.setMinimumSize(320, 180)
        self.next_view.setMaximumHeight(300)
        self.notes = QLabel(self)
        self.notes.setObjectName("leaderNotes")
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setStyleSheet("font-size: 20pt")
        self.counter = QLabel(self)
        self.counter.setObjectName("leaderCounter")
        self.counter.setStyleSheet("font-size: 18pt; font-weight: bold")
        self.clock = QLabel(self)
        self.clock.setStyleSheet("font-size: 18pt")
        next_title = QLabel(self.tr("Seuraavaksi"), self)
        next_title.setStyleSheet("color: #a9c4c1; font-size: 12pt")
        help_text = QLabel(
            self.tr("→ tai välilyönti: seuraava · ←: edellinen · Esc: lopeta esitys"), self
        )
        help_text.setStyleSheet("color: #a9c4c1; font-size: 11pt")
        for w in (self.current, self.next_view):
            w.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid = QGridLayout(self)
        grid.addWidget(self.current, 0, 0, 3, 1)
        grid.addWidget(next_title, 0, 1)
        grid.addWidget(self.next_view, 1, 1)
        grid.addWidget(self.notes, 2, 1)
        grid.addWidget(self.counter, 3, 0)
        grid.addWidget(self.clock, 3, 1)
        grid.addWidget(help_text, 4, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 3)
        self.elapsed = QElapsedTimer()
        self.elapsed.start()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(1000)
        self._tick()

    def _tick(self) -> None:
        seconds = self.elapsed.elapsed() // 1000
        self.clock.setText(self.tr("Kulunut {m}.{s:02d}").format(m=seconds // 60, s=seconds % 60))

    def show_position(self, deck: Deck, index: int) -> None:
        count = len(deck.slides)
        self.current.show_slide(deck.slides[index], index, count, deck.footer, deck.label)
        following = deck.slides[index + 1] if index + 1 < count else None
        self.next_view.show_slide(following, index + 1, count, deck.footer, deck.label)
        self.notes.setText(deck.slides[index].notes or self.tr("(ei muistiinpanoja)"))
        self.counter.setText(self.tr("Dia {i} / {n}").format(i=index + 1, n=count))


class Presenter(QObject):
    """Runs one presentation: the audience window and, with two screens, the leader view."""

    finished = Signal()

    def __init__(self, deck: Deck, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.deck = deck
        self.index = 0
        self.window: PresenterWindow | None = None
        self.leader_view: LeaderView | None = None
        self._stopping = False

    @property
    def count(self) -> int:
        return len(self.deck.slides)

    @staticmethod
    def screens() -> list[QScreen]:
        return list(QGuiApplication.screens())

    def start(
        self, screen_index: int | None = None, *, leader_view: bool | None = None
    ) -> PresenterWindow:
        """Show the slides full screen on `screen_index` (default: the last screen, usually
        the projector). The leader view opens on another screen when there is one."""
        screens = self.screens()
        if screen_index is None or not 0 <= screen_index < len(screens):
            screen_index = len(screens) - 1
        target = screens[screen_index]
        self.window = PresenterWindow(self)
        self.window.setGeometry(target.geometry())
        self.window.showFullScreen()
        self.window.activateWindow()
        self.window.setFocus()
        want_leader = len(screens) > 1 if leader_view is None else leader_view
        if want_leader:
            self.leader_view = LeaderView(self)
            others = [s for i, s in enumerate(screens) if i != screen_index]
            if others:
                self.leader_view.setGeometry(others[0].availableGeometry())
                self.leader_view.showMaximized()
            else:
                self.leader_view.resize(1000, 640)
                self.leader_view.show()
        self._show()
        return self.window

    def _show(self) -> None:
        slide = self.deck.slides[self.index]
        if self.window is not None:
            self.window.view.show_slide(
                slide, self.index, self.count, self.deck.footer, self.deck.label
            )
        if self.leader_view is not None:
            self.leader_view.show_position(self.deck, self.index)

    def go_to(self, index: int) -> None:
        self.index = max(0, min(self.count - 1, index))
        self._show()

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def stop(self) -> None:
        """Close both windows (Esc, or closing either window)."""
        if self._stopping:
            return
        self._stopping = True
        for w in (self.window, self.leader_view):
            if w is not None:
                w.close()
                w.deleteLater()
        self.window = None
        self.leader_view = None
        self.finished.emit()
