#!/usr/bin/env bash
# Build the .deb, install it as an office would (apt resolves the declared dependencies), run the
# installed `inspector self-test`, remove it cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install --quiet -e '.[build]'
# icupkg (icu-devtools) trims Qt's ICU data to Chinese and English while the bundle is built
apt-get update -q >/dev/null
command -v icupkg >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q icu-devtools >/dev/null
bash packaging/build-deb.sh
version=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
deb=$(ls dist/inspector_"${version}"_*.deb)

if dpkg -s inspector >/dev/null 2>&1; then  # a leftover of an earlier run, installed or half-configured
  dpkg -r --force-depends inspector >/dev/null
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb"
trap 'dpkg -r inspector >/dev/null 2>&1 || true' EXIT
[ "$(command -v inspector)" = /usr/bin/inspector ] || { echo "inspector is not on PATH from the package"; exit 1; }
/usr/bin/inspector --version | grep -q "$version" || { echo "the installed version is not $version"; exit 1; }
/usr/bin/inspector self-test

dpkg -r inspector
trap - EXIT
for leftover in /opt/inspector /usr/bin/inspector /usr/share/applications/inspector.desktop; do
  if [ -e "$leftover" ] || [ -L "$leftover" ]; then echo "left behind after removal: $leftover"; exit 1; fi
done
echo "deb smoke test: installed, self-test passed, removed cleanly"
