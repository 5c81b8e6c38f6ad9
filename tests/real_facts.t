#!/bin/sh
# What a guest program must see of its machine under dragoman, where the
# native twin necessarily differs: exact values, per guest architecture
# (DM_REAL_ARCHES, default arm64 s390x; Debian's busybox-static and the
# root's glibc): uname -m, /proc/self/exe, /proc/cpuinfo in the guest's own
# format, -0 for argv[0], the native byte order (od reads host-order words),
# and the auxiliary vector as the guest's ld.so shows it (LD_SHOW_AUXV):
# AT_PLATFORM and AT_HWCAP are what the default CPU model advertises
# (docs/aarch64.md "HWCAPs", docs/s390x.md "What is implemented").
. "$(dirname "$0")/lib/tap.sh"
. tests/real/twin.sh
per=7
plan $(($(echo $(twin_arches) | wc -w) * per))
for a in $(twin_arches); do
if ! twin_use $a; then twin_skip $per; continue; fi
bb=build/roots/$a/bin/busybox
[ -x "$bb" ] || tests/real/fetch.sh -a $a busybox-static libc6 coreutils >/dev/null 2>&1
# the default model's (-cpu max) hwcaps; arm64's in hex: FP ASIMD AES PMULL SHA1
# SHA2 CRC32 ATOMICS CPUID ASIMDRDM JSCVT LRCPC DCPOP SHA3 ASIMDDP SHA512
# ILRCPC FLAGM SB (bits 0 1 3-8 11-13 15-17 20 21 26 27 29)
case $a in
arm64) m=aarch64 cpu='^CPU implementer' order=0001 platform=aarch64 hwcap=2c33b9fb ;;
s390x) m=s390x cpu='^vendor_id *: IBM/S390$' order=0100 platform=z196 hwcap='esan3 zarch stfle ldisp eimm highgprs' ;;
esac
is "$(build/dragoman $bb uname -m)" $m "$a: uname -m is $m"
is "$(build/dragoman $bb readlink /proc/self/exe)" "$(pwd)/$bb" "$a: /proc/self/exe is the guest program"
build/dragoman $bb grep -q "$cpu" /proc/cpuinfo; ok $? "$a: /proc/cpuinfo describes the guest's CPU ($cpu)"
is "$(build/dragoman -0 echo $bb hello from argv0)" "hello from argv0" "$a: -0 sets the guest's argv[0] (busybox picks the applet by it)"
is "$(printf '\001\000' | build/dragoman $bb od -An -tx2 | tr -d ' ')" $order "$a: the bytes 01 00 read as a native 16-bit word: $order"
# the guest's env starts the guest's true with LD_SHOW_AUXV (the variable
# reaches the host dragoman of that exec too: its lines come first)
auxv=$(build/dragoman -L build/roots/$a build/roots/$a/usr/bin/env LD_SHOW_AUXV=1 /bin/true 2>&1)
is "$(printf '%s\n' "$auxv" | grep '^AT_PLATFORM:' | tail -1 | sed 's/^AT_PLATFORM: *//')" "$platform" "$a: AT_PLATFORM is $platform"
is "$(printf '%s\n' "$auxv" | grep '^AT_HWCAP:' | tail -1 | sed 's/^AT_HWCAP: *//')" "$hwcap" "$a: AT_HWCAP is $hwcap"
done
