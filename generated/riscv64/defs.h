/* generated from specs/types and specs/consts for ABI riscv64 (cdefs = true) by gen/generate.lua; do not edit */
#ifndef DM_RISCV64_DEFS_H
#define DM_RISCV64_DEFS_H

#define DM_RISCV64_SIZEOF_stack_t 24
#define DM_RISCV64_OFFSETOF_stack_t_ss_sp 0
#define DM_RISCV64_OFFSETOF_stack_t_ss_flags 8
#define DM_RISCV64_OFFSETOF_stack_t_ss_size 16
#define DM_RISCV64_SA_EXPOSE_TAGBITS 0x800u
#define DM_RISCV64_SA_NOCLDSTOP 0x1u
#define DM_RISCV64_SA_NOCLDWAIT 0x2u
#define DM_RISCV64_SA_NODEFER 0x40000000u
#define DM_RISCV64_SA_NOMASK 0x40000000u
#define DM_RISCV64_SA_ONESHOT 0x80000000u
#define DM_RISCV64_SA_ONSTACK 0x8000000u
#define DM_RISCV64_SA_RESETHAND 0x80000000u
#define DM_RISCV64_SA_RESTART 0x10000000u
#define DM_RISCV64_SA_SIGINFO 0x4u
#define DM_RISCV64_SA_UNSUPPORTED 0x400u

#endif
