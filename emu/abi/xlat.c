/* emu/abi/xlat.c: the run-time half of the generated tables: walks them. */
#include <string.h>

#include "emu/abi/xlat.h"

static uint64_t flags_map(const struct dm_constset *s, uint64_t v, uint64_t *unknown, int to_host)
{
	uint64_t out = 0, covered = 0;
	for (unsigned i = 0; i < s->n; i++) {
		const struct dm_const *c = &s->v[i];
		uint64_t from = to_host ? c->guest : c->host, from_mask = to_host ? c->gmask : c->hmask;
		uint64_t to = to_host ? c->host : c->guest;
		unsigned from_missing = to_host ? DM_C_NO_GUEST : DM_C_NO_HOST;
		unsigned to_missing = to_host ? DM_C_NO_HOST : DM_C_NO_GUEST;
		if ((c->flags & from_missing) || from_mask == 0)
			continue;
		if ((v & from_mask) != from)
			continue;
		if (c->flags & to_missing)
			continue;  /* no counterpart: leaves its bits uncovered */
		out |= to;
		covered |= from_mask;
	}
	if (unknown)
		*unknown = v & ~covered;
	return out;
}

uint64_t dm_flags_to_host(const struct dm_constset *s, uint64_t guest, uint64_t *unknown)
{
	if (s->identity) {
		if (unknown) flags_map(s, guest, unknown, 1);
		return guest;
	}
	return flags_map(s, guest, unknown, 1);
}

uint64_t dm_flags_to_guest(const struct dm_constset *s, uint64_t host, uint64_t *unknown)
{
	if (s->identity) {
		if (unknown) flags_map(s, host, unknown, 0);
		return host;
	}
	return flags_map(s, host, unknown, 0);
}

static int enum_map(const struct dm_constset *s, uint64_t v, uint64_t *out, int to_host)
{
	for (unsigned i = 0; i < s->n; i++) {
		const struct dm_const *c = &s->v[i];
		if (c->flags & (DM_C_NO_GUEST | DM_C_NO_HOST))
			continue;
		if ((to_host ? c->guest : c->host) == v) {
			*out = to_host ? c->host : c->guest;
			return 0;
		}
	}
	return -1;
}

int dm_enum_to_host(const struct dm_constset *s, uint64_t guest, uint64_t *out)
{
	return enum_map(s, guest, out, 1);
}

int dm_enum_to_guest(const struct dm_constset *s, uint64_t host, uint64_t *out)
{
	return enum_map(s, host, out, 0);
}

const char *dm_enum_name(const struct dm_constset *s, uint64_t guest)
{
	for (unsigned i = 0; i < s->n; i++)
		if (!(s->v[i].flags & DM_C_NO_GUEST) && s->v[i].guest == guest)
			return s->v[i].name;
	return NULL;
}

int dm_errno_to_guest(const struct dm_abi *abi, int e)
{
	if (e >= 0 && e < abi->nerrno)
		return abi->errno_to_guest[e];
	return e;
}

int dm_signal_to_guest(const struct dm_abi *abi, int s)
{
	return s > 0 && s < DM_NSIG ? abi->sig_to_guest[s] : 0;
}

int dm_signal_to_host(const struct dm_abi *abi, int s)
{
	return s > 0 && s < DM_NSIG ? abi->sig_to_host[s] : 0;
}

const struct dm_syscall *dm_syscall_lookup(const struct dm_abi *abi, uint32_t nr)
{
	size_t lo = 0, hi = abi->nsyscalls;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (abi->syscalls[mid].nr < nr) lo = mid + 1;
		else hi = mid;
	}
	return lo < abi->nsyscalls && abi->syscalls[lo].nr == nr ? &abi->syscalls[lo] : NULL;
}

const struct dm_ioctl *dm_ioctl_lookup(const struct dm_abi *abi, uint32_t req)
{
	size_t lo = 0, hi = abi->nioctls;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (abi->ioctls[mid].guest < req) lo = mid + 1;
		else hi = mid;
	}
	return lo < abi->nioctls && abi->ioctls[lo].guest == req ? &abi->ioctls[lo] : NULL;
}

const struct dm_abi *dm_abi_find(const char *name)
{
	for (size_t i = 0; i < dm_nabis; i++)
		if (!strcmp(dm_abis[i]->name, name))
			return dm_abis[i];
	return NULL;
}
