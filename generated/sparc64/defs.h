/* generated from specs/types and specs/consts for ABI sparc64 (cdefs = true) by gen/generate.lua; do not edit */
#ifndef DM_SPARC64_DEFS_H
#define DM_SPARC64_DEFS_H

#define DM_SPARC64_SIZEOF_stack_t 24
#define DM_SPARC64_OFFSETOF_stack_t_ss_sp 0
#define DM_SPARC64_OFFSETOF_stack_t_ss_flags 8
#define DM_SPARC64_OFFSETOF_stack_t_ss_size 16
#define DM_SPARC64_SA_EXPOSE_TAGBITS 0x800u
#define DM_SPARC64_SA_NOCLDSTOP 0x8u
#define DM_SPARC64_SA_NOCLDWAIT 0x100u
#define DM_SPARC64_SA_NODEFER 0x20u
#define DM_SPARC64_SA_NOMASK 0x20u
#define DM_SPARC64_SA_ONESHOT 0x4u
#define DM_SPARC64_SA_ONSTACK 0x1u
#define DM_SPARC64_SA_RESETHAND 0x4u
#define DM_SPARC64_SA_RESTART 0x2u
#define DM_SPARC64_SA_SIGINFO 0x200u
#define DM_SPARC64_SA_STACK 0x1u
#define DM_SPARC64_SA_UNSUPPORTED 0x400u

#endif
