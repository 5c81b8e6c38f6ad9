#!/bin/sh
# Job control: Debian's arm64 bash under dragoman against the same version's
# amd64 build (tests/real/twin.sh), each as an interactive shell
# (bash --norc --noprofile -i) on a pseudo-terminal typed at by
# build/tests/ptydrive following tests/real/jobcontrol.script: Ctrl-Z, jobs,
# bg (the job stops again on SIGTTIN or SIGTTOU), fg, kill %N and wait,
# kill -STOP, Ctrl-C, a pipeline, exit with stopped jobs.  Two cases: each
# session ran to its end; then one TAP case per scenario of the script:
# the two transcripts (\r removed, PIDs replaced by PID) must be identical and
# contain the scenario's "#= " lines, so two equally broken runs do not pass.
# Under dragoman bash runs build/roots/arm64's cat and sleep (PATH=/usr/bin:/bin
# through -L); the native bash runs the amd64 root's through wrappers in $tmp/n.
# The environment is fixed (env -i), except that DM_JIT is passed on.
# ptydrive's time limits are the suite's hang guard (tests/lib/hang.sh); no
# step waits a fixed time.
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
drive=build/tests/ptydrive
script=tests/real/jobcontrol.script
[ -x $drive ] || { echo "Bail out! $drive missing: run ninja (tests/lib/lib.ninja)"; exit 1; }
twin_setup bin/bash cat sleep stty
scenarios=$(sed -n 's/^send : \([a-z-]*\)\\n$/\1/p' $script)
plan $(($(echo $scenarios | wc -w) + 2))

# jc_run SIDE PATH CMD...: the session; normalized transcript in $tmp/SIDE.jc,
# split per scenario into $tmp/SIDE.NAME (from the line "$ : NAME" on)
jc_run() {
	side=$1 path=$2; shift 2
	rm -rf "$tmp/home"; mkdir "$tmp/home"
	[ -z "$TWIN_TIME" ] || t0=$(date +%s%N)
	env -i TERM=dumb LC_ALL=C TZ=UTC HOME="$tmp/home" PATH="$path" PS1='$ ' ${DM_JIT+DM_JIT="$DM_JIT"} \
		"$drive" -t "$(hang_s)" -T "$(hang_s 2)" "$script" -- "$@" > "$tmp/$side.raw" 2> "$tmp/$side.err"
	echo $? > "$tmp/$side.rc"
	[ -z "$TWIN_TIME" ] || echo "# $side session: $((($(date +%s%N) - t0) / 1000000)) ms"
	# "[1] 1234", "[1]+ 1234 Running ..." (jobs -l pads short PIDs)
	tr -d '\r' < "$tmp/$side.raw" | sed -E 's/^(\[[0-9]+\][-+]?) +[0-9]+( |$)/\1 PID\2/' > "$tmp/$side.jc"
	awk -v pre="$tmp/$side." '/^\$ : [a-z-]+$/ { f = pre $3 } f { print > f }' "$tmp/$side.jc"
}

jc_run n "$tmp/n:/usr/bin:/bin" "$tmp/n/bash" --norc --noprofile -i
jc_run g /usr/bin:/bin "$tmp/g/bash" --norc --noprofile -i
# JOBCONTROL_KEEP=DIR keeps the transcripts (n.raw, g.raw: as read) and ptydrive's messages
[ -z "$JOBCONTROL_KEEP" ] || { mkdir -p "$JOBCONTROL_KEEP" && cp "$tmp"/[ng].raw "$tmp"/[ng].err "$JOBCONTROL_KEEP/"; }

for side in n g; do
	if [ "$side" = n ]; then what="native amd64 bash"; else what="arm64 bash under dragoman"; fi
	if [ "$(cat "$tmp/$side.rc")" = 0 ]; then ok 0 "$what: the session ran to the end"; else
		ok 1 "$what: the session ran to the end"
		sed 's/^/#   /' "$tmp/$side.err"
		tail -n 8 "$tmp/$side.jc" | sed 's/^/#   | /'
	fi
done

# the "#= " lines of each scenario
awk -v pre="$tmp/want." '/^send : [a-z-]+\\n$/ { f = pre substr($3, 1, length($3) - 2) }
	/^#= / && f { print substr($0, 4) > f }' $script
for s in $scenarios; do
	touch "$tmp/n.$s" "$tmp/g.$s" "$tmp/want.$s"
	missing=$(while IFS= read -r l; do
		for side in n g; do grep -Fxq -- "$l" "$tmp/$side.$s" || echo "missing in $side: '$l'"; done
	done < "$tmp/want.$s")
	if cmp -s "$tmp/n.$s" "$tmp/g.$s" && [ -z "$missing" ]; then ok 0 "$s"; else
		ok 1 "$s"
		[ -z "$missing" ] || printf '%s\n' "$missing" | sed 's/^/#   /'
		diff "$tmp/n.$s" "$tmp/g.$s" | head -20 | sed 's/^/#   /'
	fi
done
