#!/bin/sh
# tests/sanitize.sh: builds a copy of the tree with ASan and UBSan
# (./configure --sanitize) and runs the unit, loader, guest and busybox tests
# under it.  Usage: tests/sanitize.sh [TEST.t...]
set -e
cd "$(dirname "$0")/.."
src=$(pwd)
dir=${DM_SANITIZE_DIR:-$(mktemp -d)}
[ -n "$DM_SANITIZE_DIR" ] || trap 'rm -rf "$dir"' EXIT
# the committed-or-not working tree, without build outputs
tar --exclude=./build --exclude=./.git -cf - . | (cd "$dir" && tar -xf -)
mkdir -p "$dir/build"
[ -d build/roots ] && cp -r build/roots build/pkgs "$dir/build/" 2>/dev/null || true
cd "$dir"
# memory errors are the target; leaks at exit are by design in an emulator that exits from deep inside
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# tests that cannot run under the sanitizers' runtime skip with the reason (guest.t: thread_fork)
export DM_SANITIZED=1
./configure --sanitize >/dev/null
ninja >/dev/null
[ $# -gt 0 ] || set -- tests/unit_converters.t tests/unit_tables.t tests/unit_siginfo.t tests/unit_seccomp_bpf.t tests/loader_mm.t tests/loader_proc.t \
	tests/loader_fuzz_static.t tests/cli_options.t tests/guest.t tests/real_busybox.t tests/real_facts.t
prove -j2 --failures --comments "$@"
