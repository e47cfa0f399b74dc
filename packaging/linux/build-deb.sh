#!/bin/sh
# Freeze kundereg with PyInstaller and pack the folder as a .deb (dpkg-deb, no debhelper).
#
#   packaging/linux/build-deb.sh            # uses .venv/bin/python; writes dist/kundereg_<version>_<arch>.deb
#   PYTHON=/path/python DIST_DIR=/tmp/out WORK_DIR=/tmp/work packaging/linux/build-deb.sh
#
# The package installs the app under /opt/kundereg, the launcher /usr/bin/kundereg, a .desktop
# file and hicolor icons. The register is never in the package: it lives in each user's data
# folder (~/.local/share/kundereg), so installing, upgrading or removing the package keeps it.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
DIST_DIR=${DIST_DIR:-$ROOT/dist}
WORK_DIR=${WORK_DIR:-$ROOT/build}
mkdir -p "$DIST_DIR" "$WORK_DIR"
DIST_DIR=$(cd "$DIST_DIR" && pwd)
WORK_DIR=$(cd "$WORK_DIR" && pwd)

version=$("$PYTHON" -c 'import importlib.metadata as m; print(m.version("kundereg"))')
arch=$(dpkg --print-architecture)

if [ "${SKIP_FREEZE:-}" != 1 ]; then  # SKIP_FREEZE=1 re-packs the last frozen folder
    echo "== freezing kundereg $version"
    "$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$WORK_DIR/frozen" \
        --workpath "$WORK_DIR/pyinstaller" "$ROOT/packaging/kundereg.spec"
fi
frozen="$WORK_DIR/frozen/kundereg"
test -x "$frozen/kundereg"
# ICU's data for every locale on earth is a quarter of the bundle; keep the Nordic ones and English.
python3 "$ROOT/packaging/linux/trim-icu.py" "$frozen"

echo "== assembling the package tree"
tree="$WORK_DIR/deb/kundereg_${version}_$arch"
rm -rf "$tree"
mkdir -p "$tree/DEBIAN" "$tree/opt" "$tree/usr/bin" "$tree/usr/share/applications" \
         "$tree/usr/share/doc/kundereg"
cp -a "$frozen" "$tree/opt/kundereg"
ln -s /opt/kundereg/kundereg "$tree/usr/bin/kundereg"  # the frozen app finds its folder via /proc/self/exe
install -m 644 "$ROOT/packaging/linux/kundereg.desktop" "$tree/usr/share/applications/kundereg.desktop"
for size in 16 24 32 48 64 128 256 512; do
    dir="$tree/usr/share/icons/hicolor/${size}x$size/apps"
    mkdir -p "$dir"
    install -m 644 "$ROOT/resources/icons/kundereg-$size.png" "$dir/kundereg.png"
done
mkdir -p "$tree/usr/share/icons/hicolor/scalable/apps"
install -m 644 "$ROOT/resources/kundereg.svg" "$tree/usr/share/icons/hicolor/scalable/apps/kundereg.svg"
cat > "$tree/usr/share/doc/kundereg/copyright" <<COPYRIGHT
kundereg $version. Bundles Python, Qt (PySide6, LGPLv3) and the Python packages listed in
/opt/kundereg/_internal/*.dist-info; the DejaVu fonts' licence is in
/opt/kundereg/_internal/kundereg/resources/fonts/LICENSE-DejaVu.txt.
COPYRIGHT
find "$tree" -type d -exec chmod 755 {} +

# Depends: the Debian packages holding every shared library the bundle loads from the system
# (what dpkg-shlibdeps would find, without needing debian/ and debhelper).
ldd_all=$(find "$tree/opt/kundereg" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0 \
          | LD_LIBRARY_PATH="$tree/opt/kundereg/_internal:$tree/opt/kundereg/_internal/PySide6/Qt/lib" \
            xargs -0 ldd 2>/dev/null || true)
# A library missing here would be missing from Depends too: install it on the build machine
# (scripts/ensure-system-deps lists what Qt's xcb platform needs).
unresolved=$(printf '%s\n' "$ldd_all" | awk '/not found/ {print $1}' | sort -u)
if [ -n "$unresolved" ]; then
    echo "build-deb: these libraries are not installed here, so Depends cannot name them:" $unresolved >&2
    exit 1
fi
libs=$(printf '%s\n' "$ldd_all" | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$tree/" | sort -u)
depends=""
for lib in $libs; do
    pkg=$(dpkg -S "$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")" 2>/dev/null \
          || dpkg -S "/usr$lib" 2>/dev/null || dpkg -S "${lib#/usr}" 2>/dev/null || true)
    pkg=$(printf '%s\n' "$pkg" | head -n1 | cut -d: -f1)
    if [ -z "$pkg" ]; then
        echo "build-deb: no Debian package owns $lib, which the bundle needs" >&2
        exit 1
    fi
    depends="$depends $pkg"
done
depends=$(printf '%s\n' $depends | sort -u | paste -sd, - | sed 's/,/, /g')

installed_kb=$(du -sk "$tree" --exclude=DEBIAN | cut -f1)
cat > "$tree/DEBIAN/control" <<CONTROL
Package: kundereg
Version: $version
Architecture: $arch
Maintainer: kundereg developers <kundereg@example.invalid>
Installed-Size: $installed_kb
Depends: $depends
Section: misc
Priority: optional
Homepage: https://example.invalid/kundereg
Description: customer register with GDPR tooling for small Nordic shops
 Find a customer in a keystroke at the counter, record orders and tickets,
 hand goods to the right person and answer GDPR requests. The register lives
 in each user's data folder and is upgraded (after a safety copy) on start.
CONTROL

deb="$DIST_DIR/kundereg_${version}_$arch.deb"
dpkg-deb --root-owner-group -Zxz --build "$tree" "$deb" >/dev/null
echo "== built $deb"
echo "   unpacked app: $(du -sh "$frozen" | cut -f1), package: $(du -h "$deb" | cut -f1)"
echo "   Depends: $depends"
