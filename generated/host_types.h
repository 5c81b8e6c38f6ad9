/* generated from specs/types (x86_64 variants) by gen/generate.lua; do not edit */
/* Host-side structs: the x86_64 kernel layouts, converted to and from each guest's. */
#ifndef DM_GENERATED_HOST_TYPES_H
#define DM_GENERATED_HOST_TYPES_H

#include <stdint.h>

struct dmh_epoll_event {
	uint32_t events;
	uint64_t data;
} __attribute__((packed));
_Static_assert(sizeof(struct dmh_epoll_event) == 12, "layout of epoll_event");
_Static_assert(__builtin_offsetof(struct dmh_epoll_event, events) == 0, "epoll_event.events");
_Static_assert(__builtin_offsetof(struct dmh_epoll_event, data) == 4, "epoll_event.data");

struct dmh_timespec {
	int64_t tv_sec;
	int64_t tv_nsec;
};
_Static_assert(sizeof(struct dmh_timespec) == 16, "layout of timespec");
_Static_assert(__builtin_offsetof(struct dmh_timespec, tv_sec) == 0, "timespec.tv_sec");
_Static_assert(__builtin_offsetof(struct dmh_timespec, tv_nsec) == 8, "timespec.tv_nsec");

struct dmh_itimerspec {
	struct dmh_timespec it_interval;
	struct dmh_timespec it_value;
};
_Static_assert(sizeof(struct dmh_itimerspec) == 32, "layout of itimerspec");
_Static_assert(__builtin_offsetof(struct dmh_itimerspec, it_interval) == 0, "itimerspec.it_interval");
_Static_assert(__builtin_offsetof(struct dmh_itimerspec, it_value) == 16, "itimerspec.it_value");

struct dmh_pollfd {
	int32_t fd;
	int16_t events;
	int16_t revents;
};
_Static_assert(sizeof(struct dmh_pollfd) == 8, "layout of pollfd");
_Static_assert(__builtin_offsetof(struct dmh_pollfd, fd) == 0, "pollfd.fd");
_Static_assert(__builtin_offsetof(struct dmh_pollfd, events) == 4, "pollfd.events");
_Static_assert(__builtin_offsetof(struct dmh_pollfd, revents) == 6, "pollfd.revents");

#endif
