-- quotactl's VFS structures (linux/quota.h): u64 and u32 fields, whose
-- padding differs where u64 is 4-aligned (i386, arc, sh, m68k): converted
-- field by field by emu/sys/quota.c.  The XFS ones (linux/dqblk_xfs.h) are
-- passed as bytes (fixed-width fields; see specs/syscalls/fs.lua).

local dqblk = {
  { "dqb_bhardlimit", "u64" }, { "dqb_bsoftlimit", "u64" }, { "dqb_curspace", "u64" },
  { "dqb_ihardlimit", "u64" }, { "dqb_isoftlimit", "u64" }, { "dqb_curinodes", "u64" },
  { "dqb_btime", "u64" }, { "dqb_itime", "u64" }, { "dqb_valid", "u32" },
}

struct "if_dqblk" { headers = { "linux/quota.h" }, table.unpack(dqblk) }

local next = { headers = { "linux/quota.h" } }
for _, f in ipairs(dqblk) do next[#next + 1] = f end
next[#next + 1] = { "dqb_id", "u32" }
struct "if_nextdqblk" (next)

struct "if_dqinfo" {
  headers = { "linux/quota.h" },
  { "dqi_bgrace", "u64" }, { "dqi_igrace", "u64" }, { "dqi_flags", "u32" }, { "dqi_valid", "u32" },
}
