-- File type and mode bits of st_mode (linux/stat.h): the type is a multi-bit
-- field under S_IFMT, the set-id and sticky bits are flags; -strace prints the
-- permission bits that remain in octal, as strace(1) does (S_IFREG|0644).

constset "stat_mode" {
  kind = "flags",
  headers = { "linux/stat.h" },
  fields = {
    S_IFMT = { "S_IFSOCK", "S_IFLNK", "S_IFREG", "S_IFBLK", "S_IFDIR", "S_IFCHR", "S_IFIFO" },
  },
  values = {
    S_IFMT = 0xf000, S_IFSOCK = 0xc000, S_IFLNK = 0xa000, S_IFREG = 0x8000, S_IFBLK = 0x6000,
    S_IFDIR = 0x4000, S_IFCHR = 0x2000, S_IFIFO = 0x1000, S_ISUID = 0x800, S_ISGID = 0x400,
    S_ISVTX = 0x200,
  },
}
