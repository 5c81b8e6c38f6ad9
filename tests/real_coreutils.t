#!/bin/sh
# Debian's GNU coreutils for arm64 under dragoman against the same version's
# amd64 build (tests/real/twin.sh): every case in tests/real/coreutils-cases.txt
# must print the same output and exit with the same status.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
twin_setup sort uniq wc tr cut join comm seq factor sha256sum sha1sum sha512sum md5sum b2sum \
	base64 stat du printf od split csplit numfmt expr tsort shuf head tail paste nl fold tac yes \
	realpath rmdir truncate install cksum sum basenc base32 env printenv nproc timeout stdbuf nice nohup \
	test [ pr fmt ptx expand unexpand mkfifo link unlink pathchk id whoami groups logname hostid tty \
	date ls cat cp mv ln rm mkdir touch chmod readlink dd mktemp sync sleep uname pwd
plan $(twin_count tests/real/coreutils-cases.txt)
twin_cases tests/real/coreutils-cases.txt
