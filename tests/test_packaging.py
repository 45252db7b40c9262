"""The frozen build's files agree with each other: the installer script names what the spec
produces, the Windows workflow runs the spec and the smoke test, every bundled distribution has
a licence notice, and the dependencies are bounded and locked. No build is needed."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from voimaa import __version__, paths

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "packaging"
SPEC = (PKG / "voimaa.spec").read_text(encoding="utf-8")
ISS = (PKG / "voimaa.iss").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
LOCK = (ROOT / "requirements" / "build.lock").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"voimaa_packaging_{name}", PKG / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _spec_const(name: str) -> str:
    match = re.search(rf'^{name} = "([^"]+)"', SPEC, re.MULTILINE)
    assert match, f"{name} not set in voimaa.spec"
    return match.group(1)


def _iss_define(name: str) -> str:
    match = re.search(rf'^#define {name} "([^"]+)"', ISS, re.MULTILINE)
    assert match, f"#define {name} missing in voimaa.iss"
    return match.group(1)


def test_installer_names_the_executables_and_folder_the_spec_builds() -> None:
    assert _iss_define("GuiExe") == _spec_const("APP_NAME") + ".exe"
    assert _iss_define("CliExe") == _spec_const("CLI_NAME") + ".exe"
    assert re.search(r"COLLECT\([^)]*name=APP_NAME", SPEC, re.DOTALL)
    assert _iss_define("BundleDir").replace("\\", "/") == "../dist/" + _spec_const("APP_NAME")
    assert "contents_directory" not in SPEC  # PyInstaller's default: _internal
    assert r'"{#BundleDir}\_internal\*"' in ISS
    assert r"{app}\{#GuiExe}" in ISS and r"{#BundleDir}\{#CliExe}" in ISS


def test_installer_and_spec_use_the_same_icon() -> None:
    icon = _iss_define("IconFile").replace("\\", "/")
    assert (PKG / icon).is_file()
    assert 'ICON = SPEC_DIR / "icon" / "voimaa.ico"' in SPEC
    assert icon == "icon/voimaa.ico"
    data = (PKG / icon).read_bytes()
    assert data[:4] == b"\x00\x00\x01\x00" and len(data) < 100_000  # an ICO, small


def test_installer_is_per_user_without_associations_and_keeps_the_data() -> None:
    assert re.search(r"^PrivilegesRequired=lowest$", ISS, re.MULTILINE)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\Voimaa$", ISS, re.MULTILINE)
    assert re.search(r"^ChangesAssociations=no$", ISS, re.MULTILINE)
    assert "[Registry]" not in ISS and ".zip" not in ISS.lower().replace("zip files stay", "")
    # The data folder the uninstaller names is platformdirs' user_data_dir(APP_NAME,
    # roaming=False) on Windows, built by platformdirs' own rule from %LOCALAPPDATA%.
    from platformdirs.windows import Windows

    data = Windows(appname=paths.APP_NAME, roaming=False)._append_parts("{localappdata}")
    assert f"ExpandConstant('{data.replace('/', chr(92))}')" in ISS
    assert "Box.Checked := False;" in ISS
    assert "if (CurUninstallStep = usPostUninstall) and RemoveData then" in ISS
    assert "Tasks: desktopicon" in ISS and r"{autoprograms}\{#AppName}" in ISS


def test_workflow_builds_with_the_spec_runs_the_smoke_test_and_the_installer() -> None:
    assert "packaging/voimaa.spec" in WORKFLOW
    assert "packaging/smoke_test.py --bundle dist/Voimaa" in WORKFLOW
    assert r"packaging\voimaa.iss" in WORKFLOW
    assert "--require-hashes -r requirements/build.lock" in WORKFLOW
    assert 'python-version: "3.11"' in WORKFLOW
    assert "upload-artifact" in WORKFLOW


def test_smoke_test_expects_the_executables_the_spec_builds() -> None:
    smoke = _load("smoke_test")
    assert _spec_const("APP_NAME") == smoke.GUI_NAME
    assert _spec_const("CLI_NAME") == smoke.CLI_NAME


def test_version_file_carries_the_package_version() -> None:
    prepare = _load("prepare")
    assert prepare.package_version() == __version__
    text = prepare.VERSION_TEMPLATE.format(
        tuple=prepare.version_tuple(__version__),
        version=__version__,
        company=prepare.COMPANY,
        description=prepare.DESCRIPTION,
        product=prepare.PRODUCT,
    )
    tree = ast.parse(text, mode="eval")
    assert isinstance(tree.body, ast.Call) and getattr(tree.body.func, "id", "") == "VSVersionInfo"
    assert f"filevers={prepare.version_tuple(__version__)}" in text
    assert prepare.version_tuple("1.2") == (1, 2, 0, 0)


def test_every_runtime_distribution_has_a_licence_notice() -> None:
    notices = _load("notices")
    dists = notices.runtime_distributions()
    names = {canonicalize_name(d.metadata["Name"]) for d in dists}
    declared = {Requirement(r).name for r in PYPROJECT["project"]["dependencies"]}
    assert {canonicalize_name(n) for n in declared} <= names
    sections = notices.notices()
    by_name = {canonicalize_name(s.name): s for s in sections}
    for dist in dists:
        section = by_name[canonicalize_name(dist.metadata["Name"])]
        assert section.version == dist.version
        assert section.texts and all(text.strip() for _, text in section.texts), section.name
    text = notices.render(sections)
    for required in (
        "PySide6",
        "shiboken6",
        "SQLAlchemy",
        "alembic",
        "reportlab",
        "openpyxl",
        "platformdirs",
        "DejaVu fonts",
        "Python",
    ):
        assert required.lower() in text.lower()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "Replacing the Qt libraries" in text and "download.qt.io" in text
    if "sqlcipher3" in names:  # SQLCipher, when the program ships it
        assert "sqlcipher" in by_name


def test_runtime_dependencies_have_an_upper_bound() -> None:
    for line in PYPROJECT["project"]["dependencies"]:
        req = Requirement(line)
        assert any(spec.operator in {"<", "<="} for spec in req.specifier), line


def test_pyside_stays_below_6_12_on_python_before_3_12() -> None:
    pins = [Requirement(r) for r in PYPROJECT["project"]["dependencies"]]
    old = [
        r
        for r in pins
        if r.name == "PySide6-Essentials"
        and r.marker
        and not r.marker.evaluate({"python_version": "3.12", "python_full_version": "3.12.0"})
    ]
    assert old and all(not r.specifier.contains("6.12.0") for r in old)
    locked = re.findall(r"^pyside6-essentials==(\S+) ; python_full_version < '3.12'", LOCK, re.M)
    assert locked and all(not v.startswith("6.12") for v in locked)


@pytest.mark.parametrize("extra", ["", "dist"])
def test_lock_pins_every_requirement_with_hashes(extra: str) -> None:
    lines = (
        PYPROJECT["project"]["dependencies"]
        if not extra
        else PYPROJECT["project"]["optional-dependencies"][extra]
    )
    locked = {canonicalize_name(m) for m in re.findall(r"^([A-Za-z0-9_.-]+)==", LOCK, re.M)}
    for line in lines:
        assert canonicalize_name(Requirement(line).name) in locked, line
    blocks = re.split(r"\n(?=[A-Za-z0-9])", LOCK.split("\n", 2)[-1])
    assert all("--hash=sha256:" in b for b in blocks if "==" in b)
