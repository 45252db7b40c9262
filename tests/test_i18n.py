"""Every user-visible string can be translated: it reaches `pyside6-lupdate` as a literal.

Two checks over src/voimaa, each with a self-test on a small synthetic source:
- an AST scan: `translate(...)`/`tr(...)` calls whose context or text is not a string literal
  (a variable, an f-string, a keyword argument – lupdate then extracts nothing or the wrong
  text), plural texts that lupdate would not mark as numerus, and Finnish text handed to a
  widget, a PDF or Excel writer, an error message, the terminal (`print`, `sys.stdout.write`,
  `sys.stderr.write`) or argparse (`help=`, `description=`, …) without going through
  translation; and tables of Finnish weekday names, which are translated at use, not at import;
- lupdate itself: every literal translate/tr call of the scan is in the `.ts` lupdate writes,
  in the same context, and every `%n` message is a numerus message.

Plural handling (voimaa.i18n): Finnish forms without a `.qm`, and a compiled Swedish `.qm`
choosing its own numerus forms through Qt.
"""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from voimaa import i18n

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "voimaa"
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"
LRELEASE = ROOT / ".venv" / "bin" / "pyside6-lrelease"

# Calls whose string arguments the user reads. Method names match any receiver.
SINK_CALLS = frozenset(
    {
        # Qt widgets and dialogs
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setTitle",
        "setLabelText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "showMessage",
        "addAction",
        "addItem",
        "addItems",
        "addTab",
        "insertItem",
        "addRow",
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QToolButton",
        "QListWidgetItem",
        "QTableWidgetItem",
        "QStandardItem",
        # reportlab
        "Paragraph",
        "drawString",
        "drawRightString",
        "drawCentredString",
        "set_metadata",
        "build_pdf",
        # openpyxl and the xlsx helpers
        "set_text",
        "set_value",
        "write_header",
        "create_sheet",
        # domain errors carry the message the UI shows
        "VoimaaError",
        "NotFoundError",
        "ValidationError",
        "LimitError",
        "StoreError",
        "FileInUseError",
        "ImportRefusedError",
        # the terminal (the CLI); argparse's help texts are checked by keyword below
        "print",
        "add_output",  # voimaa.cli._common: its second argument is the -o option's help text
        "complain",  # voimaa.cli._common: a line on stderr
    }
)
# Sinks only through one receiver: QMessageBox.warning(…) and the UI's dialog seam (ui/ask.py),
# not a logger's .warning(…).
SINK_METHODS = {
    "QMessageBox": frozenset({"information", "warning", "critical", "question", "about"}),
    "ask": frozenset({"confirm", "inform", "error", "warn", "get_text", "choose"}),
    "sys.stdout": frozenset({"write"}),
    "sys.stderr": frozenset({"write"}),
}
# argparse: the keyword arguments of these calls that its help and usage show.
ARGPARSE_CALLS = frozenset(
    {
        "ArgumentParser",
        "FinnishArgumentParser",
        "add_parser",
        "add_subparsers",
        "add_argument",
        "add_argument_group",
        "add_mutually_exclusive_group",
    }
)
ARGPARSE_KEYWORDS = frozenset({"help", "description", "epilog", "usage", "title", "metavar"})
# Sinks whose positional arguments are not text (a path); only their keywords are checked.
KEYWORDS_ONLY = frozenset({"build_pdf"})
# Calls whose result is the text of their arguments; any other call (format_date(x),
# getattr(exc, "strerror")) makes something else of its arguments.
TEXT_CALLS = frozenset(
    {"format", "join", "upper", "lower", "capitalize", "strip", "escape", "str", "replace"}
)
# Attributes whose assigned text is shown (`ws.title = …`, `cell.value = …`).
SINK_ATTRIBUTES = frozenset({"title", "value"})

# Deliberate exceptions: (path relative to src/voimaa, literal or its beginning) → why.
ALLOWED: dict[tuple[str, str], str] = {
    ("ui/attendance_model.py", "\tDelete"): "a key's name after the tab, as Qt shows shortcuts",
    ("export/group_xlsx.py", "EUROHIS-8"): "the instrument's name, the same in every language",
    ("export/coordinator_files.py", "EUROHIS-8"): "the instrument's name; a sheet of the format",
    ("export/eurohis_form_pdf.py", "Seuraavat kysymykset koskevat elämänlaatuanne"): (
        "the instructions of THL's validated ATH/FinSote wording, printed with its items; "
        "chosen by WordingVersion like the item texts, which another language replaces with "
        "its own validated wording, not with a translation"
    ),
    ("export/eurohis_form_pdf.py", "Seuraavat kysymykset koskevat elämänlaatuasi"): (
        "the same for THL's FinMonik wording"
    ),
}
# The translation plumbing itself passes context and text through: (path, function).
PLUMBING = frozenset({("i18n.py", "tr"), ("ui/i18n.py", "_qt_translate")})

# In a sink, any literal with a word is shown text. Elsewhere in the export layer, whose only
# job is text for people, a literal that looks Finnish is (ä/ö/å or a common Finnish word).
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|#[0-9a-fA-F]{6}")
_WORD = re.compile(r"[A-Za-zÅÄÖåäö]{3,}")
_FINNISH_WORDS = frozenset(
    {"ja", "tai", "ei", "on", "ole", "kerta", "kertaa", "nimi", "koodi", "luku", "sivu", "klo"}
    | {"osallistujat", "osallistujaa", "poissa", "tehty", "viety", "tulostettu", "vastaukset"}
)
# Finnish weekday names (full, "on that day" and abbreviated): a literal of one of the first
# two, or a table of three or more of any, outside a translation call is untranslated.
WEEKDAY_NAMES = frozenset(
    {"maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"}
)
WEEKDAY_ESSIVES = frozenset(f"{day}na" for day in WEEKDAY_NAMES)
WEEKDAY_SHORT = frozenset({"ma", "ti", "ke", "to", "pe", "la", "su"})
_FINNISH_WORDS |= WEEKDAY_NAMES | WEEKDAY_ESSIVES
_FINNISH = re.compile(r"[ÅÄÖåäö]")
WRITERS = "export/"


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


@dataclass(frozen=True)
class Message:
    """A translate/tr call with literal context and text, as lupdate should extract it."""

    context: str
    text: str
    numerus: bool
    path: str
    line: int


def _is_str(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _allowed(path: str, text: str) -> bool:
    return any(path == p and text.startswith(start) for p, start in ALLOWED)


def _has_word(text: str) -> bool:
    return bool(_WORD.search(_MARKUP.sub(" ", text)))


def _looks_finnish(text: str) -> bool:
    plain = _MARKUP.sub(" ", text)
    words = {w.lower() for w in _WORD.findall(plain)} | set(re.findall(r"\b[a-z]{2}\b", plain))
    return bool(_FINNISH.search(plain) or words & _FINNISH_WORDS)


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and _is_str(first.value):
                ids.add(id(first.value))
    return ids


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []
        self.messages: list[Message] = []
        self.classes: list[str] = []
        self.contexts: dict[str, str] = {}  # module-level Name = Context("Name")

    # --- structure ---------------------------------------------------------------------------
    def scan(self, tree: ast.Module) -> None:
        for stmt in tree.body:
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Call)
                and _call_name(stmt.value) == "Context"
            ):
                name = stmt.targets[0].id
                arg = stmt.value.args[0] if stmt.value.args else None
                if not (_is_str(arg) and arg.value == name):  # type: ignore[union-attr]
                    self._flag(stmt, f'{name} = Context(...) must name its own context "{name}"')
                self.contexts[name] = name
        self.visit(tree)
        self._check_weekday_literals(tree)
        if self.path.startswith(WRITERS):
            self._check_writer_literals(tree)

    def _translated_or_docstring(self, tree: ast.Module) -> set[int]:
        """The ids of the nodes inside a translation call, and of the docstrings."""
        inside: set[int] = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _translation_kind(node, self.contexts):
                inside |= {id(n) for n in ast.walk(node)}
        return inside

    def _check_weekday_literals(self, tree: ast.Module) -> None:
        """Weekday names are translated where they are shown, in every module: no untranslated
        name, and no table of names (`WEEKDAYS = ("maanantai", …)`) built at import."""
        inside = self._translated_or_docstring(tree)
        for node in ast.walk(tree):
            if id(node) in inside:
                continue
            if isinstance(node, ast.Tuple | ast.List | ast.Set):
                names = [
                    e.value.lower()  # type: ignore[attr-defined]
                    for e in node.elts
                    if _is_str(e) and id(e) not in inside
                ]
                days = WEEKDAY_NAMES | WEEKDAY_ESSIVES | WEEKDAY_SHORT
                if len(names) >= 3 and all(name in days for name in names):
                    self._flag(node, f"untranslated table of weekday names {tuple(names)!r}")
                    inside |= {id(e) for e in node.elts}
            elif _is_str(node):  # type: ignore[arg-type]
                text: str = node.value  # type: ignore[attr-defined]
                if text.lower() in WEEKDAY_NAMES | WEEKDAY_ESSIVES:
                    self._flag(node, f"untranslated weekday name {text!r}")

    def _check_writer_literals(self, tree: ast.Module) -> None:
        """Every Finnish-looking literal of an export module sits inside a translation call."""
        inside = self._translated_or_docstring(tree)
        reported = {(f.line, f.problem) for f in self.findings}
        for node in ast.walk(tree):
            if not _is_str(node) or id(node) in inside:  # type: ignore[arg-type]
                continue
            text: str = node.value  # type: ignore[attr-defined]
            if _allowed(self.path, text) or not _looks_finnish(text):
                continue
            problem = f"untranslated text {text!r} in an export module"
            line = node.lineno  # type: ignore[attr-defined]
            if not any(ln == line and text in p for ln, p in reported):
                self.findings.append(Finding(self.path, line, problem))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if (self.path, node.name) not in PLUMBING:
            self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _flag(self, node: ast.AST, problem: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), problem))

    # --- calls -------------------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        kind = _translation_kind(node, self.contexts)
        if kind is not None:
            self._check_translation(node, kind)
            return  # its literals are translated
        name = _call_name(node)
        if _is_sink(node, name):
            args = [] if name in KEYWORDS_ONLY else node.args
            for arg in [*args, *(k.value for k in node.keywords)]:
                self._check_shown(arg, f"{name}(…)")
        elif name in ARGPARSE_CALLS:
            for keyword in node.keywords:
                if keyword.arg in ARGPARSE_KEYWORDS:
                    self._check_shown(keyword.value, f"{name}({keyword.arg}=…)")
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            if isinstance(target, ast.Attribute) and target.attr in SINK_ATTRIBUTES:
                self._check_shown(node.value, f".{target.attr} = …")
        self.generic_visit(node)

    def _check_translation(self, node: ast.Call, kind: str) -> None:
        if node.keywords:
            self._flag(node, "translation call with a keyword argument: lupdate drops it")
        if kind == "translate":
            context = node.args[0] if node.args else None
            text = node.args[1] if len(node.args) > 1 else None
            numerus = len(node.args) > 3
            if not _is_str(context):
                self._flag(node, "translate() context is not a string literal")
                return
            ctx = context.value  # type: ignore[union-attr]
        else:  # tr: self.tr(...) in a class, or Name.tr(...) on a Context
            text = node.args[0] if node.args else None
            numerus = len(node.args) > 2
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if isinstance(receiver, ast.Name) and receiver.id == "self":
                if not self.classes:
                    self._flag(node, "self.tr() outside a class")
                    return
                ctx = self.classes[-1]
            else:
                ctx = receiver.id  # type: ignore[union-attr]
        if not _is_str(text):
            what = "an f-string" if isinstance(text, ast.JoinedStr) else "not a string literal"
            self._flag(node, f"translation text is {what}: lupdate cannot extract it")
            return
        value: str = text.value  # type: ignore[union-attr]
        if "%n" in value and not numerus:
            self._flag(node, "text with %n but no count argument")
        if numerus and kind == "translate":
            self._flag(
                node,
                "plural through translate(): lupdate does not mark it numerus; "
                'use a Context: Name.tr("%n …|%n …", None, n)',
            )
        if numerus:
            forms = value.split(i18n.PLURAL_SEPARATOR)
            if len(forms) != 2 or not all("%n" in f for f in forms):
                self._flag(node, 'plural text must be "%n singular|%n plural"')
        self.messages.append(Message(ctx, value, numerus, self.path, node.lineno))

    def _check_shown(self, node: ast.expr, sink: str) -> None:
        for literal, line in _shown_literals(node, self.contexts):
            if _allowed(self.path, literal) or not _has_word(literal):
                continue
            self.findings.append(
                Finding(self.path, line, f"untranslated text {literal!r} in {sink}")
            )


def _call_name(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return ""


def _dotted(node: ast.expr) -> str:
    """ "sys.stderr" for `sys.stderr`, "ask" for `ask`; "" for anything but names."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        owner = _dotted(node.value)
        return f"{owner}.{node.attr}" if owner else ""
    return ""


def _is_sink(node: ast.Call, name: str) -> bool:
    if name in SINK_CALLS:
        return True
    func = node.func
    return isinstance(func, ast.Attribute) and name in SINK_METHODS.get(_dotted(func.value), ())


def _translation_kind(node: ast.Call, contexts: dict[str, str]) -> str | None:
    """'translate' or 'tr' for the calls lupdate reads; None for anything else."""
    func = node.func
    if isinstance(func, ast.Name) and func.id == "translate":
        return "translate"
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        owner = func.value.id
        if func.attr == "translate" and owner in {"QCoreApplication", "QApplication", "i18n"}:
            return "translate"
        if func.attr == "tr" and (owner == "self" or owner in contexts):
            return "tr"
    return None


def _shown_literals(node: ast.expr, contexts: dict[str, str]) -> Iterator[tuple[str, int]]:
    """String literals that end up in the shown text of `node` without being translated."""
    if _is_str(node):
        yield node.value, node.lineno  # type: ignore[attr-defined]
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if _is_str(part):
                yield part.value, node.lineno  # type: ignore[attr-defined]
            elif isinstance(part, ast.FormattedValue):
                yield from _shown_literals(part.value, contexts)
    elif isinstance(node, ast.Call):
        if _translation_kind(node, contexts) is not None:
            return
        if _call_name(node) not in TEXT_CALLS:
            return
        func = node.func
        if isinstance(func, ast.Attribute):  # "…".format(...), "…".join(...), x.upper()
            yield from _shown_literals(func.value, contexts)
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            yield from _shown_literals(arg, contexts)
    elif isinstance(node, ast.BinOp):
        yield from _shown_literals(node.left, contexts)
        yield from _shown_literals(node.right, contexts)
    elif isinstance(node, ast.IfExp):
        yield from _shown_literals(node.body, contexts)
        yield from _shown_literals(node.orelse, contexts)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _shown_literals(value, contexts)
    elif isinstance(node, ast.Tuple | ast.List | ast.Set):
        for elt in node.elts:
            yield from _shown_literals(elt, contexts)
    elif isinstance(node, ast.Starred):
        yield from _shown_literals(node.value, contexts)
    elif isinstance(node, ast.ListComp | ast.GeneratorExp | ast.SetComp):
        yield from _shown_literals(node.elt, contexts)


def scan_source(source: str, path: str) -> tuple[list[Finding], list[Message]]:
    scanner = _Scanner(path)
    scanner.scan(ast.parse(source, filename=path))
    return scanner.findings, scanner.messages


def _source_files() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def scan_tree() -> tuple[list[Finding], list[Message]]:
    findings: list[Finding] = []
    messages: list[Message] = []
    for file in _source_files():
        rel = file.relative_to(SRC).as_posix()
        f, m = scan_source(file.read_text(encoding="utf-8"), rel)
        findings += f
        messages += m
    return findings, messages


# --- the scan over src/voimaa ------------------------------------------------------------------


def test_every_visible_literal_goes_through_translation() -> None:
    findings, _ = scan_tree()
    assert not findings, "\n".join(map(str, findings))


def test_allow_list_entries_are_still_needed() -> None:
    """An exception that no longer occurs is removed, so the list stays short and true."""
    unused = []
    for path, start in ALLOWED:
        tree = ast.parse((SRC / path).read_text(encoding="utf-8"))
        if not any(
            _is_str(node) and node.value.startswith(start)  # type: ignore[arg-type, attr-defined]
            for node in ast.walk(tree)
        ):
            unused.append((path, start))
    assert not unused


# --- self-tests of the scan --------------------------------------------------------------------

_BAD = """
from PySide6.QtWidgets import QLabel, QWidget
from voimaa.i18n import Context, translate

Wrong = Context("Other")

def make(text, n):
    QLabel("Tallenna tiedot")
    translate("Ctx", text)
    translate("Ctx", f"Hei {text}")
    translate("Ctx", "Hei", n=3)
    translate("Ctx", "%n osallistujaa", None, n)
    raise ValueError(translate(text, "Hei"))

class W(QWidget):
    def f(self, ws, n):
        self.setWindowTitle(f"Ryhmä {n}")
        self.tr("%n osallistuja", "", n)
        ws.title = "Läsnäolo"
        ws.cell(row=1, column=1).value = "Yhteensä"
        Paragraph("Kukaan ei ole poissa.", None)
        set_text(ws, 1, 1, "Luokka" if n else "Rivit")
        self.label.setText("Ryhmässä {n} / {m}".format(n=n, m=n))
        self.tr("Tallenna")
"""

_GOOD = """
from PySide6.QtWidgets import QLabel, QWidget
from voimaa.i18n import Context, translate

Roster = Context("Roster")

def make(text, n, ws):
    QLabel(translate("Ctx", "Tallenna tiedot"))
    translate("Ctx", "Hei {name}").format(name=text)
    Roster.tr("%n osallistuja|%n osallistujaa", None, n)
    ws.title = translate("Ctx", "Läsnäolo")
    set_text(ws, 1, 1, text)
    set_text(ws, 1, 2, "")
    set_text(ws, 1, 3, f"{n} / {n}")

class W(QWidget):
    def f(self, n):
        self.setWindowTitle(self.tr("Ryhmä {n}").format(n=n))
        self.tr("%n kerta|%n kertaa", "", n)
"""


_BAD_CLI = """
import argparse
import sys

WEEKDAYS = ("maanantai", "tiistai", "keskiviikko")

def register(commands, x):
    p = commands.add_parser("groups", help="luettele ryhmät", description="Luettelee ryhmät.")
    p.add_argument("--data-dir", metavar="KANSIO", help=f"kansio {x}")
    argparse.ArgumentParser(prog="voimaa", epilog="Ohjaajan työkalu")
    add_output(p, "PDF-tiedosto johon viedään")

def run(n, path, day):
    print(f"Mukana {n} osallistujaa")
    print("Valmis.", file=sys.stderr)
    sys.stdout.write("Tallennettu: " + str(path))
    sys.stderr.write("voimaa: keskeytetty\\n")
    complain("odottamaton virhe")
    short = ["ma", "ti", "ke", "to", "pe"]
    return "tiistaina" if day else short
"""

_GOOD_CLI = """
import argparse
import sys

from voimaa.i18n import Context, translate

Cli = Context("Cli")
PROG = "voimaa"

def weekday_names():
    return (translate("Formats", "maanantai"), translate("Formats", "tiistai"))

def register(commands):
    p = commands.add_parser(
        "groups",
        help=translate("Cli", "luettele ryhmät"),
        description=translate("Cli", "Luettelee."),
    )
    p.add_argument("--session", type=int, metavar="N", help=translate("Cli", "kerran numero 1–8"))
    p.add_argument("--phase", choices=["alku", "loppu"], default="alku")
    add_output(p, translate("Cli", "PDF-tiedosto johon viedään"))

def run(n, path, reason, log):
    print(Cli.tr("Mukana %n osallistuja|Mukana %n osallistujaa", None, n))
    print(translate("Cli", "Tallennettu: {path}").format(path=path), file=sys.stderr)
    sys.stdout.write(f"{path}\\t{n}\\n")
    sys.stderr.write(f"{PROG}: {reason}\\n")
    log.write("Valmis")
    print()
"""


def test_scan_flags_each_kind_of_escape() -> None:
    findings, _ = scan_source(_BAD, "bad.py")
    problems = sorted((f.line, f.problem) for f in findings)
    lines = {line for line, _ in problems}
    text = "\n".join(f"{line}: {p}" for line, p in problems)
    assert lines == {5, 8, 9, 10, 11, 12, 13, 17, 18, 19, 20, 21, 22, 23}, text
    assert "untranslated text 'Tallenna tiedot' in QLabel(…)" in text
    assert "keyword argument" in text and "f-string" in text and "numerus" in text
    assert "untranslated text 'Ryhmässä {n} / {m}' in setText(…)" in text


def test_scan_flags_cli_escapes() -> None:
    findings, _ = scan_source(_BAD_CLI, "cli/bad.py")
    text = "\n".join(f"{f.line}: {f.problem}" for f in findings)
    assert {f.line for f in findings} == {5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20}, text
    assert "'luettele ryhmät' in add_parser(help=…)" in text
    assert "'Luettelee ryhmät.' in add_parser(description=…)" in text
    assert "'KANSIO' in add_argument(metavar=…)" in text and "'kansio ' in add_argument" in text
    assert "'Ohjaajan työkalu' in ArgumentParser(epilog=…)" in text
    assert "'voimaa' in" not in text  # prog= is the program's name, not help text
    assert "'Mukana ' in print(…)" in text and "'Valmis.' in print(…)" in text
    assert "'Tallennettu: ' in write(…)" in text and "keskeytetty" in text
    assert "'odottamaton virhe' in complain(…)" in text
    assert "table of weekday names ('maanantai', 'tiistai', 'keskiviikko')" in text
    assert "table of weekday names ('ma', 'ti', 'ke', 'to', 'pe')" in text
    assert "untranslated weekday name 'tiistaina'" in text


def test_scan_passes_translated_cli() -> None:
    findings, messages = scan_source(_GOOD_CLI, "cli/good.py")
    assert findings == []
    assert [(m.context, m.text, m.numerus) for m in messages] == [
        ("Formats", "maanantai", False),
        ("Formats", "tiistai", False),
        ("Cli", "luettele ryhmät", False),
        ("Cli", "Luettelee.", False),
        ("Cli", "kerran numero 1–8", False),
        ("Cli", "PDF-tiedosto johon viedään", False),
        ("Cli", "Mukana %n osallistuja|Mukana %n osallistujaa", True),
        ("Cli", "Tallennettu: {path}", False),
    ]


def test_scan_passes_translated_source() -> None:
    findings, messages = scan_source(_GOOD, "good.py")
    assert findings == []
    assert [(m.context, m.numerus) for m in messages] == [
        ("Ctx", False),
        ("Ctx", False),
        ("Roster", True),
        ("Ctx", False),
        ("W", False),
        ("W", True),
    ]


# --- lupdate -----------------------------------------------------------------------------------


def _lupdate(files: list[Path], ts: Path) -> dict[tuple[str, str], bool]:
    subprocess.run(
        [str(LUPDATE), *map(str, files), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    extracted: dict[tuple[str, str], bool] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            extracted[(name, message.findtext("source") or "")] = message.get("numerus") == "yes"
    return extracted


needs_lupdate = pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")


@needs_lupdate
def test_lupdate_extracts_every_translation_call(tmp_path: Path) -> None:
    _, messages = scan_tree()
    extracted = _lupdate(_source_files(), tmp_path / "all.ts")
    missing = [
        f"{m.path}:{m.line}: [{m.context}] {m.text!r}"
        for m in messages
        if (m.context, m.text) not in extracted
    ]
    assert not missing, "lupdate did not extract:\n" + "\n".join(missing)
    not_numerus = [
        f"{m.path}:{m.line}: [{m.context}] {m.text!r}"
        for m in messages
        if m.numerus and not extracted[(m.context, m.text)]
    ]
    assert not not_numerus, "not marked numerus:\n" + "\n".join(not_numerus)


@needs_lupdate
@pytest.mark.parametrize("good", [_GOOD, _GOOD_CLI], ids=["widgets", "cli"])
def test_lupdate_self_test_sees_the_good_source(tmp_path: Path, good: str) -> None:
    source = tmp_path / "good.py"
    source.write_text(good, encoding="utf-8")
    _, messages = scan_source(good, "good.py")
    extracted = _lupdate([source], tmp_path / "good.ts")
    assert {(m.context, m.text): m.numerus for m in messages} == extracted


# --- plurals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "expected"), [(0, "0 osallistujaa"), (1, "1 osallistuja"), (2, "2 osallistujaa")]
)
def test_finnish_plural_without_a_translator(n: int, expected: str) -> None:
    roster = i18n.Context("Roster")
    assert roster.tr("%n osallistuja|%n osallistujaa", None, n) == expected
    assert i18n.translate("Roster", "%n osallistuja|%n osallistujaa", None, n) == expected


def test_text_without_count_is_left_alone() -> None:
    assert i18n.translate("X", "a|b") == "a|b"
    assert i18n.translate("X", "Hei {n}") == "Hei {n}"


_SV_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Roster</name>
    <message numerus="yes">
        <source>%n osallistuja|%n osallistujaa</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare totalt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kerta|%n kertaa</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease not installed")
def test_plurals_through_qt_with_and_without_a_translation(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    from voimaa.ui import i18n as ui_i18n

    ts = tmp_path / "voimaa_sv.ts"
    ts.write_text(_SV_TS, encoding="utf-8")
    qm = tmp_path / "voimaa_sv.qm"
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    i18n.install_translator(ui_i18n._qt_translate)
    plurals = ui_i18n.install_finnish_plurals(qapp)
    swedish = QTranslator(qapp)
    try:
        roster = i18n.Context("Roster")
        # Finnish: no .qm, the plural translator picks the form
        assert roster.tr("%n kerta|%n kertaa", None, 1) == "1 kerta"
        assert roster.tr("%n kerta|%n kertaa", None, 3) == "3 kertaa"
        assert swedish.load(str(qm))
        QCoreApplication.installTranslator(swedish)
        # Swedish: Qt picks the numerus form by the Swedish rule
        assert roster.tr("%n osallistuja|%n osallistujaa", None, 1) == "1 deltagare"
        assert roster.tr("%n osallistuja|%n osallistujaa", None, 5) == "5 deltagare totalt"
        # unfinished in Swedish: the Finnish form, not both forms
        assert roster.tr("%n kerta|%n kertaa", None, 2) == "2 kertaa"
        assert QCoreApplication.translate("Roster", "ei plural") == "ei plural"
    finally:
        QCoreApplication.removeTranslator(swedish)
        QCoreApplication.removeTranslator(plurals)
        i18n.install_translator(None)
