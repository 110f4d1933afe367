#!/usr/bin/env python3
"""Sends many distinct requests fast (HTTP/1.1 keep-alive, pipelined) and counts the status codes.

    flood.py PORT KIND COUNT [HOST_LENGTH]

KIND: nonce   /export/dataset.json?nonce=N and /events?nonce=N (unknown parameters)
      search  /search?q=<random letters> (a distinct valid URL each)
      events  /events?limit=<1..100>&q=<random letters>
HOST_LENGTH: send a Host header of that many characters (e.g. 30000) instead of 127.0.0.1:PORT;
             with a trailing d (250d), a different one on every request.
Prints one line per 20,000 requests: the status counts so far. 127.0.0.1 only.
"""
import random
import socket
import string
import sys
import threading
from collections import Counter

port, kind, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
host_arg = sys.argv[4] if len(sys.argv) > 4 else ""
distinct_hosts = host_arg.endswith("d")
host = ("h" * int(host_arg.rstrip("d"))) if host_arg else f"127.0.0.1:{port}"
assert 5216 <= port <= 5219
rng = random.Random(16)


def word():
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 10)))


def url(n):
    if kind == "nonce":
        return f"/export/dataset.json?nonce={n}" if n % 2 else f"/events?nonce={n}"
    if kind == "search":
        return f"/search?q={word()}"
    if kind == "events":
        return f"/events?limit={rng.randint(1, 100)}&q={word()}"
    raise SystemExit(f"unknown kind {kind}")


class Reader:
    def __init__(self, sock):
        self.sock, self.buf = sock, b""

    def fill(self):
        data = self.sock.recv(1 << 20)
        if not data:
            raise ConnectionError("closed")
        self.buf += data

    def line(self):
        while b"\r\n" not in self.buf:
            self.fill()
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line

    def take(self, n):
        while len(self.buf) < n:
            self.fill()
        self.buf = self.buf[n:]

    def response(self):
        status = int(self.line().split()[1])
        length, chunked = 0, False
        while (header := self.line()):
            name, _, value = header.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
        if chunked:
            while (size := int(self.line().split(b";")[0], 16)):
                self.take(size + 2)
            self.line()
        else:
            self.take(length)
        return status


counts, lock = Counter(), threading.Lock()
done = [0]


def host_for(n):
    # Distinct hosts: a number in front of the padding, so each is a new cache key.
    return f"{n}-{threading.get_ident() % 1000}.{host}"[:len(host)] if distinct_hosts else host


def worker(urls):
    sock = socket.create_connection(("127.0.0.1", port))
    reader = Reader(sock)
    for start in range(0, len(urls), 50):
        batch = urls[start:start + 50]
        sock.sendall(b"".join(f"GET {u} HTTP/1.1\r\nHost: {host_for(start + i)}\r\n\r\n".encode() for i, u in enumerate(batch)))
        statuses = [reader.response() for _ in batch]
        with lock:
            counts.update(statuses)
            before = done[0]
            done[0] += len(batch)
            if done[0] // 20000 != before // 20000:
                print(f"{done[0]} requests: {dict(sorted(counts.items()))}", flush=True)
    sock.close()


urls = [url(n) for n in range(count)]
threads = [threading.Thread(target=worker, args=(urls[i::4],)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"done: {done[0]} requests: {dict(sorted(counts.items()))}", flush=True)
