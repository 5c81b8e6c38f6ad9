/* emu/sys/seccomp_bpf.h: classic BPF as seccomp accepts and runs it.
 *
 * The guest hands seccomp an array of struct sock_filter; after conversion
 * to host byte order (emu/sys/seccomp.c) it is checked here with the rules
 * the kernel applies to a seccomp filter (the classic-BPF checker plus
 * seccomp's own list of allowed instructions), then run on the guest's
 * struct seccomp_data.  No guest ABI is named here. */
#ifndef DM_SECCOMP_BPF_H
#define DM_SECCOMP_BPF_H

#include <stdint.h>

/* struct sock_filter, host byte order */
struct dm_bpf_insn {
	uint16_t code;
	uint8_t jt, jf;
	uint32_t k;
};

#define DM_BPF_MAXINSNS 4096     /* BPF_MAXINSNS */
#define DM_BPF_MEMWORDS 16       /* BPF_MEMWORDS: scratch slots M[] */
#define DM_SECCOMP_DATA_SIZE 64  /* sizeof(struct seccomp_data): nr, arch, ip, args[6] */

/* Validate prog[0..len) as the kernel's seccomp filter check does, and
 * rewrite the length loads (LD/LDX W LEN) into immediates of
 * DM_SECCOMP_DATA_SIZE as the kernel does.  0, or -EINVAL (host errno) for a
 * program the kernel refuses: len 0 or above DM_BPF_MAXINSNS, an
 * instruction seccomp does not allow, a jump past the end, a division or
 * shift by an invalid constant, a scratch slot out of range or read before
 * every path has written it, a load outside struct seccomp_data or not
 * 4-byte aligned, a last instruction that is not a return. */
int dm_seccomp_bpf_check(struct dm_bpf_insn *prog, unsigned len);

/* Run a checked program on data (a struct seccomp_data in the guest's byte
 * order; big_endian: the guest's) and return the filter's 32-bit verdict. */
uint32_t dm_seccomp_bpf_run(const struct dm_bpf_insn *prog, unsigned len, const uint8_t data[DM_SECCOMP_DATA_SIZE],
			    int big_endian);

#endif
