#!/usr/bin/env bash
# Install test of the .deb (root; CI runs as root): `make deb-smoke`.
#
#   packaging/linux/install_test.sh dist/advisor-app_<version>_<arch>.deb
#
# dpkg -i the package, check what it put where, run packaging/smoke.sh against the installed
# launcher /usr/bin/advisor-app, then dpkg -r it and check that nothing of it is left.
set -euo pipefail

deb=${1:?usage: packaging/linux/install_test.sh PACKAGE.deb}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ -f "$deb" ] || { echo "install test: $deb does not exist: run 'make package' first" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "install test: needs root (dpkg -i)" >&2; exit 1; }

echo "install test of $deb ($(du -h "$deb" | cut -f1), $(stat -c %s "$deb") bytes)"
trap 'dpkg -r advisor-app >/dev/null 2>&1 || true' EXIT
if ! dpkg -i "$deb"; then
    # As a user would: let apt bring the missing dependencies, then dpkg configures the package.
    echo "install test: dpkg -i reported missing dependencies; apt-get -f install" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq --no-install-recommends
fi
[ "$(dpkg-query -W -f='${Status}' advisor-app)" = "install ok installed" ]

for path in /usr/bin/advisor-app /opt/advisor-app/advisor-app; do
    [ -x "$path" ] || { echo "install test: $path missing or not executable" >&2; exit 1; }
done
for path in /usr/share/applications/advisor-app.desktop \
    /usr/share/icons/hicolor/scalable/apps/advisor-app.svg \
    /usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/advisor-app.png \
    /usr/share/doc/advisor-app/copyright; do
    [ -f "$path" ] || { echo "install test: $path missing" >&2; exit 1; }
done
desktop-file-validate /usr/share/applications/advisor-app.desktop
grep -q '^Name\[pl\]=Bilans kompetencji$' /usr/share/applications/advisor-app.desktop
grep -q 'DejaVu' /usr/share/doc/advisor-app/copyright
echo "install test: files in place, desktop entry valid"

"$here/../smoke.sh" /usr/bin/advisor-app

dpkg -r advisor-app
trap - EXIT
for path in /opt/advisor-app /usr/bin/advisor-app /usr/share/applications/advisor-app.desktop; do
    [ ! -e "$path" ] || { echo "install test: $path left after dpkg -r" >&2; exit 1; }
done
echo "install test: dpkg -r removed the package"
