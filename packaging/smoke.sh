#!/usr/bin/env bash
# Smoke test of a built advisor-app (the frozen tree or the installed .deb), headless.
#
#   packaging/smoke.sh LAUNCHER [SAMPLE.json]
#
#   LAUNCHER     dist/advisor-app/advisor-app, /usr/bin/advisor-app, ...
#   SAMPLE.json  a balance document to import (default: tests/data/full_balance_finished.json)
#
# Checks, on one new profile in a temporary --data-dir:
#   1. `--version` prints the version of advisor_app/__init__.py;
#   2. `check` creates the encrypted profile and runs the migrations shipped in the bundle up to
#      the head revision of the source tree;
#   3. `import` of a sample document;
#   4. `report <id> --kind summary` writes a PDF whose text (pdftotext) has Polish letters
#      (the bundled DejaVu fonts and ReportLab work);
#   5. the GUI starts offscreen, opens the main window and quits by itself with exit code 0
#      (ADVISOR_APP_SMOKE_QUIT_MS, advisor_app/app.py), showing Polish standard buttons
#      ("Tak", "Nie", "Anuluj": Qt's qtbase_pl.qm is bundled) and the app icon, and renders a PDF
#      page with the evidence preview (PDFium's native library is bundled).
# Ends with the line "smoke: N passed, M failed"; exits 1 if anything failed.
set -uo pipefail

launcher=${1:?usage: packaging/smoke.sh LAUNCHER [SAMPLE.json]}
# Tests run from a temporary directory: a relative path must not change meaning.
case $launcher in */*) launcher="$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")" ;; esac
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sample=${2:-$repo/tests/data/full_balance_finished.json}
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$repo/advisor_app/__init__.py")
head_revision=$(sed -n 's/^HEAD_REVISION = "\(.*\)"$/\1/p' "$repo/advisor_app/storage/migrate.py")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"

# Headless: no system keyring (the key is wrapped with this passphrase), no screen.
export ADVISOR_APP_PASSPHRASE="smoke-test passphrase"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
export QT_QPA_PLATFORM=offscreen
# A neutral locale: the UI language comes from the app's settings (Polish by default).
export LANG=C.UTF-8

passed=0
failed=0
ok() { echo "  ok: $1"; passed=$((passed + 1)); }
fail() {
    echo "  FAILED: $1" >&2
    [ -s "$work/out" ] && sed 's/^/    | /' "$work/out" >&2
    failed=$((failed + 1))
}
# run COMMAND...: runs with a time limit from a neutral directory, output in $work/out.
run() {
    (cd "$work" && timeout 120 "$@") >"$work/out" 2>&1
}

echo "smoke test of $launcher (version $version, schema $head_revision)"

if run "$launcher" --version && grep -qx "advisor-app $version" "$work/out"; then
    ok "--version: $(cat "$work/out")"
else
    fail "--version"
fi

if run "$launcher" --data-dir "$data" check && grep -qx "schema revision: $head_revision" "$work/out"; then
    ok "check on a fresh profile: $(grep -E '^(schema revision|database):' "$work/out" | tr '\n' ' ')"
else
    fail "check on a fresh profile (expected schema revision $head_revision)"
fi

balance_id=""
if run "$launcher" --data-dir "$data" import "$sample"; then
    balance_id=$(grep -oE 'balance [0-9a-f-]{36}' "$work/out" | head -n1 | cut -d' ' -f2)
fi
if [ -n "$balance_id" ]; then
    ok "import $(basename "$sample"): balance $balance_id"
else
    fail "import $sample"
fi

pdf="$work/summary.pdf"
if [ -n "$balance_id" ] && run "$launcher" --data-dir "$data" report "$balance_id" --kind summary -o "$pdf" \
    && pdftotext -enc UTF-8 "$pdf" "$work/summary.txt" \
    && grep -q '[ąęłżźśćńóĄĘŁŻŹŚĆŃÓ]' "$work/summary.txt"; then
    ok "report --kind summary: $(stat -c %s "$pdf") bytes, Polish text: $(grep -o '[^ ]*[ąęłżźśćńó][^ ]*' "$work/summary.txt" | head -n3 | tr '\n' ' ')"
else
    fail "report --kind summary with Polish letters"
fi

# The GUI: main window up, a message box with standard buttons, quits after 1.5 s by itself.
if ADVISOR_APP_SMOKE_QUIT_MS=1500 run "$launcher" --data-dir "$data"; then
    gui_rc=0
else
    gui_rc=$?
fi
line=$(grep '^smoke-gui:' "$work/out" || true)
if [ "$gui_rc" = 0 ] && [[ $line == *"icon=ok"* ]] && [[ $line == *"pdf-preview=ok"* ]] && [[ $line == *Tak* ]] && [[ $line == *Nie* ]] \
    && [[ $line == *Anuluj* ]] && ! grep -qE 'Traceback|Fatal Python error|QThread: Destroyed' "$work/out"; then
    ok "GUI started and quit cleanly: ${line#smoke-gui: }"
else
    fail "GUI start/quit with Polish standard buttons (exit code $gui_rc)"
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
