"""Qt translation for the UI and for the core's messages (through voimaa.i18n).

Widgets translate with `self.tr("literal")` (plurals: `self.tr("%n yksi|%n monta", "", n)`);
core and export code with `voimaa.i18n.translate`. See voimaa/i18n.py for the rules.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from voimaa import i18n

_QM_DIR = Path(__file__).resolve().parent / "i18n"


class FinnishPlurals(QTranslator):
    """The Finnish "translation" of two-form plural sources ("%n osallistuja|%n osallistujaa").

    Finnish is the source language, so there is no Finnish `.qm`; this translator answers only
    plural messages, with the Finnish form for `n`, and leaves everything else to Qt (which
    falls back to the source text). A loaded `.qm` is installed after it and so asked first.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if n < 0 or i18n.PLURAL_SEPARATOR not in source_text:
            return None  # a null string: "not found here", Qt asks the next translator
        return i18n.finnish_form(source_text, n)

    def isEmpty(self) -> bool:
        return False


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install(app: QCoreApplication) -> QTranslator | None:
    """Route core messages through Qt, give plural messages their Finnish forms, and load a
    compiled translation when the UI language is not Finnish and a `.qm` file was built for it
    (`make translations`). Returns the loaded translation, if any."""
    i18n.install_translator(_qt_translate)
    install_finnish_plurals(app)
    lang = QLocale().name().split("_")[0]
    qm = _QM_DIR / f"voimaa_{lang}.qm"
    if lang == "fi" or not qm.exists():
        return None
    translator = QTranslator(app)
    if translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None


def install_finnish_plurals(parent: QObject) -> FinnishPlurals:
    """Install the Finnish plural translator into the running application."""
    plurals = FinnishPlurals(parent)
    QCoreApplication.installTranslator(plurals)
    return plurals
