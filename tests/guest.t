#!/bin/sh
# tests/guest.t: the syscall layer end to end.
#  1. build/tests/guest/test_sys (gtest: dm_syscall with a fake CPU and memory map)
#  2. each tests/guest/<t>.c, built for aarch64 (static and dynamic) and for x86_64:
#     the aarch64 builds run under build/dragoman (dynamic ones with -L SYSROOT) and
#     must print exactly what the native build prints.
# The self-modifying-code programs (smc_*) also run with the interpreter only
# (DM_JIT=0) and with 64 KiB JIT code regions (DM_JIT_REGION_KB=64: the code
# cache fills, is flushed and its old regions are freed over and over).
# DM_GUEST_RUNNER overrides the emulator command (e.g. "qemu-aarch64" to check the
# test programs themselves); DM_GUEST_SYSROOT the -L directory.  Each run is
# under a hang guard (tests/lib/hang.sh; a hung one ends "exit 124").
. "$(dirname "$0")/lib/tap.sh"
progs="files fdops timetest procinfo memory sockets ioctl errors landlock thread_basic thread_futex thread_atomics thread_indirect thread_fork process_wait process_exec process_vfork signal_basic signal_rt signal_fault signal_race signal_preempt sysv_ipc posix_mq posix_timers seccomp fd_hidden creds smc_rwx smc_memfd smc_mprotect smc_remap smc_churn smc_thread keys aio newer numa fsmisc"
run=${DM_GUEST_RUNNER:-build/dragoman}
sysroot=${DM_GUEST_SYSROOT:-/usr/aarch64-linux-gnu}
dir=build/tests/guest
n=1
# smc_churn bounds the emulator's memory growth: under ASan (tests/sanitize.sh)
# the allocator's quarantine of freed blocks would be counted too, so it is
# kept small for that program.
asan_base=${ASAN_OPTIONS-}
for t in $progs; do n=$((n + 2)); case $t in smc_*) n=$((n + 2));; esac; done
plan $n

if [ -x $dir/test_sys ]; then
	$dir/test_sys >$dir/test_sys.log 2>&1
	ok $? "unit: test_sys (dm_syscall, marshaller, strace with a fake cpu)"
else
	ok 1 "unit: test_sys not built (ninja guest-tests)"
fi

for t in $progs; do
	if [ ! -x $dir/$t.native ] || [ ! -x $dir/$t.static ] || [ ! -x $dir/$t.dyn ]; then
		ok 1 "$t: not built (ninja guest-progs)"
		ok 1 "$t: not built (ninja guest-progs)"
		case $t in smc_*) ok 1 "$t: not built"; ok 1 "$t: not built";; esac
		continue
	fi
	case $t in
	smc_churn) export ASAN_OPTIONS="${asan_base:+$asan_base:}quarantine_size_mb=1";;
	*) export ASAN_OPTIONS="$asan_base";;
	esac
	want=$(hang $dir/$t.native 2>&1 </dev/null; echo "exit $?")
	got=$(hang $run $dir/$t.static 2>&1 </dev/null; echo "exit $?")
	printf '%s\n' "$want" >$dir/$t.want
	is "$got" "$want" "$t: static aarch64 under $run = native"
	[ "$got" = "$want" ] || printf '%s\n' "$got" | diff $dir/$t.want - | head -20 | sed 's/^/# /'
	got=$(hang $run -L $sysroot $dir/$t.dyn 2>&1 </dev/null; echo "exit $?")
	is "$got" "$want" "$t: dynamic aarch64 under $run -L $sysroot = native"
	[ "$got" = "$want" ] || printf '%s\n' "$got" | diff $dir/$t.want - | head -20 | sed 's/^/# /'
	case $t in smc_*)
		got=$(DM_JIT=0 hang $run $dir/$t.static 2>&1 </dev/null; echo "exit $?")
		is "$got" "$want" "$t: static aarch64 under DM_JIT=0 $run = native"
		[ "$got" = "$want" ] || printf '%s\n' "$got" | diff $dir/$t.want - | head -20 | sed 's/^/# /'
		got=$(DM_JIT_REGION_KB=64 hang $run $dir/$t.static 2>&1 </dev/null; echo "exit $?")
		is "$got" "$want" "$t: static aarch64 under DM_JIT_REGION_KB=64 $run = native"
		[ "$got" = "$want" ] || printf '%s\n' "$got" | diff $dir/$t.want - | head -20 | sed 's/^/# /'
	esac
done
