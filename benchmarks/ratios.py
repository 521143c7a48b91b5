#!/usr/bin/env python3
"""Prints the benchmark table and the ratios to the tree-parse floor from one JMH JSON result.

Usage: python3 benchmarks/ratios.py benchmarks/target/jmh-result.json [corpus-megabytes-json corpus-megabytes-yaml]
"""
import json
import sys

TARGETS = [
    ("readJson", "floorJsonTree", 1.5, "typed JSON read / JSON tree floor"),
    ("readValidateJson", "floorJsonTree", 3.0, "JSON read + validate / JSON tree floor"),
    ("readYaml", "readJson", 3.0, "typed YAML read / typed JSON read"),
    ("readYaml", "floorYamlTree", None, "typed YAML read / YAML tree floor"),
    ("validate", "floorJsonTree", None, "validate alone / JSON tree floor"),
    ("writeJson", "floorJsonTree", None, "JSON write / JSON tree floor"),
]


def main(path):
    with open(path) as f:
        results = json.load(f)
    score, alloc = {}, {}
    print("| benchmark | mode | score | error | unit | alloc MB/op |")
    print("|---|---|---:|---:|---|---:|")
    for r in results:
        name = r["benchmark"].rsplit(".", 1)[1]
        m = r["primaryMetric"]
        score[name] = m["score"]
        gc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        alloc[name] = gc["score"] / 1e6 if gc else None
        print("| %s | %s | %.1f | ± %.1f | %s | %s |" % (
            name, r["mode"], m["score"], m["scoreError"], m["scoreUnit"],
            "%.0f" % alloc[name] if alloc[name] is not None else "–"))
    print()
    print("| ratio | value | target | met |")
    print("|---|---:|---:|---|")
    for top, bottom, target, label in TARGETS:
        if top in score and bottom in score:
            ratio = score[top] / score[bottom]
            print("| %s | %.2f× | %s | %s |" % (label, ratio, "≤ %.1f×" % target if target else "–",
                                              ("yes" if ratio <= target else "**no**") if target else "–"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/jmh-result.json")
