#!/usr/bin/env bash
# Build the frozen app (PyInstaller, build.spec) and wrap it as a .deb for Debian, Kylin and UOS:
# /opt/inspector, `inspector` on PATH, a desktop entry and an icon. Output: dist/inspector_VERSION_ARCH.deb
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}

version=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
arch=$(dpkg --print-architecture)
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN build.spec
echo "bundle built in $(( $(date +%s) - start )) s: $(du -sh dist/inspector | cut -f1)"

stage=build/deb/inspector_${version}_${arch}
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/icons/hicolor/256x256/apps"
cp -a dist/inspector "$stage/opt/inspector"
ln -s /opt/inspector/inspector "$stage/usr/bin/inspector"
install -m 644 resources/icons/inspector.png "$stage/usr/share/icons/hicolor/256x256/apps/inspector.png"
cat > "$stage/usr/share/applications/inspector.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Inspector
Name[zh_CN]=效能督查工作台
Comment=Discipline inspections, findings, evidence and circulated notices
Comment[zh_CN]=明察暗访问题记录、证据与通报
Exec=inspector
Icon=inspector
Terminal=false
Categories=Office;
DESKTOP
installed_kb=$(du -sk "$stage" | cut -f1)
# the C library the bundle needs: the newest glibc symbol version any bundled binary asks for (the
# build machine's copies of libpython, libstdc++ … set it, so build on the oldest system to serve)
glibc=$({ find dist/inspector -type f \( -name '*.so*' -o -name inspector \) -exec objdump -T {} + 2>/dev/null || true; } \
        | grep -oE 'GLIBC_2\.[0-9]+' | sed 's/GLIBC_//' | sort -t. -k2 -n -u | tail -1)
[ -n "$glibc" ] || { echo "build-deb.sh: no glibc symbol versions found in the bundle (is objdump installed?)"; exit 1; }
cat > "$stage/DEBIAN/control" <<CONTROL
Package: inspector
Version: ${version}
Architecture: ${arch}
Maintainer: Inspector team <inspector@localhost>
Installed-Size: ${installed_kb}
Depends: libc6 (>= ${glibc}), zlib1g, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1,
 libfreetype6, libdbus-1-3, libglib2.0-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0,
 libxcb-render-util0, libxcb-image0, libpq5, fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-microhei,
 fonts-hanazono
Section: misc
Priority: optional
Homepage: https://localhost/inspector
Description: 效能督查工作台 — discipline inspections and circulated notices
 Inspector records the findings of open and undercover discipline inspections of
 government offices (明察暗访) with photo evidence, offline, and turns them into
 official circulated notices (通报). Self-contained: bundles its own Python runtime.
CONTROL
dpkg-deb --build --root-owner-group -Zxz -z9 "$stage" "dist/inspector_${version}_${arch}.deb" >/dev/null
echo "dist/inspector_${version}_${arch}.deb: $(du -h "dist/inspector_${version}_${arch}.deb" | cut -f1), installed ${installed_kb} KiB"
