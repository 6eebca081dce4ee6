"""Desktop packaging: the launcher entry and AppStream metadata validate, the icons are there at every size,
and the wheel carries the desktop files, routines, programmes, assets and schemas where a user install finds them.

The validators (desktop-file-validate, appstreamcli) are installed by scripts/setup.sh, so a missing one
fails the test with the fix instead of skipping it: CI must never pass without having validated anything.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import backcoach

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.backcoach.BackCoach"
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "assets" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
KEYWORDS = {"back", "workout", "timer", "exercise", "stretch", "physiotherapy"}


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is not installed: run scripts/setup.sh as root, or apt-get install {package}",
            pytrace=False,
        )
    return path


def _pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert data[12:16] == b"IHDR", "the PNG does not start with its header chunk"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# -- validators ------------------------------------------------------------------------------------------


def test_desktop_file_validates() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints and warnings count too: the entry is small enough to be spotless.
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_validates() -> None:
    result = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- the two files agree with each other and with the package ---------------------------------------------


def test_desktop_entry_launches_the_installed_gui_script_with_the_app_icon() -> None:
    entry = _desktop_entry()
    gui_scripts = _pyproject()["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in gui_scripts
    assert entry["TryExec"] in gui_scripts
    # The window sets this id as its desktop file name (gui/app.py), so the icon and the entry must match it.
    assert entry["Icon"] == APP_ID
    assert set(filter(None, entry["Keywords"].split(";"))) >= KEYWORDS


def test_metainfo_describes_this_app_and_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == _pyproject()["project"]["license"] == "MIT"
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert {k.text for k in root.iterfind("keywords/keyword")} >= KEYWORDS
    assert root.find("content_rating[@type='oars-1.1']") is not None
    binaries = {b.text for b in root.iterfind("provides/binary")}
    scripts = set(_pyproject()["project"]["gui-scripts"]) | set(_pyproject()["project"]["scripts"])
    assert binaries and binaries <= scripts
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert releases and releases[0] == backcoach.__version__, "the newest release must be this version"
    assert root.find("releases/release/description") is not None, "every release needs notes"
    # The addresses are placeholders for the project's future home; the images are the README's.
    images = [image.text or "" for image in root.iterfind("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://") and "/docs/screenshots/" in url, url
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), f"no such screenshot: {url}"


# -- icons ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_exists_at_its_size(size: int) -> None:
    path = ICONS / f"backcoach-{size}.png"
    assert path.is_file(), f"{path.name} is missing: run scripts/make_icons.py"
    data = path.read_bytes()
    assert _png_size(data) == (size, size)
    bit_depth, colour_type = data[24], data[25]
    assert (bit_depth, colour_type) == (8, 6), "icons are 8-bit RGBA (transparent corners)"


# -- the wheel ------------------------------------------------------------------------------------------


def _uv() -> str:
    """The pinned uv that scripts/setup.sh installs (.tools/bin/uv), or one on PATH."""
    local = ROOT / ".tools" / "bin" / "uv"
    path = str(local) if local.is_file() else shutil.which("uv")
    if path is None:
        pytest.fail("uv is not installed: run scripts/setup.sh (it installs the pinned uv into .tools/)", pytrace=False)
    return path


@pytest.fixture(scope="module")
def wheel_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from the source tree the way a user's `pip install .` builds it: isolated, with hatchling."""
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [_uv(), "build", "--quiet", "--wheel", "--out-dir", str(out), str(ROOT)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (path,) = out.glob("backcoach-*.whl")
    return path


@pytest.fixture(scope="module")
def wheel(wheel_path: Path) -> Iterator[zipfile.ZipFile]:
    with zipfile.ZipFile(wheel_path) as archive:
        yield archive


def test_wheel_installs_the_desktop_files_where_launchers_look(wheel: zipfile.ZipFile) -> None:
    data = f"backcoach-{backcoach.__version__}.data/data/"
    shared = _pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]["shared-data"]
    expected = {f"share/applications/{APP_ID}.desktop", f"share/metainfo/{APP_ID}.metainfo.xml",
                f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"}
    expected |= {f"share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES}
    assert set(shared.values()) == expected
    names = set(wheel.namelist())
    for source, target in shared.items():
        assert data + target in names, f"{target} is not in the wheel"
        assert wheel.read(data + target) == (ROOT / source).read_bytes(), f"{target} differs from {source}"


@pytest.mark.parametrize("folder, inside", [("routines", "backcoach/routines"), ("assets", "backcoach/assets"),
                                             ("programmes", "backcoach/programmes"),
                                             ("backcoach/schemas", "backcoach/schemas"), ("docs", "backcoach/docs")])
def test_wheel_carries_the_bundled_data(wheel: zipfile.ZipFile, folder: str, inside: str) -> None:
    files = sorted(p.relative_to(ROOT / folder).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file())
    assert files, f"{folder}/ is empty"
    names = set(wheel.namelist())
    missing = [f for f in files if f"{inside}/{f}" not in names]
    assert missing == [], f"not in the wheel under {inside}/: {missing}"


# -- where the bundled data is found: installed wheel, editable install, source checkout --------------------

_WHERE = (
    "from backcoach.resources import assets_dir, bundled_routines_dir; "
    "print(bundled_routines_dir()); print(assets_dir())"
)


def _venv(tmp_path: Path) -> Path:
    """An empty virtual environment on this Python (uv makes one in a few milliseconds)."""
    target = tmp_path / "venv"
    result = subprocess.run([_uv(), "venv", "--quiet", "--python", sys.executable, str(target)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return target


def _found(python: Path, cwd: Path, extra_env: dict[str, str] | None = None) -> list[Path]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | (extra_env or {})
    result = subprocess.run([str(python), "-c", _WHERE], capture_output=True, text=True, cwd=cwd, env=env)
    assert result.returncode == 0, result.stderr
    return [Path(line) for line in result.stdout.splitlines()]


def test_installed_wheel_reads_the_data_inside_the_package(wheel_path: Path, tmp_path: Path) -> None:
    venv = _venv(tmp_path)
    result = subprocess.run([_uv(), "pip", "install", "--quiet", "--no-deps", "--python", str(venv / "bin" / "python"),
                             str(wheel_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    routines, assets = _found(venv / "bin" / "python", cwd=tmp_path)
    for folder in (routines, assets):
        assert venv in folder.parents and "site-packages" in folder.parts, folder
        assert ROOT not in folder.parents
    assert (routines / "exercises.yaml").is_file() and (assets / "sounds" / "go.wav").is_file()


def test_editable_install_reads_the_checkouts_data(tmp_path: Path) -> None:
    venv = _venv(tmp_path)
    result = subprocess.run([_uv(), "pip", "install", "--quiet", "--no-deps", "--python", str(venv / "bin" / "python"),
                             "--editable", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _found(venv / "bin" / "python", cwd=tmp_path) == [ROOT / "routines", ROOT / "assets"]


def test_source_checkout_reads_its_own_data(tmp_path: Path) -> None:
    """`python -m backcoach` or `pytest` in the repository root: the package is the source folder itself."""
    venv = _venv(tmp_path)  # nothing installed: only the checkout on the path, as when run from the root
    assert _found(venv / "bin" / "python", cwd=ROOT) == [ROOT / "routines", ROOT / "assets"]
    assert _found(venv / "bin" / "python", cwd=tmp_path, extra_env={"PYTHONPATH": str(ROOT)}) == [
        ROOT / "routines", ROOT / "assets"]


# -- the Flatpak sketch (never built here: see its header) --------------------------------------------------


def test_flatpak_manifest_has_the_app_id_and_no_network() -> None:
    import yaml

    path = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
    text = path.read_text(encoding="utf-8")
    assert "UNTESTED" in text[:300], "the header says that the manifest has never been built"
    manifest = yaml.safe_load(text)
    assert manifest["id"] == APP_ID
    assert manifest["command"] in _pyproject()["project"]["gui-scripts"]
    args = set(manifest["finish-args"])
    assert {"--socket=wayland", "--socket=fallback-x11", "--socket=pulseaudio", "--device=dri"} <= args
    assert not any(arg.startswith("--share=network") for arg in args), "BackCoach needs no network"
    assert not any(arg.startswith("--filesystem") for arg in args), "files come through the portal"


# -- the one-folder bundle ----------------------------------------------------------------------------------


def test_bundle_builds_and_its_program_runs(tmp_path: Path) -> None:
    """packaging/build-bundle.sh builds the PyInstaller bundle and checks the built program itself.

    About 40 s with the build venv (build/bundle-venv) in place, a minute when it has to be made. The
    bundle goes to a temporary folder, so builds running at the same time do not meet.
    BACKCOACH_SKIP_BUNDLE=1 skips it in a quick local run; CI never sets it.
    """
    if os.environ.get("BACKCOACH_SKIP_BUNDLE") == "1":
        pytest.skip("BACKCOACH_SKIP_BUNDLE=1")
    env = dict(os.environ, BUNDLE_WORK=str(tmp_path / "work"), BUNDLE_DIST=str(tmp_path / "dist"), BUNDLE_ARCHIVE="0")
    env.pop("BACKCOACH_USER_DIR", None)
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-bundle.sh")], capture_output=True, text=True, env=env, timeout=900
    )
    assert result.returncode == 0, result.stdout + result.stderr
    checks = ("--smoke-test (offscreen)", "validate on the bundled routines", "list (routines found through",
              "programme list (the bundled programmes)", "programme calendar (icalendar)")
    for check in checks:
        assert f"check: {check}" in result.stdout, result.stdout
    program = tmp_path / "dist" / "BackCoach" / "backcoach"
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"backcoach {backcoach.__version__}"
