/* generated from specs/types and specs/consts for ABI mips-n64-le (cdefs = true) by gen/generate.lua; do not edit */
#ifndef DM_MIPS_N64_LE_DEFS_H
#define DM_MIPS_N64_LE_DEFS_H

#define DM_MIPS_N64_LE_SIZEOF_stack_t 24
#define DM_MIPS_N64_LE_OFFSETOF_stack_t_ss_sp 0
#define DM_MIPS_N64_LE_OFFSETOF_stack_t_ss_size 8
#define DM_MIPS_N64_LE_OFFSETOF_stack_t_ss_flags 16
#define DM_MIPS_N64_LE_SA_EXPOSE_TAGBITS 0x800u
#define DM_MIPS_N64_LE_SA_NOCLDSTOP 0x1u
#define DM_MIPS_N64_LE_SA_NOCLDWAIT 0x10000u
#define DM_MIPS_N64_LE_SA_NODEFER 0x40000000u
#define DM_MIPS_N64_LE_SA_NOMASK 0x40000000u
#define DM_MIPS_N64_LE_SA_ONESHOT 0x80000000u
#define DM_MIPS_N64_LE_SA_ONSTACK 0x8000000u
#define DM_MIPS_N64_LE_SA_RESETHAND 0x80000000u
#define DM_MIPS_N64_LE_SA_RESTART 0x10000000u
#define DM_MIPS_N64_LE_SA_SIGINFO 0x8u
#define DM_MIPS_N64_LE_SA_UNSUPPORTED 0x400u

#endif
