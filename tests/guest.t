#!/bin/sh
# tests/guest.t: the syscall layer end to end.
#  1. build/tests/guest/test_sys (gtest: dm_syscall with a fake CPU and memory map)
#  2. each tests/guest/<t>.c, built for aarch64 (static and dynamic) and for x86_64:
#     the aarch64 builds run under build/dragoman (dynamic ones with -L SYSROOT) and
#     must print exactly what the native build prints.
# DM_GUEST_RUNNER overrides the emulator command (e.g. "qemu-aarch64" to check the
# test programs themselves); DM_GUEST_SYSROOT the -L directory.  Each run is
# under a hang guard (tests/lib/hang.sh; a hung one ends "exit 124").
. "$(dirname "$0")/lib/tap.sh"
progs="files fdops timetest procinfo memory sockets ioctl errors landlock thread_basic thread_futex thread_atomics thread_indirect thread_fork process_wait process_exec process_vfork signal_basic signal_rt signal_fault signal_race signal_preempt sysv_ipc posix_mq posix_timers keys aio newer numa fsmisc"
run=${DM_GUEST_RUNNER:-build/dragoman}
sysroot=${DM_GUEST_SYSROOT:-/usr/aarch64-linux-gnu}
dir=build/tests/guest
n=1
for t in $progs; do n=$((n + 2)); done
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
		continue
	fi
	want=$(hang $dir/$t.native 2>&1 </dev/null; echo "exit $?")
	got=$(hang $run $dir/$t.static 2>&1 </dev/null; echo "exit $?")
	printf '%s\n' "$want" >$dir/$t.want
	is "$got" "$want" "$t: static aarch64 under $run = native"
	[ "$got" = "$want" ] || printf '%s\n' "$got" | diff $dir/$t.want - | head -20 | sed 's/^/# /'
	got=$(hang $run -L $sysroot $dir/$t.dyn 2>&1 </dev/null; echo "exit $?")
	is "$got" "$want" "$t: dynamic aarch64 under $run -L $sysroot = native"
	[ "$got" = "$want" ] || printf '%s\n' "$got" | diff $dir/$t.want - | head -20 | sed 's/^/# /'
done
