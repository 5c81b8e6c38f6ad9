/* generated from specs/types for ABI x86_64 by gen/generate.lua; do not edit */
#include <string.h>
#include "emu/abi/abi.h"
#include "emu/abi/bytes.h"
#include "generated/ids.h"
#include "generated/host_types.h"

const struct dm_type dm_x86_64_type_epoll_event;
const struct dm_type dm_x86_64_type_itimerspec;
const struct dm_type dm_x86_64_type_pollfd;
const struct dm_type dm_x86_64_type_timespec;

static void dm_x86_64_epoll_event_to_host(void *h, const void *g) { memcpy(h, g, 12); }
static void dm_x86_64_epoll_event_to_guest(void *g, const void *h) { memcpy(g, h, 12); }

static const struct dm_field dm_x86_64_epoll_event_fields[] = {
	{ "events", 0, 4, 0, 4, 1, 1, 0, NULL },
	{ "data", 4, 8, 4, 8, 1, 1, 0, NULL },
};
const struct dm_type dm_x86_64_type_epoll_event = { "epoll_event", 12, 1, 12, 0, 1, dm_x86_64_epoll_event_to_host, dm_x86_64_epoll_event_to_guest, dm_x86_64_epoll_event_fields, 2 };

static void dm_x86_64_itimerspec_to_host(void *h, const void *g) { memcpy(h, g, 32); }
static void dm_x86_64_itimerspec_to_guest(void *g, const void *h) { memcpy(g, h, 32); }

static const struct dm_field dm_x86_64_itimerspec_fields[] = {
	{ "it_interval", 0, 16, 0, 16, 1, 1, 0, &dm_x86_64_type_timespec },
	{ "it_value", 16, 16, 16, 16, 1, 1, 0, &dm_x86_64_type_timespec },
};
const struct dm_type dm_x86_64_type_itimerspec = { "itimerspec", 32, 8, 32, 0, 1, dm_x86_64_itimerspec_to_host, dm_x86_64_itimerspec_to_guest, dm_x86_64_itimerspec_fields, 2 };

static void dm_x86_64_pollfd_to_host(void *h, const void *g) { memcpy(h, g, 8); }
static void dm_x86_64_pollfd_to_guest(void *g, const void *h) { memcpy(g, h, 8); }

static const struct dm_field dm_x86_64_pollfd_fields[] = {
	{ "fd", 0, 4, 0, 4, 1, 1, DM_F_SIGNED, NULL },
	{ "events", 4, 2, 4, 2, 1, 1, DM_F_SIGNED, NULL },
	{ "revents", 6, 2, 6, 2, 1, 1, DM_F_SIGNED, NULL },
};
const struct dm_type dm_x86_64_type_pollfd = { "pollfd", 8, 4, 8, 0, 1, dm_x86_64_pollfd_to_host, dm_x86_64_pollfd_to_guest, dm_x86_64_pollfd_fields, 3 };

static void dm_x86_64_timespec_to_host(void *h, const void *g) { memcpy(h, g, 16); }
static void dm_x86_64_timespec_to_guest(void *g, const void *h) { memcpy(g, h, 16); }

static const struct dm_field dm_x86_64_timespec_fields[] = {
	{ "tv_sec", 0, 8, 0, 8, 1, 1, DM_F_SIGNED, NULL },
	{ "tv_nsec", 8, 8, 8, 8, 1, 1, DM_F_SIGNED, NULL },
};
const struct dm_type dm_x86_64_type_timespec = { "timespec", 16, 8, 16, 0, 1, dm_x86_64_timespec_to_host, dm_x86_64_timespec_to_guest, dm_x86_64_timespec_fields, 2 };

const struct dm_type *const dm_x86_64_types[DM_NTYPES] = {
	[DM_T_epoll_event] = &dm_x86_64_type_epoll_event,
	[DM_T_itimerspec] = &dm_x86_64_type_itimerspec,
	[DM_T_pollfd] = &dm_x86_64_type_pollfd,
	[DM_T_timespec] = &dm_x86_64_type_timespec,
};
