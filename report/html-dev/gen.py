#!/usr/bin/env python3
"""Writes sample JSON documents (schema version 1) for the HTML report into ./samples/."""
import json, os, random, re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples")
KW = {"public", "private", "static", "final", "return", "for", "if", "else", "new", "int",
      "long", "void", "double", "var", "while", "class", "this", "null", "true", "false"}


def tokens(text):
    """A crude Java tokenizer, just enough for samples."""
    out = []
    for m in re.finditer(r'//.*|"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|@\w+|\b\d+(?:\.\d+)?L?\b|\b\w+\b', text):
        s = m.group(0)
        kind = ("com" if s.startswith("//") else "str" if s[0] in "\"'" else "ann" if s[0] == "@"
                else "num" if s[0].isdigit() else "kw" if s in KW else None)
        if kind:
            out.append([m.start(), m.end(), kind])
    return out


DEMO = '''  @Profile
  public static Map<String, Long> build(List<Order> orders, List<Customer> customers) {
    Map<Integer, Customer> customersById = indexById(customers);
    Map<String, Long> revenue = new HashMap<>();
    for (Order order : orders) {
      Customer c = customersById.get(order.customerId());
      if (c == null) continue; // unknown customer: "skip" <b>not bold</b>
      revenue.merge(c.region(), order.cents() * 100L, Long::sum);
    }
    String s = "a < b && c > d";
    char q = '<';
    return revenue;
  }'''.split("\n")


def line_method(mid, name, qual, path, first, lines, hot, note=None, memory=False, rnd=random):
    rows, total, maxhits, alloc = [], 0, 0, 0
    for i, text in enumerate(lines):
        ln = first + i
        has = i > 1 and text.strip() not in ("}", "") and i != len(lines) - 1
        row = {"line": ln, "text": text, "hits": None, "nanos": None, "allocatedBytes": None,
               "nearZero": False, "fewSamples": False, "tokens": tokens(text)}
        if has:
            hits = rnd.choice([1, 10, 100, 10000, 10001])
            nanos = int(hot * rnd.random() ** 3)
            row.update(hits=hits, nanos=nanos, nearZero=nanos < hot * 0.001,
                       fewSamples=rnd.random() < 0.1)
            if memory:
                row["allocatedBytes"] = rnd.choice([0, 24, 4096, 3 * 1024 * 1024])
                alloc += row["allocatedBytes"]
            total += nanos
            maxhits = max(maxhits, hits)
        rows.append(row)
    return {"id": mid, "function": name, "qualifiedName": qual, "file": path, "line": first,
            "totalNanos": total, "hits": maxhits, "allocatedBytes": alloc if memory else None,
            "note": note, "rows": rows}


def lines_doc(n, rows_per=None, memory=False, tests=True, timer="clock", seed=1):
    rnd = random.Random(seed)
    methods = []
    for i in range(n):
        cls = "RevenueReport" if i == 0 else f"Class{i % 97}"
        fn = "build" if i == 0 else f"method{i}"
        body = DEMO if rows_per is None else (DEMO * 3)[:rows_per]
        methods.append(line_method(
            i, f"{cls}.{fn}(List<Order>, List<Customer>)", f"org.jkernprof.demo.{cls}.{fn}",
            f"/work/main/demo/src/main/java/org/jkernprof/demo/{cls}.java", 16 + i,
            body, rnd.randint(1000, 2_000_000_000), memory=memory, rnd=rnd,
            note="source not found: Foo.java" if i == 2 else None))
    if n > 3:
        methods[3]["rows"] = [dict(r, hits=None, nanos=None) for r in methods[3]["rows"]]
        methods[3]["totalNanos"] = 0; methods[3]["hits"] = 0
    ts = []
    if tests:
        for t in range(3):
            tm = []
            for m in methods[t:: 2]:
                rs = [{"line": r["line"], "hits": max(1, r["hits"] // 3), "nanos": r["nanos"] // (t + 2)}
                      for r in m["rows"] if r["hits"]]
                if rs:
                    tm.append({"id": m["id"], "rows": rs})
            prof = sum(r["nanos"] for m in tm for r in m["rows"])
            ts.append({"name": f"OrderTest.case{t}()", "durationNanos": prof * 2 + 1000,
                       "profiledNanos": prof, "methods": tm})
    sampled = timer == "sampled"
    return {"format": "jkernprof", "version": 1, "kind": "lines",
            "run": {"command": "java -jar demo.jar --orders 10000", "jvm": "17.0.15",
                    "startEpochMillis": 1764870000000, "durationNanos": 2500000000},
            "timer": {"name": timer, "corrected": not sampled,
                      "note": "" if sampled else "less the profiler's own cost, measured in this run: 16.9 to 28.9 ns per line event, 0.0 ns per call",
                      "intervalNanos": 1000000 if sampled else None, "samples": 12345 if sampled else None},
            "unitSeconds": 1e-6, "hasMemory": memory, "methods": methods, "tests": ts}


def functions_doc(n, nstacks, timer="sampled", seed=2):
    rnd = random.Random(seed)
    funcs = []
    for i in range(n):
        cls = ["RevenueReport", "Order", "Customer", "HashMap", "Util<T>"][i % 5] + ("" if i < 5 else str(i))
        label = f"{cls}.m{i}" if i else "Main.main"
        funcs.append({"id": i, "stdName": f"{cls}.java:{10 + i}({label})", "label": label,
                      "className": f"org.jkernprof.demo.{cls}", "file": f"{cls}.java", "line": 10 + i,
                      "calls": 0, "primitiveCalls": 0, "ownNanos": 0, "cumulativeNanos": 0,
                      "allocatedBytes": None})
    stacks, edges = [], {}
    for s in range(nstacks if timer == "sampled" else 0):
        depth = rnd.randint(1, 24)
        frames = [0]
        for d in range(depth):
            frames.append(rnd.randrange(1, min(n, 4 + d * d * 3 + 1)) if n > 1 else 0)
        samples = rnd.randint(1, 30)
        stacks.append({"frames": frames, "samples": samples, "nanos": samples * 1000000})
    # calls / times derived from stacks (roughly)
    for st in stacks:
        seen = set()
        for k, f in enumerate(st["frames"]):
            if f not in seen:
                funcs[f]["cumulativeNanos"] += st["nanos"]; seen.add(f)
            if k:
                key = (st["frames"][k - 1], f)
                e = edges.setdefault(key, {"caller": key[0], "callee": f, "calls": 0, "primitiveCalls": 0,
                                           "ownNanos": 0, "cumulativeNanos": 0})
                e["calls"] += 1; e["primitiveCalls"] += 1; e["cumulativeNanos"] += st["nanos"]
        funcs[st["frames"][-1]]["ownNanos"] += st["nanos"]
    for f in funcs:
        f["calls"] = rnd.randint(1, 100000); f["primitiveCalls"] = f["calls"] if rnd.random() < .8 else max(1, f["calls"] // 7)
        if not stacks:
            f["ownNanos"] = rnd.randint(0, 10**9); f["cumulativeNanos"] = f["ownNanos"] + rnd.randint(0, 10**9)
    if not stacks:
        for i in range(1, n):
            edges[(i // 2, i)] = {"caller": i // 2, "callee": i, "calls": 3, "primitiveCalls": 3,
                                 "ownNanos": 10, "cumulativeNanos": funcs[i]["cumulativeNanos"]}
    sampled = timer == "sampled"
    return {"format": "jkernprof", "version": 1, "kind": "functions",
            "run": {"command": "java -jar demo.jar", "jvm": "17.0.15",
                    "startEpochMillis": 1764870000000, "durationNanos": 2500000000},
            "timer": {"name": timer, "corrected": not sampled, "note": "" if sampled else "less the profiler's own cost, measured in this run: 16.9 to 28.9 ns per line event, 0.0 ns per call",
                      "intervalNanos": 1000000 if sampled else None,
                      "samples": sum(s["samples"] for s in stacks) if sampled else None},
            "functions": funcs, "edges": list(edges.values()), "stacks": stacks,
            "totalNanos": max([f["cumulativeNanos"] for f in funcs] + [1])}


def write(name, doc):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(doc, f, separators=(",", ":"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write("lines-small.json", lines_doc(6))
    write("lines-memory.json", lines_doc(5, memory=True, tests=False, timer="sampled"))
    write("lines-big.json", lines_doc(10000, rows_per=20, tests=False))
    write("lines-tests.json", lines_doc(1000, rows_per=20, tests=True))
    write("functions-small.json", functions_doc(12, 60))
    write("functions-clock.json", functions_doc(12, 0, timer="clock"))
    write("functions-big.json", functions_doc(10000, 50000))
