#!/usr/bin/env python3
"""Copies seeds/ to OUT with every event repeated N times under new ids, so a build takes long enough to kill.

    make-big-seeds.py SEEDS OUT N
"""
import json
import os
import shutil
import sys

seeds, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(seeds, out)
path = os.path.join(out, "events.json")
events = json.load(open(path, encoding="utf-8"))
copies = [dict(e, id=f"{e['id'][:80]}-copy-{i}") for i in range(n) for e in events]
json.dump(events + copies, open(path, "w", encoding="utf-8"), ensure_ascii=False)
print(f"{out}: {len(events) + len(copies)} events")
