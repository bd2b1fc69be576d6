"""Fill unfinished messages of a Qt Linguist file from JSON lists of translations.

Usage (after ``make lupdate`` has added the new source strings)::

    python tools/merge_translations.py resources/i18n/advisor_app_pl.ts new.json [more.json …]

Each JSON file is a list of ``{"context": …, "source": …, "translation": …}`` objects, where
``translation`` is a string, or a list of plural forms for a numerus message. A message is
matched by context and source; when its context has no match, a unique match by source alone
in any context is used (strings that moved between classes keep their translation). Only
unfinished messages are filled; finished ones are never overwritten. Prints what is still
unfinished, so the next round of translation knows what to do.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any


def _load(paths: list[Path]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise SystemExit(f"{path}: expected a JSON list")
        entries.extend(data)
    return entries


def _finished_from_ts(root: ET.Element) -> dict[str, list[ET.Element]]:
    """Translations already in the file, by source (to reuse across contexts)."""
    by_source: dict[str, list[ET.Element]] = defaultdict(list)
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            by_source[message.findtext("source", "")].append(translation)
    return by_source


def _fill(translation: ET.Element, value: Any) -> bool:
    forms = translation.findall("numerusform")
    if forms:
        if not isinstance(value, list) or len(value) != len(forms):
            return False
        for form, text in zip(forms, value, strict=True):
            form.text = str(text)
    else:
        if isinstance(value, list):
            value = value[0]
        translation.text = str(value)
    translation.attrib.pop("type", None)
    return True


def merge(ts_path: Path, json_paths: list[Path]) -> int:
    """Merge and return the number of messages still unfinished."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    entries = _load(json_paths)
    exact = {(e["context"], e["source"]): e["translation"] for e in entries}
    by_source: dict[str, list[Any]] = defaultdict(list)
    for e in entries:
        by_source[e["source"]].append(e["translation"])
    existing = _finished_from_ts(root)
    unfinished = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            value: Any = exact.get((name, source))
            if value is None and len(by_source.get(source, [])) == 1:
                value = by_source[source][0]
            if value is None and len(existing.get(source, [])) == 1:
                old = existing[source][0]
                forms = old.findall("numerusform")
                value = [f.text or "" for f in forms] if forms else (old.text or "")
            if value is None or not _fill(translation, value):
                unfinished.append(f"{name}: {source}")
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    for line in unfinished:
        print("unfinished:", line)
    return len(unfinished)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    return 1 if merge(Path(argv[0]), [Path(p) for p in argv[1:]]) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
