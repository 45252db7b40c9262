"""The shape of the code (STYLE.md): the core never imports the export layer or the UI, the
import graph has no cycles, and modules stay small enough to read.

The graph is read from the source with `ast`, so a late import inside a function counts like
one at the top: hiding a cycle in a function does not make it go away. Imports under
`if TYPE_CHECKING:` are left out; they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
MAX_LINES = 500
SIZE_REASON = "Size:"  # a module docstring paragraph starting with this says why it is long


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {
    _module_name(p): p for p in sorted(SRC.joinpath("voimaa").rglob("*.py"))
}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    """The voimaa modules that `module` imports (as the interpreter resolves them)."""
    found: set[str] = set()

    def target(name: str) -> str | None:
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        return name or None

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("voimaa") and (t := target(alias.name)):
                    found.add(t)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module if is_package else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}" if base else package
            if base.startswith("voimaa"):
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    t = full if full in MODULES else target(base)
                    if t:
                        found.add(t)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    found.discard(module)
    return found


def _graph() -> dict[str, set[str]]:
    return {
        name: _imports(ast.parse(path.read_text(encoding="utf-8")), name, path.stem == "__init__")
        for name, path in MODULES.items()
    }


def _layer(name: str) -> str:
    if name.startswith("voimaa.ui"):
        return "ui"
    if name.startswith("voimaa.export"):
        return "export"
    if name.startswith("voimaa.cli") or name == "voimaa.__main__":
        return "cli"
    return "core"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def connect(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def test_the_graph_reader_sees_late_and_relative_imports() -> None:
    """The checks below are only as good as the reader: prove it on a small example."""
    source = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "from voimaa import errors\n"
        "from . import formats\n"
        "if TYPE_CHECKING:\n"
        "    from voimaa import store\n"
        "def f():\n"
        "    from voimaa.export import jobs\n"
    )
    found = _imports(ast.parse(source), "voimaa.audit", is_package=False)
    assert found == {"voimaa.errors", "voimaa.formats", "voimaa.export.jobs"}
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_core_never_imports_the_export_layer_or_the_ui() -> None:
    wrong = sorted(
        f"{name} imports {dep}"
        for name, deps in _graph().items()
        if _layer(name) == "core"
        for dep in deps
        if _layer(dep) in ("export", "ui", "cli")
    )
    assert wrong == []


def test_the_export_layer_never_imports_the_ui() -> None:
    wrong = sorted(
        f"{name} imports {dep}"
        for name, deps in _graph().items()
        if _layer(name) == "export"
        for dep in deps
        if _layer(dep) in ("ui", "cli")
    )
    assert wrong == []


def test_the_import_graph_has_no_cycles() -> None:
    assert _cycles(_graph()) == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_modules_stay_small_or_say_why(name: str) -> None:
    path = MODULES[name]
    lines = len(path.read_text(encoding="utf-8").splitlines())
    if lines <= MAX_LINES:
        return
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    assert any(p.strip().startswith(SIZE_REASON) for p in doc.split("\n\n")), (
        f"{name} has {lines} lines; split it, or say why it is one thing in a docstring "
        f"paragraph starting with {SIZE_REASON!r}"
    )
