-- NUMA memory policies (linux/mempolicy.h): node masks are bitmaps of guest
-- longs (maxnode bits), address ranges guest memory: emu/sys/numa.c.
local NODEMASK = "node masks are bitmaps of guest longs, converted bit by bit; ranges are guest memory"
syscall "get_mempolicy" { custom = NODEMASK, ptr "policy", ptr "nmask", ulong "maxnode", ulong "addr",
  ulong "flags", ret = "int", note = "flags: MPOL_F_NODE 1, MPOL_F_ADDR 2, MPOL_F_MEMS_ALLOWED 4" }
syscall "set_mempolicy" { custom = NODEMASK, int "mode", ptr "nmask", ulong "maxnode", ret = "int",
  note = "mode: MPOL_DEFAULT 0, PREFERRED 1, BIND 2, INTERLEAVE 3, LOCAL 4, PREFERRED_MANY 5, "
      .. "WEIGHTED_INTERLEAVE 6, with MPOL_F_STATIC_NODES/RELATIVE_NODES/NUMA_BALANCING bits" }
syscall "mbind" { custom = NODEMASK, ulong "start", ulong "len", ulong "mode", ptr "nmask", ulong "maxnode",
  uint "flags", ret = "int", note = "flags: MPOL_MF_STRICT 1, MOVE 2, MOVE_ALL 4" }
syscall "migrate_pages" { custom = NODEMASK, pid "pid", ulong "maxnode", ptr "old_nodes", ptr "new_nodes",
  ret = "long" }
syscall "move_pages" { custom = "an array of guest page addresses; int nodes and status",
  pid "pid", ulong "nr_pages", ptr "pages", ptr "nodes", ptr "status", int "flags", ret = "long" }
syscall "set_mempolicy_home_node" { custom = NODEMASK, ulong "start", ulong "len", ulong "home_node",
  ulong "flags", ret = "long" }
