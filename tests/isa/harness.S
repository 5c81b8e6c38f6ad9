// tests/isa/harness.S: per-case set-up and dump for generated ISA tests (see gen.lua).
// Record (and init table) layout: x0-x30 @0, sp @248, nzcv @256, v0-v31 @264, scratch @776; 1288 bytes.
	.macro CASE_BEGIN n
	adrp x30, init_\n
	add x30, x30, :lo12:init_\n
	adrp x1, scratch
	add x1, x1, :lo12:scratch
	add x0, x30, #776
	mov x2, #32
9:	ldp x3, x4, [x0], #16
	stp x3, x4, [x1], #16
	subs x2, x2, #1
	b.ne 9b
	add x0, x30, #264
	ldp q0, q1, [x0], #32
	ldp q2, q3, [x0], #32
	ldp q4, q5, [x0], #32
	ldp q6, q7, [x0], #32
	ldp q8, q9, [x0], #32
	ldp q10, q11, [x0], #32
	ldp q12, q13, [x0], #32
	ldp q14, q15, [x0], #32
	ldp q16, q17, [x0], #32
	ldp q18, q19, [x0], #32
	ldp q20, q21, [x0], #32
	ldp q22, q23, [x0], #32
	ldp q24, q25, [x0], #32
	ldp q26, q27, [x0], #32
	ldp q28, q29, [x0], #32
	ldp q30, q31, [x0], #32
	ldr x0, [x30, #248]
	mov sp, x0
	ldr x0, [x30, #256]
	msr nzcv, x0
	ldp x0, x1, [x30, #0]
	ldp x2, x3, [x30, #16]
	ldp x4, x5, [x30, #32]
	ldp x6, x7, [x30, #48]
	ldp x8, x9, [x30, #64]
	ldp x10, x11, [x30, #80]
	ldp x12, x13, [x30, #96]
	ldp x14, x15, [x30, #112]
	ldp x16, x17, [x30, #128]
	ldp x18, x19, [x30, #144]
	ldp x20, x21, [x30, #160]
	ldp x22, x23, [x30, #176]
	ldp x24, x25, [x30, #192]
	ldp x26, x27, [x30, #208]
	ldp x28, x29, [x30, #224]
	ldr x30, [x30, #240]
	.endm

	.macro CASE_END n
	msr tpidr_el0, x0
	adrp x0, record
	add x0, x0, :lo12:record
	str x1, [x0, #8]
	stp x2, x3, [x0, #16]
	stp x4, x5, [x0, #32]
	stp x6, x7, [x0, #48]
	stp x8, x9, [x0, #64]
	stp x10, x11, [x0, #80]
	stp x12, x13, [x0, #96]
	stp x14, x15, [x0, #112]
	stp x16, x17, [x0, #128]
	stp x18, x19, [x0, #144]
	stp x20, x21, [x0, #160]
	stp x22, x23, [x0, #176]
	stp x24, x25, [x0, #192]
	stp x26, x27, [x0, #208]
	stp x28, x29, [x0, #224]
	str x30, [x0, #240]
	mov x1, sp
	str x1, [x0, #248]
	mrs x1, nzcv
	str x1, [x0, #256]
	mrs x1, tpidr_el0
	str x1, [x0]
	add x1, x0, #264
	stp q0, q1, [x1], #32
	stp q2, q3, [x1], #32
	stp q4, q5, [x1], #32
	stp q6, q7, [x1], #32
	stp q8, q9, [x1], #32
	stp q10, q11, [x1], #32
	stp q12, q13, [x1], #32
	stp q14, q15, [x1], #32
	stp q16, q17, [x1], #32
	stp q18, q19, [x1], #32
	stp q20, q21, [x1], #32
	stp q22, q23, [x1], #32
	stp q24, q25, [x1], #32
	stp q26, q27, [x1], #32
	stp q28, q29, [x1], #32
	stp q30, q31, [x1], #32
	adrp x1, scratch
	add x1, x1, :lo12:scratch
	add x2, x0, #776
	mov x3, #32
9:	ldp x4, x5, [x1], #16
	stp x4, x5, [x2], #16
	subs x3, x3, #1
	b.ne 9b
	mov x1, x0
	mov x0, #1
	mov x2, #1288
	mov x8, #64
	svc #0
	.endm

	.macro EXIT
	mov x0, #0
	mov x8, #93
	svc #0
	.endm

	.bss
	.balign 64
scratch: .skip 512
record: .skip 1288
	.text
	.globl _start
_start:
