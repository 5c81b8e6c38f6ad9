#!/bin/sh
# What an arm64 program must see of its machine under dragoman, where the
# native twin necessarily differs: exact values.
. "$(dirname "$0")/lib/tap.sh"
bb=build/roots/arm64/bin/busybox
[ -x "$bb" ] || tests/real/fetch.sh busybox-static >/dev/null 2>&1
plan 4
is "$(build/dragoman $bb uname -m)" aarch64 "uname -m is aarch64"
is "$(build/dragoman $bb readlink /proc/self/exe)" "$(pwd)/$bb" "/proc/self/exe is the guest program"
build/dragoman $bb grep -q '^CPU implementer' /proc/cpuinfo; ok $? "/proc/cpuinfo describes an arm64 CPU"
is "$(build/dragoman -0 echo $bb hello from argv0)" "hello from argv0" "-0 sets the guest's argv[0] (busybox picks the applet by it)"
