#!/bin/sh
# tests/bench/qemu_ns.sh ROOT CMD...: runs CMD (a guest program) under
# qemu-aarch64 with ROOT as QEMU_LD_PREFIX, inside a user and mount namespace
# of its own where qemu-aarch64 is registered in a private binfmt_misc
# instance (Linux >= 6.7).  qemu-user does not follow a guest's execve of a
# foreign program itself; the kernel does, through binfmt_misc.  The private
# instance leaves the machine's binfmt_misc alone.  Started by
# tests/bench/run.sh as: unshare --user --map-root-user --mount qemu_ns.sh ...
set -e
root=$1; shift
/bin/mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
# ELF64, little-endian, ET_EXEC or ET_DYN (mask 0xfe), EM_AARCH64 (0xb7);
# F: the kernel opens qemu-aarch64 now, not at each exec
printf '%s' ':bench-aarch64:M::\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00:\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:/usr/bin/qemu-aarch64:F' \
	> /proc/sys/fs/binfmt_misc/register
QEMU_LD_PREFIX=$root exec "$@"
