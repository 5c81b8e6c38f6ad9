#!/bin/sh
# tests/conformance/ltp-build.sh TARGET [TEST...]: builds LTP's syscall tests
# for TARGET (native, or a guest: aarch64, s390x) from the tarball in ../shared/ltp,
# statically, into build/ltp/TARGET/inst/testcases/bin.  With TEST names
# (runtest/syscalls names), only the folders those tests live in are built.
# make does the incremental part: a second run rebuilds only what changed.
set -e
cd "$(dirname "$0")/../.."
top=$PWD
target=$1; shift
tarball=$(ls "$top"/../shared/ltp/ltp-*.tar.xz 2>/dev/null | head -1)
[ -n "$tarball" ] || { echo "ltp-build: no LTP tarball in ../shared/ltp" >&2; exit 1; }

case $target in
native)  host=;                   cc=gcc ;;
aarch64) host=aarch64-linux-gnu;  cc=aarch64-linux-gnu-gcc ;;
s390x)   host=s390x-linux-gnu;    cc=s390x-linux-gnu-gcc ;;
*) echo "ltp-build: unknown target '$target'" >&2; exit 2 ;;
esac
command -v "$cc" >/dev/null || { echo "ltp-build: $cc not installed (tests/deps.sh)" >&2; exit 1; }

dir=$top/build/ltp/$target
src=$dir/src
inst=$dir/inst
jobs=$(nproc)
mkdir -p "$dir"

# Unpack and configure once per tarball and compiler.
stamp="$(basename "$tarball") $($cc -dumpfullversion) $cc"
if [ "$(cat "$dir/configured" 2>/dev/null)" != "$stamp" ]; then
	rm -rf "$src" "$inst" "$dir/configured"
	mkdir -p "$src"
	tar -xJf "$tarball" -C "$src" --strip-components=1
	( cd "$src" && make -s autotools >"$dir/autotools.log" 2>&1 ) ||
		{ echo "ltp-build: make autotools failed, see $dir/autotools.log" >&2; exit 1; }
	# Static: the guest binaries then need no sysroot, and native and guest
	# builds make the same choices.  No optional libraries (libaio, libnuma,
	# libkeyutils, ...) are looked for on either side, so a test is built the
	# same way natively and for the guest.
	( cd "$src" && ./configure ${host:+--host=$host} CC="$cc" LDFLAGS=-static \
		--prefix="$inst" --without-numa --without-tirpc \
		ac_cv_lib_crypto_SHA1_Init=no ac_cv_lib_aio_io_setup=no ac_cv_lib_cap_cap_compare=no \
		ac_cv_lib_selinux_is_selinux_enabled=no ac_cv_lib_keyutils_add_key=no \
		ac_cv_lib_acl_acl_init=no PKG_CONFIG=/bin/false \
		>"$dir/configure.log" 2>&1 ) ||
		{ echo "ltp-build: configure failed, see $dir/configure.log" >&2; exit 1; }
	echo "$stamp" >"$dir/configured"
fi

sys=$src/testcases/kernel/syscalls
log=$dir/build.log
: >"$log"
make -C "$src/lib" -j"$jobs" -s >>"$log" 2>&1 ||
	{ echo "ltp-build: libltp failed, see $log" >&2; exit 1; }

failed=
if [ $# -eq 0 ]; then
	# -k: a test that does not build for a target is left absent (recorded
	# as "missing" when run), not the whole build.
	make -C "$sys" -j"$jobs" -k -s >>"$log" 2>&1 || failed=" (some)"
	make -C "$sys" -k -s install >>"$log" 2>&1 || true
else
	# Only the named tests' binaries, and the helpers of their folders (the
	# programs a test execs or copies, which runtest does not list): a
	# slice builds in minutes.  A binary's folder holds its source.
	map=$dir/folders.map
	# Only sources that are programs (a main, or LTP's tst_test): a
	# folder's shared code (memfd_create_common.c) is no binary.
	[ -s "$map" ] || (cd "$sys" && find . -name '*.c' | grep -v '/lib' |
		xargs grep -lE '(^|[^_[:alnum:]])main[[:space:]]*\(|struct tst_test test' |
		sed 's|^\./||; s|^\(.*\)/\([^/]*\)\.c$|\2 \1|' | sort -u) >"$map"
	awk '!/^#/ && NF { print $2 }' "$src/runtest/syscalls" | sort -u >"$dir/commands"
	for t in "$@"; do
		awk -v t="$t" '$1 == t { print $2; exit }' "$src/runtest/syscalls"
	done | sort -u >"$dir/wanted"
	awk 'FILENAME == ARGV[1] { w[$1] = 1; next } ($1 in w) { print $2 }' "$dir/wanted" "$map" | sort -u >"$dir/folders"
	mkdir -p "$inst/testcases/bin"
	while read -r f; do
		targets=$(awk -v f="$f" 'FILENAME == ARGV[1] { c[$1] = 1; next } FILENAME == ARGV[2] { w[$1] = 1; next }
			$2 == f && (($1 in w) || !($1 in c)) { print $1 }' "$dir/commands" "$dir/wanted" "$map")
		# shellcheck disable=SC2086  # a word list
		make -C "$sys/$f" -j"$jobs" -k -s $targets >>"$log" 2>&1 || failed="$failed $f"
		for b in $targets; do
			[ ! -x "$sys/$f/$b" ] || cp -p "$sys/$f/$b" "$inst/testcases/bin/"
		done
	done <"$dir/folders"
fi
[ -z "$failed" ] || echo "ltp-build: $target: some tests did not build in:$failed (see $log)" >&2
echo "ltp-build: $target: $(ls "$inst/testcases/bin" 2>/dev/null | wc -l) files in $inst/testcases/bin"
