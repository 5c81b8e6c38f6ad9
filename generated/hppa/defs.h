/* generated from specs/types and specs/consts for ABI hppa (cdefs = true) by gen/generate.lua; do not edit */
#ifndef DM_HPPA_DEFS_H
#define DM_HPPA_DEFS_H

#define DM_HPPA_SIZEOF_stack_t 12
#define DM_HPPA_OFFSETOF_stack_t_ss_sp 0
#define DM_HPPA_OFFSETOF_stack_t_ss_flags 4
#define DM_HPPA_OFFSETOF_stack_t_ss_size 8
#define DM_HPPA_SA_EXPOSE_TAGBITS 0x800u
#define DM_HPPA_SA_NOCLDSTOP 0x8u
#define DM_HPPA_SA_NOCLDWAIT 0x80u
#define DM_HPPA_SA_NODEFER 0x20u
#define DM_HPPA_SA_NOMASK 0x20u
#define DM_HPPA_SA_ONESHOT 0x4u
#define DM_HPPA_SA_ONSTACK 0x1u
#define DM_HPPA_SA_RESETHAND 0x4u
#define DM_HPPA_SA_RESTART 0x40u
#define DM_HPPA_SA_SIGINFO 0x10u
#define DM_HPPA_SA_UNSUPPORTED 0x400u

#endif
