#!/bin/sh
# The initial stack and auxv the loader builds (static, static-pie, dynamic), checked
# against Linux's layout rules and, for the deterministic entries, against the same
# program under qemu-aarch64.  With a working CPU, also the program run by dragoman.
. "$(dirname "$0")/lib/tap.sh"
L=build/tests/loader/load_dump
P=build/tests/loader/auxv_dump
root=/usr/aarch64-linux-gnu
for f in $L $P ${P}_dyn ${P}_pie; do
	[ -e $f ] || { echo "1..0 # SKIP $f not built (ninja os-tests)"; exit 0; }
done
plan 20
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
ENV="env -i A=1 B=two PATH=/usr/bin:/bin"

# the entries that do not depend on addresses chosen at run time (qemu reverses envp: sort)
det() {
	grep -E '^(argc|argv|envp|check (sp|argv|execfn|NULL|random|platform)|auxv AT_(PHDR|PHENT|PHNUM|PAGESZ|BASE|FLAGS|ENTRY|UID|EUID|GID|EGID|SECURE|CLKTCK|EXECFN|PLATFORM)) ' "$1" | sort
}
allyes() { ! grep '^check ' "$1" | grep -v ': yes$'; }

$ENV $L $P x "y z" > $T/static.out 2> $T/static.err
ok $? "static: loads"
allyes $T/static.out; ok $? "static: stack layout, bss, saved auxv"
is "$(grep -c '^check ' $T/static.out)" 8 "static: all checks ran"
if command -v qemu-aarch64 > /dev/null; then
	$ENV qemu-aarch64 $P x "y z" > $T/qemu.out
	det $T/static.out > $T/a; det $T/qemu.out > $T/b
	diff $T/a $T/b > $T/diff; ok $? "static: deterministic auxv, argv, envp equal qemu-aarch64's"
	if [ -s $T/diff ]; then sed 's/^/# /' $T/diff; fi
else
	echo "ok 4 # SKIP no qemu-aarch64"; _tap_n=4
fi
grep -q '^auxv AT_EXECFN "build/tests/loader/auxv_dump"$' $T/static.out; ok $? "static: AT_EXECFN is the program as named"
grep -q '^auxv AT_HWCAP ' $T/static.out && grep -q '^auxv AT_RANDOM ' $T/static.out && grep -q '^auxv AT_MINSIGSTKSZ ' $T/static.out
ok $? "static: AT_HWCAP, AT_RANDOM, AT_MINSIGSTKSZ present"
grep -q ' r-xp 00000000 .*/build/tests/loader/auxv_dump$' $T/static.out; ok $? "static: maps shows the text segment with its file"

$ENV $L -0 zero $P > $T/a0.out
grep -q '^argv\[0\] zero$' $T/a0.out; ok $? "-0: argv[0] replaced"

$ENV $L ${P}_pie > $T/pie.out 2>&1
ok $? "static-pie: loads"
allyes $T/pie.out; ok $? "static-pie: layout checks"
grep -q '^auxv AT_BASE 0$' $T/pie.out; ok $? "static-pie: AT_BASE 0"
entry=$(sed -n 's/^entry //p' $T/pie.out)
grep -q "^auxv AT_ENTRY $entry\$" $T/pie.out; ok $? "static-pie: starts at its own entry"
case $entry in 0x55000*) r=0;; *) r=1;; esac; ok $r "static-pie: loaded at the ET_DYN base 0x5500000000"

$ENV $L ${P}_dyn > $T/nolib.out 2> $T/nolib.err; st=$?
is "$st" 127 "dynamic without -L: exit status 127"
is "$(cat $T/nolib.err)" "dragoman: ${P}_dyn: interpreter /lib/ld-linux-aarch64.so.1 not found (point -L or QEMU_LD_PREFIX at the guest's root filesystem)" \
	"dynamic without -L: one clear line"
if [ -e $root/lib/ld-linux-aarch64.so.1 ]; then
	$ENV $L -L $root ${P}_dyn > $T/dyn.out 2>&1
	ok $? "dynamic: loads with -L"
	allyes $T/dyn.out; ok $? "dynamic: layout checks"
	base=$(sed -n 's/^auxv AT_BASE //p' $T/dyn.out); entry=$(sed -n 's/^entry //p' $T/dyn.out)
	[ "$base" != 0 ] && ! grep -q "^auxv AT_ENTRY $entry\$" $T/dyn.out; ok $? "dynamic: AT_BASE set, starts in the interpreter"
	grep -q ' /lib/ld-linux-aarch64.so.1$' $T/dyn.out; ok $? "dynamic: maps names the interpreter by its guest path"
else
	for d in loads "layout checks" "interpreter entry" "maps"; do ok 0 "dynamic: $d # SKIP no $root"; done
fi

# the real thing, once dragoman runs guest code
if hang $ENV ${DRAGOMAN:-build/dragoman} $P x "y z" > $T/run.out 2> $T/run.err && grep -q '^argc 3$' $T/run.out; then
	det $T/run.out > $T/a; det $T/static.out > $T/b
	diff $T/a $T/b > $T/diff; ok $? "dragoman runs it: same stack as the loader built"
	if [ -s $T/diff ]; then sed 's/^/# /' $T/diff; fi
else
	ok 1 "dragoman runs it"   # it can: failing (or hanging) is a failure, not a skip
	sed 's/^/# /' $T/run.err
fi
exit 0
