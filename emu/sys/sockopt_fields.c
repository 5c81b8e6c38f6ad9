/* emu/sys/sockopt_fields.c: the integer fields inside the structs that IP,
 * IPv6 and packet socket options take (netinet/in.h, linux/in6.h,
 * linux/if_packet.h: membership requests and the tpacket_req rings), so a big-endian guest's values reach the host in its
 * order.  Addresses (in_addr, in6_addr, the bytes after sa_family) are in
 * network order already and are left alone; sa_family is a native u16.
 * Offsets are the LP64 layouts (sockaddr_storage 8-aligned), which every
 * 64-bit guest shares with the host; a 32-bit guest's group_req is packed
 * differently and is not converted here. */
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include "emu/sys/internal.h"

#ifndef SOL_PACKET
#define SOL_PACKET 263
#endif

struct field { uint16_t off; uint8_t w; };
struct sockopt_layout {
	int level, name;
	unsigned minlen;          /* the layout applies from this length on */
	struct field f[7];        /* w == 0 ends */
	uint8_t storage_at;       /* > 0: sockaddr_storage array (MCAST_MSFILTER's gf_slist) */
};

#define SS 128                /* sizeof(struct sockaddr_storage) */
static const struct sockopt_layout layouts[] = {
	/* struct ip_mreqn: two in_addr, then int imr_ifindex (12 bytes); an
	 * 8-byte ip_mreq and a 4-byte in_addr hold addresses only */
	{ IPPROTO_IP, 32 /* IP_MULTICAST_IF */, 12, { { 8, 4 } }, 0 },
	{ IPPROTO_IP, 32, 4, { { 0, 0 } }, 0 },
	{ IPPROTO_IP, 35 /* IP_ADD_MEMBERSHIP */, 12, { { 8, 4 } }, 0 },
	{ IPPROTO_IP, 36 /* IP_DROP_MEMBERSHIP */, 12, { { 8, 4 } }, 0 },
	/* struct ip_msfilter: two in_addr, u32 fmode, u32 numsrc, in_addr[] */
	{ IPPROTO_IP, 41 /* IP_MSFILTER */, 16, { { 8, 4 }, { 12, 4 } }, 0 },
	/* struct ipv6_mreq: in6_addr, int ipv6mr_ifindex; in6_pktinfo alike */
	{ IPPROTO_IPV6, 20 /* IPV6_ADD_MEMBERSHIP */, 20, { { 16, 4 } }, 0 },
	{ IPPROTO_IPV6, 21 /* IPV6_DROP_MEMBERSHIP */, 20, { { 16, 4 } }, 0 },
	{ IPPROTO_IPV6, 50 /* IPV6_PKTINFO */, 20, { { 16, 4 } }, 0 },
	/* struct packet_mreq: int ifindex, u16 type, u16 alen, u8 address[8] */
	{ SOL_PACKET, 1 /* PACKET_ADD_MEMBERSHIP */, 8, { { 0, 4 }, { 4, 2 }, { 6, 2 } }, 0 },
	{ SOL_PACKET, 2 /* PACKET_DROP_MEMBERSHIP */, 8, { { 0, 4 }, { 4, 2 }, { 6, 2 } }, 0 },
	/* struct tpacket_req (four u32) and tpacket_req3 (seven) for the rings */
	{ SOL_PACKET, 5 /* PACKET_RX_RING */, 28, { { 0, 4 }, { 4, 4 }, { 8, 4 }, { 12, 4 }, { 16, 4 }, { 20, 4 }, { 24, 4 } }, 0 },
	{ SOL_PACKET, 5, 16, { { 0, 4 }, { 4, 4 }, { 8, 4 }, { 12, 4 } }, 0 },
	{ SOL_PACKET, 13 /* PACKET_TX_RING */, 28, { { 0, 4 }, { 4, 4 }, { 8, 4 }, { 12, 4 }, { 16, 4 }, { 20, 4 }, { 24, 4 } }, 0 },
	{ SOL_PACKET, 13, 16, { { 0, 4 }, { 4, 4 }, { 8, 4 }, { 12, 4 } }, 0 },
};

/* The MCAST_* options (linux/in.h, 42-48) are numbered alike at both
 * levels: struct group_req (u32 interface, sockaddr_storage group),
 * group_source_req (and a source), group_filter (fmode, numsrc, sources). */
static const struct sockopt_layout mcast[] = {
	{ 0, 42 /* MCAST_JOIN_GROUP */, 8 + SS, { { 0, 4 }, { 8, 2 } }, 0 },
	{ 0, 45 /* MCAST_LEAVE_GROUP */, 8 + SS, { { 0, 4 }, { 8, 2 } }, 0 },
	{ 0, 43 /* MCAST_BLOCK_SOURCE */, 8 + 2 * SS, { { 0, 4 }, { 8, 2 }, { 8 + SS, 2 } }, 0 },
	{ 0, 44 /* MCAST_UNBLOCK_SOURCE */, 8 + 2 * SS, { { 0, 4 }, { 8, 2 }, { 8 + SS, 2 } }, 0 },
	{ 0, 46 /* MCAST_JOIN_SOURCE_GROUP */, 8 + 2 * SS, { { 0, 4 }, { 8, 2 }, { 8 + SS, 2 } }, 0 },
	{ 0, 47 /* MCAST_LEAVE_SOURCE_GROUP */, 8 + 2 * SS, { { 0, 4 }, { 8, 2 }, { 8 + SS, 2 } }, 0 },
	{ 0, 48 /* MCAST_MSFILTER */, 16 + SS, { { 0, 4 }, { 8, 2 }, { 8 + SS, 4 }, { 12 + SS, 4 } }, 16 + SS },
};

static const struct sockopt_layout *find(int level, int name, unsigned len)
{
	for (unsigned i = 0; i < sizeof layouts / sizeof *layouts; i++)
		if (layouts[i].level == level && layouts[i].name == name && len >= layouts[i].minlen)
			return &layouts[i];
	if (level == IPPROTO_IP || level == IPPROTO_IPV6)
		for (unsigned i = 0; i < sizeof mcast / sizeof *mcast; i++)
			if (mcast[i].name == name && len >= mcast[i].minlen) return &mcast[i];
	return NULL;
}

/* Converts the option value in buf (len bytes) between guest and host order
 * in place: to_host 1 for setsockopt's input, 0 for getsockopt's output.
 * Returns 1 when the option's layout is known (the caller leaves it be),
 * 0 when not (the caller's own rule: a 4-byte value is an int). */
int dm_sockopt_fields(const struct dm_abi *abi, int level, int name, uint8_t *buf, unsigned len, int to_host)
{
	const struct sockopt_layout *l = find(level, name, len);
	if (!l) return 0;
	if (abi->endian != DM_BIG || abi->bits != 64) return 1;
	unsigned nsrc = 0;
	for (const struct field *f = l->f; f < l->f + 7 && f->w; f++) {
		uint8_t *p = buf + f->off;
		uint64_t v;
		if (to_host) {
			v = dm_gload(abi, p, f->w);
			if (f->w == 2) { uint16_t h = (uint16_t)v; memcpy(p, &h, 2); }
			else { uint32_t h = (uint32_t)v; memcpy(p, &h, 4); }
		} else {
			if (f->w == 2) { uint16_t h; memcpy(&h, p, 2); v = h; }
			else { uint32_t h; memcpy(&h, p, 4); v = h; }
			dm_gstore(abi, p, f->w, v);
		}
		if (l->storage_at && f->off == 12 + SS) nsrc = (uint32_t)v;   /* gf_numsrc */
	}
	for (unsigned i = 0; l->storage_at && i < nsrc && l->storage_at + (i + 1) * SS <= len; i++) {
		uint8_t *p = buf + l->storage_at + i * SS;
		if (to_host) { uint16_t h = (uint16_t)dm_gload(abi, p, 2); memcpy(p, &h, 2); }
		else { uint16_t h; memcpy(&h, p, 2); dm_gstore(abi, p, 2, h); }
	}
	return 1;
}

/* A sockaddr's integers after sa_family, by family: sockaddr_ll (AF_PACKET:
 * int sll_ifindex, u16 sll_hatype; sll_protocol is network order),
 * sockaddr_nl (AF_NETLINK: u32 nl_pid, nl_groups), sockaddr_vm (AF_VSOCK:
 * u32 svm_port, svm_cid).  buf's sa_family is already in host order. */
void dm_sockaddr_fields(const struct dm_abi *abi, uint8_t *buf, size_t len, int to_host)
{
	static const struct { uint16_t family; struct field f[2]; } fams[] = {
		{ AF_PACKET, { { 4, 4 }, { 8, 2 } } },
		{ AF_NETLINK, { { 4, 4 }, { 8, 4 } } },
		{ 40 /* AF_VSOCK */, { { 4, 4 }, { 8, 4 } } },
	};
	uint16_t family;
	if (abi->endian != DM_BIG || len < 2) return;
	memcpy(&family, buf, 2);
	for (size_t i = 0; i < sizeof fams / sizeof *fams; i++) {
		if (fams[i].family != family) continue;
		for (unsigned k = 0; k < 2; k++) {
			const struct field *f = &fams[i].f[k];
			if (f->off + f->w > len) break;
			uint8_t *p = buf + f->off;
			if (to_host) {
				uint64_t v = dm_gload(abi, p, f->w);
				if (f->w == 2) { uint16_t h = (uint16_t)v; memcpy(p, &h, 2); }
				else { uint32_t h = (uint32_t)v; memcpy(p, &h, 4); }
			} else if (f->w == 2) {
				uint16_t h; memcpy(&h, p, 2); dm_gstore(abi, p, 2, h);
			} else {
				uint32_t h; memcpy(&h, p, 4); dm_gstore(abi, p, 4, h);
			}
		}
	}
}
