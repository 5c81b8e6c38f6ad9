-- TUN/TAP devices (/dev/net/tun): linux/if_tun.h.  The "SET" ones that take a value
-- (persist, owner, group, link, offload) take it in the argument itself.

ioctl "TUNSETIFF" { headers = { "linux/if_tun.h" }, code = iow('T', 202, "int"), arg = inout "ifr" : struct "ifreq" }
ioctl "TUNSETPERSIST" { headers = { "linux/if_tun.h" }, code = iow('T', 203, "int"), arg = ulong "arg" }
ioctl "TUNSETOWNER" { headers = { "linux/if_tun.h" }, code = iow('T', 204, "int"), arg = ulong "arg" }
ioctl "TUNSETLINK" { headers = { "linux/if_tun.h" }, code = iow('T', 205, "int"), arg = ulong "arg" }
ioctl "TUNSETGROUP" { headers = { "linux/if_tun.h" }, code = iow('T', 206, "int"), arg = ulong "arg" }
ioctl "TUNGETFEATURES" { headers = { "linux/if_tun.h" }, code = ior('T', 207, "uint"), arg = out "features" : struct "uint" }
ioctl "TUNSETOFFLOAD" { headers = { "linux/if_tun.h" }, code = iow('T', 208, "uint"), arg = ulong "arg" }
ioctl "TUNGETIFF" { headers = { "linux/if_tun.h" }, code = ior('T', 210, "uint"), arg = out "ifr" : struct "ifreq" }
ioctl "TUNGETSNDBUF" { headers = { "linux/if_tun.h" }, code = ior('T', 211, "int"), arg = out "sndbuf" : struct "int" }
ioctl "TUNSETSNDBUF" { headers = { "linux/if_tun.h" }, code = iow('T', 212, "int"), arg = input "sndbuf" : struct "int" }
ioctl "TUNGETVNETHDRSZ" { headers = { "linux/if_tun.h" }, code = ior('T', 215, "int"), arg = out "size" : struct "int" }
ioctl "TUNSETVNETHDRSZ" { headers = { "linux/if_tun.h" }, code = iow('T', 216, "int"), arg = input "size" : struct "int" }
ioctl "TUNSETQUEUE" { headers = { "linux/if_tun.h" }, code = iow('T', 217, "int"), arg = input "ifr" : struct "ifreq" }
