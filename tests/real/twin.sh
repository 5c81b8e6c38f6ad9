# tests/real/twin.sh: runs Debian's programs of a guest architecture (arm64,
# s390x) under dragoman against the same package versions' amd64 builds, both
# unpacked by tests/real/fetch.sh.
#
#   guest:  build/dragoman -0 NAME -L build/roots/ARCH build/roots/ARCH/PATH ARGS
#   native: build/roots/amd64/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 --inhibit-cache
#             --library-path build/roots/amd64/{lib,usr/lib}/x86_64-linux-gnu
#             --argv0 NAME build/roots/amd64/PATH ARGS
#
# The native twin runs through build/roots/amd64's own ld.so and libraries, never
# the host's: the host's packages may be other versions (or missing), and a
# different libc, zlib or liblzma could change the output (xz and gzip output is
# compared byte for byte).  Both sides get argv[0] = NAME, so messages read
# "sort: ..." on both.
#
# Usage (from a tests/real_*.t, after tests/lib/tap.sh):
#   . tests/real/twin.sh
#   for a in $(twin_arches); do                # DM_REAL_ARCHES, default "arm64 s390x"
#       twin_use $a || { twin_skip N; continue; }   # N SKIP lines when dragoman
#                                              # has no front-end for it
#                                              # (tests/lib/guest_arch.sh)
#       twin_setup ...; twin_case ...; done
# ARCH defaults to arm64 for a test that never calls twin_use.
# DM_REAL_RUNNER replaces dragoman on the guest side, "%a" standing for the
# architecture's own name (DM_REAL_RUNNER=qemu-%a checks the cases: what
# differs under qemu too is a difference of the programs, or qemu's); no
# probe then.  Case
# descriptions start with "ARCH: ".
#   twin_setup usr/bin/sort usr/bin/uniq ...   # fetches if needed; makes $tmp,
#                                              # wrappers $tmp/g/NAME, $tmp/n/NAME
#   twin_case 'sort -n nums.txt | uniq -c'     # one TAP case: the command under
#                                              # sh -c with PATH=$tmp/{g,n}:$PATH
#                                              # in a fresh fixture, same output
#                                              # and exit status
#   twin_wrap java usr/lib/jvm/X-arm64/bin/java usr/lib/jvm/X-amd64/bin/java
#                                              # a wrapper pair for a program
#                                              # whose path differs per root
#   twin_cases FILE                            # one case per non-# line of FILE
# TWIN_TIME=1 in the environment prints each guest run's wall time as a diagnostic.
# Each run (either side) is under a hang guard (tests/lib/hang.sh): no time limit
# is a pass/fail criterion; a run still going after DM_TEST_HANG seconds has hung.
. tests/real/fixture.sh
. tests/lib/guest_arch.sh

dm_src=$(pwd)/build/dragoman
dm=$dm_src
twin_arch=arm64
groot=$(pwd)/build/roots/arm64
tmp=

twin_arches() { echo ${DM_REAL_ARCHES:-arm64 s390x}; }
# twin_use ARCH: the guest side is ARCH from now on.  Status 1 (and the reason
# in $twin_why) when dragoman has no front-end for it; a dragoman that cannot
# be asked is not a reason to skip: the runs fail instead.
twin_use() {
	twin_arch=$1 groot=$(pwd)/build/roots/$1 twin_why=
	[ -z "$DM_REAL_RUNNER" ] || return 0
	guest_arch_probe "$(guest_arch_of_debian "$1")" "$dm_src"
	[ $? = 1 ] || return 0
	twin_why=$(guest_arch_why "$(guest_arch_of_debian "$1")")
	return 1
}
twin_skip() {  # twin_skip N: N SKIP lines for $twin_arch
	_i=0
	while [ $_i -lt "$1" ]; do
		_i=$((_i + 1))
		printf 'ok %d - %s: # SKIP %s\n' $((_tap_n = _tap_n + 1)) "$twin_arch" "$twin_why"
	done
}
nroot=$(pwd)/build/roots/amd64
nld="$nroot/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 --inhibit-cache --library-path $nroot/lib/x86_64-linux-gnu:$nroot/usr/lib/x86_64-linux-gnu"
twin_workloads=$(pwd)/tests/real/workloads

# twin_setup [-a] PROG...: PROG is a path relative to the roots (usr/bin/sort),
# or a bare name looked up in usr/bin, then bin.
# With -a the program's argv[0] is its full path in its root (python needs it
# to find its prefix) instead of its name.
twin_setup() {
	full=
	[ "$1" = -a ] && { full=1; shift; }
	for p in "$@"; do
		case $p in */*) ;; *) p=usr/bin/$p ;; esac
		if [ ! -x "$groot/$p" ] && [ ! -x "$groot/bin/${p##*/}" ]; then
			tests/real/fetch.sh -a "$twin_arch" >/dev/null 2>&1
			break
		fi
	done
	set -- $(for p in "$@"; do
		case $p in
		*/*) printf '%s\n' "$p" ;;
		*) if [ -e "$groot/bin/$p" ] && [ ! -e "$groot/usr/bin/$p" ]; then echo "bin/$p"; else echo "usr/bin/$p"; fi ;;
		esac
	done)
	[ -z "$tmp" ] || rm -rf "$tmp"   # the previous architecture's
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	mkdir -p "$tmp/g" "$tmp/n"
	# one dragoman for the whole file, even if build/dragoman is relinked meanwhile
	cp "$dm_src" "$tmp/dragoman" && dm=$tmp/dragoman
	[ -z "$DM_REAL_RUNNER" ] || dm=$(printf '%s\n' "$DM_REAL_RUNNER" | sed "s/%a/$(guest_arch_of_debian $twin_arch)/g")
	for p in "$@"; do twin_wrap ${full:+-a} "${p##*/}" "$p" "$p"; done
}

# twin_wrap [-a] NAME GPATH NPATH: the wrappers $tmp/g/NAME and $tmp/n/NAME
# (after twin_setup) for a program whose path differs between the roots
# (a JVM under usr/lib/jvm/java-17-openjdk-ARCH); twin_setup's -a as above.
twin_wrap() {
	_full=
	[ "$1" = -a ] && { _full=1; shift; }
	if [ ! -x "$groot/$2" ] || [ ! -x "$nroot/$3" ]; then
		echo "Bail out! $2 or $3 missing in build/roots/$twin_arch or amd64 (tests/real/fetch.sh -a $twin_arch failed?)"
		exit 1
	fi
	if [ -n "$_full" ]; then g0=$groot/$2 n0=$nroot/$3; else g0=$1 n0=$1; fi
	printf '#!/bin/sh\nexec %s -0 %s -L %s %s "$@"\n' "$dm" "$g0" "$groot" "$groot/$2" > "$tmp/g/$1"
	printf '#!/bin/sh\nexec %s --argv0 %s %s "$@"\n' "$nld" "$n0" "$nroot/$3" > "$tmp/n/$1"
	chmod +x "$tmp/g/$1" "$tmp/n/$1"
}

# twin_run SIDE CMD: runs CMD in a fresh fixture $tmp/SIDE.dir; output in $tmp/SIDE.out
twin_run() {
	rm -rf "$tmp/$1.dir"; mk_fixture "$tmp/$1.dir"
	(cd "$tmp/$1.dir" && PATH="$tmp/$1:$PATH" W="$twin_workloads" LC_ALL=C TZ=UTC \
		hang sh -c "$2" > "$tmp/$1.out" 2>&1; echo "exit $?" >> "$tmp/$1.out") < /dev/null
	# the runs differ only in the fixture's path and the roots
	sed -i "s#$tmp/$1.dir#FIX#g; s#$groot#ROOT#g; s#$nroot#ROOT#g; s#$dm#DRAGOMAN#g" "$tmp/$1.out"
}

# twin_case CMD [DESCRIPTION [DIRECTIVE]]
twin_case() {
	twin_run n "$1"
	[ -z "$TWIN_TIME" ] || t0=$(date +%s%N)
	twin_run g "$1"
	[ -z "$TWIN_TIME" ] || echo "# guest run: $((($(date +%s%N) - t0) / 1000000)) ms"
	if cmp -s "$tmp/n.out" "$tmp/g.out"; then ok 0 "$twin_arch: ${2:-$1}${3:+ # $3}"; else
		ok 1 "$twin_arch: ${2:-$1}${3:+ # $3}"; diff "$tmp/n.out" "$tmp/g.out" | head -15 | sed 's/^/#   /'
		for _side in n g; do
			case $(tail -n 1 "$tmp/$_side.out") in "exit 124"|"exit 137")
				diag "  $_side: $(tail -n 1 "$tmp/$_side.out"): stopped by the hang guard after $(hang_s) s?" ;; esac
		done
	fi
}

twin_count() { grep -cv '^#' "$1"; }

twin_cases() {
	grep -v '^#' "$1" > "$tmp/cases"
	while IFS= read -r line; do twin_case "$line"; done < "$tmp/cases"
}
