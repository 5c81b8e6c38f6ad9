#!/bin/sh
# tests/real/fetch.sh: fetches Debian's own packages for the real-binary tests
# and unpacks them: the guest architecture's into build/roots/ARCH (a sysroot
# for -L), amd64 into build/roots/amd64 (the native twins).  Uses only
# apt-get download + dpkg -x.
# Usage: tests/real/fetch.sh [-a ARCH] [PKG...]
#   ARCH: Debian's name of the guest architecture, arm64 (default) or s390x;
#   added with dpkg --add-architecture once.
#   PKG default: tests/real/packages.txt
# (tests/real/packages-testsuite.txt, python's own regression tests, is fetched
# on demand by tests/real_python_regrtest.t: tests/real/fetch.sh $(cat ...))
set -e
cd "$(dirname "$0")/../.."
garch=arm64
if [ "$1" = -a ]; then garch=$2; shift 2; fi
case $garch in ''|amd64|*[!a-z0-9]*) echo "fetch.sh: -a needs a foreign Debian architecture, not '$garch'" >&2; exit 2 ;; esac
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
if ! dpkg --print-foreign-architectures | grep -qx "$garch"; then
	$SUDO dpkg --add-architecture "$garch"
	$SUDO apt-get update -qq
fi
pkgs="$*"
[ -n "$pkgs" ] || pkgs=$(grep -v '^#' tests/real/packages.txt)
for arch in $garch amd64; do
	dir=build/pkgs/$arch
	mkdir -p "$dir" build/roots/$arch
	need=
	for p in $pkgs; do
		# already here (either name: ls fails when one of the two is missing)
		ls "$dir/${p}_"*"_$arch.deb" "$dir/${p}_"*"_all.deb" 2>/dev/null | grep -q . && continue
		# an Architecture: all package has no :ARCH candidate; ask for it bare
		if apt-cache show --no-all-versions "$p" 2>/dev/null | grep -qx 'Architecture: all'; then
			need="$need $p"
		else
			need="$need $p:$arch"
		fi
	done
	if [ -n "$need" ]; then
		# apt's sandbox user must be able to write here
		chmod 777 "$dir" 2>/dev/null || true
		(cd "$dir" && apt-get download $need)
	fi
	stamp=build/roots/$arch/.unpacked
	for deb in "$dir"/*.deb; do
		if [ ! -e "$stamp" ] || [ "$deb" -nt "$stamp" ]; then dpkg -x "$deb" build/roots/$arch; fi
	done
	touch "$stamp"
done
