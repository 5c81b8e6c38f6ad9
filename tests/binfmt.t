#!/bin/sh
# tests/binfmt.t: dragoman registered in the machine's real binfmt_misc by
# build/dragoman-binfmt (static binary, F flag), then foreign programs run as
# if native: directly (./busybox), and in a chroot that holds no dragoman,
# with no /proc, where every foreign exec goes through the kernel again.  The
# oracle is the same busybox version for amd64 (and tests/guest/fd_hidden.c's
# native build) run natively.  The P flag (argv[0]), the C flag (an
# execute-only program), and an entry of our name that is not ours (left
# alone).  Our entries are removed at the end, also on failure.  Where
# binfmt_misc cannot be used (no root, no kernel support, cannot mount it,
# dragoman already registered here), the whole test is a skip that says why.
. "$(dirname "$0")/lib/tap.sh"
. tests/lib/roots.sh
misc=/proc/sys/fs/binfmt_misc
entry=$misc/dragoman-aarch64
skip() { echo "1..0 # SKIP $*"; exit 0; }
grep -q '^static_ninja = emu/static.ninja' config.ninja ||
	skip "no static build: $(sed -n 's/^static_why = //p' config.ninja)"
[ "$(id -u)" -eq 0 ] || skip "registering with binfmt_misc needs root"
grep -qw binfmt_misc /proc/filesystems || skip "this kernel has no binfmt_misc"
[ -x build/dragoman-static ] && [ -x build/dragoman-binfmt ] && [ -x build/tests/guest/fd_hidden.static ] ||
	{ echo "Bail out! build/dragoman-static, dragoman-binfmt or guest-progs not built (ninja)"; exit 1; }
fetch_busybox || { echo "Bail out! cannot fetch busybox-static (tests/real/fetch.sh busybox-static)"; exit 1; }
mounted=
if [ ! -e $misc/register ]; then
	err=$(mount -t binfmt_misc binfmt_misc $misc 2>&1) || skip "cannot mount binfmt_misc: $err"
	mounted=1
fi
if [ -e $entry ]; then
	[ -z "$mounted" ] || umount $misc
	skip "an entry dragoman-aarch64 is registered on this machine already ($(sed -n 's/^interpreter //p' $entry)); not touching it"
fi

tmp=$(mktemp -d)
chmod 755 "$tmp"
cleanup() {
	[ ! -e $entry ] || echo -1 > $entry
	[ -z "$mounted" ] || umount $misc
	rm -rf "$tmp"
}
trap cleanup EXIT
tool=build/dragoman-binfmt
mkdir "$tmp/bin"
cp build/dragoman-static "$tmp/bin/dragoman-aarch64-static"
cp $bb_arm64 "$tmp/busybox"
cp $bb_amd64 "$tmp/busybox.native"

cases='ls /; echo ok
/bin/sh -c "/bin/sh -c \"/bin/ls /sub/bin | /bin/wc -l\""; echo three levels $?
env /bin/ls /sub; echo env $?
/bin/chroot /sub /bin/sh -c "/bin/ls /bin | /bin/head -3; /bin/ls /nonexistent; echo status \$?"
/bin/fd_hidden closerange /bin/ls /sub; echo closerange $?
/bin/fd_hidden fexecve /bin/fd_hidden fexecve /bin/ls /sub; echo fexecve $?
/bin/fd_hidden fexecve /bin/fd_hidden; echo fexecve fds $?
/bin/fd_hidden; echo fd_hidden $?
/bin/sh -c "exit 7"; echo exit $?
/bin/script a b; echo script $?; /bin/script2 c; env /bin/script d'
ncases=$(printf '%s\n' "$cases" | wc -l)
plan $((20 + ncases))

# 1. register: F, the static binary
$tool --install --persistent --path "$tmp/bin" aarch64 > "$tmp/out" 2>&1
ok $? "dragoman-binfmt --install --persistent --path DIR aarch64"
is "$($tool --list | grep '^aarch64: registered')" \
	"aarch64: registered as dragoman-aarch64, interpreter $tmp/bin/dragoman-aarch64-static, flags F" \
	"--list shows the entry, its interpreter and flag F"
# the kernel's parse of the rule: e_ident of ELFCLASS64/ELFDATA2LSB/EV_CURRENT,
# any OS ABI, e_type ET_EXEC or ET_DYN, e_machine EM_AARCH64 (183 = 0xb7)
is "$(sed -n 's/^magic //p' $entry) $(sed -n 's/^mask //p' $entry)" \
	"7f454c460201010000000000000000000200b700 ffffffffffffff00fffffffffffffffffeffffff" \
	"the kernel's entry: magic and mask of an aarch64 ELF executable"

# 2. run directly, as if native: dragoman's own page log shows that dragoman ran it
is "$(cd "$tmp" && hang ./busybox echo hello 2>&1)" "hello" "./busybox echo hello (arm64) runs directly"
log=$(cd "$tmp" && QEMU_LOG=page hang ./busybox true 2>&1)
case $log in *"page: guest map at start"*) r=0 ;; *) r=1 ;; esac
ok $r "the program ran under dragoman (its -d page log)"
is "$(hang build/tests/guest/fd_hidden.static 2>&1; echo "exit $?")" \
	"$(hang build/tests/guest/fd_hidden.native 2>&1; echo "exit $?")" \
	"fd_hidden run directly = native (no descriptor of dragoman's in the way)"

# 3. argv[0]: without P the kernel passes the program's path in its place;
#    with P (AT_FLAGS_PRESERVE_ARGV0 in dragoman's auxv) the caller's own
is "$(cd "$tmp" && hang ./busybox sh -c 'exec -a echo ./busybox hi' 2>&1; echo "exit $?")" \
	"hi: applet not found
exit 127" "no P: busybox sees its path as argv[0], not 'echo'"
$tool --install --persistent --preserve-argv0 --path "$tmp/bin" aarch64 > "$tmp/out" 2>&1
ok $? "--install again with --preserve-argv0 replaces our entry"
is "$(sed -n 's/^flags: //p' $entry)" "PF" "the entry's flags are P and F"
is "$(cd "$tmp" && hang ./busybox sh -c 'exec -a echo ./busybox hi' 2>&1; echo "exit $?")" \
	"$(cd "$tmp" && hang ./busybox.native sh -c 'exec -a echo ./busybox.native hi' 2>&1; echo "exit $?")" \
	"P: argv[0] 'echo' reaches busybox, as natively"
# the guest's view under P: argv[0], /proc/self/exe and AT_EXECFN across
# re-executions of itself, and /proc/self/* (tests/guest.t's programs)
for t in process_exec procinfo; do
	is "$(hang build/tests/guest/$t.static 2>&1; echo "exit $?")" \
		"$(hang build/tests/guest/$t.native 2>&1; echo "exit $?")" "P: $t run directly = native"
done

# 4. a chroot with no dragoman in it and no /proc: F opened the interpreter
#    already (P and F, as ninja install's binfmt.d rule; without P a program
#    fexecve'd gets "/dev/fd/N" as its argv[0], which busybox takes for an applet)
mk_root "$tmp/g" arm64
mk_root "$tmp/n" amd64
while IFS= read -r c; do
	want=$(cd / && hang chroot "$tmp/n" /bin/sh -c "$c" 2>&1 </dev/null; echo "exit $?")
	got=$(cd / && hang chroot "$tmp/g" /bin/sh -c "$c" 2>&1 </dev/null; echo "exit $?")
	is "$got" "$want" "chroot, no /proc: $c"
done <<EOC
$cases
EOC

# Debian's dynamic arm64 bash, coreutils and python3 in their own root
[ -x build/roots/arm64/usr/bin/python3 ] || tests/real/fetch.sh >/dev/null 2>&1
deb=$(pwd)/build/roots/arm64
is "$(cd / && hang chroot "$deb" /bin/bash -c 'n=$(ls / | wc -l) && [ $n -gt 3 ] && python3 -c "print(6*7)"' 2>&1; echo "exit $?")" \
	"42
exit 0" "chroot build/roots/arm64 /bin/bash -c 'n=\$(ls / | wc -l) && ... python3 -c \"print(6*7)\"' (no dragoman in the root)"

# 5. C (and O): an execute-only program, run by a user who cannot read it
$tool --install --persistent --credential --path "$tmp/bin" aarch64 > "$tmp/out" 2>&1
ok $? "--install with --credential (flags OC)"
cp build/tests/guest/fd_hidden.static "$tmp/xonly"
cp build/tests/guest/fd_hidden.native-static "$tmp/xonly.native"
chmod 111 "$tmp/xonly" "$tmp/xonly.native"
is "$(cd / && hang su nobody -s /bin/sh -c "$tmp/xonly closerange $tmp/busybox echo ran" 2>&1; echo "exit $?")" \
	"$(cd / && hang su nobody -s /bin/sh -c "$tmp/xonly.native closerange $tmp/busybox.native echo ran" 2>&1; echo "exit $?")" \
	"C: nobody runs an execute-only arm64 program (dragoman reads it through AT_EXECFD)"
mkdir "$tmp/suid"
cp build/tests/guest/creds.static "$tmp/suid/creds"
cp build/tests/guest/creds.native-static "$tmp/suid/creds.native"
chmod 4755 "$tmp/suid/creds" "$tmp/suid/creds.native"
want=$(cd / && hang su nobody -s /bin/sh -c "$tmp/suid/creds.native" 2>&1; echo "exit $?")
is "$(cd / && hang su nobody -s /bin/sh -c "$tmp/suid/creds" 2>&1; echo "exit $?")" "$want" \
	"C: a set-user-ID root program run by nobody: euid 0, AT_SECURE 1, /proc/self/status, as natively"
is "$(cd / && hang su nobody -s /bin/sh -c "QEMU_STRACE=1 QEMU_LOG_FILENAME=$tmp/suid/log $tmp/suid/creds" 2>&1; echo "exit $?"; ls "$tmp/suid/log" 2>&1 | sed 's/.*: //')" \
	"$want
No such file or directory" "C: the caller's QEMU_* settings do not apply to it (no strace, no log file written as root)"

# 6. removal, and an entry of our name that is not ours
$tool --remove aarch64 > "$tmp/out" 2>&1
ok $([ $? -eq 0 ] && [ ! -e $entry ] && echo 0 || echo 1) "--remove: the entry is gone"
printf ':dragoman-aarch64:M:0:\\x00DMTEST::/bin/true:\n' > $misc/register
out=$($tool --install --persistent --path "$tmp/bin" aarch64 2>&1)
ok $([ $? -eq 1 ] && grep -q '^interpreter /bin/true' $entry && echo 0 || echo 1) \
	"--install refuses to replace an entry of our name whose interpreter is /bin/true"
out=$($tool --remove aarch64 2>&1)
is "$?: $out" "1: dragoman-binfmt: entry $entry belongs to /bin/true, not dragoman: left alone" \
	"--remove leaves that entry alone and says so"
echo -1 > $entry
