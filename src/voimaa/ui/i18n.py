"""Qt translation for the UI and for the core's messages (through voimaa.i18n)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from voimaa import i18n

_QM_DIR = Path(__file__).resolve().parent / "i18n"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install(app: QCoreApplication) -> QTranslator | None:
    """Route core messages through Qt, and load a compiled translation when the UI language
    is not Finnish and a `.qm` file was built for it (`make translations`)."""
    i18n.install_translator(lambda context, text: QCoreApplication.translate(context, text))
    lang = QLocale().name().split("_")[0]
    qm = _QM_DIR / f"voimaa_{lang}.qm"
    if lang == "fi" or not qm.exists():
        return None
    translator = QTranslator(app)
    if translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None
