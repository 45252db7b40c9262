"""Qt translation for the UI and for the core's messages (through voimaa.i18n).

Widgets translate with `self.tr("literal")` (plurals: `self.tr("%n yksi|%n monta", "", n)`);
core and export code with `voimaa.i18n.translate`. See voimaa/i18n.py for the rules.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

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


class QtFinnishGaps(QTranslator):
    """Qt's own texts that Qt 6 changed but its Finnish translation (qtbase_fi) still lacks,
    and Qt's "Peru" for Cancel, which the program's own buttons call "Peruuta" (one dialog
    showed both side by side).

    Answers only these (context, source) pairs; everything else goes to qtbase_fi.
    """

    GAPS: ClassVar[dict[tuple[str, str], str]] = {
        ("QFileDialog", "&Look in:"): "&Sijainti:",
        ("QFileDialog", "Files of &type:"): "Tiedosto&tyyppi:",
        ("QPlatformTheme", "Cancel"): "Peruuta",
        ("QGnomeTheme", "&Cancel"): "&Peruuta",
    }

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return self.GAPS.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install(app: QCoreApplication) -> QTranslator | None:
    """Route core messages through Qt, give Qt's own texts (OK/Peruuta, the line edit's context
    menu, the file dialog) the UI language, give plural messages their Finnish forms, and load a
    compiled translation when the UI language is not Finnish and a `.qm` file was built for it
    (`make translations`). Returns the loaded translation, if any."""
    i18n.install_translator(_qt_translate)
    lang = QLocale().name().split("_")[0]
    qm = _QM_DIR / f"voimaa_{lang}.qm"
    translator: QTranslator | None = None
    if lang != "fi" and qm.exists():
        translator = QTranslator(app)
        if not translator.load(str(qm)):
            translator = None
    # Qt's texts follow the program's texts: Finnish unless the program itself is translated.
    install_qt_translation(app, lang if translator is not None else "fi")
    install_finnish_plurals(app)
    if translator is not None:
        app.installTranslator(translator)
    return translator


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own `qtbase_xx.qm` files are: Qt's translations folder (in a frozen bundle
    PySide6 points it into the bundle) and, as a fallback, the folder beside PySide6 itself."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    import PySide6

    dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    return dirs


def install_qt_translation(parent: QObject, lang: str = "fi") -> QTranslator | None:
    """Load and install Qt's own translation `qtbase_<lang>` (buttons, context menus, the file
    dialog). Returns it, or None when no such file was found."""
    for folder in qt_translation_dirs():
        translator = QTranslator(parent)
        if translator.load(f"qtbase_{lang}", str(folder)):
            QCoreApplication.installTranslator(translator)
            if lang == "fi":
                QCoreApplication.installTranslator(QtFinnishGaps(translator))
            return translator
    return None


def install_finnish_plurals(parent: QObject) -> FinnishPlurals:
    """Install the Finnish plural translator into the running application."""
    plurals = FinnishPlurals(parent)
    QCoreApplication.installTranslator(plurals)
    return plurals
