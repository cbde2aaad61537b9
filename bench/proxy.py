#!/usr/bin/env python3
"""A TCP proxy that makes 127.0.0.1 look like a distant network: added delay per direction, an optional
bandwidth cap, and a round trip for each new connection (what its TCP handshake would cost).

    python3 bench/proxy.py --listen 127.0.0.1:9100 --target 127.0.0.1:9000 --rtt-ms 40 [--rate-mbit 400]

Every byte read from one side is written to the other `rtt/2` later. With `--rate-mbit`, each direction
is one link shared by all connections: a chunk leaves when the link has sent what was queued before it
(at the rate), then travels `rtt/2`. A new connection's first bytes reach the server no earlier than 1.5
round trips after it connected (the SYN / SYN-ACK of a real connection, then their own way), so its first
answer takes two round trips. Per connection and direction at most `--window-kib` are in
transit; beyond that the proxy stops reading from the sender, as TCP's flow control would, so memory stays
bounded and a sender cannot outrun the link. Standard library only (asyncio protocols, timers on the event
loop); it prints `ready PORT` on stdout once it listens, and per-second counters on stderr with `--stats`.

Deliveries are due on a millisecond grid (a chunk's time is rounded up to the next millisecond, so it is
never early and at most 1 ms late): one timer per millisecond in which something is due, for every
connection together, rather than one per chunk. With thousands of small requests a second the timers were
most of the proxy's own CPU time, and a proxy short of CPU delays everything by more than it was told to.
"""

import argparse
import asyncio
import math
import sys


class Clock:
    """Runs callbacks at their due time rounded up to the next millisecond: one event-loop timer per
    millisecond that has something due, the callbacks of one millisecond in the order they were scheduled."""

    def __init__(self, loop):
        self.loop = loop
        self.slots: dict[int, list] = {}

    def at(self, when: float, fn, arg) -> None:
        tick = math.ceil(when * 1000)
        slot = self.slots.get(tick)
        if slot is None:
            slot = self.slots[tick] = []
            self.loop.call_at(tick / 1000, self.run, tick)
        slot.append((fn, arg))

    def run(self, tick: int) -> None:
        for fn, arg in self.slots.pop(tick):
            fn(arg)


class Link:
    """One direction: propagation delay and, optionally, a rate shared by every connection."""

    def __init__(self, delay: float, rate_bytes: float):
        self.delay = delay
        self.rate = rate_bytes
        self.free_at = 0.0
        self.bytes = 0

    def arrival(self, now: float, n: int) -> float:
        self.bytes += n
        if self.rate:
            self.free_at = max(now, self.free_at) + n / self.rate
            return self.free_at + self.delay
        return now + self.delay


class Half(asyncio.Protocol):
    """One side of a proxied connection: what it receives goes, delayed, to its peer."""

    def __init__(self, conn: "Conn", link: Link, to_server: bool):
        self.conn = conn
        self.link = link
        self.to_server = to_server
        self.transport: asyncio.Transport | None = None
        self.peer: "Half | None" = None
        self.in_transit = 0
        self.paused_reading = False
        self.peer_full = False
        self.last = 0.0
        self.queued = 0  # deliveries on the clock, not yet run
        self.pending: list[bytes] = []  # delivered before the peer's connection was up

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data: bytes):
        loop = self.conn.loop
        now = loop.time()
        t = self.link.arrival(now, len(data))
        if self.to_server:
            t = max(t, self.conn.ready_at)
        # Per connection the order holds: never before the previous chunk.
        t = max(t, self.last)
        self.last = t
        self.in_transit += len(data)
        if self.in_transit > self.conn.window:
            self.pause()
        self.later(t, self.deliver, data)

    def later(self, t: float, fn, arg):
        """Runs fn(arg) at t: at once when t has come and nothing of this side waits; else on the clock. Per
        connection and direction the times never decrease and the clock keeps the order of equal ones, so
        chunks arrive in the order they were sent."""
        if self.queued == 0 and t <= self.conn.loop.time():
            fn(arg)
            return
        self.queued += 1
        self.conn.clock.at(t, self.fire, (fn, arg))

    def fire(self, call):
        self.queued -= 1
        call[0](call[1])

    def deliver(self, data: bytes):
        self.in_transit -= len(data)
        peer = self.peer
        if peer is None or peer.transport is None:
            self.pending.append(data)
        elif not peer.transport.is_closing():
            peer.transport.write(data)
        self.maybe_resume()

    def flush_pending(self):
        for d in self.pending:
            self.peer.transport.write(d)
        self.pending.clear()

    def pause(self):
        if not self.paused_reading and self.transport:
            self.paused_reading = True
            self.transport.pause_reading()

    def maybe_resume(self):
        if self.paused_reading and not self.peer_full and self.in_transit <= self.conn.window // 2:
            self.paused_reading = False
            self.transport.resume_reading()

    # The peer's socket buffer is full: stop reading what would go into it.
    def pause_writing(self):
        if self.peer:
            self.peer.peer_full = True
            self.peer.pause()

    def resume_writing(self):
        if self.peer:
            self.peer.peer_full = False
            self.peer.maybe_resume()

    def after_transit(self, action):
        """Runs `action` (end of file, close) once everything in transit from this side is delivered."""
        t = max(self.conn.loop.time() + self.link.delay, self.last)
        self.last = t
        self.later(t, lambda _: action(), None)

    def eof_received(self):
        self.after_transit(self.peer_eof)
        return True  # keep the other direction open

    def peer_eof(self):
        p = self.peer
        if p and p.transport and not p.transport.is_closing():
            if p.transport.can_write_eof():
                p.transport.write_eof()
            else:
                p.transport.close()

    def connection_lost(self, exc):
        self.after_transit(self.close_peer)

    def close_peer(self):
        p = self.peer
        if p and p.transport:
            p.transport.close()
        elif p is None:
            self.conn.orphaned = True


class Conn:
    def __init__(self, proxy: "Proxy"):
        self.loop = proxy.loop
        self.clock = proxy.clock
        self.window = proxy.window
        # The first bytes reach the server no earlier than 1.5 round trips after the connect: SYN, SYN-ACK,
        # then their own half round trip (a first answer takes two round trips, as on a real network).
        self.ready_at = self.loop.time() + 1.5 * proxy.rtt
        self.orphaned = False
        self.client = Half(self, proxy.up, to_server=True)
        self.server = Half(self, proxy.down, to_server=False)
        self.proxy = proxy

    async def connect(self):
        try:
            await self.loop.create_connection(lambda: self.server, self.proxy.host, self.proxy.port)
        except OSError:
            if self.client.transport:
                self.client.transport.close()
            return
        self.client.peer = self.server
        self.server.peer = self.client
        if self.orphaned or (self.client.transport and self.client.transport.is_closing()):
            self.server.transport.close()
            return
        self.client.flush_pending()


class Proxy:
    def __init__(self, loop, target: str, rtt_ms: float, rate_mbit: float, window_kib: int):
        self.loop = loop
        self.clock = Clock(loop)
        self.host, port = target.rsplit(":", 1)
        self.port = int(port)
        self.rtt = rtt_ms / 1000
        rate = rate_mbit * 1e6 / 8
        self.up = Link(self.rtt / 2, rate)
        self.down = Link(self.rtt / 2, rate)
        self.window = window_kib * 1024
        self.connections = 0

    def accept(self) -> Half:
        self.connections += 1
        conn = Conn(self)
        self.loop.create_task(conn.connect())
        return conn.client

    async def stats(self):
        last = (0, 0)
        while True:
            await asyncio.sleep(1)
            up, down = self.up.bytes, self.down.bytes
            print(f"proxy: {self.connections} connections, up {(up - last[0]) / 1e6:.1f} MB/s, "
                  f"down {(down - last[1]) / 1e6:.1f} MB/s", file=sys.stderr, flush=True)
            last = (up, down)


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--listen", default="127.0.0.1:0", help="HOST:PORT to listen on (port 0: any free one)")
    ap.add_argument("--target", required=True, help="HOST:PORT of the server")
    ap.add_argument("--rtt-ms", type=float, default=0, help="round-trip time to add (half per direction)")
    ap.add_argument("--rate-mbit", type=float, default=0, help="bandwidth cap per direction, Mbit/s (0: none)")
    ap.add_argument("--window-kib", type=int, default=4096, help="bytes in transit per connection and direction")
    ap.add_argument("--stats", action="store_true", help="print counters every second on stderr")
    a = ap.parse_args()
    loop = asyncio.get_running_loop()
    proxy = Proxy(loop, a.target, a.rtt_ms, a.rate_mbit, a.window_kib)
    host, port = a.listen.rsplit(":", 1)
    server = await loop.create_server(proxy.accept, host, int(port), backlog=4096)
    print(f"ready {server.sockets[0].getsockname()[1]}", flush=True)
    if a.stats:
        loop.create_task(proxy.stats())
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
