-- The kernel key retention service (linux/keyctl.h).  Keys, key ids and the
-- KEY_SPEC_* keyring specials (negative s32) live in the host kernel and need
-- no translation; strings and payloads are guest memory.

syscall "add_key" { str "_type", str "_description", buf_in "_payload" : len "plen" : optional(), size "plen",
  int "ringid", ret = "int", note = "returns the new key's serial; ringid may be a KEY_SPEC_* (negative)" }
syscall "request_key" { str "_type", str "_description", str "_callout_info" : optional(), int "destringid",
  ret = "int", note = "returns the key's serial" }
syscall "keyctl" { custom = "the command decides what arg2..arg5 are: ids, strings, in/out buffers, "
    .. "an iovec array, an errno (REJECT), parameter structs (DH_COMPUTE, PKEY_*)",
  int "option", ulong "arg2", ulong "arg3", ulong "arg4", ulong "arg5", ret = "long",
  note = "option: KEYCTL_* (same on every ABI); emu/sys/keyctl.c" }
