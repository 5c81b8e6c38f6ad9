#!/bin/sh
# tests/static_chroot.t: build/dragoman-static in chroots, without binfmt_misc.
#  - an empty root holding only dragoman-aarch64-static and a static arm64
#    program runs it (nothing of the host is needed);
#  - a busybox root, without /proc and then with it: started as
#    `chroot ROOT /usr/bin/dragoman-aarch64-static /bin/sh -c CASE`, every
#    case prints what the same case prints in the twin root run natively with
#    amd64 busybox (shells that exec foreign children, three levels deep; a
#    guest that chroots again and execs; one that closes every descriptor
#    first).  The child dragomans start through the descriptor of itself the
#    first one kept (emu/self.c): /proc/self/exe's path is not in the root;
#  - Debian's dynamic arm64 bash and python3 in their root, the same way.
. "$(dirname "$0")/lib/tap.sh"
. tests/lib/roots.sh
grep -q '^static_ninja = emu/static.ninja' config.ninja || {
	echo "1..0 # SKIP no static build: $(sed -n 's/^static_why = //p' config.ninja)"; exit 0; }
[ "$(id -u)" -eq 0 ] || { echo "1..0 # SKIP chroot needs root"; exit 0; }
[ -x build/dragoman-static ] && [ -x build/tests/guest/fd_hidden.static ] || {
	echo "Bail out! build/dragoman-static or guest-progs not built (ninja)"; exit 1; }
fetch_busybox || { echo "Bail out! cannot fetch busybox-static (tests/real/fetch.sh busybox-static)"; exit 1; }

tmp=$(mktemp -d)
cleanup() {
	for r in "$tmp/g/proc" "$tmp/n/proc" "$tmp/py"; do ! mountpoint -q "$r" 2>/dev/null || umount "$r"; done
	rm -rf "$tmp"
}
trap cleanup EXIT

cases='ls /; echo ok
/bin/sh -c "/bin/sh -c \"/bin/ls /sub/bin | /bin/wc -l\""; echo three levels $?
env /bin/ls /sub; echo env $?
/bin/chroot /sub /bin/ls /; echo chroot $?
/bin/chroot /sub /bin/sh -c "/bin/ls /bin | /bin/head -3; /bin/ls /nonexistent; echo status \$?"
/bin/fd_hidden closerange /bin/ls /sub; echo closerange $?
/bin/fd_hidden fexecve /bin/fd_hidden fexecve /bin/ls /sub; echo fexecve $?
/bin/fd_hidden fexecve /bin/fd_hidden; echo fexecve fds $?
/bin/fd_hidden closeall /bin/sh -c "echo child; exit 3"; echo closeall $?
/bin/sh -c "exit 7"; echo exit $?
/bin/script a b; echo script $?; /bin/script2 c; env /bin/script d
/bin/ls /proc/self/fd | /bin/wc -l'
ncases=$(printf '%s\n' "$cases" | wc -l)
plan $((4 + 2 * ncases))

# 1. an empty root: the static emulator and one static arm64 program
mkdir -p "$tmp/e"
cp build/dragoman-static "$tmp/e/dragoman-aarch64-static"
cp $bb_arm64 "$tmp/e/busybox"
is "$(hang chroot "$tmp/e" /dragoman-aarch64-static /busybox echo hello 2>&1)" "hello" \
	"empty root: dragoman-aarch64-static runs a static arm64 busybox"
is "$(hang chroot "$tmp/e" /dragoman-aarch64-static /busybox uname -m 2>&1)" "aarch64" \
	"empty root: the guest's uname -m is aarch64"
ok $(readelf -lW build/dragoman-static | grep -q 'INTERP' && echo 1 || echo 0) \
	"build/dragoman-static has no ELF interpreter (static)"

# 2. the busybox twins; the dragoman file exists in both so that listings agree
mk_root "$tmp/g" arm64
mk_root "$tmp/n" amd64
cp build/dragoman-static "$tmp/g/usr/bin/dragoman-aarch64-static"
: > "$tmp/n/usr/bin/dragoman-aarch64-static"
for variant in "without /proc" "with /proc"; do
	if [ "$variant" = "with /proc" ]; then
		mkdir -p "$tmp/g/proc" "$tmp/n/proc"
		mount -t proc proc "$tmp/g/proc" && mount -t proc proc "$tmp/n/proc" ||
			{ echo "Bail out! cannot mount proc in the test roots"; exit 1; }
	fi
	while IFS= read -r c; do
		want=$(cd / && hang chroot "$tmp/n" /bin/sh -c "$c" 2>&1 </dev/null; echo "exit $?")
		got=$(cd / && hang chroot "$tmp/g" /usr/bin/dragoman-aarch64-static /bin/sh -c "$c" 2>&1 </dev/null; echo "exit $?")
		is "$got" "$want" "$variant: $c"
	done <<EOC
$cases
EOC
done

# 3. Debian's own dynamic arm64 python3 (the real-binary tests' root, with our
#    dragoman added in an overlay), started as a user would, no /proc
[ -x build/roots/arm64/usr/bin/python3 ] || tests/real/fetch.sh >/dev/null 2>&1
mkdir -p "$tmp/up/usr/bin" "$tmp/work" "$tmp/py"
cp build/dragoman-static "$tmp/up/usr/bin/dragoman-aarch64-static"
if [ ! -x build/roots/arm64/usr/bin/python3 ]; then
	ok 1 "Debian's arm64 python3 not fetched (tests/real/fetch.sh)"
elif ! mount -t overlay overlay -o "lowerdir=$(pwd)/build/roots/arm64,upperdir=$tmp/up,workdir=$tmp/work" "$tmp/py"; then
	ok 1 "cannot mount an overlay on build/roots/arm64"
else
	is "$(cd / && hang chroot "$tmp/py" /usr/bin/dragoman-aarch64-static /bin/bash -c 'n=$(ls / | wc -l) && [ $n -gt 3 ] && python3 -c "print(6*7)"' 2>&1; echo "exit $?")" \
		"42
exit 0" "chroot ROOT /usr/bin/dragoman-aarch64-static /bin/bash -c 'n=\$(ls / | wc -l) && ... python3 -c \"print(6*7)\"' (Debian's dynamic arm64 bash, coreutils, python3)"
fi

