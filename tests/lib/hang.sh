# tests/lib/hang.sh: hang guards, the only wall-clock limits of the suite
# (DEVELOPERS.md, "Time in tests").  A hang guard exists only to stop a test
# that hung; it is never a performance bound, so it is generous and the same
# everywhere: DM_TEST_HANG seconds (default 300) for one program run (one twin
# case, one guest program, one busybox case, one ptydrive step).  A longer unit
# takes a multiple of it (hang -x N).  Raise DM_TEST_HANG on a very slow
# machine; lower it to find a hang sooner.  Sourced by tests/lib/tap.sh;
# exported, so C test programs and helpers read the same value.
: "${DM_TEST_HANG:=300}"
case $DM_TEST_HANG in ''|*[!0-9]*|0) echo "Bail out! DM_TEST_HANG must be a whole number of seconds > 0, not '$DM_TEST_HANG'"; exit 1 ;; esac
export DM_TEST_HANG

# hang_s [N]: N guard units (default 1) in seconds
hang_s() { echo $((${1:-1} * DM_TEST_HANG)); }

# hang [-x N] CMD...: CMD under the host's timeout(1): after hang_s N seconds
# SIGTERM, 10 s later SIGKILL; the status is then 124 (or 137).  timeout is
# found now: a PATH given to hang (PATH=$tmp/g hang ...) may hold a guest
# "timeout" (real_coreutils.t tests coreutils' own).
# timeout puts itself and CMD in a new process group, but returns as soon as
# CMD itself is gone: a child CMD left behind (a forked guest that hung while
# its parent was killed) would keep the caller's $(...) pipe open for ever.
# So timeout runs as a job whose pid is that group's id, and once it returns
# whatever is left of the group is killed.  stdin reaches CMD through fd 3
# (an asynchronous list's stdin would otherwise be /dev/null).
_hang_timeout=$(command -v timeout) || { echo "Bail out! timeout(1) not found"; exit 1; }
hang() {
	_hang_n=1
	[ "$1" = -x ] && { _hang_n=$2; shift 2; }
	{ "$_hang_timeout" -k 10 "$(hang_s "$_hang_n")" "$@" 0<&3 3<&- & } 3<&0
	_hang_pid=$!
	wait "$_hang_pid"
	_hang_st=$?
	kill -KILL -"$_hang_pid" 2>/dev/null || :   # usually nothing is left: not an error (callers may run under set -e)
	return $_hang_st
}

# poll_until CMD...: waits for an event instead of sleeping a fixed time: runs
# CMD every 50 ms until it succeeds (status 0) or hang_s seconds have passed
# (status 1: the event never came)
poll_until() {
	_poll_end=$(($(date +%s) + DM_TEST_HANG))
	until "$@"; do
		[ "$(date +%s)" -lt "$_poll_end" ] || return 1
		sleep 0.05
	done
}
