-- ioctl request encodings: how _IOC(dir, type, nr, size) packs its fields.
-- Generic: asm-generic/ioctl.h.  The others override it in arch/<x>/include/uapi/asm/ioctl.h.
-- Fields from bit 0 up: nr (8 bits), type (8 bits), size, dir.
ioc_encoding "generic" { size_bits = 14, dir_bits = 2, none = 0, write = 1, read = 2 }
ioc_encoding "three-bit-dir" { size_bits = 13, dir_bits = 3, none = 1, write = 4, read = 2 } -- mips, powerpc, alpha
ioc_encoding "sparc" { size_bits = 13, dir_bits = 3, none = 1, write = 4, read = 2 }        -- size field overlaps NONE when decoded
ioc_encoding "hppa" { size_bits = 14, dir_bits = 2, none = 0, write = 2, read = 1 }          -- READ and WRITE swapped
