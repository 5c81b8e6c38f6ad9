/* generated from specs/types (x86_64 variants) by gen/generate.lua; do not edit */
/* Host-side structs: the x86_64 kernel layouts, converted to and from each guest's. */
#ifndef DM_GENERATED_HOST_TYPES_H
#define DM_GENERATED_HOST_TYPES_H

#include <stdint.h>

struct dmh_clone_args {
	uint64_t flags;
	uint64_t pidfd;
	uint64_t child_tid;
	uint64_t parent_tid;
	uint64_t exit_signal;
	uint64_t stack;
	uint64_t stack_size;
	uint64_t tls;
	uint64_t set_tid;
	uint64_t set_tid_size;
	uint64_t cgroup;
} __attribute__((aligned(8)));
_Static_assert(sizeof(struct dmh_clone_args) == 88, "layout of clone_args");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, flags) == 0, "clone_args.flags");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, pidfd) == 8, "clone_args.pidfd");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, child_tid) == 16, "clone_args.child_tid");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, parent_tid) == 24, "clone_args.parent_tid");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, exit_signal) == 32, "clone_args.exit_signal");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, stack) == 40, "clone_args.stack");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, stack_size) == 48, "clone_args.stack_size");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, tls) == 56, "clone_args.tls");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, set_tid) == 64, "clone_args.set_tid");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, set_tid_size) == 72, "clone_args.set_tid_size");
_Static_assert(__builtin_offsetof(struct dmh_clone_args, cgroup) == 80, "clone_args.cgroup");

struct dmh_cmsghdr {
	uint64_t cmsg_len;
	int32_t cmsg_level;
	int32_t cmsg_type;
};
_Static_assert(sizeof(struct dmh_cmsghdr) == 16, "layout of cmsghdr");
_Static_assert(__builtin_offsetof(struct dmh_cmsghdr, cmsg_len) == 0, "cmsghdr.cmsg_len");
_Static_assert(__builtin_offsetof(struct dmh_cmsghdr, cmsg_level) == 8, "cmsghdr.cmsg_level");
_Static_assert(__builtin_offsetof(struct dmh_cmsghdr, cmsg_type) == 12, "cmsghdr.cmsg_type");

struct dmh_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	uint16_t d_reclen;
	uint8_t d_type;
	int8_t d_name[0];
};
_Static_assert(sizeof(struct dmh_dirent64) == 24, "layout of dirent64");
_Static_assert(__builtin_offsetof(struct dmh_dirent64, d_ino) == 0, "dirent64.d_ino");
_Static_assert(__builtin_offsetof(struct dmh_dirent64, d_off) == 8, "dirent64.d_off");
_Static_assert(__builtin_offsetof(struct dmh_dirent64, d_reclen) == 16, "dirent64.d_reclen");
_Static_assert(__builtin_offsetof(struct dmh_dirent64, d_type) == 18, "dirent64.d_type");
_Static_assert(__builtin_offsetof(struct dmh_dirent64, d_name) == 19, "dirent64.d_name");

struct dmh_epoll_event {
	uint32_t events;
	uint64_t data;
} __attribute__((packed));
_Static_assert(sizeof(struct dmh_epoll_event) == 12, "layout of epoll_event");
_Static_assert(__builtin_offsetof(struct dmh_epoll_event, events) == 0, "epoll_event.events");
_Static_assert(__builtin_offsetof(struct dmh_epoll_event, data) == 4, "epoll_event.data");

struct dmh_fiemap_extent {
	uint64_t fe_logical;
	uint64_t fe_physical;
	uint64_t fe_length;
	uint64_t fe_reserved64[2];
	uint32_t fe_flags;
	uint32_t fe_reserved[3];
};
_Static_assert(sizeof(struct dmh_fiemap_extent) == 56, "layout of fiemap_extent");
_Static_assert(__builtin_offsetof(struct dmh_fiemap_extent, fe_logical) == 0, "fiemap_extent.fe_logical");
_Static_assert(__builtin_offsetof(struct dmh_fiemap_extent, fe_physical) == 8, "fiemap_extent.fe_physical");
_Static_assert(__builtin_offsetof(struct dmh_fiemap_extent, fe_length) == 16, "fiemap_extent.fe_length");
_Static_assert(__builtin_offsetof(struct dmh_fiemap_extent, fe_reserved64) == 24, "fiemap_extent.fe_reserved64");
_Static_assert(__builtin_offsetof(struct dmh_fiemap_extent, fe_flags) == 40, "fiemap_extent.fe_flags");
_Static_assert(__builtin_offsetof(struct dmh_fiemap_extent, fe_reserved) == 44, "fiemap_extent.fe_reserved");

struct dmh_fiemap {
	uint64_t fm_start;
	uint64_t fm_length;
	uint32_t fm_flags;
	uint32_t fm_mapped_extents;
	uint32_t fm_extent_count;
	uint32_t fm_reserved;
	struct dmh_fiemap_extent fm_extents[0];
};
_Static_assert(sizeof(struct dmh_fiemap) == 32, "layout of fiemap");
_Static_assert(__builtin_offsetof(struct dmh_fiemap, fm_start) == 0, "fiemap.fm_start");
_Static_assert(__builtin_offsetof(struct dmh_fiemap, fm_length) == 8, "fiemap.fm_length");
_Static_assert(__builtin_offsetof(struct dmh_fiemap, fm_flags) == 16, "fiemap.fm_flags");
_Static_assert(__builtin_offsetof(struct dmh_fiemap, fm_mapped_extents) == 20, "fiemap.fm_mapped_extents");
_Static_assert(__builtin_offsetof(struct dmh_fiemap, fm_extent_count) == 24, "fiemap.fm_extent_count");
_Static_assert(__builtin_offsetof(struct dmh_fiemap, fm_reserved) == 28, "fiemap.fm_reserved");
_Static_assert(__builtin_offsetof(struct dmh_fiemap, fm_extents) == 32, "fiemap.fm_extents");

struct dmh_file_clone_range {
	int64_t src_fd;
	uint64_t src_offset;
	uint64_t src_length;
	uint64_t dest_offset;
};
_Static_assert(sizeof(struct dmh_file_clone_range) == 32, "layout of file_clone_range");
_Static_assert(__builtin_offsetof(struct dmh_file_clone_range, src_fd) == 0, "file_clone_range.src_fd");
_Static_assert(__builtin_offsetof(struct dmh_file_clone_range, src_offset) == 8, "file_clone_range.src_offset");
_Static_assert(__builtin_offsetof(struct dmh_file_clone_range, src_length) == 16, "file_clone_range.src_length");
_Static_assert(__builtin_offsetof(struct dmh_file_clone_range, dest_offset) == 24, "file_clone_range.dest_offset");

struct dmh_file_dedupe_range_info {
	int64_t dest_fd;
	uint64_t dest_offset;
	uint64_t bytes_deduped;
	int32_t status;
	uint32_t reserved;
};
_Static_assert(sizeof(struct dmh_file_dedupe_range_info) == 32, "layout of file_dedupe_range_info");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range_info, dest_fd) == 0, "file_dedupe_range_info.dest_fd");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range_info, dest_offset) == 8, "file_dedupe_range_info.dest_offset");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range_info, bytes_deduped) == 16, "file_dedupe_range_info.bytes_deduped");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range_info, status) == 24, "file_dedupe_range_info.status");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range_info, reserved) == 28, "file_dedupe_range_info.reserved");

struct dmh_file_dedupe_range {
	uint64_t src_offset;
	uint64_t src_length;
	uint16_t dest_count;
	uint16_t reserved1;
	uint32_t reserved2;
	struct dmh_file_dedupe_range_info info[0];
};
_Static_assert(sizeof(struct dmh_file_dedupe_range) == 24, "layout of file_dedupe_range");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range, src_offset) == 0, "file_dedupe_range.src_offset");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range, src_length) == 8, "file_dedupe_range.src_length");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range, dest_count) == 16, "file_dedupe_range.dest_count");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range, reserved1) == 18, "file_dedupe_range.reserved1");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range, reserved2) == 20, "file_dedupe_range.reserved2");
_Static_assert(__builtin_offsetof(struct dmh_file_dedupe_range, info) == 24, "file_dedupe_range.info");

struct dmh_flock {
	int16_t l_type;
	int16_t l_whence;
	int64_t l_start;
	int64_t l_len;
	int32_t l_pid;
};
_Static_assert(sizeof(struct dmh_flock) == 32, "layout of flock");
_Static_assert(__builtin_offsetof(struct dmh_flock, l_type) == 0, "flock.l_type");
_Static_assert(__builtin_offsetof(struct dmh_flock, l_whence) == 2, "flock.l_whence");
_Static_assert(__builtin_offsetof(struct dmh_flock, l_start) == 8, "flock.l_start");
_Static_assert(__builtin_offsetof(struct dmh_flock, l_len) == 16, "flock.l_len");
_Static_assert(__builtin_offsetof(struct dmh_flock, l_pid) == 24, "flock.l_pid");

struct dmh_flock64 {
	int16_t l_type;
	int16_t l_whence;
	int64_t l_start;
	int64_t l_len;
	int32_t l_pid;
};
_Static_assert(sizeof(struct dmh_flock64) == 32, "layout of flock64");
_Static_assert(__builtin_offsetof(struct dmh_flock64, l_type) == 0, "flock64.l_type");
_Static_assert(__builtin_offsetof(struct dmh_flock64, l_whence) == 2, "flock64.l_whence");
_Static_assert(__builtin_offsetof(struct dmh_flock64, l_start) == 8, "flock64.l_start");
_Static_assert(__builtin_offsetof(struct dmh_flock64, l_len) == 16, "flock64.l_len");
_Static_assert(__builtin_offsetof(struct dmh_flock64, l_pid) == 24, "flock64.l_pid");

struct dmh_fsid {
	int32_t val[2];
};
_Static_assert(sizeof(struct dmh_fsid) == 8, "layout of fsid");
_Static_assert(__builtin_offsetof(struct dmh_fsid, val) == 0, "fsid.val");

struct dmh_fstrim_range {
	uint64_t start;
	uint64_t len;
	uint64_t minlen;
};
_Static_assert(sizeof(struct dmh_fstrim_range) == 24, "layout of fstrim_range");
_Static_assert(__builtin_offsetof(struct dmh_fstrim_range, start) == 0, "fstrim_range.start");
_Static_assert(__builtin_offsetof(struct dmh_fstrim_range, len) == 8, "fstrim_range.len");
_Static_assert(__builtin_offsetof(struct dmh_fstrim_range, minlen) == 16, "fstrim_range.minlen");

struct dmh_fsxattr {
	uint32_t fsx_xflags;
	uint32_t fsx_extsize;
	uint32_t fsx_nextents;
	uint32_t fsx_projid;
	uint32_t fsx_cowextsize;
	uint8_t fsx_pad[8];
};
_Static_assert(sizeof(struct dmh_fsxattr) == 28, "layout of fsxattr");
_Static_assert(__builtin_offsetof(struct dmh_fsxattr, fsx_xflags) == 0, "fsxattr.fsx_xflags");
_Static_assert(__builtin_offsetof(struct dmh_fsxattr, fsx_extsize) == 4, "fsxattr.fsx_extsize");
_Static_assert(__builtin_offsetof(struct dmh_fsxattr, fsx_nextents) == 8, "fsxattr.fsx_nextents");
_Static_assert(__builtin_offsetof(struct dmh_fsxattr, fsx_projid) == 12, "fsxattr.fsx_projid");
_Static_assert(__builtin_offsetof(struct dmh_fsxattr, fsx_cowextsize) == 16, "fsxattr.fsx_cowextsize");
_Static_assert(__builtin_offsetof(struct dmh_fsxattr, fsx_pad) == 20, "fsxattr.fsx_pad");

struct dmh_if_dqblk {
	uint64_t dqb_bhardlimit;
	uint64_t dqb_bsoftlimit;
	uint64_t dqb_curspace;
	uint64_t dqb_ihardlimit;
	uint64_t dqb_isoftlimit;
	uint64_t dqb_curinodes;
	uint64_t dqb_btime;
	uint64_t dqb_itime;
	uint32_t dqb_valid;
};
_Static_assert(sizeof(struct dmh_if_dqblk) == 72, "layout of if_dqblk");
_Static_assert(__builtin_offsetof(struct dmh_if_dqblk, dqb_bhardlimit) == 0, "if_dqblk.dqb_bhardlimit");
_Static_assert(__builtin_offsetof(struct dmh_if_dqblk, dqb_bsoftlimit) == 8, "if_dqblk.dqb_bsoftlimit");
_Static_assert(__builtin_offsetof(struct dmh_if_dqblk, dqb_curspace) == 16, "if_dqblk.dqb_curspace");
_Static_assert(__builtin_offsetof(struct dmh_if_dqblk, dqb_ihardlimit) == 24, "if_dqblk.dqb_ihardlimit");
_Static_assert(__builtin_offsetof(struct dmh_if_dqblk, dqb_isoftlimit) == 32, "if_dqblk.dqb_isoftlimit");
_Static_assert(__builtin_offsetof(struct dmh_if_dqblk, dqb_curinodes) == 40, "if_dqblk.dqb_curinodes");
_Static_assert(__builtin_offsetof(struct dmh_if_dqblk, dqb_btime) == 48, "if_dqblk.dqb_btime");
_Static_assert(__builtin_offsetof(struct dmh_if_dqblk, dqb_itime) == 56, "if_dqblk.dqb_itime");
_Static_assert(__builtin_offsetof(struct dmh_if_dqblk, dqb_valid) == 64, "if_dqblk.dqb_valid");

struct dmh_if_dqinfo {
	uint64_t dqi_bgrace;
	uint64_t dqi_igrace;
	uint32_t dqi_flags;
	uint32_t dqi_valid;
};
_Static_assert(sizeof(struct dmh_if_dqinfo) == 24, "layout of if_dqinfo");
_Static_assert(__builtin_offsetof(struct dmh_if_dqinfo, dqi_bgrace) == 0, "if_dqinfo.dqi_bgrace");
_Static_assert(__builtin_offsetof(struct dmh_if_dqinfo, dqi_igrace) == 8, "if_dqinfo.dqi_igrace");
_Static_assert(__builtin_offsetof(struct dmh_if_dqinfo, dqi_flags) == 16, "if_dqinfo.dqi_flags");
_Static_assert(__builtin_offsetof(struct dmh_if_dqinfo, dqi_valid) == 20, "if_dqinfo.dqi_valid");

struct dmh_if_nextdqblk {
	uint64_t dqb_bhardlimit;
	uint64_t dqb_bsoftlimit;
	uint64_t dqb_curspace;
	uint64_t dqb_ihardlimit;
	uint64_t dqb_isoftlimit;
	uint64_t dqb_curinodes;
	uint64_t dqb_btime;
	uint64_t dqb_itime;
	uint32_t dqb_valid;
	uint32_t dqb_id;
};
_Static_assert(sizeof(struct dmh_if_nextdqblk) == 72, "layout of if_nextdqblk");
_Static_assert(__builtin_offsetof(struct dmh_if_nextdqblk, dqb_bhardlimit) == 0, "if_nextdqblk.dqb_bhardlimit");
_Static_assert(__builtin_offsetof(struct dmh_if_nextdqblk, dqb_bsoftlimit) == 8, "if_nextdqblk.dqb_bsoftlimit");
_Static_assert(__builtin_offsetof(struct dmh_if_nextdqblk, dqb_curspace) == 16, "if_nextdqblk.dqb_curspace");
_Static_assert(__builtin_offsetof(struct dmh_if_nextdqblk, dqb_ihardlimit) == 24, "if_nextdqblk.dqb_ihardlimit");
_Static_assert(__builtin_offsetof(struct dmh_if_nextdqblk, dqb_isoftlimit) == 32, "if_nextdqblk.dqb_isoftlimit");
_Static_assert(__builtin_offsetof(struct dmh_if_nextdqblk, dqb_curinodes) == 40, "if_nextdqblk.dqb_curinodes");
_Static_assert(__builtin_offsetof(struct dmh_if_nextdqblk, dqb_btime) == 48, "if_nextdqblk.dqb_btime");
_Static_assert(__builtin_offsetof(struct dmh_if_nextdqblk, dqb_itime) == 56, "if_nextdqblk.dqb_itime");
_Static_assert(__builtin_offsetof(struct dmh_if_nextdqblk, dqb_valid) == 64, "if_nextdqblk.dqb_valid");
_Static_assert(__builtin_offsetof(struct dmh_if_nextdqblk, dqb_id) == 68, "if_nextdqblk.dqb_id");

union dmh_if_settings_ifsu {
	uint64_t raw_hdlc;
	uint64_t cisco;
	uint64_t fr;
	uint64_t fr_pvc;
	uint64_t fr_pvc_info;
	uint64_t x25;
	uint64_t sync;
	uint64_t te1;
};
_Static_assert(sizeof(union dmh_if_settings_ifsu) == 8, "layout of if_settings_ifsu");
_Static_assert(__builtin_offsetof(union dmh_if_settings_ifsu, raw_hdlc) == 0, "if_settings_ifsu.raw_hdlc");
_Static_assert(__builtin_offsetof(union dmh_if_settings_ifsu, cisco) == 0, "if_settings_ifsu.cisco");
_Static_assert(__builtin_offsetof(union dmh_if_settings_ifsu, fr) == 0, "if_settings_ifsu.fr");
_Static_assert(__builtin_offsetof(union dmh_if_settings_ifsu, fr_pvc) == 0, "if_settings_ifsu.fr_pvc");
_Static_assert(__builtin_offsetof(union dmh_if_settings_ifsu, fr_pvc_info) == 0, "if_settings_ifsu.fr_pvc_info");
_Static_assert(__builtin_offsetof(union dmh_if_settings_ifsu, x25) == 0, "if_settings_ifsu.x25");
_Static_assert(__builtin_offsetof(union dmh_if_settings_ifsu, sync) == 0, "if_settings_ifsu.sync");
_Static_assert(__builtin_offsetof(union dmh_if_settings_ifsu, te1) == 0, "if_settings_ifsu.te1");

struct dmh_if_settings {
	uint32_t type;
	uint32_t size;
	union dmh_if_settings_ifsu ifs_ifsu;
};
_Static_assert(sizeof(struct dmh_if_settings) == 16, "layout of if_settings");
_Static_assert(__builtin_offsetof(struct dmh_if_settings, type) == 0, "if_settings.type");
_Static_assert(__builtin_offsetof(struct dmh_if_settings, size) == 4, "if_settings.size");
_Static_assert(__builtin_offsetof(struct dmh_if_settings, ifs_ifsu) == 8, "if_settings.ifs_ifsu");

union dmh_ifconf_ifcu {
	uint64_t ifcu_buf;
	uint64_t ifcu_req;
};
_Static_assert(sizeof(union dmh_ifconf_ifcu) == 8, "layout of ifconf_ifcu");
_Static_assert(__builtin_offsetof(union dmh_ifconf_ifcu, ifcu_buf) == 0, "ifconf_ifcu.ifcu_buf");
_Static_assert(__builtin_offsetof(union dmh_ifconf_ifcu, ifcu_req) == 0, "ifconf_ifcu.ifcu_req");

struct dmh_ifconf {
	int32_t ifc_len;
	union dmh_ifconf_ifcu ifc_ifcu;
};
_Static_assert(sizeof(struct dmh_ifconf) == 16, "layout of ifconf");
_Static_assert(__builtin_offsetof(struct dmh_ifconf, ifc_len) == 0, "ifconf.ifc_len");
_Static_assert(__builtin_offsetof(struct dmh_ifconf, ifc_ifcu) == 8, "ifconf.ifc_ifcu");

struct dmh_ifmap {
	uint64_t mem_start;
	uint64_t mem_end;
	uint16_t base_addr;
	uint8_t irq;
	uint8_t dma;
	uint8_t port;
};
_Static_assert(sizeof(struct dmh_ifmap) == 24, "layout of ifmap");
_Static_assert(__builtin_offsetof(struct dmh_ifmap, mem_start) == 0, "ifmap.mem_start");
_Static_assert(__builtin_offsetof(struct dmh_ifmap, mem_end) == 8, "ifmap.mem_end");
_Static_assert(__builtin_offsetof(struct dmh_ifmap, base_addr) == 16, "ifmap.base_addr");
_Static_assert(__builtin_offsetof(struct dmh_ifmap, irq) == 18, "ifmap.irq");
_Static_assert(__builtin_offsetof(struct dmh_ifmap, dma) == 19, "ifmap.dma");
_Static_assert(__builtin_offsetof(struct dmh_ifmap, port) == 20, "ifmap.port");

union dmh_ifreq_ifrn {
	int8_t ifrn_name[16];
};
_Static_assert(sizeof(union dmh_ifreq_ifrn) == 16, "layout of ifreq_ifrn");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifrn, ifrn_name) == 0, "ifreq_ifrn.ifrn_name");

struct dmh_sockaddr {
	uint16_t sa_family;
	int8_t sa_data[14];
};
_Static_assert(sizeof(struct dmh_sockaddr) == 16, "layout of sockaddr");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr, sa_family) == 0, "sockaddr.sa_family");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr, sa_data) == 2, "sockaddr.sa_data");

union dmh_ifreq_ifru {
	struct dmh_sockaddr ifru_addr;
	struct dmh_sockaddr ifru_dstaddr;
	struct dmh_sockaddr ifru_broadaddr;
	struct dmh_sockaddr ifru_netmask;
	struct dmh_sockaddr ifru_hwaddr;
	int16_t ifru_flags;
	int32_t ifru_ivalue;
	int32_t ifru_mtu;
	struct dmh_ifmap ifru_map;
	int8_t ifru_slave[16];
	int8_t ifru_newname[16];
	uint64_t ifru_data;
	struct dmh_if_settings ifru_settings;
};
_Static_assert(sizeof(union dmh_ifreq_ifru) == 24, "layout of ifreq_ifru");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_addr) == 0, "ifreq_ifru.ifru_addr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_dstaddr) == 0, "ifreq_ifru.ifru_dstaddr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_broadaddr) == 0, "ifreq_ifru.ifru_broadaddr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_netmask) == 0, "ifreq_ifru.ifru_netmask");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_hwaddr) == 0, "ifreq_ifru.ifru_hwaddr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_flags) == 0, "ifreq_ifru.ifru_flags");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_ivalue) == 0, "ifreq_ifru.ifru_ivalue");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_mtu) == 0, "ifreq_ifru.ifru_mtu");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_map) == 0, "ifreq_ifru.ifru_map");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_slave) == 0, "ifreq_ifru.ifru_slave");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_newname) == 0, "ifreq_ifru.ifru_newname");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_data) == 0, "ifreq_ifru.ifru_data");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru, ifru_settings) == 0, "ifreq_ifru.ifru_settings");

struct dmh_ifreq {
	union dmh_ifreq_ifrn ifr_ifrn;
	union dmh_ifreq_ifru ifr_ifru;
};
_Static_assert(sizeof(struct dmh_ifreq) == 40, "layout of ifreq");
_Static_assert(__builtin_offsetof(struct dmh_ifreq, ifr_ifrn) == 0, "ifreq.ifr_ifrn");
_Static_assert(__builtin_offsetof(struct dmh_ifreq, ifr_ifru) == 16, "ifreq.ifr_ifru");

union dmh_ifreq_ifru_int {
	struct dmh_sockaddr ifru_addr;
	struct dmh_sockaddr ifru_dstaddr;
	struct dmh_sockaddr ifru_broadaddr;
	struct dmh_sockaddr ifru_netmask;
	struct dmh_sockaddr ifru_hwaddr;
	int16_t ifru_flags;
	int32_t ifru_ivalue;
	int32_t ifru_mtu;
	struct dmh_ifmap ifru_map;
	int8_t ifru_slave[16];
	int8_t ifru_newname[16];
	uint64_t ifru_data;
	struct dmh_if_settings ifru_settings;
};
_Static_assert(sizeof(union dmh_ifreq_ifru_int) == 24, "layout of ifreq_ifru_int");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_addr) == 0, "ifreq_ifru_int.ifru_addr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_dstaddr) == 0, "ifreq_ifru_int.ifru_dstaddr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_broadaddr) == 0, "ifreq_ifru_int.ifru_broadaddr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_netmask) == 0, "ifreq_ifru_int.ifru_netmask");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_hwaddr) == 0, "ifreq_ifru_int.ifru_hwaddr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_flags) == 0, "ifreq_ifru_int.ifru_flags");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_ivalue) == 0, "ifreq_ifru_int.ifru_ivalue");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_mtu) == 0, "ifreq_ifru_int.ifru_mtu");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_map) == 0, "ifreq_ifru_int.ifru_map");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_slave) == 0, "ifreq_ifru_int.ifru_slave");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_newname) == 0, "ifreq_ifru_int.ifru_newname");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_data) == 0, "ifreq_ifru_int.ifru_data");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_int, ifru_settings) == 0, "ifreq_ifru_int.ifru_settings");

union dmh_ifreq_ifru_short {
	struct dmh_sockaddr ifru_addr;
	struct dmh_sockaddr ifru_dstaddr;
	struct dmh_sockaddr ifru_broadaddr;
	struct dmh_sockaddr ifru_netmask;
	struct dmh_sockaddr ifru_hwaddr;
	int16_t ifru_flags;
	int32_t ifru_ivalue;
	int32_t ifru_mtu;
	struct dmh_ifmap ifru_map;
	int8_t ifru_slave[16];
	int8_t ifru_newname[16];
	uint64_t ifru_data;
	struct dmh_if_settings ifru_settings;
};
_Static_assert(sizeof(union dmh_ifreq_ifru_short) == 24, "layout of ifreq_ifru_short");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_addr) == 0, "ifreq_ifru_short.ifru_addr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_dstaddr) == 0, "ifreq_ifru_short.ifru_dstaddr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_broadaddr) == 0, "ifreq_ifru_short.ifru_broadaddr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_netmask) == 0, "ifreq_ifru_short.ifru_netmask");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_hwaddr) == 0, "ifreq_ifru_short.ifru_hwaddr");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_flags) == 0, "ifreq_ifru_short.ifru_flags");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_ivalue) == 0, "ifreq_ifru_short.ifru_ivalue");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_mtu) == 0, "ifreq_ifru_short.ifru_mtu");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_map) == 0, "ifreq_ifru_short.ifru_map");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_slave) == 0, "ifreq_ifru_short.ifru_slave");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_newname) == 0, "ifreq_ifru_short.ifru_newname");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_data) == 0, "ifreq_ifru_short.ifru_data");
_Static_assert(__builtin_offsetof(union dmh_ifreq_ifru_short, ifru_settings) == 0, "ifreq_ifru_short.ifru_settings");

struct dmh_ifreq_int {
	union dmh_ifreq_ifrn ifr_ifrn;
	union dmh_ifreq_ifru_int ifr_ifru;
};
_Static_assert(sizeof(struct dmh_ifreq_int) == 40, "layout of ifreq_int");
_Static_assert(__builtin_offsetof(struct dmh_ifreq_int, ifr_ifrn) == 0, "ifreq_int.ifr_ifrn");
_Static_assert(__builtin_offsetof(struct dmh_ifreq_int, ifr_ifru) == 16, "ifreq_int.ifr_ifru");

struct dmh_ifreq_short {
	union dmh_ifreq_ifrn ifr_ifrn;
	union dmh_ifreq_ifru_short ifr_ifru;
};
_Static_assert(sizeof(struct dmh_ifreq_short) == 40, "layout of ifreq_short");
_Static_assert(__builtin_offsetof(struct dmh_ifreq_short, ifr_ifrn) == 0, "ifreq_short.ifr_ifrn");
_Static_assert(__builtin_offsetof(struct dmh_ifreq_short, ifr_ifru) == 16, "ifreq_short.ifr_ifru");

union dmh_in6_addr_u {
	uint8_t u6_addr8[16];
	uint16_t u6_addr16[8];
	uint32_t u6_addr32[4];
};
_Static_assert(sizeof(union dmh_in6_addr_u) == 16, "layout of in6_addr_u");
_Static_assert(__builtin_offsetof(union dmh_in6_addr_u, u6_addr8) == 0, "in6_addr_u.u6_addr8");
_Static_assert(__builtin_offsetof(union dmh_in6_addr_u, u6_addr16) == 0, "in6_addr_u.u6_addr16");
_Static_assert(__builtin_offsetof(union dmh_in6_addr_u, u6_addr32) == 0, "in6_addr_u.u6_addr32");

struct dmh_in6_addr {
	union dmh_in6_addr_u in6_u;
};
_Static_assert(sizeof(struct dmh_in6_addr) == 16, "layout of in6_addr");
_Static_assert(__builtin_offsetof(struct dmh_in6_addr, in6_u) == 0, "in6_addr.in6_u");

struct dmh_in_addr {
	uint32_t s_addr;
};
_Static_assert(sizeof(struct dmh_in_addr) == 4, "layout of in_addr");
_Static_assert(__builtin_offsetof(struct dmh_in_addr, s_addr) == 0, "in_addr.s_addr");

struct dmh_io_event {
	uint64_t data;
	uint64_t obj;
	int64_t res;
	int64_t res2;
};
_Static_assert(sizeof(struct dmh_io_event) == 32, "layout of io_event");
_Static_assert(__builtin_offsetof(struct dmh_io_event, data) == 0, "io_event.data");
_Static_assert(__builtin_offsetof(struct dmh_io_event, obj) == 8, "io_event.obj");
_Static_assert(__builtin_offsetof(struct dmh_io_event, res) == 16, "io_event.res");
_Static_assert(__builtin_offsetof(struct dmh_io_event, res2) == 24, "io_event.res2");

struct dmh_iocb {
	uint64_t aio_data;
	uint32_t aio_key;
	uint32_t aio_rw_flags;
	uint16_t aio_lio_opcode;
	int16_t aio_reqprio;
	uint32_t aio_fildes;
	uint64_t aio_buf;
	uint64_t aio_nbytes;
	int64_t aio_offset;
	uint64_t aio_reserved2;
	uint32_t aio_flags;
	uint32_t aio_resfd;
};
_Static_assert(sizeof(struct dmh_iocb) == 64, "layout of iocb");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_data) == 0, "iocb.aio_data");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_key) == 8, "iocb.aio_key");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_rw_flags) == 12, "iocb.aio_rw_flags");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_lio_opcode) == 16, "iocb.aio_lio_opcode");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_reqprio) == 18, "iocb.aio_reqprio");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_fildes) == 20, "iocb.aio_fildes");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_buf) == 24, "iocb.aio_buf");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_nbytes) == 32, "iocb.aio_nbytes");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_offset) == 40, "iocb.aio_offset");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_reserved2) == 48, "iocb.aio_reserved2");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_flags) == 56, "iocb.aio_flags");
_Static_assert(__builtin_offsetof(struct dmh_iocb, aio_resfd) == 60, "iocb.aio_resfd");

struct dmh_iovec {
	uint64_t iov_base;
	uint64_t iov_len;
};
_Static_assert(sizeof(struct dmh_iovec) == 16, "layout of iovec");
_Static_assert(__builtin_offsetof(struct dmh_iovec, iov_base) == 0, "iovec.iov_base");
_Static_assert(__builtin_offsetof(struct dmh_iovec, iov_len) == 8, "iovec.iov_len");

struct dmh_ipc64_perm {
	int32_t key;
	uint32_t uid;
	uint32_t gid;
	uint32_t cuid;
	uint32_t cgid;
	uint32_t mode;
	uint8_t __pad1[0];
	uint16_t seq;
	uint16_t __pad2;
	uint64_t __unused1;
	uint64_t __unused2;
};
_Static_assert(sizeof(struct dmh_ipc64_perm) == 48, "layout of ipc64_perm");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, key) == 0, "ipc64_perm.key");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, uid) == 4, "ipc64_perm.uid");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, gid) == 8, "ipc64_perm.gid");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, cuid) == 12, "ipc64_perm.cuid");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, cgid) == 16, "ipc64_perm.cgid");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, mode) == 20, "ipc64_perm.mode");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, __pad1) == 24, "ipc64_perm.__pad1");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, seq) == 24, "ipc64_perm.seq");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, __pad2) == 26, "ipc64_perm.__pad2");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, __unused1) == 32, "ipc64_perm.__unused1");
_Static_assert(__builtin_offsetof(struct dmh_ipc64_perm, __unused2) == 40, "ipc64_perm.__unused2");

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

struct dmh_timespec64 {
	int64_t tv_sec;
	int64_t tv_nsec;
};
_Static_assert(sizeof(struct dmh_timespec64) == 16, "layout of timespec64");
_Static_assert(__builtin_offsetof(struct dmh_timespec64, tv_sec) == 0, "timespec64.tv_sec");
_Static_assert(__builtin_offsetof(struct dmh_timespec64, tv_nsec) == 8, "timespec64.tv_nsec");

struct dmh_itimerspec64 {
	struct dmh_timespec64 it_interval;
	struct dmh_timespec64 it_value;
};
_Static_assert(sizeof(struct dmh_itimerspec64) == 32, "layout of itimerspec64");
_Static_assert(__builtin_offsetof(struct dmh_itimerspec64, it_interval) == 0, "itimerspec64.it_interval");
_Static_assert(__builtin_offsetof(struct dmh_itimerspec64, it_value) == 16, "itimerspec64.it_value");

struct dmh_timeval {
	int64_t tv_sec;
	int64_t tv_usec;
};
_Static_assert(sizeof(struct dmh_timeval) == 16, "layout of timeval");
_Static_assert(__builtin_offsetof(struct dmh_timeval, tv_sec) == 0, "timeval.tv_sec");
_Static_assert(__builtin_offsetof(struct dmh_timeval, tv_usec) == 8, "timeval.tv_usec");

struct dmh_itimerval {
	struct dmh_timeval it_interval;
	struct dmh_timeval it_value;
};
_Static_assert(sizeof(struct dmh_itimerval) == 32, "layout of itimerval");
_Static_assert(__builtin_offsetof(struct dmh_itimerval, it_interval) == 0, "itimerval.it_interval");
_Static_assert(__builtin_offsetof(struct dmh_itimerval, it_value) == 16, "itimerval.it_value");

struct dmh_kexec_segment {
	uint64_t buf;
	uint64_t bufsz;
	uint64_t mem;
	uint64_t memsz;
};
_Static_assert(sizeof(struct dmh_kexec_segment) == 32, "layout of kexec_segment");
_Static_assert(__builtin_offsetof(struct dmh_kexec_segment, buf) == 0, "kexec_segment.buf");
_Static_assert(__builtin_offsetof(struct dmh_kexec_segment, bufsz) == 8, "kexec_segment.bufsz");
_Static_assert(__builtin_offsetof(struct dmh_kexec_segment, mem) == 16, "kexec_segment.mem");
_Static_assert(__builtin_offsetof(struct dmh_kexec_segment, memsz) == 24, "kexec_segment.memsz");

struct dmh_linger {
	int32_t l_onoff;
	int32_t l_linger;
};
_Static_assert(sizeof(struct dmh_linger) == 8, "layout of linger");
_Static_assert(__builtin_offsetof(struct dmh_linger, l_onoff) == 0, "linger.l_onoff");
_Static_assert(__builtin_offsetof(struct dmh_linger, l_linger) == 4, "linger.l_linger");

struct dmh_loop_info64 {
	uint64_t lo_device;
	uint64_t lo_inode;
	uint64_t lo_rdevice;
	uint64_t lo_offset;
	uint64_t lo_sizelimit;
	uint32_t lo_number;
	uint32_t lo_encrypt_type;
	uint32_t lo_encrypt_key_size;
	uint32_t lo_flags;
	uint8_t lo_file_name[64];
	uint8_t lo_crypt_name[64];
	uint8_t lo_encrypt_key[32];
	uint64_t lo_init[2];
};
_Static_assert(sizeof(struct dmh_loop_info64) == 232, "layout of loop_info64");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_device) == 0, "loop_info64.lo_device");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_inode) == 8, "loop_info64.lo_inode");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_rdevice) == 16, "loop_info64.lo_rdevice");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_offset) == 24, "loop_info64.lo_offset");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_sizelimit) == 32, "loop_info64.lo_sizelimit");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_number) == 40, "loop_info64.lo_number");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_encrypt_type) == 44, "loop_info64.lo_encrypt_type");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_encrypt_key_size) == 48, "loop_info64.lo_encrypt_key_size");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_flags) == 52, "loop_info64.lo_flags");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_file_name) == 56, "loop_info64.lo_file_name");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_crypt_name) == 120, "loop_info64.lo_crypt_name");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_encrypt_key) == 184, "loop_info64.lo_encrypt_key");
_Static_assert(__builtin_offsetof(struct dmh_loop_info64, lo_init) == 216, "loop_info64.lo_init");

struct dmh_loop_config {
	uint32_t fd;
	uint32_t block_size;
	struct dmh_loop_info64 info;
	uint64_t __reserved[8];
};
_Static_assert(sizeof(struct dmh_loop_config) == 304, "layout of loop_config");
_Static_assert(__builtin_offsetof(struct dmh_loop_config, fd) == 0, "loop_config.fd");
_Static_assert(__builtin_offsetof(struct dmh_loop_config, block_size) == 4, "loop_config.block_size");
_Static_assert(__builtin_offsetof(struct dmh_loop_config, info) == 8, "loop_config.info");
_Static_assert(__builtin_offsetof(struct dmh_loop_config, __reserved) == 240, "loop_config.__reserved");

struct dmh_loop_info {
	int32_t lo_number;
	uint64_t lo_device;
	uint64_t lo_inode;
	uint64_t lo_rdevice;
	int32_t lo_offset;
	int32_t lo_encrypt_type;
	int32_t lo_encrypt_key_size;
	int32_t lo_flags;
	int8_t lo_name[64];
	uint8_t lo_encrypt_key[32];
	uint64_t lo_init[2];
	int8_t reserved[4];
};
_Static_assert(sizeof(struct dmh_loop_info) == 168, "layout of loop_info");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_number) == 0, "loop_info.lo_number");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_device) == 8, "loop_info.lo_device");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_inode) == 16, "loop_info.lo_inode");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_rdevice) == 24, "loop_info.lo_rdevice");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_offset) == 32, "loop_info.lo_offset");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_encrypt_type) == 36, "loop_info.lo_encrypt_type");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_encrypt_key_size) == 40, "loop_info.lo_encrypt_key_size");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_flags) == 44, "loop_info.lo_flags");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_name) == 48, "loop_info.lo_name");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_encrypt_key) == 112, "loop_info.lo_encrypt_key");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, lo_init) == 144, "loop_info.lo_init");
_Static_assert(__builtin_offsetof(struct dmh_loop_info, reserved) == 160, "loop_info.reserved");

struct dmh_msghdr {
	uint64_t msg_name;
	int32_t msg_namelen;
	uint64_t msg_iov;
	uint64_t msg_iovlen;
	uint64_t msg_control;
	uint64_t msg_controllen;
	uint32_t msg_flags;
};
_Static_assert(sizeof(struct dmh_msghdr) == 56, "layout of msghdr");
_Static_assert(__builtin_offsetof(struct dmh_msghdr, msg_name) == 0, "msghdr.msg_name");
_Static_assert(__builtin_offsetof(struct dmh_msghdr, msg_namelen) == 8, "msghdr.msg_namelen");
_Static_assert(__builtin_offsetof(struct dmh_msghdr, msg_iov) == 16, "msghdr.msg_iov");
_Static_assert(__builtin_offsetof(struct dmh_msghdr, msg_iovlen) == 24, "msghdr.msg_iovlen");
_Static_assert(__builtin_offsetof(struct dmh_msghdr, msg_control) == 32, "msghdr.msg_control");
_Static_assert(__builtin_offsetof(struct dmh_msghdr, msg_controllen) == 40, "msghdr.msg_controllen");
_Static_assert(__builtin_offsetof(struct dmh_msghdr, msg_flags) == 48, "msghdr.msg_flags");

struct dmh_mmsghdr {
	struct dmh_msghdr msg_hdr;
	uint32_t msg_len;
};
_Static_assert(sizeof(struct dmh_mmsghdr) == 64, "layout of mmsghdr");
_Static_assert(__builtin_offsetof(struct dmh_mmsghdr, msg_hdr) == 0, "mmsghdr.msg_hdr");
_Static_assert(__builtin_offsetof(struct dmh_mmsghdr, msg_len) == 56, "mmsghdr.msg_len");

struct dmh_mq_attr {
	int64_t mq_flags;
	int64_t mq_maxmsg;
	int64_t mq_msgsize;
	int64_t mq_curmsgs;
	int64_t __reserved[4];
};
_Static_assert(sizeof(struct dmh_mq_attr) == 64, "layout of mq_attr");
_Static_assert(__builtin_offsetof(struct dmh_mq_attr, mq_flags) == 0, "mq_attr.mq_flags");
_Static_assert(__builtin_offsetof(struct dmh_mq_attr, mq_maxmsg) == 8, "mq_attr.mq_maxmsg");
_Static_assert(__builtin_offsetof(struct dmh_mq_attr, mq_msgsize) == 16, "mq_attr.mq_msgsize");
_Static_assert(__builtin_offsetof(struct dmh_mq_attr, mq_curmsgs) == 24, "mq_attr.mq_curmsgs");
_Static_assert(__builtin_offsetof(struct dmh_mq_attr, __reserved) == 32, "mq_attr.__reserved");

struct dmh_msginfo {
	int32_t msgpool;
	int32_t msgmap;
	int32_t msgmax;
	int32_t msgmnb;
	int32_t msgmni;
	int32_t msgssz;
	int32_t msgtql;
	uint16_t msgseg;
};
_Static_assert(sizeof(struct dmh_msginfo) == 32, "layout of msginfo");
_Static_assert(__builtin_offsetof(struct dmh_msginfo, msgpool) == 0, "msginfo.msgpool");
_Static_assert(__builtin_offsetof(struct dmh_msginfo, msgmap) == 4, "msginfo.msgmap");
_Static_assert(__builtin_offsetof(struct dmh_msginfo, msgmax) == 8, "msginfo.msgmax");
_Static_assert(__builtin_offsetof(struct dmh_msginfo, msgmnb) == 12, "msginfo.msgmnb");
_Static_assert(__builtin_offsetof(struct dmh_msginfo, msgmni) == 16, "msginfo.msgmni");
_Static_assert(__builtin_offsetof(struct dmh_msginfo, msgssz) == 20, "msginfo.msgssz");
_Static_assert(__builtin_offsetof(struct dmh_msginfo, msgtql) == 24, "msginfo.msgtql");
_Static_assert(__builtin_offsetof(struct dmh_msginfo, msgseg) == 28, "msginfo.msgseg");

struct dmh_msqid64_ds {
	struct dmh_ipc64_perm msg_perm;
	int64_t msg_stime;
	int64_t msg_rtime;
	int64_t msg_ctime;
	uint64_t msg_cbytes;
	uint64_t msg_qnum;
	uint64_t msg_qbytes;
	int32_t msg_lspid;
	int32_t msg_lrpid;
	uint64_t __unused4;
	uint64_t __unused5;
};
_Static_assert(sizeof(struct dmh_msqid64_ds) == 120, "layout of msqid64_ds");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, msg_perm) == 0, "msqid64_ds.msg_perm");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, msg_stime) == 48, "msqid64_ds.msg_stime");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, msg_rtime) == 56, "msqid64_ds.msg_rtime");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, msg_ctime) == 64, "msqid64_ds.msg_ctime");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, msg_cbytes) == 72, "msqid64_ds.msg_cbytes");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, msg_qnum) == 80, "msqid64_ds.msg_qnum");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, msg_qbytes) == 88, "msqid64_ds.msg_qbytes");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, msg_lspid) == 96, "msqid64_ds.msg_lspid");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, msg_lrpid) == 100, "msqid64_ds.msg_lrpid");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, __unused4) == 104, "msqid64_ds.__unused4");
_Static_assert(__builtin_offsetof(struct dmh_msqid64_ds, __unused5) == 112, "msqid64_ds.__unused5");

struct dmh_pidfd_info {
	uint64_t mask;
	uint64_t cgroupid;
	uint32_t pid;
	uint32_t tgid;
	uint32_t ppid;
	uint32_t ruid;
	uint32_t rgid;
	uint32_t euid;
	uint32_t egid;
	uint32_t suid;
	uint32_t sgid;
	uint32_t fsuid;
	uint32_t fsgid;
	int32_t exit_code;
	uint32_t coredump_mask;
	uint32_t coredump_signal;
};
_Static_assert(sizeof(struct dmh_pidfd_info) == 72, "layout of pidfd_info");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, mask) == 0, "pidfd_info.mask");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, cgroupid) == 8, "pidfd_info.cgroupid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, pid) == 16, "pidfd_info.pid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, tgid) == 20, "pidfd_info.tgid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, ppid) == 24, "pidfd_info.ppid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, ruid) == 28, "pidfd_info.ruid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, rgid) == 32, "pidfd_info.rgid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, euid) == 36, "pidfd_info.euid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, egid) == 40, "pidfd_info.egid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, suid) == 44, "pidfd_info.suid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, sgid) == 48, "pidfd_info.sgid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, fsuid) == 52, "pidfd_info.fsuid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, fsgid) == 56, "pidfd_info.fsgid");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, exit_code) == 60, "pidfd_info.exit_code");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, coredump_mask) == 64, "pidfd_info.coredump_mask");
_Static_assert(__builtin_offsetof(struct dmh_pidfd_info, coredump_signal) == 68, "pidfd_info.coredump_signal");

struct dmh_pollfd {
	int32_t fd;
	int16_t events;
	int16_t revents;
};
_Static_assert(sizeof(struct dmh_pollfd) == 8, "layout of pollfd");
_Static_assert(__builtin_offsetof(struct dmh_pollfd, fd) == 0, "pollfd.fd");
_Static_assert(__builtin_offsetof(struct dmh_pollfd, events) == 4, "pollfd.events");
_Static_assert(__builtin_offsetof(struct dmh_pollfd, revents) == 6, "pollfd.revents");

struct dmh_rlimit {
	uint64_t rlim_cur;
	uint64_t rlim_max;
};
_Static_assert(sizeof(struct dmh_rlimit) == 16, "layout of rlimit");
_Static_assert(__builtin_offsetof(struct dmh_rlimit, rlim_cur) == 0, "rlimit.rlim_cur");
_Static_assert(__builtin_offsetof(struct dmh_rlimit, rlim_max) == 8, "rlimit.rlim_max");

struct dmh_rlimit64 {
	uint64_t rlim_cur;
	uint64_t rlim_max;
};
_Static_assert(sizeof(struct dmh_rlimit64) == 16, "layout of rlimit64");
_Static_assert(__builtin_offsetof(struct dmh_rlimit64, rlim_cur) == 0, "rlimit64.rlim_cur");
_Static_assert(__builtin_offsetof(struct dmh_rlimit64, rlim_max) == 8, "rlimit64.rlim_max");

struct dmh_robust_list {
	uint64_t next;
};
_Static_assert(sizeof(struct dmh_robust_list) == 8, "layout of robust_list");
_Static_assert(__builtin_offsetof(struct dmh_robust_list, next) == 0, "robust_list.next");

struct dmh_robust_list_head {
	struct dmh_robust_list list;
	int64_t futex_offset;
	uint64_t list_op_pending;
};
_Static_assert(sizeof(struct dmh_robust_list_head) == 24, "layout of robust_list_head");
_Static_assert(__builtin_offsetof(struct dmh_robust_list_head, list) == 0, "robust_list_head.list");
_Static_assert(__builtin_offsetof(struct dmh_robust_list_head, futex_offset) == 8, "robust_list_head.futex_offset");
_Static_assert(__builtin_offsetof(struct dmh_robust_list_head, list_op_pending) == 16, "robust_list_head.list_op_pending");

struct dmh_rusage {
	struct dmh_timeval ru_utime;
	struct dmh_timeval ru_stime;
	int64_t ru_maxrss;
	int64_t ru_ixrss;
	int64_t ru_idrss;
	int64_t ru_isrss;
	int64_t ru_minflt;
	int64_t ru_majflt;
	int64_t ru_nswap;
	int64_t ru_inblock;
	int64_t ru_oublock;
	int64_t ru_msgsnd;
	int64_t ru_msgrcv;
	int64_t ru_nsignals;
	int64_t ru_nvcsw;
	int64_t ru_nivcsw;
};
_Static_assert(sizeof(struct dmh_rusage) == 144, "layout of rusage");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_utime) == 0, "rusage.ru_utime");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_stime) == 16, "rusage.ru_stime");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_maxrss) == 32, "rusage.ru_maxrss");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_ixrss) == 40, "rusage.ru_ixrss");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_idrss) == 48, "rusage.ru_idrss");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_isrss) == 56, "rusage.ru_isrss");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_minflt) == 64, "rusage.ru_minflt");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_majflt) == 72, "rusage.ru_majflt");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_nswap) == 80, "rusage.ru_nswap");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_inblock) == 88, "rusage.ru_inblock");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_oublock) == 96, "rusage.ru_oublock");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_msgsnd) == 104, "rusage.ru_msgsnd");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_msgrcv) == 112, "rusage.ru_msgrcv");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_nsignals) == 120, "rusage.ru_nsignals");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_nvcsw) == 128, "rusage.ru_nvcsw");
_Static_assert(__builtin_offsetof(struct dmh_rusage, ru_nivcsw) == 136, "rusage.ru_nivcsw");

struct dmh_sched_attr {
	uint32_t size;
	uint32_t sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime;
	uint64_t sched_deadline;
	uint64_t sched_period;
	uint32_t sched_util_min;
	uint32_t sched_util_max;
};
_Static_assert(sizeof(struct dmh_sched_attr) == 56, "layout of sched_attr");
_Static_assert(__builtin_offsetof(struct dmh_sched_attr, size) == 0, "sched_attr.size");
_Static_assert(__builtin_offsetof(struct dmh_sched_attr, sched_policy) == 4, "sched_attr.sched_policy");
_Static_assert(__builtin_offsetof(struct dmh_sched_attr, sched_flags) == 8, "sched_attr.sched_flags");
_Static_assert(__builtin_offsetof(struct dmh_sched_attr, sched_nice) == 16, "sched_attr.sched_nice");
_Static_assert(__builtin_offsetof(struct dmh_sched_attr, sched_priority) == 20, "sched_attr.sched_priority");
_Static_assert(__builtin_offsetof(struct dmh_sched_attr, sched_runtime) == 24, "sched_attr.sched_runtime");
_Static_assert(__builtin_offsetof(struct dmh_sched_attr, sched_deadline) == 32, "sched_attr.sched_deadline");
_Static_assert(__builtin_offsetof(struct dmh_sched_attr, sched_period) == 40, "sched_attr.sched_period");
_Static_assert(__builtin_offsetof(struct dmh_sched_attr, sched_util_min) == 48, "sched_attr.sched_util_min");
_Static_assert(__builtin_offsetof(struct dmh_sched_attr, sched_util_max) == 52, "sched_attr.sched_util_max");

struct dmh_sched_param {
	int32_t sched_priority;
};
_Static_assert(sizeof(struct dmh_sched_param) == 4, "layout of sched_param");
_Static_assert(__builtin_offsetof(struct dmh_sched_param, sched_priority) == 0, "sched_param.sched_priority");

struct dmh_sembuf {
	uint16_t sem_num;
	int16_t sem_op;
	int16_t sem_flg;
};
_Static_assert(sizeof(struct dmh_sembuf) == 6, "layout of sembuf");
_Static_assert(__builtin_offsetof(struct dmh_sembuf, sem_num) == 0, "sembuf.sem_num");
_Static_assert(__builtin_offsetof(struct dmh_sembuf, sem_op) == 2, "sembuf.sem_op");
_Static_assert(__builtin_offsetof(struct dmh_sembuf, sem_flg) == 4, "sembuf.sem_flg");

struct dmh_semid64_ds {
	struct dmh_ipc64_perm sem_perm;
	int64_t sem_otime;
	uint64_t __unused1;
	int64_t sem_ctime;
	uint64_t __unused2;
	uint64_t sem_nsems;
	uint64_t __unused3;
	uint64_t __unused4;
};
_Static_assert(sizeof(struct dmh_semid64_ds) == 104, "layout of semid64_ds");
_Static_assert(__builtin_offsetof(struct dmh_semid64_ds, sem_perm) == 0, "semid64_ds.sem_perm");
_Static_assert(__builtin_offsetof(struct dmh_semid64_ds, sem_otime) == 48, "semid64_ds.sem_otime");
_Static_assert(__builtin_offsetof(struct dmh_semid64_ds, __unused1) == 56, "semid64_ds.__unused1");
_Static_assert(__builtin_offsetof(struct dmh_semid64_ds, sem_ctime) == 64, "semid64_ds.sem_ctime");
_Static_assert(__builtin_offsetof(struct dmh_semid64_ds, __unused2) == 72, "semid64_ds.__unused2");
_Static_assert(__builtin_offsetof(struct dmh_semid64_ds, sem_nsems) == 80, "semid64_ds.sem_nsems");
_Static_assert(__builtin_offsetof(struct dmh_semid64_ds, __unused3) == 88, "semid64_ds.__unused3");
_Static_assert(__builtin_offsetof(struct dmh_semid64_ds, __unused4) == 96, "semid64_ds.__unused4");

struct dmh_seminfo {
	int32_t semmap;
	int32_t semmni;
	int32_t semmns;
	int32_t semmnu;
	int32_t semmsl;
	int32_t semopm;
	int32_t semume;
	int32_t semusz;
	int32_t semvmx;
	int32_t semaem;
};
_Static_assert(sizeof(struct dmh_seminfo) == 40, "layout of seminfo");
_Static_assert(__builtin_offsetof(struct dmh_seminfo, semmap) == 0, "seminfo.semmap");
_Static_assert(__builtin_offsetof(struct dmh_seminfo, semmni) == 4, "seminfo.semmni");
_Static_assert(__builtin_offsetof(struct dmh_seminfo, semmns) == 8, "seminfo.semmns");
_Static_assert(__builtin_offsetof(struct dmh_seminfo, semmnu) == 12, "seminfo.semmnu");
_Static_assert(__builtin_offsetof(struct dmh_seminfo, semmsl) == 16, "seminfo.semmsl");
_Static_assert(__builtin_offsetof(struct dmh_seminfo, semopm) == 20, "seminfo.semopm");
_Static_assert(__builtin_offsetof(struct dmh_seminfo, semume) == 24, "seminfo.semume");
_Static_assert(__builtin_offsetof(struct dmh_seminfo, semusz) == 28, "seminfo.semusz");
_Static_assert(__builtin_offsetof(struct dmh_seminfo, semvmx) == 32, "seminfo.semvmx");
_Static_assert(__builtin_offsetof(struct dmh_seminfo, semaem) == 36, "seminfo.semaem");

struct dmh_shm_info {
	int32_t used_ids;
	uint64_t shm_tot;
	uint64_t shm_rss;
	uint64_t shm_swp;
	uint64_t swap_attempts;
	uint64_t swap_successes;
};
_Static_assert(sizeof(struct dmh_shm_info) == 48, "layout of shm_info");
_Static_assert(__builtin_offsetof(struct dmh_shm_info, used_ids) == 0, "shm_info.used_ids");
_Static_assert(__builtin_offsetof(struct dmh_shm_info, shm_tot) == 8, "shm_info.shm_tot");
_Static_assert(__builtin_offsetof(struct dmh_shm_info, shm_rss) == 16, "shm_info.shm_rss");
_Static_assert(__builtin_offsetof(struct dmh_shm_info, shm_swp) == 24, "shm_info.shm_swp");
_Static_assert(__builtin_offsetof(struct dmh_shm_info, swap_attempts) == 32, "shm_info.swap_attempts");
_Static_assert(__builtin_offsetof(struct dmh_shm_info, swap_successes) == 40, "shm_info.swap_successes");

struct dmh_shmid64_ds {
	struct dmh_ipc64_perm shm_perm;
	uint64_t shm_segsz;
	int64_t shm_atime;
	int64_t shm_dtime;
	int64_t shm_ctime;
	int32_t shm_cpid;
	int32_t shm_lpid;
	uint64_t shm_nattch;
	uint64_t __unused4;
	uint64_t __unused5;
};
_Static_assert(sizeof(struct dmh_shmid64_ds) == 112, "layout of shmid64_ds");
_Static_assert(__builtin_offsetof(struct dmh_shmid64_ds, shm_perm) == 0, "shmid64_ds.shm_perm");
_Static_assert(__builtin_offsetof(struct dmh_shmid64_ds, shm_segsz) == 48, "shmid64_ds.shm_segsz");
_Static_assert(__builtin_offsetof(struct dmh_shmid64_ds, shm_atime) == 56, "shmid64_ds.shm_atime");
_Static_assert(__builtin_offsetof(struct dmh_shmid64_ds, shm_dtime) == 64, "shmid64_ds.shm_dtime");
_Static_assert(__builtin_offsetof(struct dmh_shmid64_ds, shm_ctime) == 72, "shmid64_ds.shm_ctime");
_Static_assert(__builtin_offsetof(struct dmh_shmid64_ds, shm_cpid) == 80, "shmid64_ds.shm_cpid");
_Static_assert(__builtin_offsetof(struct dmh_shmid64_ds, shm_lpid) == 84, "shmid64_ds.shm_lpid");
_Static_assert(__builtin_offsetof(struct dmh_shmid64_ds, shm_nattch) == 88, "shmid64_ds.shm_nattch");
_Static_assert(__builtin_offsetof(struct dmh_shmid64_ds, __unused4) == 96, "shmid64_ds.__unused4");
_Static_assert(__builtin_offsetof(struct dmh_shmid64_ds, __unused5) == 104, "shmid64_ds.__unused5");

struct dmh_shminfo64 {
	uint64_t shmmax;
	uint64_t shmmin;
	uint64_t shmmni;
	uint64_t shmseg;
	uint64_t shmall;
	uint64_t __unused1;
	uint64_t __unused2;
	uint64_t __unused3;
	uint64_t __unused4;
};
_Static_assert(sizeof(struct dmh_shminfo64) == 72, "layout of shminfo64");
_Static_assert(__builtin_offsetof(struct dmh_shminfo64, shmmax) == 0, "shminfo64.shmmax");
_Static_assert(__builtin_offsetof(struct dmh_shminfo64, shmmin) == 8, "shminfo64.shmmin");
_Static_assert(__builtin_offsetof(struct dmh_shminfo64, shmmni) == 16, "shminfo64.shmmni");
_Static_assert(__builtin_offsetof(struct dmh_shminfo64, shmseg) == 24, "shminfo64.shmseg");
_Static_assert(__builtin_offsetof(struct dmh_shminfo64, shmall) == 32, "shminfo64.shmall");
_Static_assert(__builtin_offsetof(struct dmh_shminfo64, __unused1) == 40, "shminfo64.__unused1");
_Static_assert(__builtin_offsetof(struct dmh_shminfo64, __unused2) == 48, "shminfo64.__unused2");
_Static_assert(__builtin_offsetof(struct dmh_shminfo64, __unused3) == 56, "shminfo64.__unused3");
_Static_assert(__builtin_offsetof(struct dmh_shminfo64, __unused4) == 64, "shminfo64.__unused4");

struct dmh_siginfo_kill {
	int32_t _pid;
	uint32_t _uid;
};
_Static_assert(sizeof(struct dmh_siginfo_kill) == 8, "layout of siginfo_kill");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_kill, _pid) == 0, "siginfo_kill._pid");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_kill, _uid) == 4, "siginfo_kill._uid");

union dmh_sigval {
	int32_t sival_int;
	uint64_t sival_ptr;
};
_Static_assert(sizeof(union dmh_sigval) == 8, "layout of sigval");
_Static_assert(__builtin_offsetof(union dmh_sigval, sival_int) == 0, "sigval.sival_int");
_Static_assert(__builtin_offsetof(union dmh_sigval, sival_ptr) == 0, "sigval.sival_ptr");

struct dmh_siginfo_timer {
	int32_t _tid;
	int32_t _overrun;
	union dmh_sigval _sigval;
	int32_t _sys_private;
};
_Static_assert(sizeof(struct dmh_siginfo_timer) == 24, "layout of siginfo_timer");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_timer, _tid) == 0, "siginfo_timer._tid");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_timer, _overrun) == 4, "siginfo_timer._overrun");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_timer, _sigval) == 8, "siginfo_timer._sigval");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_timer, _sys_private) == 16, "siginfo_timer._sys_private");

struct dmh_siginfo_rt {
	int32_t _pid;
	uint32_t _uid;
	union dmh_sigval _sigval;
};
_Static_assert(sizeof(struct dmh_siginfo_rt) == 16, "layout of siginfo_rt");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_rt, _pid) == 0, "siginfo_rt._pid");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_rt, _uid) == 4, "siginfo_rt._uid");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_rt, _sigval) == 8, "siginfo_rt._sigval");

struct dmh_siginfo_sigchld {
	int32_t _pid;
	uint32_t _uid;
	int32_t _status;
	int64_t _utime;
	int64_t _stime;
};
_Static_assert(sizeof(struct dmh_siginfo_sigchld) == 32, "layout of siginfo_sigchld");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigchld, _pid) == 0, "siginfo_sigchld._pid");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigchld, _uid) == 4, "siginfo_sigchld._uid");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigchld, _status) == 8, "siginfo_sigchld._status");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigchld, _utime) == 16, "siginfo_sigchld._utime");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigchld, _stime) == 24, "siginfo_sigchld._stime");

struct dmh_siginfo_sigfault {
	uint64_t _addr;
	uint8_t dm_tail_8[24];
};
_Static_assert(sizeof(struct dmh_siginfo_sigfault) == 32, "layout of siginfo_sigfault");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigfault, _addr) == 0, "siginfo_sigfault._addr");

struct dmh_siginfo_sigpoll {
	int64_t _band;
	int32_t _fd;
};
_Static_assert(sizeof(struct dmh_siginfo_sigpoll) == 16, "layout of siginfo_sigpoll");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigpoll, _band) == 0, "siginfo_sigpoll._band");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigpoll, _fd) == 8, "siginfo_sigpoll._fd");

struct dmh_siginfo_sigsys {
	uint64_t _call_addr;
	int32_t _syscall;
	uint32_t _arch;
};
_Static_assert(sizeof(struct dmh_siginfo_sigsys) == 16, "layout of siginfo_sigsys");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigsys, _call_addr) == 0, "siginfo_sigsys._call_addr");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigsys, _syscall) == 8, "siginfo_sigsys._syscall");
_Static_assert(__builtin_offsetof(struct dmh_siginfo_sigsys, _arch) == 12, "siginfo_sigsys._arch");

union dmh_sifields {
	struct dmh_siginfo_kill _kill;
	struct dmh_siginfo_timer _timer;
	struct dmh_siginfo_rt _rt;
	struct dmh_siginfo_sigchld _sigchld;
	struct dmh_siginfo_sigfault _sigfault;
	struct dmh_siginfo_sigpoll _sigpoll;
	struct dmh_siginfo_sigsys _sigsys;
};
_Static_assert(sizeof(union dmh_sifields) == 32, "layout of sifields");
_Static_assert(__builtin_offsetof(union dmh_sifields, _kill) == 0, "sifields._kill");
_Static_assert(__builtin_offsetof(union dmh_sifields, _timer) == 0, "sifields._timer");
_Static_assert(__builtin_offsetof(union dmh_sifields, _rt) == 0, "sifields._rt");
_Static_assert(__builtin_offsetof(union dmh_sifields, _sigchld) == 0, "sifields._sigchld");
_Static_assert(__builtin_offsetof(union dmh_sifields, _sigfault) == 0, "sifields._sigfault");
_Static_assert(__builtin_offsetof(union dmh_sifields, _sigpoll) == 0, "sifields._sigpoll");
_Static_assert(__builtin_offsetof(union dmh_sifields, _sigsys) == 0, "sifields._sigsys");

struct dmh_sigset {
	uint64_t sig[1];
};
_Static_assert(sizeof(struct dmh_sigset) == 8, "layout of sigset");
_Static_assert(__builtin_offsetof(struct dmh_sigset, sig) == 0, "sigset.sig");

struct dmh_sigaction {
	uint64_t sa_handler;
	uint64_t sa_flags;
	uint64_t sa_restorer;
	struct dmh_sigset sa_mask;
};
_Static_assert(sizeof(struct dmh_sigaction) == 32, "layout of sigaction");
_Static_assert(__builtin_offsetof(struct dmh_sigaction, sa_handler) == 0, "sigaction.sa_handler");
_Static_assert(__builtin_offsetof(struct dmh_sigaction, sa_flags) == 8, "sigaction.sa_flags");
_Static_assert(__builtin_offsetof(struct dmh_sigaction, sa_restorer) == 16, "sigaction.sa_restorer");
_Static_assert(__builtin_offsetof(struct dmh_sigaction, sa_mask) == 24, "sigaction.sa_mask");

struct dmh_sigevent_thread {
	uint64_t _function;
	uint64_t _attribute;
};
_Static_assert(sizeof(struct dmh_sigevent_thread) == 16, "layout of sigevent_thread");
_Static_assert(__builtin_offsetof(struct dmh_sigevent_thread, _function) == 0, "sigevent_thread._function");
_Static_assert(__builtin_offsetof(struct dmh_sigevent_thread, _attribute) == 8, "sigevent_thread._attribute");

union dmh_sigevent_un {
	int32_t _pad[12];
	int32_t _tid;
	struct dmh_sigevent_thread _sigev_thread;
};
_Static_assert(sizeof(union dmh_sigevent_un) == 48, "layout of sigevent_un");
_Static_assert(__builtin_offsetof(union dmh_sigevent_un, _pad) == 0, "sigevent_un._pad");
_Static_assert(__builtin_offsetof(union dmh_sigevent_un, _tid) == 0, "sigevent_un._tid");
_Static_assert(__builtin_offsetof(union dmh_sigevent_un, _sigev_thread) == 0, "sigevent_un._sigev_thread");

struct dmh_sigevent {
	union dmh_sigval sigev_value;
	int32_t sigev_signo;
	int32_t sigev_notify;
	union dmh_sigevent_un _sigev_un;
};
_Static_assert(sizeof(struct dmh_sigevent) == 64, "layout of sigevent");
_Static_assert(__builtin_offsetof(struct dmh_sigevent, sigev_value) == 0, "sigevent.sigev_value");
_Static_assert(__builtin_offsetof(struct dmh_sigevent, sigev_signo) == 8, "sigevent.sigev_signo");
_Static_assert(__builtin_offsetof(struct dmh_sigevent, sigev_notify) == 12, "sigevent.sigev_notify");
_Static_assert(__builtin_offsetof(struct dmh_sigevent, _sigev_un) == 16, "sigevent._sigev_un");

struct dmh_siginfo {
	int32_t si_signo;
	int32_t si_errno;
	int32_t si_code;
	union dmh_sifields _sifields;
	uint8_t dm_tail_48[80];
};
_Static_assert(sizeof(struct dmh_siginfo) == 128, "layout of siginfo");
_Static_assert(__builtin_offsetof(struct dmh_siginfo, si_signo) == 0, "siginfo.si_signo");
_Static_assert(__builtin_offsetof(struct dmh_siginfo, si_errno) == 4, "siginfo.si_errno");
_Static_assert(__builtin_offsetof(struct dmh_siginfo, si_code) == 8, "siginfo.si_code");
_Static_assert(__builtin_offsetof(struct dmh_siginfo, _sifields) == 16, "siginfo._sifields");

struct dmh_sockaddr_in {
	uint16_t sin_family;
	uint16_t sin_port;
	struct dmh_in_addr sin_addr;
	uint8_t __pad[8];
};
_Static_assert(sizeof(struct dmh_sockaddr_in) == 16, "layout of sockaddr_in");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_in, sin_family) == 0, "sockaddr_in.sin_family");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_in, sin_port) == 2, "sockaddr_in.sin_port");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_in, sin_addr) == 4, "sockaddr_in.sin_addr");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_in, __pad) == 8, "sockaddr_in.__pad");

struct dmh_sockaddr_in6 {
	uint16_t sin6_family;
	uint16_t sin6_port;
	uint32_t sin6_flowinfo;
	struct dmh_in6_addr sin6_addr;
	uint32_t sin6_scope_id;
};
_Static_assert(sizeof(struct dmh_sockaddr_in6) == 28, "layout of sockaddr_in6");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_in6, sin6_family) == 0, "sockaddr_in6.sin6_family");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_in6, sin6_port) == 2, "sockaddr_in6.sin6_port");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_in6, sin6_flowinfo) == 4, "sockaddr_in6.sin6_flowinfo");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_in6, sin6_addr) == 8, "sockaddr_in6.sin6_addr");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_in6, sin6_scope_id) == 24, "sockaddr_in6.sin6_scope_id");

struct dmh_sockaddr_nl {
	uint16_t nl_family;
	uint16_t nl_pad;
	uint32_t nl_pid;
	uint32_t nl_groups;
};
_Static_assert(sizeof(struct dmh_sockaddr_nl) == 12, "layout of sockaddr_nl");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_nl, nl_family) == 0, "sockaddr_nl.nl_family");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_nl, nl_pad) == 2, "sockaddr_nl.nl_pad");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_nl, nl_pid) == 4, "sockaddr_nl.nl_pid");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_nl, nl_groups) == 8, "sockaddr_nl.nl_groups");

struct dmh_sockaddr_storage {
	uint16_t ss_family;
	int8_t __data[126];
} __attribute__((aligned(8)));
_Static_assert(sizeof(struct dmh_sockaddr_storage) == 128, "layout of sockaddr_storage");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_storage, ss_family) == 0, "sockaddr_storage.ss_family");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_storage, __data) == 2, "sockaddr_storage.__data");

struct dmh_sockaddr_un {
	uint16_t sun_family;
	int8_t sun_path[108];
};
_Static_assert(sizeof(struct dmh_sockaddr_un) == 110, "layout of sockaddr_un");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_un, sun_family) == 0, "sockaddr_un.sun_family");
_Static_assert(__builtin_offsetof(struct dmh_sockaddr_un, sun_path) == 2, "sockaddr_un.sun_path");

struct dmh_stack_t {
	uint64_t ss_sp;
	int32_t ss_flags;
	uint64_t ss_size;
};
_Static_assert(sizeof(struct dmh_stack_t) == 24, "layout of stack_t");
_Static_assert(__builtin_offsetof(struct dmh_stack_t, ss_sp) == 0, "stack_t.ss_sp");
_Static_assert(__builtin_offsetof(struct dmh_stack_t, ss_flags) == 8, "stack_t.ss_flags");
_Static_assert(__builtin_offsetof(struct dmh_stack_t, ss_size) == 16, "stack_t.ss_size");

struct dmh_stat {
	uint64_t st_dev;
	uint64_t st_ino;
	uint64_t st_nlink;
	uint32_t st_mode;
	uint32_t st_uid;
	uint32_t st_gid;
	uint32_t __pad0;
	uint64_t st_rdev;
	int64_t st_size;
	int64_t st_blksize;
	int64_t st_blocks;
	uint64_t st_atime;
	uint64_t st_atime_nsec;
	uint64_t st_mtime;
	uint64_t st_mtime_nsec;
	uint64_t st_ctime;
	uint64_t st_ctime_nsec;
	int64_t __unused[3];
};
_Static_assert(sizeof(struct dmh_stat) == 144, "layout of stat");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_dev) == 0, "stat.st_dev");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_ino) == 8, "stat.st_ino");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_nlink) == 16, "stat.st_nlink");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_mode) == 24, "stat.st_mode");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_uid) == 28, "stat.st_uid");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_gid) == 32, "stat.st_gid");
_Static_assert(__builtin_offsetof(struct dmh_stat, __pad0) == 36, "stat.__pad0");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_rdev) == 40, "stat.st_rdev");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_size) == 48, "stat.st_size");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_blksize) == 56, "stat.st_blksize");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_blocks) == 64, "stat.st_blocks");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_atime) == 72, "stat.st_atime");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_atime_nsec) == 80, "stat.st_atime_nsec");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_mtime) == 88, "stat.st_mtime");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_mtime_nsec) == 96, "stat.st_mtime_nsec");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_ctime) == 104, "stat.st_ctime");
_Static_assert(__builtin_offsetof(struct dmh_stat, st_ctime_nsec) == 112, "stat.st_ctime_nsec");
_Static_assert(__builtin_offsetof(struct dmh_stat, __unused) == 120, "stat.__unused");

struct dmh_statfs {
	int64_t f_type;
	int64_t f_bsize;
	int64_t f_blocks;
	int64_t f_bfree;
	int64_t f_bavail;
	int64_t f_files;
	int64_t f_ffree;
	struct dmh_fsid f_fsid;
	int64_t f_namelen;
	int64_t f_frsize;
	int64_t f_flags;
	int64_t f_spare[4];
};
_Static_assert(sizeof(struct dmh_statfs) == 120, "layout of statfs");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_type) == 0, "statfs.f_type");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_bsize) == 8, "statfs.f_bsize");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_blocks) == 16, "statfs.f_blocks");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_bfree) == 24, "statfs.f_bfree");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_bavail) == 32, "statfs.f_bavail");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_files) == 40, "statfs.f_files");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_ffree) == 48, "statfs.f_ffree");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_fsid) == 56, "statfs.f_fsid");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_namelen) == 64, "statfs.f_namelen");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_frsize) == 72, "statfs.f_frsize");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_flags) == 80, "statfs.f_flags");
_Static_assert(__builtin_offsetof(struct dmh_statfs, f_spare) == 88, "statfs.f_spare");

struct dmh_statfs64 {
	int64_t f_type;
	int64_t f_bsize;
	uint64_t f_blocks;
	uint64_t f_bfree;
	uint64_t f_bavail;
	uint64_t f_files;
	uint64_t f_ffree;
	struct dmh_fsid f_fsid;
	int64_t f_namelen;
	int64_t f_frsize;
	int64_t f_flags;
	int64_t f_spare[4];
};
_Static_assert(sizeof(struct dmh_statfs64) == 120, "layout of statfs64");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_type) == 0, "statfs64.f_type");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_bsize) == 8, "statfs64.f_bsize");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_blocks) == 16, "statfs64.f_blocks");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_bfree) == 24, "statfs64.f_bfree");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_bavail) == 32, "statfs64.f_bavail");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_files) == 40, "statfs64.f_files");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_ffree) == 48, "statfs64.f_ffree");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_fsid) == 56, "statfs64.f_fsid");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_namelen) == 64, "statfs64.f_namelen");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_frsize) == 72, "statfs64.f_frsize");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_flags) == 80, "statfs64.f_flags");
_Static_assert(__builtin_offsetof(struct dmh_statfs64, f_spare) == 88, "statfs64.f_spare");

struct dmh_statx_timestamp {
	int64_t tv_sec;
	uint32_t tv_nsec;
	int32_t __reserved;
};
_Static_assert(sizeof(struct dmh_statx_timestamp) == 16, "layout of statx_timestamp");
_Static_assert(__builtin_offsetof(struct dmh_statx_timestamp, tv_sec) == 0, "statx_timestamp.tv_sec");
_Static_assert(__builtin_offsetof(struct dmh_statx_timestamp, tv_nsec) == 8, "statx_timestamp.tv_nsec");
_Static_assert(__builtin_offsetof(struct dmh_statx_timestamp, __reserved) == 12, "statx_timestamp.__reserved");

struct dmh_statx {
	uint32_t stx_mask;
	uint32_t stx_blksize;
	uint64_t stx_attributes;
	uint32_t stx_nlink;
	uint32_t stx_uid;
	uint32_t stx_gid;
	uint16_t stx_mode;
	uint16_t __spare0[1];
	uint64_t stx_ino;
	uint64_t stx_size;
	uint64_t stx_blocks;
	uint64_t stx_attributes_mask;
	struct dmh_statx_timestamp stx_atime;
	struct dmh_statx_timestamp stx_btime;
	struct dmh_statx_timestamp stx_ctime;
	struct dmh_statx_timestamp stx_mtime;
	uint32_t stx_rdev_major;
	uint32_t stx_rdev_minor;
	uint32_t stx_dev_major;
	uint32_t stx_dev_minor;
	uint64_t stx_mnt_id;
	uint32_t stx_dio_mem_align;
	uint32_t stx_dio_offset_align;
	uint64_t __spare3[12];
};
_Static_assert(sizeof(struct dmh_statx) == 256, "layout of statx");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_mask) == 0, "statx.stx_mask");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_blksize) == 4, "statx.stx_blksize");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_attributes) == 8, "statx.stx_attributes");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_nlink) == 16, "statx.stx_nlink");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_uid) == 20, "statx.stx_uid");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_gid) == 24, "statx.stx_gid");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_mode) == 28, "statx.stx_mode");
_Static_assert(__builtin_offsetof(struct dmh_statx, __spare0) == 30, "statx.__spare0");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_ino) == 32, "statx.stx_ino");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_size) == 40, "statx.stx_size");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_blocks) == 48, "statx.stx_blocks");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_attributes_mask) == 56, "statx.stx_attributes_mask");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_atime) == 64, "statx.stx_atime");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_btime) == 80, "statx.stx_btime");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_ctime) == 96, "statx.stx_ctime");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_mtime) == 112, "statx.stx_mtime");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_rdev_major) == 128, "statx.stx_rdev_major");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_rdev_minor) == 132, "statx.stx_rdev_minor");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_dev_major) == 136, "statx.stx_dev_major");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_dev_minor) == 140, "statx.stx_dev_minor");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_mnt_id) == 144, "statx.stx_mnt_id");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_dio_mem_align) == 152, "statx.stx_dio_mem_align");
_Static_assert(__builtin_offsetof(struct dmh_statx, stx_dio_offset_align) == 156, "statx.stx_dio_offset_align");
_Static_assert(__builtin_offsetof(struct dmh_statx, __spare3) == 160, "statx.__spare3");

struct dmh_sysinfo {
	int64_t uptime;
	uint64_t loads[3];
	uint64_t totalram;
	uint64_t freeram;
	uint64_t sharedram;
	uint64_t bufferram;
	uint64_t totalswap;
	uint64_t freeswap;
	uint16_t procs;
	uint16_t pad;
	uint64_t totalhigh;
	uint64_t freehigh;
	uint32_t mem_unit;
	int8_t _f[0];
};
_Static_assert(sizeof(struct dmh_sysinfo) == 112, "layout of sysinfo");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, uptime) == 0, "sysinfo.uptime");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, loads) == 8, "sysinfo.loads");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, totalram) == 32, "sysinfo.totalram");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, freeram) == 40, "sysinfo.freeram");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, sharedram) == 48, "sysinfo.sharedram");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, bufferram) == 56, "sysinfo.bufferram");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, totalswap) == 64, "sysinfo.totalswap");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, freeswap) == 72, "sysinfo.freeswap");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, procs) == 80, "sysinfo.procs");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, pad) == 82, "sysinfo.pad");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, totalhigh) == 88, "sysinfo.totalhigh");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, freehigh) == 96, "sysinfo.freehigh");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, mem_unit) == 104, "sysinfo.mem_unit");
_Static_assert(__builtin_offsetof(struct dmh_sysinfo, _f) == 108, "sysinfo._f");

struct dmh_termio {
	uint16_t c_iflag;
	uint16_t c_oflag;
	uint16_t c_cflag;
	uint16_t c_lflag;
	uint8_t c_line;
	uint8_t c_cc[8];
};
_Static_assert(sizeof(struct dmh_termio) == 18, "layout of termio");
_Static_assert(__builtin_offsetof(struct dmh_termio, c_iflag) == 0, "termio.c_iflag");
_Static_assert(__builtin_offsetof(struct dmh_termio, c_oflag) == 2, "termio.c_oflag");
_Static_assert(__builtin_offsetof(struct dmh_termio, c_cflag) == 4, "termio.c_cflag");
_Static_assert(__builtin_offsetof(struct dmh_termio, c_lflag) == 6, "termio.c_lflag");
_Static_assert(__builtin_offsetof(struct dmh_termio, c_line) == 8, "termio.c_line");
_Static_assert(__builtin_offsetof(struct dmh_termio, c_cc) == 9, "termio.c_cc");

struct dmh_termios {
	uint32_t c_iflag;
	uint32_t c_oflag;
	uint32_t c_cflag;
	uint32_t c_lflag;
	uint8_t c_line;
	uint8_t c_cc[19];
};
_Static_assert(sizeof(struct dmh_termios) == 36, "layout of termios");
_Static_assert(__builtin_offsetof(struct dmh_termios, c_iflag) == 0, "termios.c_iflag");
_Static_assert(__builtin_offsetof(struct dmh_termios, c_oflag) == 4, "termios.c_oflag");
_Static_assert(__builtin_offsetof(struct dmh_termios, c_cflag) == 8, "termios.c_cflag");
_Static_assert(__builtin_offsetof(struct dmh_termios, c_lflag) == 12, "termios.c_lflag");
_Static_assert(__builtin_offsetof(struct dmh_termios, c_line) == 16, "termios.c_line");
_Static_assert(__builtin_offsetof(struct dmh_termios, c_cc) == 17, "termios.c_cc");

struct dmh_termios2 {
	uint32_t c_iflag;
	uint32_t c_oflag;
	uint32_t c_cflag;
	uint32_t c_lflag;
	uint8_t c_line;
	uint8_t c_cc[19];
	uint32_t c_ispeed;
	uint32_t c_ospeed;
};
_Static_assert(sizeof(struct dmh_termios2) == 44, "layout of termios2");
_Static_assert(__builtin_offsetof(struct dmh_termios2, c_iflag) == 0, "termios2.c_iflag");
_Static_assert(__builtin_offsetof(struct dmh_termios2, c_oflag) == 4, "termios2.c_oflag");
_Static_assert(__builtin_offsetof(struct dmh_termios2, c_cflag) == 8, "termios2.c_cflag");
_Static_assert(__builtin_offsetof(struct dmh_termios2, c_lflag) == 12, "termios2.c_lflag");
_Static_assert(__builtin_offsetof(struct dmh_termios2, c_line) == 16, "termios2.c_line");
_Static_assert(__builtin_offsetof(struct dmh_termios2, c_cc) == 17, "termios2.c_cc");
_Static_assert(__builtin_offsetof(struct dmh_termios2, c_ispeed) == 36, "termios2.c_ispeed");
_Static_assert(__builtin_offsetof(struct dmh_termios2, c_ospeed) == 40, "termios2.c_ospeed");

struct dmh_timex {
	uint32_t modes;
	int64_t offset;
	int64_t freq;
	int64_t maxerror;
	int64_t esterror;
	int32_t status;
	int64_t constant;
	int64_t precision;
	int64_t tolerance;
	struct dmh_timeval time;
	int64_t tick;
	int64_t ppsfreq;
	int64_t jitter;
	int32_t shift;
	int64_t stabil;
	int64_t jitcnt;
	int64_t calcnt;
	int64_t errcnt;
	int64_t stbcnt;
	int32_t tai;
	uint8_t dm_tail_164[44];
};
_Static_assert(sizeof(struct dmh_timex) == 208, "layout of timex");
_Static_assert(__builtin_offsetof(struct dmh_timex, modes) == 0, "timex.modes");
_Static_assert(__builtin_offsetof(struct dmh_timex, offset) == 8, "timex.offset");
_Static_assert(__builtin_offsetof(struct dmh_timex, freq) == 16, "timex.freq");
_Static_assert(__builtin_offsetof(struct dmh_timex, maxerror) == 24, "timex.maxerror");
_Static_assert(__builtin_offsetof(struct dmh_timex, esterror) == 32, "timex.esterror");
_Static_assert(__builtin_offsetof(struct dmh_timex, status) == 40, "timex.status");
_Static_assert(__builtin_offsetof(struct dmh_timex, constant) == 48, "timex.constant");
_Static_assert(__builtin_offsetof(struct dmh_timex, precision) == 56, "timex.precision");
_Static_assert(__builtin_offsetof(struct dmh_timex, tolerance) == 64, "timex.tolerance");
_Static_assert(__builtin_offsetof(struct dmh_timex, time) == 72, "timex.time");
_Static_assert(__builtin_offsetof(struct dmh_timex, tick) == 88, "timex.tick");
_Static_assert(__builtin_offsetof(struct dmh_timex, ppsfreq) == 96, "timex.ppsfreq");
_Static_assert(__builtin_offsetof(struct dmh_timex, jitter) == 104, "timex.jitter");
_Static_assert(__builtin_offsetof(struct dmh_timex, shift) == 112, "timex.shift");
_Static_assert(__builtin_offsetof(struct dmh_timex, stabil) == 120, "timex.stabil");
_Static_assert(__builtin_offsetof(struct dmh_timex, jitcnt) == 128, "timex.jitcnt");
_Static_assert(__builtin_offsetof(struct dmh_timex, calcnt) == 136, "timex.calcnt");
_Static_assert(__builtin_offsetof(struct dmh_timex, errcnt) == 144, "timex.errcnt");
_Static_assert(__builtin_offsetof(struct dmh_timex, stbcnt) == 152, "timex.stbcnt");
_Static_assert(__builtin_offsetof(struct dmh_timex, tai) == 160, "timex.tai");

struct dmh_timex_timeval {
	int64_t tv_sec;
	int64_t tv_usec;
};
_Static_assert(sizeof(struct dmh_timex_timeval) == 16, "layout of timex_timeval");
_Static_assert(__builtin_offsetof(struct dmh_timex_timeval, tv_sec) == 0, "timex_timeval.tv_sec");
_Static_assert(__builtin_offsetof(struct dmh_timex_timeval, tv_usec) == 8, "timex_timeval.tv_usec");

struct dmh_timex64 {
	uint32_t modes;
	int32_t __unnamed_pad0;
	int64_t offset;
	int64_t freq;
	int64_t maxerror;
	int64_t esterror;
	int32_t status;
	int32_t __unnamed_pad1;
	int64_t constant;
	int64_t precision;
	int64_t tolerance;
	struct dmh_timex_timeval time;
	int64_t tick;
	int64_t ppsfreq;
	int64_t jitter;
	int32_t shift;
	int32_t __unnamed_pad2;
	int64_t stabil;
	int64_t jitcnt;
	int64_t calcnt;
	int64_t errcnt;
	int64_t stbcnt;
	int32_t tai;
	uint8_t dm_tail_164[44];
};
_Static_assert(sizeof(struct dmh_timex64) == 208, "layout of timex64");
_Static_assert(__builtin_offsetof(struct dmh_timex64, modes) == 0, "timex64.modes");
_Static_assert(__builtin_offsetof(struct dmh_timex64, __unnamed_pad0) == 4, "timex64.__unnamed_pad0");
_Static_assert(__builtin_offsetof(struct dmh_timex64, offset) == 8, "timex64.offset");
_Static_assert(__builtin_offsetof(struct dmh_timex64, freq) == 16, "timex64.freq");
_Static_assert(__builtin_offsetof(struct dmh_timex64, maxerror) == 24, "timex64.maxerror");
_Static_assert(__builtin_offsetof(struct dmh_timex64, esterror) == 32, "timex64.esterror");
_Static_assert(__builtin_offsetof(struct dmh_timex64, status) == 40, "timex64.status");
_Static_assert(__builtin_offsetof(struct dmh_timex64, __unnamed_pad1) == 44, "timex64.__unnamed_pad1");
_Static_assert(__builtin_offsetof(struct dmh_timex64, constant) == 48, "timex64.constant");
_Static_assert(__builtin_offsetof(struct dmh_timex64, precision) == 56, "timex64.precision");
_Static_assert(__builtin_offsetof(struct dmh_timex64, tolerance) == 64, "timex64.tolerance");
_Static_assert(__builtin_offsetof(struct dmh_timex64, time) == 72, "timex64.time");
_Static_assert(__builtin_offsetof(struct dmh_timex64, tick) == 88, "timex64.tick");
_Static_assert(__builtin_offsetof(struct dmh_timex64, ppsfreq) == 96, "timex64.ppsfreq");
_Static_assert(__builtin_offsetof(struct dmh_timex64, jitter) == 104, "timex64.jitter");
_Static_assert(__builtin_offsetof(struct dmh_timex64, shift) == 112, "timex64.shift");
_Static_assert(__builtin_offsetof(struct dmh_timex64, __unnamed_pad2) == 116, "timex64.__unnamed_pad2");
_Static_assert(__builtin_offsetof(struct dmh_timex64, stabil) == 120, "timex64.stabil");
_Static_assert(__builtin_offsetof(struct dmh_timex64, jitcnt) == 128, "timex64.jitcnt");
_Static_assert(__builtin_offsetof(struct dmh_timex64, calcnt) == 136, "timex64.calcnt");
_Static_assert(__builtin_offsetof(struct dmh_timex64, errcnt) == 144, "timex64.errcnt");
_Static_assert(__builtin_offsetof(struct dmh_timex64, stbcnt) == 152, "timex64.stbcnt");
_Static_assert(__builtin_offsetof(struct dmh_timex64, tai) == 160, "timex64.tai");

struct dmh_timezone {
	int32_t tz_minuteswest;
	int32_t tz_dsttime;
};
_Static_assert(sizeof(struct dmh_timezone) == 8, "layout of timezone");
_Static_assert(__builtin_offsetof(struct dmh_timezone, tz_minuteswest) == 0, "timezone.tz_minuteswest");
_Static_assert(__builtin_offsetof(struct dmh_timezone, tz_dsttime) == 4, "timezone.tz_dsttime");

struct dmh_tms {
	int64_t tms_utime;
	int64_t tms_stime;
	int64_t tms_cutime;
	int64_t tms_cstime;
};
_Static_assert(sizeof(struct dmh_tms) == 32, "layout of tms");
_Static_assert(__builtin_offsetof(struct dmh_tms, tms_utime) == 0, "tms.tms_utime");
_Static_assert(__builtin_offsetof(struct dmh_tms, tms_stime) == 8, "tms.tms_stime");
_Static_assert(__builtin_offsetof(struct dmh_tms, tms_cutime) == 16, "tms.tms_cutime");
_Static_assert(__builtin_offsetof(struct dmh_tms, tms_cstime) == 24, "tms.tms_cstime");

struct dmh_ucred {
	uint32_t pid;
	uint32_t uid;
	uint32_t gid;
};
_Static_assert(sizeof(struct dmh_ucred) == 12, "layout of ucred");
_Static_assert(__builtin_offsetof(struct dmh_ucred, pid) == 0, "ucred.pid");
_Static_assert(__builtin_offsetof(struct dmh_ucred, uid) == 4, "ucred.uid");
_Static_assert(__builtin_offsetof(struct dmh_ucred, gid) == 8, "ucred.gid");

struct dmh_uffdio_api {
	uint64_t api;
	uint64_t features;
	uint64_t ioctls;
};
_Static_assert(sizeof(struct dmh_uffdio_api) == 24, "layout of uffdio_api");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_api, api) == 0, "uffdio_api.api");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_api, features) == 8, "uffdio_api.features");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_api, ioctls) == 16, "uffdio_api.ioctls");

struct dmh_uffdio_range {
	uint64_t start;
	uint64_t len;
};
_Static_assert(sizeof(struct dmh_uffdio_range) == 16, "layout of uffdio_range");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_range, start) == 0, "uffdio_range.start");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_range, len) == 8, "uffdio_range.len");

struct dmh_uffdio_continue {
	struct dmh_uffdio_range range;
	uint64_t mode;
	int64_t mapped;
};
_Static_assert(sizeof(struct dmh_uffdio_continue) == 32, "layout of uffdio_continue");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_continue, range) == 0, "uffdio_continue.range");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_continue, mode) == 16, "uffdio_continue.mode");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_continue, mapped) == 24, "uffdio_continue.mapped");

struct dmh_uffdio_copy {
	uint64_t dst;
	uint64_t src;
	uint64_t len;
	uint64_t mode;
	int64_t copy;
};
_Static_assert(sizeof(struct dmh_uffdio_copy) == 40, "layout of uffdio_copy");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_copy, dst) == 0, "uffdio_copy.dst");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_copy, src) == 8, "uffdio_copy.src");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_copy, len) == 16, "uffdio_copy.len");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_copy, mode) == 24, "uffdio_copy.mode");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_copy, copy) == 32, "uffdio_copy.copy");

struct dmh_uffdio_move {
	uint64_t dst;
	uint64_t src;
	uint64_t len;
	uint64_t mode;
	int64_t move;
};
_Static_assert(sizeof(struct dmh_uffdio_move) == 40, "layout of uffdio_move");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_move, dst) == 0, "uffdio_move.dst");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_move, src) == 8, "uffdio_move.src");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_move, len) == 16, "uffdio_move.len");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_move, mode) == 24, "uffdio_move.mode");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_move, move) == 32, "uffdio_move.move");

struct dmh_uffdio_poison {
	struct dmh_uffdio_range range;
	uint64_t mode;
	int64_t updated;
};
_Static_assert(sizeof(struct dmh_uffdio_poison) == 32, "layout of uffdio_poison");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_poison, range) == 0, "uffdio_poison.range");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_poison, mode) == 16, "uffdio_poison.mode");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_poison, updated) == 24, "uffdio_poison.updated");

struct dmh_uffdio_register {
	struct dmh_uffdio_range range;
	uint64_t mode;
	uint64_t ioctls;
};
_Static_assert(sizeof(struct dmh_uffdio_register) == 32, "layout of uffdio_register");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_register, range) == 0, "uffdio_register.range");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_register, mode) == 16, "uffdio_register.mode");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_register, ioctls) == 24, "uffdio_register.ioctls");

struct dmh_uffdio_writeprotect {
	struct dmh_uffdio_range range;
	uint64_t mode;
};
_Static_assert(sizeof(struct dmh_uffdio_writeprotect) == 24, "layout of uffdio_writeprotect");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_writeprotect, range) == 0, "uffdio_writeprotect.range");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_writeprotect, mode) == 16, "uffdio_writeprotect.mode");

struct dmh_uffdio_zeropage {
	struct dmh_uffdio_range range;
	uint64_t mode;
	int64_t zeropage;
};
_Static_assert(sizeof(struct dmh_uffdio_zeropage) == 32, "layout of uffdio_zeropage");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_zeropage, range) == 0, "uffdio_zeropage.range");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_zeropage, mode) == 16, "uffdio_zeropage.mode");
_Static_assert(__builtin_offsetof(struct dmh_uffdio_zeropage, zeropage) == 24, "uffdio_zeropage.zeropage");

struct dmh_user_cap_data {
	uint32_t effective;
	uint32_t permitted;
	uint32_t inheritable;
};
_Static_assert(sizeof(struct dmh_user_cap_data) == 12, "layout of user_cap_data");
_Static_assert(__builtin_offsetof(struct dmh_user_cap_data, effective) == 0, "user_cap_data.effective");
_Static_assert(__builtin_offsetof(struct dmh_user_cap_data, permitted) == 4, "user_cap_data.permitted");
_Static_assert(__builtin_offsetof(struct dmh_user_cap_data, inheritable) == 8, "user_cap_data.inheritable");

struct dmh_user_cap_header {
	uint32_t version;
	int32_t pid;
};
_Static_assert(sizeof(struct dmh_user_cap_header) == 8, "layout of user_cap_header");
_Static_assert(__builtin_offsetof(struct dmh_user_cap_header, version) == 0, "user_cap_header.version");
_Static_assert(__builtin_offsetof(struct dmh_user_cap_header, pid) == 4, "user_cap_header.pid");

struct dmh_ustat {
	int32_t f_tfree;
	uint64_t f_tinode;
	int8_t f_fname[6];
	int8_t f_fpack[6];
};
_Static_assert(sizeof(struct dmh_ustat) == 32, "layout of ustat");
_Static_assert(__builtin_offsetof(struct dmh_ustat, f_tfree) == 0, "ustat.f_tfree");
_Static_assert(__builtin_offsetof(struct dmh_ustat, f_tinode) == 8, "ustat.f_tinode");
_Static_assert(__builtin_offsetof(struct dmh_ustat, f_fname) == 16, "ustat.f_fname");
_Static_assert(__builtin_offsetof(struct dmh_ustat, f_fpack) == 22, "ustat.f_fpack");

struct dmh_utimbuf {
	int64_t actime;
	int64_t modtime;
};
_Static_assert(sizeof(struct dmh_utimbuf) == 16, "layout of utimbuf");
_Static_assert(__builtin_offsetof(struct dmh_utimbuf, actime) == 0, "utimbuf.actime");
_Static_assert(__builtin_offsetof(struct dmh_utimbuf, modtime) == 8, "utimbuf.modtime");

struct dmh_utsname {
	int8_t sysname[65];
	int8_t nodename[65];
	int8_t release[65];
	int8_t version[65];
	int8_t machine[65];
	int8_t domainname[65];
};
_Static_assert(sizeof(struct dmh_utsname) == 390, "layout of utsname");
_Static_assert(__builtin_offsetof(struct dmh_utsname, sysname) == 0, "utsname.sysname");
_Static_assert(__builtin_offsetof(struct dmh_utsname, nodename) == 65, "utsname.nodename");
_Static_assert(__builtin_offsetof(struct dmh_utsname, release) == 130, "utsname.release");
_Static_assert(__builtin_offsetof(struct dmh_utsname, version) == 195, "utsname.version");
_Static_assert(__builtin_offsetof(struct dmh_utsname, machine) == 260, "utsname.machine");
_Static_assert(__builtin_offsetof(struct dmh_utsname, domainname) == 325, "utsname.domainname");

struct dmh_winsize {
	uint16_t ws_row;
	uint16_t ws_col;
	uint16_t ws_xpixel;
	uint16_t ws_ypixel;
};
_Static_assert(sizeof(struct dmh_winsize) == 8, "layout of winsize");
_Static_assert(__builtin_offsetof(struct dmh_winsize, ws_row) == 0, "winsize.ws_row");
_Static_assert(__builtin_offsetof(struct dmh_winsize, ws_col) == 2, "winsize.ws_col");
_Static_assert(__builtin_offsetof(struct dmh_winsize, ws_xpixel) == 4, "winsize.ws_xpixel");
_Static_assert(__builtin_offsetof(struct dmh_winsize, ws_ypixel) == 6, "winsize.ws_ypixel");

#endif
