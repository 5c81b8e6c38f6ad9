/* generated from specs/types and specs/consts for ABI alpha (cdefs = true) by gen/generate.lua; do not edit */
#ifndef DM_ALPHA_DEFS_H
#define DM_ALPHA_DEFS_H

#define DM_ALPHA_SIZEOF_stack_t 24
#define DM_ALPHA_OFFSETOF_stack_t_ss_sp 0
#define DM_ALPHA_OFFSETOF_stack_t_ss_flags 8
#define DM_ALPHA_OFFSETOF_stack_t_ss_size 16
#define DM_ALPHA_SA_EXPOSE_TAGBITS 0x800u
#define DM_ALPHA_SA_NOCLDSTOP 0x4u
#define DM_ALPHA_SA_NOCLDWAIT 0x20u
#define DM_ALPHA_SA_NODEFER 0x8u
#define DM_ALPHA_SA_NOMASK 0x8u
#define DM_ALPHA_SA_ONESHOT 0x10u
#define DM_ALPHA_SA_ONSTACK 0x1u
#define DM_ALPHA_SA_RESETHAND 0x10u
#define DM_ALPHA_SA_RESTART 0x2u
#define DM_ALPHA_SA_SIGINFO 0x40u
#define DM_ALPHA_SA_UNSUPPORTED 0x400u

#endif
