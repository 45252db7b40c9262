"""Translation hook for user-visible text produced by the Qt-free core and the export layer.

The core never imports Qt; the UI installs Qt's translator here at start-up (`ui/i18n.install`),
so core messages go through the same `.ts`/`.qm` pipeline as the widgets. Without it, text stays
Finnish, the source language.

Rules that keep every string extractable by `pyside6-lupdate` (tests/test_i18n.py checks them):

- Call `translate("Context", "literal Finnish text")` with two string literals, positionally;
  format afterwards: `translate("Roster", "Ryhmässä on {n} paikkaa.").format(n=...)`. Never pass
  a variable, an f-string or a keyword argument: lupdate then extracts nothing or the wrong text.
- Label tables are functions with one literal `translate` call per case (see `voimaa.labels`),
  evaluated when the label is shown, never a dict of translated strings built at import.

Plurals (`%n`)
--------------
Finnish is the source language and no Finnish `.qm` is built, so the source text itself carries
both Finnish forms, singular first, separated by `|`: ``"%n osallistuja|%n osallistujaa"``.
Qt's numerus machinery does the rest for other languages: a translator gives the Swedish or
English numerus forms of that message in Linguist, and Qt picks one by the target language's
rule. When no translation exists (Finnish, or an unfinished message), `finnish_form` picks the
Finnish form: singular for n == 1, the other form otherwise (Finnish has exactly these two).

lupdate (6.11) marks a message as numerus only in `tr(text, disambiguation, n)` calls; in
`translate(context, text, None, n)` it reads a plain name in the fourth place as the legacy
"encoding" argument and extracts a singular message, and drops the message entirely when the
count is an expression or a keyword. So plurals are written as

    Roster = Context("Roster")          # module level; the name is the context
    Roster.tr("%n osallistuja|%n osallistujaa", None, count)

which lupdate reads as context "Roster" with numerus forms, and which runs
`QCoreApplication.translate("Roster", text, None, count)` when the UI translator is installed.
Widgets use their own `self.tr("%n …|%n …", "", n)`; `ui/i18n.install` adds a small translator
that applies `finnish_form` there too.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, text, disambiguation, n) -> translated text, with %n already replaced (Qt's contract).
Translator = Callable[[str, str, str | None, int], str]

PLURAL_SEPARATOR = "|"

_translator: Translator | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` (Finnish source) in `context`; Finnish when no translator is set.

    With `n` >= 0, `%n` in the result is replaced by `n`, and a two-form Finnish source
    ("singular|plural") gives the form that fits `n`.
    """
    if _translator is None:
        result = text.replace("%n", str(n)) if n >= 0 else text
    else:
        result = _translator(context, text, disambiguation, n)
    return finnish_form(result, n) if n >= 0 else result


def finnish_form(text: str, n: int) -> str:
    """Of "singular|plural", the Finnish form for `n`; `text` unchanged when it has one form."""
    forms = text.split(PLURAL_SEPARATOR)
    if len(forms) != 2:
        return text
    return forms[0] if n == 1 else forms[1]


class Context:
    """A translation context for plural messages; bind it to a module-level name equal to
    `name` (`Roster = Context("Roster")`) so that lupdate reads `Roster.tr(...)` in that context.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Like `translate(self.name, text, disambiguation, n)`."""
        return translate(self.name, text, disambiguation, n)


def install_translator(fn: Translator | None) -> None:
    """Route every `translate` call through `fn` (the UI's Qt translator), or back to Finnish."""
    global _translator
    _translator = fn
