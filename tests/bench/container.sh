#!/bin/sh
# tests/bench/container.sh: the container-build flow, timed.  Registers one
# emulator in the machine's binfmt_misc (static binary, flags P and F, as
# `ninja install`'s binfmt.d rule), builds an arm64 Debian bookworm root with
# mmdebstrap (every maintainer script runs under the emulator), runs a few
# commands inside it, removes its entry (also on failure).  As root; needs
# mmdebstrap and arch-test, and for the qemu column qemu-user-static.
# Usage: tests/bench/container.sh dragoman|qemu [DIR]   (prints one table row)
set -e
cd "$(dirname "$0")/../.."
emu=$1 dir=${2:-$(mktemp -d)/root}
mkdir -p "$(dirname "$dir")"
misc=/proc/sys/fs/binfmt_misc
[ -e $misc/register ] || mount -t binfmt_misc binfmt_misc $misc
others=$(build/dragoman-binfmt --list | grep 'also matched by\|taken by' || true)
[ -z "$others" ] || { echo "container.sh: other binfmt_misc entries run arm64 programs: $others" >&2; exit 1; }
bin=$(mktemp -d)
chmod 755 "$bin"
case $emu in
dragoman)
	cp build/dragoman-static "$bin/dragoman-aarch64-static"
	entry=$misc/dragoman-aarch64
	build/dragoman-binfmt --install --persistent --preserve-argv0 --path "$bin" ;;
qemu)
	entry=$misc/qemu-aarch64-bench
	# the same magic and mask as dragoman's rule (dragoman-binfmt --systemd)
	build/dragoman-binfmt --install --systemd "$bin/d" --path /x >/dev/null
	grep -v '^#' "$bin/d/dragoman-aarch64.conf" |
		sed "s|^:dragoman-aarch64:|:qemu-aarch64-bench:|; s|:/x/dragoman-aarch64-static:$|:$(command -v qemu-aarch64-static):PF|" > $misc/register ;;
*) echo "usage: $0 dragoman|qemu [DIR]" >&2; exit 2 ;;
esac
trap '[ ! -e $entry ] || echo -1 > $entry; rm -rf "$bin"' EXIT
s=$(date +%s)
mmdebstrap --quiet --arch=arm64 --variant=minbase bookworm "$dir" > "$bin/log" 2>&1 || { tail -20 "$bin/log" >&2; exit 1; }
t=$(($(date +%s) - s))
pkgs=$(chroot "$dir" sh -c 'dpkg -l | grep -c "^ii"')
apt=$(chroot "$dir" apt-get --version | head -1)
pipe=$(chroot "$dir" sh -c 'ls /usr/bin | sort | head -3 | tr a-z A-Z | paste -sd,')
root=$(chroot "$dir" getent passwd root)
echo "| $emu | $t s | $pkgs | $apt | $pipe | $root |"
