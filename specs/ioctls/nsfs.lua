-- Namespace files (/proc/<pid>/ns/*, nsfs): linux/nsfs.h.  NS_GET_USERNS and
-- NS_GET_PARENT return a new fd, NS_GET_NSTYPE a CLONE_NEW* value (the same on
-- every ABI); NS_GET_OWNER_UID writes a uid_t (32 bits everywhere).

ioctl "NS_GET_USERNS" { headers = { "linux/nsfs.h" }, code = io(0xb7, 1) }
ioctl "NS_GET_PARENT" { headers = { "linux/nsfs.h" }, code = io(0xb7, 2) }
ioctl "NS_GET_NSTYPE" { headers = { "linux/nsfs.h" }, code = io(0xb7, 3) }
ioctl "NS_GET_OWNER_UID" { headers = { "linux/nsfs.h" }, code = io(0xb7, 4), arg = out "uid" : struct "uint" }

-- Newer than the checker's 6.1 headers (not machine-checked): the mount
-- namespace's 64-bit id (linux/nsfs.h of v6.11+), which listmount/statmount take.
ioctl "NS_GET_MNTNS_ID" { code = ior(0xb7, 5, "u64"), arg = out "id" : struct "u64", check = false,
  note = "linux/nsfs.h of v6.11+: _IOR(NSIO, 0x5, __u64); the 6.1 headers lack it" }
