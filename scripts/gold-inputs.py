#!/usr/bin/env python3
"""Print the gold articles of GOLD_DIR as `pantau analyze` JSON Lines input (id, text, published).

usage: gold-inputs.py GOLD_DIR > inputs.jsonl
"""
import json
import os
import sys

gold_dir = sys.argv[1]
for name in sorted(os.listdir(gold_dir)):
    if name.endswith(".gold.json"):
        with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
            g = json.load(f)
        print(json.dumps({"id": g["id"], "text": g["text"], "published": g.get("published")}, ensure_ascii=False))
