#!/bin/sh
# tests/deps.sh: installs what building and testing dragoman needs, from
# Debian's archive (bookworm).  Idempotent: does nothing when all is present.
set -e
pkgs="gcc ninja-build pkg-config perl strace libglib2.0-dev libcapstone-dev lua5.4 liblua5.4-dev libclang-14-dev llvm-14"
# Guest test programs are cross-compiled; qemu-user (qemu-aarch64, qemu-s390x) is the
# instruction-level reference (tests/isa_a64.t, tests/isa_s390x.t).
pkgs="$pkgs gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user"
# s390x guest programs (tests/unit/s390x_frame_offsets.c, tests/guest/guest_s390x.ninja,
# tests/isa/s390x/isa.ninja: -march=z196 -static).
pkgs="$pkgs gcc-s390x-linux-gnu libc6-dev-s390x-cross"
# armhf guest programs (tests/guest/guest_arm.ninja, tests/arm_*.t): Thumb-2 by default, -marm too.
pkgs="$pkgs gcc-arm-linux-gnueabihf libc6-dev-armhf-cross"
# gdb-multiarch drives the gdb stub (tests/gdbstub.t).
pkgs="$pkgs gdb-multiarch"
# tests/bench/run.sh: GNU time (peak RSS, CPU time per run), gnuplot (the chart of
# the ratios), autoconf (the configure workload's script; listed below).
pkgs="$pkgs time gnuplot-nox"
# The Linux Test Project's build (tests/conformance: the CI slice and `ninja ltp`).
pkgs="$pkgs make autoconf automake m4 bison flex util-linux"
# Kernel UAPI headers of every ABI the specs describe (checked by `ninja check-abi`).
for arch in amd64 x32 i386 arm64 armel riscv64 mips mipsel mips64 mips64el mipsn32 mipsn32el \
            powerpc ppc64 ppc64el s390x sparc64 m68k arc alpha hppa sh4; do
	pkgs="$pkgs linux-libc-dev-$arch-cross"
done
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing"
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
