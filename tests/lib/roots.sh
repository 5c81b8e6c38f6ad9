# tests/lib/roots.sh: small chroot roots for the static-build and binfmt_misc
# tests, made from Debian's busybox-static for arm64 and, as the oracle, the
# same version for amd64 (tests/real/fetch.sh).  Sourced after tap.sh.
#   mk_root DIR ARCH   DIR/bin/busybox of ARCH (arm64|amd64), applet links,
#                      the guest test program fd_hidden, two scripts
#                      (/bin/script: #!/bin/sh, /bin/script2: #!/bin/busybox sh),
#                      and a second root
#                      DIR/sub (busybox and links only) for a guest's chroot
#                      (see tests/guest/fd_hidden.c)
bb_arm64=build/roots/arm64/bin/busybox
bb_amd64=build/roots/amd64/bin/busybox
fetch_busybox() {
	[ -x $bb_arm64 ] && [ -x $bb_amd64 ] || tests/real/fetch.sh busybox-static >/dev/null 2>&1
	[ -x $bb_arm64 ] && [ -x $bb_amd64 ]
}
_applets="sh ls echo cat env chroot wc head true uname"
mk_root() {
	for d in "$1" "$1/sub"; do
		mkdir -p "$d/bin" "$d/usr/bin" "$d/tmp"
		cp "build/roots/$2/bin/busybox" "$d/bin/busybox"
		for a in $_applets; do ln -sf busybox "$d/bin/$a"; done
	done
	# scripts: the kernel (or dragoman) runs their interpreter, a foreign program
	printf '#!/bin/sh\necho "script $# $1"; exit 4\n' > "$1/bin/script"
	printf '#!/bin/busybox sh\necho "script with an argument $# $1"\n' > "$1/bin/script2"
	chmod 755 "$1/bin/script" "$1/bin/script2"
	if [ "$2" = arm64 ]; then cp build/tests/guest/fd_hidden.static "$1/bin/fd_hidden"
	else cp build/tests/guest/fd_hidden.native-static "$1/bin/fd_hidden"; fi
}
