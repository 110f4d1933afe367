#!/usr/bin/env python3
"""Opens idle TCP connections to the API (sending nothing) and holds them.

    idle.py PORT COUNT SECONDS SOURCE [SOURCE...]

Connections are spread over the SOURCE addresses (127.x.y.z). Prints how many the server accepted and
kept, closed at once (refused over a limit) or could not be opened, then holds them for SECONDS and says
how many the server closed meanwhile. One process holds at most ~19,000 (the open-file limit), so
idle.sh runs two for 20,000. 127.0.0.1 only.
"""
import errno
import socket
import sys
import time

port, count, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
sources = sys.argv[4:]
assert 5216 <= port <= 5219 and all(s.startswith("127.") for s in sources)

held, failed = [], 0
for i in range(count):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind((sources[i % len(sources)], 0))
    s.settimeout(5)
    try:
        s.connect(("127.0.0.1", port))
        held.append(s)
    except OSError:
        failed += 1
        s.close()


def open_ones(sockets):
    alive = []
    for s in sockets:
        try:
            s.setblocking(False)
            data = s.recv(1, socket.MSG_PEEK)
            if data:
                alive.append(s)  # the server sent something (it should not); count it as open
        except BlockingIOError:
            alive.append(s)  # nothing to read: still open
        except OSError:
            pass  # reset
    return alive


time.sleep(2)
kept = open_ones(held)
print(f"opened {len(held)}, failed {failed}; after 2 s the server kept {len(kept)} and closed {len(held) - len(kept)}", flush=True)
time.sleep(max(0.0, seconds - 2))
still = open_ones(kept)
print(f"after {seconds:.0f} s: {len(still)} still open, {len(kept) - len(still)} closed by the server since", flush=True)
for s in held:
    s.close()
