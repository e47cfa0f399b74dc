#!/bin/sh
# Install a built .deb into a temporary root (dpkg -x, so no root and no apt) and check that the
# frozen app works: version, CLI init/demo/search, and the GUI start (offscreen, and under X11
# through xvfb-run when it is installed), with nothing suspicious in any log.
#
#   packaging/linux/smoke-test.sh dist/kundereg_0.1.0_amd64.deb
set -eu
deb=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/kundereg-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

dpkg -x "$deb" "$work/root"
app="$work/root/opt/kundereg/kundereg"
[ -x "$app" ] || fail "no /opt/kundereg/kundereg in the package"
[ "$(readlink "$work/root/usr/bin/kundereg")" = /opt/kundereg/kundereg ] || fail "/usr/bin/kundereg is not the launcher"
for size in 16 24 32 48 64 128 256 512; do
    [ -s "$work/root/usr/share/icons/hicolor/${size}x$size/apps/kundereg.png" ] || fail "no ${size}px icon"
done
[ -s "$work/root/usr/share/icons/hicolor/scalable/apps/kundereg.svg" ] || fail "no scalable icon"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$work/root/usr/share/applications/kundereg.desktop"
fi

# Every library the bundle needs is in it or declared in Depends (and installed here).
missing=$(find "$work/root/opt/kundereg" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 \
          | xargs -0 ldd 2>/dev/null | grep "not found" | sort -u || true)
[ -z "$missing" ] || fail "unresolved libraries: $missing"
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/ //g')
for pkg in $depends; do
    dpkg -s "$pkg" >/dev/null 2>&1 || fail "Depends names $pkg, which is not installed here"
done

# A clean environment: nothing of the caller's home, register or Qt settings leaks in.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
       XDG_STATE_HOME="$work/home/.local/state" XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$HOME"
unset KUNDEREG_DATA_DIR KUNDEREG_DB KUNDEREG_USER KUNDEREG_PASSWORD KUNDEREG_STARTUP_PROBE 2>/dev/null || true
data="$work/data"
password="smoke test owner password"

echo "== kundereg --version"
"$app" --version | tee "$work/version.txt"
grep -Eq '^kundereg [0-9][^ ]* \(register schema [0-9]{4}\)$' "$work/version.txt" || fail "unexpected --version output"

echo "== init, demo, search"
KUNDEREG_PASSWORD="$password" "$app" --data-dir "$data" init --shop-name "Røros Rens" --country NO --owner eier --owner-name "Rut Rens"
KUNDEREG_PASSWORD="$password" "$app" --data-dir "$data" --user eier demo --customers 200
KUNDEREG_PASSWORD="$password" "$app" --data-dir "$data" --user eier search --json --limit 5 a > "$work/search.json"
"$app" --version >/dev/null  # still fine after the register exists
python3 - "$work/search.json" <<'PY' || fail "search found nothing in 200 demo customers"
import json, sys
hits = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(hits, list) and len(hits) == 5, hits
PY
KUNDEREG_PASSWORD="$password" "$app" --data-dir "$data" --user eier audit verify
# A PDF needs ReportLab and the bundled DejaVu fonts (resources/ inside the frozen package).
KUNDEREG_PASSWORD="$password" "$app" --data-dir "$data" --user eier report access 1 \
    --verified-by photo-id:passport --lang nb --out "$work/innsyn.pdf"
head -c 5 "$work/innsyn.pdf" | grep -q '%PDF-' || fail "the access report is not a PDF"
# Backups need cryptography (AES-GCM, scrypt) and sqlean's SQLite; restore replays the ledger.
export KUNDEREG_BACKUP_PASSPHRASE="smoke test passphrase"
KUNDEREG_PASSWORD="$password" "$app" --data-dir "$data" --user eier backup --out "$work"
backup_file=$(ls "$work"/kundereg-*.kbak)
"$app" backup --verify "$backup_file" || fail "the backup does not verify"
KUNDEREG_PASSWORD="$password" "$app" --data-dir "$data" --user eier retention
"$app" --data-dir "$data" restore --yes "$backup_file" || fail "restore failed"
KUNDEREG_PASSWORD="$password" "$app" --data-dir "$data" --user eier audit verify

gui() {  # $1: label; the rest: command prefix. Runs the GUI with the start-up probe.
    label=$1; shift
    echo "== GUI ($label)"
    KUNDEREG_STARTUP_PROBE=1 timeout 60 "$@" "$app" --data-dir "$data" > "$work/gui-$label.out" 2>&1 \
        || { cat "$work/gui-$label.out" >&2; fail "GUI ($label) did not start and quit cleanly"; }
    cat "$work/gui-$label.out"
    grep -q "kundereg: register ready after" "$work/gui-$label.out" || fail "GUI ($label) never became ready"
    # Everything else on stderr is a warning from Qt or Python; the offscreen platform's note
    # about size hints is the one expected line.
    unexpected=$(grep -v -e "^kundereg: main window shown after" -e "^kundereg: register ready after" \
                 -e "This plugin does not support propagateSizeHints()" "$work/gui-$label.out" || true)
    [ -z "$unexpected" ] || fail "GUI ($label) printed: $unexpected"
}
QT_QPA_PLATFORM=offscreen gui offscreen env
if command -v xvfb-run >/dev/null 2>&1; then
    gui xcb env QT_QPA_PLATFORM=xcb xvfb-run -a
else
    echo "== GUI (xcb) not tried: xvfb-run is not installed"
fi

log="$data/logs/kundereg.log"
[ -s "$log" ] || fail "no log file at $log"
if grep -E " (ERROR|CRITICAL|WARNING) |Traceback" "$log"; then
    fail "the log has errors or warnings"
fi
echo "== smoke test passed: $deb"
