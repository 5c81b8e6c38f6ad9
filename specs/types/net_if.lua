-- Network interface ioctls (SIOCGIFxxx): struct ifreq, ifconf, ifmap
-- (linux/if.h).  The anonymous-typed unions inside them are separate spec
-- unions measured through __typeof__ of the member.
-- x32: socket ioctls go through compat_ioctl, so 32-bit pointers and longs.

struct "ifmap" {
  headers = { "linux/if.h" },
  { "mem_start", "ulong" }, { "mem_end", "ulong" }, { "base_addr", "ushort" },
  { "irq", "uchar" }, { "dma", "uchar" }, { "port", "uchar" },
}

-- if_settings.ifs_ifsu: pointers to the HDLC protocol structs.
union "if_settings_ifsu" {
  ctype = "__typeof__(((struct if_settings *)0)->ifs_ifsu)",
  headers = { "linux/if.h" },
  { "raw_hdlc", "ptr" }, { "cisco", "ptr" }, { "fr", "ptr" }, { "fr_pvc", "ptr" },
  { "fr_pvc_info", "ptr" }, { "x25", "ptr" }, { "sync", "ptr" }, { "te1", "ptr" },
}

struct "if_settings" {
  headers = { "linux/if.h" },
  { "type", "uint" }, { "size", "uint" }, { "ifs_ifsu", "union if_settings_ifsu" },
}

union "ifreq_ifrn" {
  ctype = "__typeof__(((struct ifreq *)0)->ifr_ifrn)",
  headers = { "linux/if.h" },
  { "ifrn_name", "char[16]" },
}

union "ifreq_ifru" {
  ctype = "__typeof__(((struct ifreq *)0)->ifr_ifru)",
  headers = { "linux/if.h" },
  { "ifru_addr", "struct sockaddr" }, { "ifru_dstaddr", "struct sockaddr" },
  { "ifru_broadaddr", "struct sockaddr" }, { "ifru_netmask", "struct sockaddr" },
  { "ifru_hwaddr", "struct sockaddr" }, { "ifru_flags", "short" }, { "ifru_ivalue", "int" },
  { "ifru_mtu", "int" }, { "ifru_map", "struct ifmap" }, { "ifru_slave", "char[16]" },
  { "ifru_newname", "char[16]" }, { "ifru_data", "ptr" }, { "ifru_settings", "struct if_settings" },
}

struct "ifreq" {
  headers = { "linux/if.h" },
  { "ifr_ifrn", "union ifreq_ifrn" }, { "ifr_ifru", "union ifreq_ifru" },
}

-- ifreq for the ioctls whose union member is an int (ifr_ifindex, ifr_mtu,
-- ifr_metric, ifr_qlen) or a short (ifr_flags): converted as that member, so
-- a big-endian guest's value arrives (ifreq's own union travels as bytes).
union "ifreq_ifru_int" {
  ctype = "__typeof__(((struct ifreq *)0)->ifr_ifru)",
  headers = { "linux/if.h" }, convert_as = "ifru_ivalue",
  { "ifru_addr", "struct sockaddr" }, { "ifru_dstaddr", "struct sockaddr" },
  { "ifru_broadaddr", "struct sockaddr" }, { "ifru_netmask", "struct sockaddr" },
  { "ifru_hwaddr", "struct sockaddr" }, { "ifru_flags", "short" }, { "ifru_ivalue", "int" },
  { "ifru_mtu", "int" }, { "ifru_map", "struct ifmap" }, { "ifru_slave", "char[16]" },
  { "ifru_newname", "char[16]" }, { "ifru_data", "ptr" }, { "ifru_settings", "struct if_settings" },
}

union "ifreq_ifru_short" {
  ctype = "__typeof__(((struct ifreq *)0)->ifr_ifru)",
  headers = { "linux/if.h" }, convert_as = "ifru_flags",
  { "ifru_addr", "struct sockaddr" }, { "ifru_dstaddr", "struct sockaddr" },
  { "ifru_broadaddr", "struct sockaddr" }, { "ifru_netmask", "struct sockaddr" },
  { "ifru_hwaddr", "struct sockaddr" }, { "ifru_flags", "short" }, { "ifru_ivalue", "int" },
  { "ifru_mtu", "int" }, { "ifru_map", "struct ifmap" }, { "ifru_slave", "char[16]" },
  { "ifru_newname", "char[16]" }, { "ifru_data", "ptr" }, { "ifru_settings", "struct if_settings" },
}

struct "ifreq_int" {
  ctype = "struct ifreq", headers = { "linux/if.h" },
  { "ifr_ifrn", "union ifreq_ifrn" }, { "ifr_ifru", "union ifreq_ifru_int" },
}

struct "ifreq_short" {
  ctype = "struct ifreq", headers = { "linux/if.h" },
  { "ifr_ifrn", "union ifreq_ifrn" }, { "ifr_ifru", "union ifreq_ifru_short" },
}

-- both members are the same pointer: converted as a word (a big-endian guest's too)
union "ifconf_ifcu" {
  ctype = "__typeof__(((struct ifconf *)0)->ifc_ifcu)",
  headers = { "linux/if.h" }, convert_as = "ifcu_buf",
  { "ifcu_buf", "ptr" }, { "ifcu_req", "ptr" },
}

struct "ifconf" {
  headers = { "linux/if.h" },
  { "ifc_len", "int" }, { "ifc_ifcu", "union ifconf_ifcu" },
}
