#!/usr/bin/env python3
"""Fills report.html's data placeholder with each sample JSON, as the Java side will: pages/NAME.html."""
import glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "..", "src/main/resources/org/jkernprof/report/html/report.html")
PLACEHOLDER = '"__JKERNPROF_DATA__"'

def main():
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    template = open(TEMPLATE, encoding="utf-8").read()
    assert template.count(PLACEHOLDER) == 1, "the placeholder must occur exactly once"
    sources = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "samples/*.json")) + glob.glob("/work/samples/*.json"))
    for src in sources:
        data = open(src, encoding="utf-8").read().strip().replace("<", "\\u003c")
        name = os.path.splitext(os.path.basename(src))[0]
        if src.startswith("/work/samples/"):
            name = "real-" + name
        out = os.path.join(HERE, "pages", name + ".html")
        with open(out, "w", encoding="utf-8") as f:
            f.write(template.replace(PLACEHOLDER, data))
        print(out)

main()
