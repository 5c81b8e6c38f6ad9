#!/bin/bash
# tests/real/closure.sh: prints the arm64 shared-library closure of Debian
# packages (Depends + Pre-Depends, followed through lib* and zlib* packages;
# data and tool packages such as base-files, dpkg or media-types are left out).
# Used to write tests/real/packages.txt by hand; the tests never run it.
# Usage: tests/real/closure.sh PKG...   e.g. tests/real/closure.sh coreutils bash
declare -A seen
queue=("$@")
while [ ${#queue[@]} -gt 0 ]; do
	p=${queue[0]}; queue=("${queue[@]:1}")
	[ -n "${seen[$p]}" ] && continue
	seen[$p]=1
	for d in $(apt-cache depends --no-recommends --no-suggests --no-enhances \
			--no-breaks --no-replaces --no-conflicts "$p:arm64" 2>/dev/null |
			awk '/^  (Pre)?Depends: [^<]/{print $2}' | sed 's/:arm64$//'); do
		case $d in lib*|zlib*) queue+=("$d");; esac
	done
done
printf '%s\n' "${!seen[@]}" | sort
