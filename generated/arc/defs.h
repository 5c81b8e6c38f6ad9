/* generated from specs/types and specs/consts for ABI arc (cdefs = true) by gen/generate.lua; do not edit */
#ifndef DM_ARC_DEFS_H
#define DM_ARC_DEFS_H

#define DM_ARC_SIZEOF_stack_t 12
#define DM_ARC_OFFSETOF_stack_t_ss_sp 0
#define DM_ARC_OFFSETOF_stack_t_ss_flags 4
#define DM_ARC_OFFSETOF_stack_t_ss_size 8
#define DM_ARC_SA_EXPOSE_TAGBITS 0x800u
#define DM_ARC_SA_NOCLDSTOP 0x1u
#define DM_ARC_SA_NOCLDWAIT 0x2u
#define DM_ARC_SA_NODEFER 0x40000000u
#define DM_ARC_SA_NOMASK 0x40000000u
#define DM_ARC_SA_ONESHOT 0x80000000u
#define DM_ARC_SA_ONSTACK 0x8000000u
#define DM_ARC_SA_RESETHAND 0x80000000u
#define DM_ARC_SA_RESTART 0x10000000u
#define DM_ARC_SA_RESTORER 0x4000000u
#define DM_ARC_SA_SIGINFO 0x4u
#define DM_ARC_SA_UNSUPPORTED 0x400u

#endif
