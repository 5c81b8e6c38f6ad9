# tests/lib/tap.sh: minimal TAP helpers for shell tests run by prove.
# Usage: . tests/lib/tap.sh; plan N; ok COND_EXIT_STATUS "description"; ...
cd "$(dirname "$0")/.." || exit 1
. tests/lib/hang.sh    # hang, hang_s: the only wall-clock limits (DM_TEST_HANG)
_tap_n=0
plan() { echo "1..$1"; }
ok() {  # ok STATUS DESCRIPTION
	_tap_n=$((_tap_n + 1))
	if [ "$1" -eq 0 ]; then printf 'ok %d - %s\n' $_tap_n "$2"; else printf 'not ok %d - %s\n' $_tap_n "$2"; fi
}
is() {  # is GOT WANT DESCRIPTION
	_tap_n=$((_tap_n + 1))
	if [ "$1" = "$2" ]; then printf 'ok %d - %s\n' $_tap_n "$3"
	else printf 'not ok %d - %s\n#   got:  '"'%s'"'\n#   want: '"'%s'"'\n' $_tap_n "$3" "$1" "$2"; fi
}
# printf, never echo, for anything a program printed: dash's echo turns "\0" into a NUL byte
diag() { printf '# %s\n' "$*"; }
