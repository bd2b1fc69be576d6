"""Build the Debian package of the frozen app: ``make package`` runs it after PyInstaller.

    python3 packaging/linux/build_deb.py [--tree dist/advisor-app] [--out dist]

Layout of the package:

- ``/opt/advisor-app/``: the PyInstaller tree (``advisor-app`` and ``_internal/``);
- ``/usr/bin/advisor-app``: a launcher script (GUI without a command, the CLI with one);
- ``/usr/share/applications/advisor-app.desktop``: the menu entry, Polish and English;
- ``/usr/share/icons/hicolor/<size>/apps/advisor-app.png`` and ``scalable/apps/advisor-app.svg``;
- ``/usr/share/doc/advisor-app/copyright``: the GPL, the DejaVu fonts' licence, bundled parts.

``Depends:`` is computed by ``dpkg-shlibdeps`` from the libraries the frozen tree links against
outside itself (the spec keeps the distribution's libraries out of the tree), plus what Qt loads
with ``dlopen`` and so no linker sees (D-Bus, EGL/GL, fonts). The version is read from
``advisor_app/__init__.py``, the only place it is written.

Needs: dpkg-deb, dpkg-shlibdeps (dpkg-dev), desktop-file-validate (desktop-file-utils); the
Makefile's ``package-deps`` target installs them.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PACKAGE = "advisor-app"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

# Loaded by Qt at run time with dlopen (no DT_NEEDED entry for dpkg-shlibdeps to see), or data
# Qt needs: ECOSYSTEM.md "Qt without a screen" lists them.
RUNTIME_DEPENDS = ("libdbus-1-3", "libegl1", "libgl1", "libxkbcommon-x11-0", "fonts-dejavu-core")

# Libraries renamed for the 64-bit time_t transition (Debian 13, Ubuntu 24.04): accept both.
T64_RENAMED = ("libglib2.0-0", "libcups2", "libssl3", "libgnutls30", "libcurl4")

SUMMARY = "competence balance (bilans kompetencji) for career advisors"
DESCRIPTION = """\
 Bilans kompetencji: the desktop application with which career advisors run the
 competence balance (Metoda Bilansu Kompetencji) face to face, offline: the
 biographical and behavioural interviews, the competence portfolio with evidence,
 development areas and the individual development plan, printed documents in PDF.
 .
 Personal data is stored encrypted (SQLCipher); finished balances are synchronised
 with the central server later. The interface is Polish by default, English on
 request."""


def version() -> str:
    """Read ``__version__`` from ``advisor_app/__init__.py``."""
    text = (ROOT / "advisor_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("no __version__ in advisor_app/__init__.py")
    return found.group(1)


def run(*command: str, cwd: Path | None = None) -> str:
    """Run a command, return its stdout; stop with its stderr on failure."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{command[0]} failed with exit code {done.returncode}")
    return done.stdout


def is_elf(path: Path) -> bool:
    """Tell whether a file is an ELF executable or shared library."""
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def shlib_depends(tree: Path) -> list[str]:
    """``dpkg-shlibdeps`` over every ELF file of the frozen tree, as a list of dependencies."""
    elves = sorted(str(path) for path in tree.rglob("*") if is_elf(path))
    private = sorted({str(Path(path).parent) for path in elves if ".so" in Path(path).name})
    with tempfile.TemporaryDirectory() as scratch:
        # dpkg-shlibdeps wants to run inside a source package.
        (Path(scratch) / "debian").mkdir()
        (Path(scratch) / "debian" / "control").write_text(
            f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", encoding="utf-8"
        )
        # --ignore-missing-info: the bundled libraries (Qt, Python) belong to no package.
        output = run(
            "dpkg-shlibdeps",
            "-O",
            "--ignore-missing-info",
            "--warnings=0",
            *(f"-l{directory}" for directory in private),
            *elves,
            cwd=Path(scratch),
        )
    found = re.search(r"^shlibs:Depends=(.*)$", output, re.MULTILINE)
    if found is None:
        raise SystemExit(f"dpkg-shlibdeps printed no dependencies: {output!r}")
    return [item.strip() for item in found.group(1).split(",") if item.strip()]


def merge_depends(computed: list[str]) -> str:
    """Computed and run-time dependencies, one per package, with the t64 alternatives."""
    by_name: dict[str, str] = {}
    for item in [*computed, *RUNTIME_DEPENDS]:
        name = item.split()[0]
        if name not in by_name or "(" in item:  # a versioned one wins
            by_name[name] = item
    merged = []
    for name, item in sorted(by_name.items()):
        if name in T64_RENAMED:
            item = f"{item} | {item.replace(name, name + 't64', 1)}"
        merged.append(item)
    return ", ".join(merged)


def licence_text(name: str) -> str:
    """The indented text of a ``License: <name>`` paragraph of the bundled DejaVu licence."""
    lines = (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").read_text("utf-8").splitlines()
    start = lines.index(f"License: {name}") + 1
    text = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        text.append(line.rstrip())
    return "\n".join(text)


def install(source: Path, target: Path, mode: int = 0o644) -> None:
    """Copy one file into the package tree with the given permissions."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


# dpkg-deb options: zstd -12 takes about 20 s here for 84 MB; xz -6 makes 70 MB but takes about
# three minutes on two cores (a release build may prefer it). dpkg reads zstd since Debian 12
# and Ubuntu 18.04; older releases lack the glibc the frozen tree needs anyway.
COMPRESSION = {"zstd": ("-Zzstd", "-z12"), "xz": ("-Zxz", "-z6")}


def build(tree: Path, out: Path, compression: str = "zstd") -> Path:
    """Assemble the package tree under build/deb and build ``<out>/advisor-app_<v>_<arch>.deb``."""
    if not (tree / PACKAGE).is_file():
        raise SystemExit(f"{tree / PACKAGE} does not exist: build the frozen tree first")
    ver = version()
    arch = run("dpkg", "--print-architecture").strip()
    stage = ROOT / "build" / "deb" / f"{PACKAGE}_{ver}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)

    shutil.copytree(tree, stage / "opt" / PACKAGE, symlinks=True)
    install(HERE / "advisor-app", stage / "usr" / "bin" / PACKAGE, 0o755)
    desktop = stage / "usr" / "share" / "applications" / f"{PACKAGE}.desktop"
    install(HERE / "advisor-app.desktop", desktop)
    run("desktop-file-validate", str(desktop))
    hicolor = stage / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        icon = ICONS / f"advisor-app-{size}.png"
        install(icon, hicolor / f"{size}x{size}" / "apps" / f"{PACKAGE}.png")
    install(ICONS / "advisor-app.svg", hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")
    copyright_text = (HERE / "copyright").read_text(encoding="utf-8")
    copyright_text = copyright_text.replace(
        "@BITSTREAM_VERA_LICENSE@", licence_text("bitstream-vera")
    )
    doc = stage / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text, encoding="utf-8")

    for directory, _, _ in os.walk(stage):
        Path(directory).chmod(0o755)

    started = time.monotonic()
    depends = merge_depends(shlib_depends(stage / "opt" / PACKAGE))
    print(f"dpkg-shlibdeps: {time.monotonic() - started:.0f} s")
    installed_kib = (
        sum(path.lstat().st_size for path in stage.rglob("*") if not path.is_dir()) // 1024
    )
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir(mode=0o755)
    control.write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {ver}\n"
        f"Architecture: {arch}\n"
        "Maintainer: advisor_app developers <advisor-app@localhost>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        "Recommends: hicolor-icon-theme, desktop-file-utils\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {SUMMARY}\n{DESCRIPTION}\n",
        encoding="utf-8",
    )

    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{ver}_{arch}.deb"
    started = time.monotonic()
    run(
        "dpkg-deb", "--root-owner-group", *COMPRESSION[compression], "--build", str(stage), str(deb)
    )
    print(f"dpkg-deb: {time.monotonic() - started:.0f} s")
    print(
        f"built {deb.relative_to(ROOT) if deb.is_relative_to(ROOT) else deb}: "
        f"{deb.stat().st_size / 1e6:.1f} MB (installed {installed_kib / 1024:.0f} MiB)"
    )
    print(f"Depends: {depends}")
    return deb


def main() -> None:
    """Parse the arguments and build the package."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tree", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--compression", choices=sorted(COMPRESSION), default="zstd")
    args = parser.parse_args()
    build(args.tree.resolve(), args.out.resolve(), args.compression)


if __name__ == "__main__":
    main()
