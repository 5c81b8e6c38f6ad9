#!/bin/sh
# tests/install.t: what `DESTDIR=... ninja install` puts where (it runs
# emu/binfmt/install.sh install PREFIX; called directly here, with a prefix
# of the test's own, so the tree's configuration is not touched), that the
# installed names run guests, and that uninstall removes every file.
. "$(dirname "$0")/lib/tap.sh"
[ -x build/dragoman ] && [ -x build/dragoman-binfmt ] && [ -f build/dragoman.1 ] &&
	[ -x build/tests/guest/fd_hidden.static ] ||
	{ echo "Bail out! build/dragoman, dragoman-binfmt, dragoman.1 or guest-progs not built (ninja)"; exit 1; }
grep -q '^build install: run .*build/dragoman.1' build.ninja && grep -q 'emu/binfmt/install.sh install \$prefix' build.ninja ||
	{ echo "Bail out! build.ninja's install target no longer runs emu/binfmt/install.sh"; exit 1; }
static=
grep -q '^static_ninja = emu/static.ninja' config.ninja && static=1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
prefix=/opt/dragoman-test
root=$tmp/root
plan 10

DESTDIR=$root emu/binfmt/install.sh install $prefix > "$tmp/out" 2>&1
ok $? "install.sh install $prefix with DESTDIR"
want="bin/dragoman
bin/dragoman-binfmt
share/man/man1/dragoman.1"
[ -z "$static" ] || want="$want
bin/dragoman-static"
for a in $(build/dragoman -cpu help | cut -d: -f1 | uniq); do
	want="$want
bin/dragoman-$a -> dragoman
lib/binfmt.d/dragoman-$a.conf"
	[ -z "$static" ] || want="$want
bin/dragoman-$a-static -> dragoman-static"
done
got=$(cd "$root$prefix" && find . \( -type f -o -type l \) | sed 's|^\./||' | sort | while read -r f; do
	if [ -L "$f" ]; then echo "$f -> $(readlink "$f")"; else echo "$f"; fi; done)
is "$got" "$(printf '%s\n' "$want" | sort)" "the layout: binaries, one dragoman-ARCH name per guest, man page, binfmt.d"

b=$root$prefix/bin
want=$(build/tests/guest/fd_hidden.native 2>&1; echo "exit $?")
is "$($b/dragoman-aarch64 build/tests/guest/fd_hidden.static 2>&1; echo "exit $?")" "$want" \
	"installed dragoman-aarch64 runs an arm64 program"
if [ -n "$static" ]; then
	is "$($b/dragoman-aarch64-static build/tests/guest/fd_hidden.static 2>&1; echo "exit $?")" "$want" \
		"installed dragoman-aarch64-static runs it too"
	case $($b/dragoman-aarch64-static /bin/true 2>&1) in
	*"not a aarch64 program"*) r=0 ;; *) r=1 ;; esac
	ok $r "dragoman-aarch64-static knows its guest: an x86-64 program is 'not a aarch64 program'"
	rule=$(grep -v '^#' "$root$prefix/lib/binfmt.d/dragoman-aarch64.conf" | cut -d: -f7-)
	is "$rule" "$prefix/bin/dragoman-aarch64-static:PF" "binfmt.d: the static emulator under PREFIX (not DESTDIR), flags P and F"
else
	ok 0 "# SKIP no static build"
	ok 0 "# SKIP no static build"
	rule=$(grep -v '^#' "$root$prefix/lib/binfmt.d/dragoman-aarch64.conf" | cut -d: -f7-)
	is "$rule" "$prefix/bin/dragoman-aarch64:P" "binfmt.d: the dynamic emulator under PREFIX, flag P"
fi
# a name for a guest this build does not run is refused, not guessed
ln -s "$b/dragoman" "$tmp/dragoman-riscv64"
is "$("$tmp/dragoman-riscv64" build/tests/guest/fd_hidden.static 2>&1; echo "exit $?")" \
	"dragoman: dragoman-riscv64: no guest architecture 'riscv64' in this build
exit 1" "dragoman-riscv64 (not installed): refused"

# the manual page is docs/cli.md
if command -v groff >/dev/null 2>&1; then
	warn=$(groff -man -Tutf8 -ww -z "$root$prefix/share/man/man1/dragoman.1" 2>&1)
	is "$warn" "" "dragoman.1 formats without groff warnings"
else
	ok 0 "# SKIP groff is not installed"
fi
ok $(grep -q 'dragoman\\-binfmt' "$root$prefix/share/man/man1/dragoman.1" && echo 0 || echo 1) \
	"dragoman.1 has docs/cli.md's dragoman-binfmt section"

DESTDIR=$root emu/binfmt/install.sh uninstall $prefix > "$tmp/out" 2>&1
is "$?: $(find "$root" \( -type f -o -type l \))" "0: " "uninstall removes every file"
