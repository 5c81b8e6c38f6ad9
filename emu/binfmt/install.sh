#!/bin/sh
# emu/binfmt/install.sh: `ninja install` and `ninja uninstall` (docs/cli.md,
# "Install layout").  Usage: emu/binfmt/install.sh install|uninstall PREFIX
# Files go under $DESTDIR$PREFIX; the names inside them (the interpreter
# of the binfmt.d files) are $PREFIX's.  One dragoman-ARCH name per guest
# architecture this build runs (dragoman-binfmt --arches).
set -e
cd "$(dirname "$0")/../.."
mode=$1 prefix=$2
[ -n "$prefix" ] && [ "$mode" = install -o "$mode" = uninstall ] || {
	echo "usage: $0 install|uninstall PREFIX" >&2; exit 2; }
bin=$DESTDIR$prefix/bin
man=$DESTDIR$prefix/share/man/man1
binfmtd=$DESTDIR$prefix/lib/binfmt.d
arches=$(build/dragoman-binfmt --arches)
static=
[ -x build/dragoman-static ] && static=1

if [ "$mode" = install ]; then
	mkdir -p "$bin" "$man"
	install -m 755 build/dragoman build/dragoman-binfmt "$bin/"
	[ -z "$static" ] || install -m 755 build/dragoman-static "$bin/"
	install -m 644 build/dragoman.1 "$man/dragoman.1"
	for a in $arches; do
		ln -sf dragoman "$bin/dragoman-$a"
		[ -z "$static" ] || ln -sf dragoman-static "$bin/dragoman-$a-static"
	done
	# binfmt.d: the static emulator, opened at registration (F), own argv[0] (P)
	if [ -n "$static" ]; then
		build/dragoman-binfmt --install --systemd "$binfmtd" --path "$prefix/bin" --persistent --preserve-argv0
	else
		build/dragoman-binfmt --install --systemd "$binfmtd" --path "$prefix/bin" --dynamic --preserve-argv0
	fi
	echo "installed under $DESTDIR$prefix"
else
	rm -f "$bin/dragoman" "$bin/dragoman-static" "$bin/dragoman-binfmt" "$man/dragoman.1"
	for a in $arches; do rm -f "$bin/dragoman-$a" "$bin/dragoman-$a-static"; done
	[ ! -d "$binfmtd" ] || build/dragoman-binfmt --remove --systemd "$binfmtd"
	rmdir "$binfmtd" 2>/dev/null || true
	echo "removed from $DESTDIR$prefix"
fi
