/* tests/loader/auxv_print.h: print a process's initial stack (argc, argv,
 * envp, auxv) and check its layout against what Linux builds.  Shared by the
 * guest program auxv_dump.c (reading its own stack) and the host harness
 * load_dump.c (reading the stack the loader built): both print the same
 * lines, so either can be compared with the program under qemu-aarch64.
 * 64-bit little-endian guests only (the word is a uint64_t). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const char *aux_name(uint64_t t)
{
	switch (t) {
	case 3: return "AT_PHDR"; case 4: return "AT_PHENT"; case 5: return "AT_PHNUM";
	case 6: return "AT_PAGESZ"; case 7: return "AT_BASE"; case 8: return "AT_FLAGS";
	case 9: return "AT_ENTRY"; case 11: return "AT_UID"; case 12: return "AT_EUID";
	case 13: return "AT_GID"; case 14: return "AT_EGID"; case 15: return "AT_PLATFORM";
	case 16: return "AT_HWCAP"; case 17: return "AT_CLKTCK"; case 23: return "AT_SECURE";
	case 25: return "AT_RANDOM"; case 26: return "AT_HWCAP2"; case 31: return "AT_EXECFN";
	case 33: return "AT_SYSINFO_EHDR"; case 51: return "AT_MINSIGSTKSZ";
	case 27: return "AT_RSEQ_FEATURE_SIZE"; case 28: return "AT_RSEQ_ALIGN";
	case 29: return "AT_HWCAP3"; case 30: return "AT_HWCAP4";
	default: return NULL;
	}
}

static void dump_stack(const uint64_t *sp, FILE *out)
{
	uint64_t argc = sp[0];
	char **argv = (char **)(sp + 1), **envp = argv + argc + 1;
	int envc = 0;
	while (envp[envc]) envc++;
	uint64_t *auxv = (uint64_t *)(envp + envc + 1);
	fprintf(out, "argc %llu\n", (unsigned long long)argc);
	for (uint64_t i = 0; i < argc; i++) fprintf(out, "argv[%llu] %s\n", (unsigned long long)i, argv[i]);
	for (int i = 0; i < envc; i++) fprintf(out, "envp[%d] %s\n", i, envp[i]);
	const char *execfn = NULL, *platform = NULL;
	const unsigned char *rnd = NULL;
	int n = 0;
	for (uint64_t *a = auxv;; a += 2, n++) {
		const char *name = aux_name(a[0]);
		if (a[0] == 0) break;
		if (a[0] == 31) execfn = (const char *)a[1];
		if (a[0] == 15) platform = (const char *)a[1];
		if (a[0] == 25) rnd = (const unsigned char *)a[1];
		if (a[0] == 31 || a[0] == 15)
			fprintf(out, "auxv %s \"%s\"\n", name, (const char *)a[1]);
		else if (name)
			fprintf(out, "auxv %s %#llx\n", name, (unsigned long long)a[1]);
		else
			fprintf(out, "auxv %llu %#llx\n", (unsigned long long)a[0], (unsigned long long)a[1]);
	}
	uint64_t *aux_end = auxv + 2 * n + 2;
	/* layout checks: what Linux's create_elf_tables and copy_strings produce */
	const char *first = argc ? argv[0] : envc ? envp[0] : execfn;
	int contiguous = 1;
	const char *at = first;
	for (uint64_t i = 0; i < argc; i++, at += strlen(at) + 1) contiguous &= argv[i] == at;
	for (int i = 0; i < envc; i++, at += strlen(at) + 1) contiguous &= envp[i] == at;
	fprintf(out, "check sp 16-byte aligned: %s\n", ((uintptr_t)sp & 15) ? "no" : "yes");
	fprintf(out, "check argv and envp strings contiguous: %s\n", contiguous ? "yes" : "no");
	fprintf(out, "check execfn right after the strings: %s\n", execfn == at ? "yes" : "no");
	if (execfn) {
		const uint64_t *top = (const uint64_t *)(execfn + strlen(execfn) + 1);
		fprintf(out, "check NULL word at the top after execfn: %s\n", *top == 0 ? "yes" : "no");
	}
	fprintf(out, "check random bytes between auxv and strings: %s\n",
		rnd && (const void *)rnd >= (const void *)aux_end && (const char *)rnd + 16 <= first ? "yes" : "no");
	fprintf(out, "check platform between random bytes and strings: %s\n",
		!platform || (platform >= (const char *)rnd + 16 && platform < first) ? "yes" : "no");
}
