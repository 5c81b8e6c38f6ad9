#!/bin/sh
# Debian's GNU coreutils for each guest architecture (arm64, s390x) under
# dragoman against the same version's amd64 build (tests/real/twin.sh): every
# case in tests/real/coreutils-cases.txt must print the same output and exit
# with the same status.  For s390x the od case with -tx4/-td8/-f is left out:
# od prints words in the machine's byte order, big-endian there by design.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
progs="sort uniq wc tr cut join comm seq factor sha256sum sha1sum sha512sum md5sum b2sum \
	base64 stat du printf od split csplit numfmt expr tsort shuf head tail paste nl fold tac yes \
	realpath rmdir truncate install cksum sum basenc base32 env printenv nproc timeout stdbuf nice nohup \
	test [ pr fmt ptx expand unexpand mkfifo link unlink pathchk id whoami groups logname hostid tty \
	date ls cat cp mv ln rm mkdir touch chmod readlink dd mktemp sync sleep uname pwd"
byte_order_cases='od -tx4 -tu2'
n=$(twin_count tests/real/coreutils-cases.txt)
n_be=$((n - $(grep -v '^#' tests/real/coreutils-cases.txt | grep -c -e "$byte_order_cases")))
count() { if [ "$1" = s390x ]; then echo $n_be; else echo $n; fi; }
total=0
for a in $(twin_arches); do total=$((total + $(count $a))); done
plan $total
# one pass per guest architecture (DM_REAL_ARCHES, default arm64 s390x)
for a in $(twin_arches); do
	if ! twin_use $a; then twin_skip $(count $a); continue; fi
	twin_setup $progs
	if [ $a = s390x ]; then
		grep -v -e "$byte_order_cases" tests/real/coreutils-cases.txt > "$tmp/cases.be"
		twin_cases "$tmp/cases.be"
	else
		twin_cases tests/real/coreutils-cases.txt
	fi
done
