#!/bin/sh
# dragoman's command line: QEMU-style options, environment variables, error lines and
# exit statuses (126 cannot execute, 127 not found, 2 usage), argv[0] arch names.
. "$(dirname "$0")/lib/tap.sh"
D=${DRAGOMAN:-build/dragoman}
[ -x $D ] || { echo "1..0 # SKIP $D not built"; exit 0; }
plan 46
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
S=build/tests/loader/auxv_dump          # static aarch64 program printing argv/envp/auxv
DYN=build/tests/loader/auxv_dump_dyn

$D --help > $T/out; ok $? "--help exits 0"
grep -q -- '-L DIR' $T/out && grep -q QEMU_LD_PREFIX $T/out; ok $? "--help lists -L and QEMU_LD_PREFIX"
$D -h | cmp -s - $T/out; ok $? "-h is --help"
$D --version | grep -q '^dragoman [0-9]'; ok $? "--version"
$D -version | grep -q '^dragoman [0-9]'; ok $? "-version (one dash works too)"
$D -d help | grep -q '^  page'; ok $? "-d help lists the log items"
$D -cpu help > /dev/null; ok $? "-cpu help exits 0"
$D --abis | grep -q '^aarch64 '; ok $? "--abis still works"

$D --bogus > $T/out 2> $T/err; is "$?:$(wc -l < $T/err)" "2:1" "unknown option: status 2, one line"
$D > $T/out 2> $T/err; is "$?:$(cat $T/err)" "2:dragoman: no program given (try --help)" "no program: status 2"
$D -L > $T/out 2> $T/err; is "$?" 2 "option without its argument: status 2"
$D -d bogus /bin/true 2> $T/err; is "$?:$(cat $T/err)" "2:dragoman: -d: unknown log item 'bogus' (try -d help)" "-d with an unknown item"

$D /nonexistent/prog 2> $T/err; is "$?:$(cat $T/err)" "127:dragoman: /nonexistent/prog: No such file or directory" "missing program: 127"
$D /nonexistent/prog -d bogus -L 2> $T/err; is "$?" 127 "options stop at the first non-option"
$D -- /nonexistent/prog 2> $T/err; is "$?" 127 "-- ends the options"
$D /tmp 2> $T/err; is "$?:$(cat $T/err)" "126:dragoman: /tmp: Is a directory" "a directory: 126"
printf 'hello\n' > $T/text; chmod +x $T/text
$D $T/text 2> $T/err; is "$?:$(cat $T/err)" "126:dragoman: $T/text: cannot execute: not an ELF file (bad magic)" "a text file: 126"
$D /bin/true 2> $T/err; is "$?:$(cat $T/err)" "126:dragoman: /bin/true: cannot execute: an x86-64 program (run it directly)" "a host program: 126"
cp build/tests/loader/auxv_dump $T/noexec 2>/dev/null || cp /bin/true $T/noexec; chmod 644 $T/noexec
$D $T/noexec 2> $T/err; is "$?:$(cat $T/err)" "126:dragoman: $T/noexec: Permission denied" "not executable: 126"
printf '#!/nonexistent/sh\necho hi\n' > $T/script; chmod +x $T/script
$D $T/script 2> $T/err; is "$?:$(cat $T/err)" "127:dragoman: $T/script: interpreter /nonexistent/sh: No such file or directory" "a script with a missing interpreter: 127"
ln -s "$(realpath $D)" $T/dragoman-bogus
$T/dragoman-bogus /bin/true 2> $T/err; is "$?:$(cat $T/err)" "1:dragoman: dragoman-bogus: no guest architecture 'bogus' in this build" "dragoman-ARCH with an unknown arch"
$D -cpu help | grep -q '^[a-z0-9]*: max (the default: AT_HWCAP'; ok $? "-cpu help marks each guest's default model"

# needing the aarch64 guest compiled in
if ! $D -cpu help | grep -q '^aarch64:'; then
	for i in $(seq 23 46); do ok 0 "aarch64 guest # SKIP build/dragoman has no aarch64 guest (arch/arches.c weak reference not linked)"; done
	exit 0
fi
ln -s "$(realpath $D)" $T/dragoman-aarch64
$T/dragoman-aarch64 /bin/true 2> $T/err; is "$?:$(cat $T/err)" "126:dragoman: /bin/true: cannot execute: not a aarch64 program (ELF: x86-64, 64-bit little-endian)" "dragoman-aarch64 insists on aarch64"
$D $DYN 2> $T/err; is "$?" 127 "dynamic program without -L: 127"
grep -q 'interpreter /lib/ld-linux-aarch64.so.1 not found' $T/err; ok $? "... naming the interpreter"
QEMU_LD_PREFIX=/nonexistent $D $DYN 2> $T/err; grep -q 'also not under the -L sysroot' $T/err; ok $? "QEMU_LD_PREFIX is the sysroot"
hang $D -d page -D $T/log $S > /dev/null 2>&1
grep -q '^page: guest map at start' $T/log && grep -q '\[stack\]$' $T/log; ok $? "-d page -D FILE logs the initial map to FILE"
QEMU_LOG=page QEMU_LOG_FILENAME=$T/log2 hang $D $S > /dev/null 2>&1
grep -q '^page: guest map at start' $T/log2; ok $? "QEMU_LOG and QEMU_LOG_FILENAME"

# needing a CPU that runs the program
if ! hang env -i A=1 $D $S > $T/out 2>&1 || ! grep -q '^argc 1$' $T/out; then
	# dragoman runs guest programs: failing (or hanging) here is a failure, not a skip
	for i in $(seq 29 46); do ok 1 "guest environment: dragoman did not run $S"; done
	exit 0
fi
hang env -i A=1 B=2 $D -E C=3 -U A -0 zero $S x > $T/out 2>&1
grep '^envp' $T/out | sort | tr '\n' ' ' > $T/env
is "$(cat $T/env)" "envp[0] B=2 envp[1] C=3 " "-E sets and -U removes guest variables"
grep -q '^argv\[0\] zero$' $T/out; ok $? "-0 sets argv[0]"
hang env -i A=1 B=2 QEMU_SET_ENV=C=3,D=4 QEMU_UNSET_ENV=A $D $S > $T/out 2>&1
grep -q '^envp.* C=3$' $T/out && grep -q '^envp.* D=4$' $T/out && ! grep -q '^envp.* A=1$' $T/out
ok $? "QEMU_SET_ENV and QEMU_UNSET_ENV"
hang env -i $T/dragoman-aarch64 $S > $T/out 2>&1; grep -q '^argc 1$' $T/out; ok $? "dragoman-aarch64 runs an aarch64 program"
$D -cpu bogus $S 2> $T/err; is "$?:$(cat $T/err)" "1:dragoman: unable to find CPU model 'bogus' for aarch64 (-cpu help lists them)" "an unknown -cpu model is an error, as in QEMU"
hang env -i $D -cpu cortex-a53 $S > $T/out 2>&1; grep -q "^auxv AT_HWCAP 0x8fb$" $T/out; ok $? "-cpu cortex-a53 gives that core's hwcaps"
hang env -i A=1 B=2 C=3 $D -E D=4,E=5 -U A,B $S > $T/out 2>&1
is "$(grep '^envp' $T/out | sort | tr '\n' ' ')" "envp[0] C=3 envp[1] D=4 envp[2] E=5 " "-E and -U split at commas, as QEMU's do"
$D -L /nonexistent $S > /dev/null 2> $T/err; is "$?:$(cat $T/err)" "1:dragoman: -L /nonexistent: No such file or directory" "-L with a missing directory is an error"
$D -p 3000 $S > /dev/null 2> $T/err; is "$?:$(cat $T/err)" "1:page size must be a power of two" "-p refuses a size that is not a power of two (QEMU's message)"
$D -p 65536 $S > /dev/null 2> $T/err; is "$?:$(cat $T/err)" "1:dragoman: -p 65536: the host page size is 4096; no other is emulated" "-p refuses another page size"
U=build/tests/loader/uname_cpus
is "$($D -r 9.8.7 $U | head -1):$(QEMU_UNAME=1.2.3 $D $U | sed -n 1p)" "release 9.8.7:release 1.2.3" "-r and QEMU_UNAME set the release uname reports"
n=$(getconf _NPROCESSORS_ONLN)
is "$($D $U | sed -n 2p)" "cpuinfo processors $n, online $n" "/proc/cpuinfo lists every CPU the guest counts"
# -d in_asm lists each translated block; its first instruction is the entry
# point's, as objdump disassembles it (capstone names some aliases otherwise,
# so the encoding and address are compared, and the mnemonic's first letters)
entry=$(od -An -tx8 -j24 -N8 $U | tr -d ' ' | sed 's/^0*//')
want=$(aarch64-linux-gnu-objdump -d $U | awk -v e="$entry:" '$1 == e { print $2; exit }')
got=$($D -d in_asm $U 2>&1 >/dev/null | grep -m1 "^0x0*$entry:")
case $got in *" $want "*) ok 0 "-d in_asm: the entry instruction $want at 0x$entry" ;; *) ok 1 "-d in_asm: got '$got', objdump says $want at 0x$entry" ;; esac
# -d exec: every block as it runs, the entry first
is "$($D -d exec $U 2>&1 >/dev/null | head -1 | cut -d' ' -f2)" "0x$entry" "-d exec logs each block run, the entry point first"
# -seed: AT_RANDOM and getrandom(2) repeat run after run; unseeded they do not
r1=$($D -seed 42 $U | grep '^random'); r2=$($D -seed 42 $U | grep '^random'); r3=$(QEMU_RAND_SEED=42 $D $U | grep '^random')
is "$r2:$r3" "$r1:$r1" "-seed and QEMU_RAND_SEED make the guest's random bytes reproducible"
case $r1 in "random: AT_RANDOM "????????????????", getrandom 8 "????????????????", unknown flag -1 EINVAL") ok 0 "getrandom: 8 bytes, an unknown flag is EINVAL";; *) ok 1 "getrandom: $r1";; esac
u1=$($D $U | grep '^random'); u2=$($D $U | grep '^random')
[ "$u1" != "$u2" ] && [ "$u1" != "$r1" ]; ok $? "without -seed the bytes are the host's, new each run"
# -d int: the signal delivered to its handler (on_usr1, as nm gives it), then the death
R=build/tests/loader/raise_signals
h=$(aarch64-linux-gnu-nm $R | awk '$3 == "on_usr1" { sub(/^0+/, "", $1); print $1 }')
got=$($D -d int $R 2>&1 >/dev/null | sed 's/ at pc 0x[0-9a-f]*:/ at pc PC:/; s/ sp 0x[0-9a-f]*$/ sp SP/')
is "$got" "int: guest signal 10 at pc PC: handler 0x$h, frame at sp SP
int: killed by guest signal 15 (host 15)" "-d int logs the delivery to the handler and the death"
