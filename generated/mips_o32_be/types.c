/* generated from specs/types for ABI mips-o32-be by gen/generate.lua; do not edit */
#include <string.h>
#include "emu/abi/abi.h"
#include "emu/abi/bytes.h"
#include "generated/ids.h"
#include "generated/host_types.h"

const struct dm_type dm_mips_o32_be_type_epoll_event;
const struct dm_type dm_mips_o32_be_type_itimerspec;
const struct dm_type dm_mips_o32_be_type_pollfd;
const struct dm_type dm_mips_o32_be_type_timespec;

static void dm_mips_o32_be_epoll_event_to_host(void *hv, const void *gv)
{
	struct dmh_epoll_event *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->events = dm_ld32be(g + 0);
	h->data = dm_ld64be(g + 8);
}

static void dm_mips_o32_be_epoll_event_to_guest(void *gv, const void *hv)
{
	const struct dmh_epoll_event *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_st32be(g + 0, (uint32_t)h->events);
	dm_st64be(g + 8, (uint64_t)h->data);
}

static const struct dm_field dm_mips_o32_be_epoll_event_fields[] = {
	{ "events", 0, 4, 0, 4, 1, 1, 0, NULL },
	{ "data", 8, 8, 4, 8, 1, 1, 0, NULL },
};
const struct dm_type dm_mips_o32_be_type_epoll_event = { "epoll_event", 16, 8, 12, 0, 0, dm_mips_o32_be_epoll_event_to_host, dm_mips_o32_be_epoll_event_to_guest, dm_mips_o32_be_epoll_event_fields, 2 };

static void dm_mips_o32_be_itimerspec_to_host(void *hv, const void *gv)
{
	struct dmh_itimerspec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	dm_mips_o32_be_type_timespec.to_host((char *)h + 0, g + 0);
	dm_mips_o32_be_type_timespec.to_host((char *)h + 16, g + 8);
}

static void dm_mips_o32_be_itimerspec_to_guest(void *gv, const void *hv)
{
	const struct dmh_itimerspec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 16);
	dm_mips_o32_be_type_timespec.to_guest(g + 0, (const char *)h + 0);
	dm_mips_o32_be_type_timespec.to_guest(g + 8, (const char *)h + 16);
}

static const struct dm_field dm_mips_o32_be_itimerspec_fields[] = {
	{ "it_interval", 0, 8, 0, 16, 1, 1, 0, &dm_mips_o32_be_type_timespec },
	{ "it_value", 8, 8, 16, 16, 1, 1, 0, &dm_mips_o32_be_type_timespec },
};
const struct dm_type dm_mips_o32_be_type_itimerspec = { "itimerspec", 16, 4, 32, 0, 0, dm_mips_o32_be_itimerspec_to_host, dm_mips_o32_be_itimerspec_to_guest, dm_mips_o32_be_itimerspec_fields, 2 };

static void dm_mips_o32_be_pollfd_to_host(void *hv, const void *gv)
{
	struct dmh_pollfd *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->fd = dm_ld32be(g + 0);
	h->events = dm_ld16be(g + 4);
	h->revents = dm_ld16be(g + 6);
}

static void dm_mips_o32_be_pollfd_to_guest(void *gv, const void *hv)
{
	const struct dmh_pollfd *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->fd);
	dm_st16be(g + 4, (uint16_t)h->events);
	dm_st16be(g + 6, (uint16_t)h->revents);
}

static const struct dm_field dm_mips_o32_be_pollfd_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL },
	{ "events", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL },
	{ "revents", 6, 2, 6, 2, 1, 1, DM_F_SIGNED, NULL },
};
const struct dm_type dm_mips_o32_be_type_pollfd = { "pollfd", 8, 4, 8, 0, 0, dm_mips_o32_be_pollfd_to_host, dm_mips_o32_be_pollfd_to_guest, dm_mips_o32_be_pollfd_fields, 3 };

static void dm_mips_o32_be_timespec_to_host(void *hv, const void *gv)
{
	struct dmh_timespec *h = hv;
	const uint8_t *g = gv;
	memset(h, 0, sizeof *h);
	h->tv_sec = (int32_t)dm_ld32be(g + 0);
	h->tv_nsec = (int32_t)dm_ld32be(g + 4);
}

static void dm_mips_o32_be_timespec_to_guest(void *gv, const void *hv)
{
	const struct dmh_timespec *h = hv;
	uint8_t *g = gv;
	memset(g, 0, 8);
	dm_st32be(g + 0, (uint32_t)h->tv_sec);
	dm_st32be(g + 4, (uint32_t)h->tv_nsec);
}

static const struct dm_field dm_mips_o32_be_timespec_fields[] = {
	{ "tv_sec", 0, 4, 0, 8, 1, 1, DM_F_SIGNED, NULL },
	{ "tv_nsec", 4, 4, 8, 8, 1, 1, DM_F_SIGNED, NULL },
};
const struct dm_type dm_mips_o32_be_type_timespec = { "timespec", 8, 4, 16, 0, 0, dm_mips_o32_be_timespec_to_host, dm_mips_o32_be_timespec_to_guest, dm_mips_o32_be_timespec_fields, 2 };

const struct dm_type *const dm_mips_o32_be_types[DM_NTYPES] = {
	[DM_T_epoll_event] = &dm_mips_o32_be_type_epoll_event,
	[DM_T_itimerspec] = &dm_mips_o32_be_type_itimerspec,
	[DM_T_pollfd] = &dm_mips_o32_be_type_pollfd,
	[DM_T_timespec] = &dm_mips_o32_be_type_timespec,
};
