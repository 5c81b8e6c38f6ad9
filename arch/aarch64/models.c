/* arch/aarch64/models.c: the -cpu models of the A64 guest.  Each is a real
 * core's user-visible features minus what dragoman does not implement
 * (FP16 arithmetic, FHM, FCMA, BF16, SM3/SM4, SVE, PAuth, MTE, and DIT/SSBS,
 * whose timing and speculation promises an emulator cannot keep); "max" is
 * everything dragoman implements.  AT_HWCAP bits and ID register fields as
 * Linux's arch/arm64 cpufeature.c shows them to user space; MIDR values from
 * the cores' technical reference manuals.  docs/aarch64.md lists them. */
#include <stddef.h>
#include <string.h>

#include "arch/arch.h"
#include "arch/aarch64/model.h"

extern const struct dm_arch dm_arch_aarch64;

/* what a v8.0 core with the crypto extension has: nothing optional here */
#define V80 0u
#define V82 (A64_F_LSE | A64_F_LOR | A64_F_RDM | A64_F_RCPC | A64_F_DPB | A64_F_DOTPROD)
#define V84 (V82 | A64_F_RCPC2 | A64_F_DPB2 | A64_F_SHA512 | A64_F_SHA3 | A64_F_JSCVT | A64_F_FLAGM | A64_F_I8MM | A64_F_RNG)
#define MAX (V84 | A64_F_FLAGM2 | A64_F_FRINTTS | A64_F_SB)

static const struct a64_model max = { 0x410fd083u, 0x1020100110212120ull, 0x10001100201002ull, MAX };
static const struct a64_model a53 = { 0x410fd034u, 0x11120u, 0, V80 };
static const struct a64_model a72 = { 0x410fd083u, 0x11120u, 0, V80 };
static const struct a64_model a76 = { 0x414fd0b1u, 0x100010211120ull, 0x100001u, V82 };
static const struct a64_model n1 = { 0x414fd0c1u, 0x100010211120ull, 0x100001u, V82 };
static const struct a64_model v1 = { 0x411fd401u, 0x1010100110212120ull, 0x10000000201002ull, V84 };

#define STANZA(features, variant, part, rev) \
	"processor\t: %u\nBogoMIPS\t: 100.00\nFeatures\t: " features "\nCPU implementer\t: 0x41\n" \
	"CPU architecture: 8\nCPU variant\t: " variant "\nCPU part\t: " part "\nCPU revision\t: " rev "\n\n"
#define F80 "fp asimd aes pmull sha1 sha2 crc32 cpuid"
#define F82 "fp asimd aes pmull sha1 sha2 crc32 atomics cpuid asimdrdm lrcpc dcpop asimddp"

const struct dm_cpu_model a64_models[] = {
	/* HWCAP FP ASIMD AES PMULL SHA1 SHA2 CRC32 ATOMICS CPUID ASIMDRDM JSCVT LRCPC DCPOP SHA3 ASIMDDP
	 * SHA512 ILRCPC FLAGM SB; HWCAP2 DCPODP FLAGM2 FRINT I8MM RNG */
	{ "max", 0x2c33b9fb, 0x12181, NULL,
	  STANZA("fp asimd aes pmull sha1 sha2 crc32 atomics cpuid asimdrdm jscvt lrcpc dcpop sha3 asimddp sha512 "
		 "ilrcpc flagm sb dcpodp flagm2 frint i8mm rng", "0x0", "0xd08", "3"), &max },
	{ "cortex-a53", 0x8fb, 0, NULL, STANZA(F80, "0x0", "0xd03", "4"), &a53 },
	{ "cortex-a72", 0x8fb, 0, NULL, STANZA(F80, "0x0", "0xd08", "3"), &a72 },
	{ "cortex-a76", 0x1199fb, 0, NULL, STANZA(F82, "0x4", "0xd0b", "1"), &a76 },
	{ "neoverse-n1", 0x1199fb, 0, NULL, STANZA(F82, "0x4", "0xd0c", "1"), &n1 },
	{ "neoverse-v1", 0xc33b9fb, 0x12001, NULL,
	  STANZA("fp asimd aes pmull sha1 sha2 crc32 atomics cpuid asimdrdm jscvt lrcpc dcpop sha3 asimddp sha512 "
		 "ilrcpc flagm dcpodp i8mm rng", "0x1", "0xd40", "1"), &v1 },
	{ NULL, 0, 0, NULL, NULL, NULL },
};

const struct a64_model *a64_model(void)
{
	return dm_cpu_model(&dm_arch_aarch64)->arch_data;
}

static const struct {
	const char *row;
	uint32_t feature;
} row_features[] = {
	{ "CAS", A64_F_LSE }, { "CASP", A64_F_LSE }, { "LDADD", A64_F_LSE }, { "LDCLR", A64_F_LSE },
	{ "LDEOR", A64_F_LSE }, { "LDSET", A64_F_LSE }, { "LDSMAX", A64_F_LSE }, { "LDSMIN", A64_F_LSE },
	{ "LDUMAX", A64_F_LSE }, { "LDUMIN", A64_F_LSE }, { "SWP", A64_F_LSE },
	{ "STLLR", A64_F_LOR }, { "LDLAR", A64_F_LOR },
	{ "LDAPR", A64_F_RCPC },
	{ "STLUR", A64_F_RCPC2 }, { "LDAPUR", A64_F_RCPC2 }, { "LDAPURS_x", A64_F_RCPC2 }, { "LDAPURS_w", A64_F_RCPC2 },
	{ "SQRDMLAH_vec", A64_F_RDM }, { "SQRDMLSH_vec", A64_F_RDM }, { "S_SQRDMLAH", A64_F_RDM },
	{ "S_SQRDMLSH", A64_F_RDM }, { "SQRDMLAH_elt", A64_F_RDM }, { "SQRDMLSH_elt", A64_F_RDM },
	{ "S_SQRDMLAH_elt", A64_F_RDM }, { "S_SQRDMLSH_elt", A64_F_RDM },
	{ "SDOT_vec", A64_F_DOTPROD }, { "UDOT_vec", A64_F_DOTPROD }, { "SDOT_elt", A64_F_DOTPROD },
	{ "UDOT_elt", A64_F_DOTPROD },
	{ "USDOT_vec", A64_F_I8MM }, { "SMMLA", A64_F_I8MM }, { "UMMLA", A64_F_I8MM }, { "USMMLA", A64_F_I8MM },
	{ "SUDOT_elt", A64_F_I8MM }, { "USDOT_elt", A64_F_I8MM },
	{ "SHA512H", A64_F_SHA512 }, { "SHA512H2", A64_F_SHA512 }, { "SHA512SU0", A64_F_SHA512 },
	{ "SHA512SU1", A64_F_SHA512 },
	{ "EOR3", A64_F_SHA3 }, { "BCAX", A64_F_SHA3 }, { "RAX1", A64_F_SHA3 }, { "XAR", A64_F_SHA3 },
	{ "FRINTxx_float", A64_F_FRINTTS }, { "FRINT32Z_vec", A64_F_FRINTTS }, { "FRINT64Z_vec", A64_F_FRINTTS },
	{ "FRINT32X_vec", A64_F_FRINTTS }, { "FRINT64X_vec", A64_F_FRINTTS },
	{ "FJCVTZS", A64_F_JSCVT },
	{ "CFINV", A64_F_FLAGM }, { "RMIF", A64_F_FLAGM }, { "SETF8", A64_F_FLAGM }, { "SETF16", A64_F_FLAGM },
	{ "AXFLAG", A64_F_FLAGM2 }, { "XAFLAG", A64_F_FLAGM2 },
	{ "SB", A64_F_SB },
};

uint32_t a64_row_feature(const char *row_name)
{
	for (size_t i = 0; i < sizeof row_features / sizeof row_features[0]; i++)
		/* the first letters differ for nearly every pair: no call then (the
		 * decoder asks for each of its rows at start-up) */
		if (row_features[i].row[0] == row_name[0] && !strcmp(row_features[i].row, row_name))
			return row_features[i].feature;
	return 0;
}
