"""Build THIRD-PARTY-NOTICES.txt: the licence of every distribution the program ships.

The list is the closure of Voimaa's runtime requirements, read from the installed
distributions' metadata (importlib.metadata: name, version, licence, home page and the licence
files each wheel ships). Distributions whose wheels carry no licence file (PySide6 and
shiboken6) get the texts kept in packaging/licenses/, and three things that are bundled but
are not Python distributions get their own section: the Python interpreter, Qt's LGPL terms
for a onedir build (where the source is, how to replace the Qt libraries) and the DejaVu fonts.

    python packaging/notices.py [OUTFILE]    # default: build/packaging/THIRD-PARTY-NOTICES.txt
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LICENSES = HERE / "licenses"
APP_DIST = "voimaa"
FILENAME = "THIRD-PARTY-NOTICES.txt"
LICENSE_FILE_STEMS = ("licen", "copying", "notice", "authors")

QT_TERMS = """\
Qt for Python (PySide6, shiboken6) and the Qt libraries it contains (Qt Core, Gui, Widgets,
the platform and image-format plugins and Qt's own translations) are used under the GNU
Lesser General Public License version 3 (LGPL-3.0-only); its text and the GNU GPL version 3 it
builds on follow below.

Source code: the Qt and Qt for Python sources of the version named above are available from
  https://download.qt.io/official_releases/qt/ (Qt) and
  https://download.qt.io/official_releases/QtForPython/ (PySide6, shiboken6; also
  https://code.qt.io/cgit/pyside/pyside-setup.git/, tag v{version}).
Voimaa does not modify Qt or Qt for Python. On request we also send a copy of that source.

Replacing the Qt libraries: Voimaa is installed as a folder ("onedir" build), not as one
packed file. The Qt libraries are ordinary shared libraries inside it, in
  <install folder>\\_internal\\PySide6\\  (Qt6Core.dll, Qt6Gui.dll, Qt6Widgets.dll, ... and
  plugins\\) on Windows, and _internal/PySide6/Qt/lib/ on Linux.
You may replace them with your own build of the same Qt version (or a compatible one) by
copying your libraries over those files; Voimaa loads whatever libraries are in that folder.
Reverse engineering for debugging such modifications is permitted.
"""

PYTHON_TERMS = """\
The program contains the Python interpreter and standard library (version {version}),
distributed under the Python Software Foundation License. Source: https://www.python.org/
"""

BOOTLOADER_TERMS = """\
The executables Voimaa.exe and voimaa-cli.exe start from PyInstaller's bootloader, which is
distributed under the GNU GPL version 2 or later with a special exception that allows it to be
used in programs of any licence. Source: https://github.com/pyinstaller/pyinstaller
"""


@dataclass
class Notice:
    """One section of the notices file."""

    name: str
    version: str
    licence: str
    url: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (title, text)

    def render(self) -> str:
        head = f"{self.name} {self.version}".strip()
        lines = ["=" * 78, head, f"Licence: {self.licence}"]
        if self.url:
            lines.append(f"Home: {self.url}")
        lines.append("=" * 78)
        out = "\n".join(lines) + "\n"
        for title, text in self.texts:
            out += f"\n--- {title} ---\n\n{text.rstrip()}\n"
        return out + "\n"


def runtime_distributions(root: str = APP_DIST) -> list[metadata.Distribution]:
    """Every installed distribution `root` needs at run time (markers evaluated for this
    interpreter, extras not followed), `root` itself excluded, sorted by name."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        dist = metadata.distribution(name)
        seen[name] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            todo.append(req.name)
    seen.pop(canonicalize_name(root))
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expr = meta.get("License-Expression") or ""
    if expr:
        return expr
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 100:
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or "see the licence text below"


def _url(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return meta["Home-page"]
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return url.strip()
    return ""


def _licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if not file.name.lower().startswith(LICENSE_FILE_STEMS):
            continue
        path = Path(str(dist.locate_file(file)))
        if path.is_file():
            texts.append((file.name, path.read_text(encoding="utf-8", errors="replace")))
    return texts


def _qt_texts(version: str) -> list[tuple[str, str]]:
    return [
        (
            "Qt and Qt for Python: terms, source, replacing the libraries",
            QT_TERMS.format(version=version),
        ),
        ("GNU Lesser General Public License v3", (LICENSES / "LGPL-3.0.txt").read_text("utf-8")),
        ("GNU General Public License v3", (LICENSES / "GPL-3.0.txt").read_text("utf-8")),
    ]


# Wheels that ship no licence file of their own: the texts that apply to them.
SUPPLEMENTS = {"pyside6-essentials": _qt_texts, "shiboken6": _qt_texts}


def distribution_notice(dist: metadata.Distribution) -> Notice:
    name = dist.metadata["Name"]
    texts = _licence_files(dist)
    supplement = SUPPLEMENTS.get(canonicalize_name(name))
    if supplement is not None:
        texts += supplement(dist.version)
    if not texts:
        raise LookupError(f"{name} {dist.version} ships no licence text and has no supplement")
    return Notice(name, dist.version, _licence(dist), _url(dist), texts)


def _python_notice() -> Notice:
    version = ".".join(map(str, sys.version_info[:3]))
    texts = [("Terms", PYTHON_TERMS.format(version=version))]
    for candidate in (
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info.major}.{sys.version_info.minor}"
        / "LICENSE.txt",
    ):
        if candidate.is_file():
            texts.append(("LICENSE.txt", candidate.read_text("utf-8", errors="replace")))
            break
    return Notice("Python", version, "PSF-2.0", "https://www.python.org/", texts)


def _fonts_notice() -> Notice:
    text = (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").read_text("utf-8")
    return Notice(
        "DejaVu fonts",
        "",
        "Bitstream Vera Fonts licence (free)",
        "https://dejavu-fonts.github.io/",
        [("LICENSE-DejaVu.txt", text)],
    )


def _sqlcipher_notice() -> Notice:
    """SQLCipher itself, built into the sqlcipher3 wheel (whose own licence covers only the
    Python module); SQLite inside it is in the public domain."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    try:
        version = str(conn.execute("PRAGMA cipher_version").fetchone()[0]).split()[0]
    finally:
        conn.close()
    text = (LICENSES / "SQLCipher-LICENSE.txt").read_text("utf-8")
    return Notice(
        "sqlcipher",
        version,
        "BSD-3-Clause (SQLCipher); SQLite: public domain",
        "https://www.zetetic.net/sqlcipher/",
        [("SQLCipher-LICENSE.txt", text)],
    )


def notices() -> list[Notice]:
    """All sections: the bundled distributions, then Python, the bootloader and the fonts."""
    sections = [distribution_notice(d) for d in runtime_distributions()]
    if any(canonicalize_name(d.metadata["Name"]) == "sqlcipher3" for d in runtime_distributions()):
        sections.append(_sqlcipher_notice())
    sections.append(_python_notice())
    sections.append(
        Notice(
            "PyInstaller bootloader",
            "",
            "GPL-2.0-or-later WITH Bootloader-exception",
            "https://pyinstaller.org/",
            [("Terms", BOOTLOADER_TERMS)],
        )
    )
    sections.append(_fonts_notice())
    return sections


def render(sections: list[Notice]) -> str:
    intro = (
        "Voimaa – kolmannen osapuolen ohjelmistojen lisenssit\n"
        "Third-party software in Voimaa and its licences\n\n"
        "Voimaa ships the following software. Each section names the component, its version,\n"
        "its licence and the licence text.\n\nContents:\n"
    )
    contents = "".join(f"  - {s.name} {s.version}".rstrip() + "\n" for s in sections)
    return intro + contents + "\n" + "".join(s.render() for s in sections)


def write(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(notices()), encoding="utf-8")
    return path


if __name__ == "__main__":
    out = write(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "packaging" / FILENAME)
    print(f"{out} ({out.stat().st_size} bytes)")
