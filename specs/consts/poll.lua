-- poll(2) events of asm/poll.h (asm-generic/poll.h) and epoll constants of
-- linux/eventpoll.h.  POLLFREE and POLL_BUSY_LOOP (kernel-internal) are left out.
-- Values drafted by gen/draft.lua.

constset "poll_events" {
  kind = "flags",
  headers = { "asm/poll.h" },
  values = {
    POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 0x10, POLLNVAL = 0x20,
    POLLRDNORM = 0x40, POLLRDBAND = 0x80, POLLWRNORM = 0x100, POLLWRBAND = 0x200, POLLMSG = 0x400,
    POLLREMOVE = 0x1000, POLLRDHUP = 0x2000,
  },
  overrides = {
    mips = {
      POLLWRNORM = 4, POLLWRBAND = 0x100,
    },
    sparc = {
      POLLWRNORM = 4, POLLWRBAND = 0x100, POLLMSG = 0x200, POLLREMOVE = 0x400, POLLRDHUP = 0x800,
    },
    m68k = {
      POLLWRNORM = 4, POLLWRBAND = 0x100,
    },
  },
}

constset "epoll_events" {
  kind = "flags",
  headers = { "linux/eventpoll.h" },
  values = {
    EPOLLIN = 1, EPOLLPRI = 2, EPOLLOUT = 4, EPOLLERR = 8, EPOLLHUP = 0x10, EPOLLNVAL = 0x20,
    EPOLLRDNORM = 0x40, EPOLLRDBAND = 0x80, EPOLLWRNORM = 0x100, EPOLLWRBAND = 0x200,
    EPOLLMSG = 0x400, EPOLLRDHUP = 0x2000, EPOLLEXCLUSIVE = 0x10000000, EPOLLWAKEUP = 0x20000000,
    EPOLLONESHOT = 0x40000000, EPOLLET = 0x80000000,
  },
}

constset "epoll_ctl_op" {
  kind = "enum",
  headers = { "linux/eventpoll.h" },
  values = {
    EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3,
  },
}

constset "epoll_create_flags" {
  kind = "flags",
  headers = { "linux/eventpoll.h" },
  values = {
    EPOLL_CLOEXEC = 0x80000,
  },
  overrides = {
    sparc = {
      EPOLL_CLOEXEC = 0x400000,
    },
    alpha = {
      EPOLL_CLOEXEC = 0x200000,
    },
    hppa = {
      EPOLL_CLOEXEC = 0x200000,
    },
  },
}
