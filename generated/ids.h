/* generated from specs/types and specs/consts (their names) by gen/generate.lua; do not edit */
#ifndef DM_GENERATED_IDS_H
#define DM_GENERATED_IDS_H

enum dm_type_id {
	DM_T_epoll_event,
	DM_T_itimerspec,
	DM_T_pollfd,
	DM_T_timespec,
	DM_NTYPES
};

enum dm_set_id {
	DM_SET_errno,
	DM_SET_open_flags,
	DM_SET_signals,
	DM_NSETS
};

#endif
