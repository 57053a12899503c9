#!/usr/bin/env python3
"""Checks the stats report's golden files against what Python's own pstats prints.

Builds pstats data with the numbers of FunctionProfiles.classic() (keep the two in step), runs the
same reports through pstats, and compares them with src/test/resources/report/expected/, after the
renames jkernprof makes on purpose: "method" for "function", <not profiled> for unprofiled callers,
glob patterns for pstats' regular expressions, and no trailing blanks. Not run by the build (it needs
Python 3); run it by hand after changing the stats layout:

    python3 report/src/test/pstats/check_golden.py
"""
import io
import marshal
import os
import pstats
import sys
import tempfile

EXPECTED = os.path.join(os.path.dirname(__file__), '..', 'resources', 'report', 'expected')
NOT_PROFILED = ('~', 0, '<not profiled>')  # sorts after every file name, as jkernprof puts it

FUNCTIONS = {  # name: ((file, line, label), calls, primitive calls, own ns, cumulative ns)
    'MAIN': (('ClassicExample.java', 36, 'ClassicExample.main'), 1, 1, 2_400_000, 1_214_417_300),
    'GEN': (('ClassicExample.java', 18, 'ClassicExample.generateData'), 1, 1, 27_100_000, 190_352_000),
    'LAMBDA': (('ClassicExample.java', 19, 'ClassicExample.lambda$generateData$0'),
               100_000, 100_000, 163_252_000, 163_252_000),
    'PROCESS': (('ClassicExample.java', 24, 'ClassicExample.processData'),
                1, 1, 1_019_200_000, 1_019_265_500),
    'FIB': (('Recursion.java', 7, 'Recursion.fib'), 177, 1, 1_500_000, 1_500_000),
    'STATS_INIT': (('ClassicExample.java', 44, 'ClassicExample.Stats.<init>'), 3, 3, 65_500, 65_500),
    'CLINIT': (('ClassicExample.java', 14, 'ClassicExample.<clinit>'), 1, 1, 2_500_000, 2_500_000),
    'VISIT': (('Tree.java', 30, 'Tree.visit'), 4, 0, 500_000, 0),
    'UNUSED': (('ClassicExample.java', 52, 'ClassicExample.unused'), 0, 0, 0, 0),
    'GENERATED': (('<unknown>', 0, 'Generated.run'), 3, 3, 900_000, 900_000),
}
EDGES = [  # caller (None: not profiled), callee, calls, primitive calls, own ns, cumulative ns
    (None, 'MAIN', 1, 1, 2_400_000, 1_214_417_300),
    (None, 'CLINIT', 1, 1, 2_500_000, 2_500_000),
    ('MAIN', 'GEN', 1, 1, 27_100_000, 190_352_000),
    ('GEN', 'LAMBDA', 100_000, 100_000, 163_252_000, 163_252_000),
    ('MAIN', 'PROCESS', 1, 1, 1_019_200_000, 1_019_265_500),
    ('PROCESS', 'STATS_INIT', 3, 3, 65_500, 65_500),
    ('MAIN', 'FIB', 1, 1, 8_500, 1_500_000),
    ('FIB', 'FIB', 176, 0, 1_491_500, 1_491_500),
    ('VISIT', 'VISIT', 4, 0, 500_000, 0),
    ('MAIN', 'GENERATED', 2, 2, 600_000, 600_000),
    (None, 'GENERATED', 1, 1, 300_000, 300_000),
]


def write_stats(path):
    stats = {}
    # Inserted in standard-name order: pstats' stable sort then breaks ties as jkernprof does.
    for name in sorted(FUNCTIONS, key=lambda n: pstats.func_std_string(FUNCTIONS[n][0])):
        func, calls, primitive, own, cumulative = FUNCTIONS[name]
        callers = {}
        for caller, callee, n, p, t, c in EDGES:
            if callee == name:
                key = NOT_PROFILED if caller is None else FUNCTIONS[caller][0]
                callers[key] = (n, p, t / 1e9, c / 1e9)
        stats[func] = (primitive, calls, own / 1e9, cumulative / 1e9, callers)
    with open(path, 'wb') as f:
        marshal.dump(stats, f)


def report(path, action):
    out = io.StringIO()
    stats = pstats.Stats(path, stream=out)
    stats.files = []  # jkernprof prints no file names and dates
    action(stats)
    return out.getvalue()


def cases(path):
    def calls(sort, method, regex, glob, *more):
        text = report(path, lambda s: getattr(s.sort_stats(sort), method)(regex, *more))
        return text.replace(repr(regex), repr(glob))

    yield 'stats-default.txt', report(path, lambda s: s.sort_stats('cumulative').print_stats())
    for key in ['cumulative', 'tottime', 'ncalls', 'pcalls', 'name', 'filename', 'line',
                'stdname', 'nfl']:
        yield ('stats-sort-%s.txt' % key,
               report(path, lambda s: s.sort_stats(key).print_stats()))
    yield 'stats-top.txt', report(path, lambda s: s.sort_stats('tottime').print_stats(4))
    yield ('callers-fib-and-generated.txt',
           calls('cumulative', 'print_callers', r'Recursion\.f.b', 'Recursion.f?b')
           + calls('cumulative', 'print_callers', 'Generated', 'Generated'))
    yield ('callers-classic-example.txt',
           calls('cumulative', 'print_callers', r'\(ClassicExample\.', '(ClassicExample.*'))
    yield 'callees-main.txt', calls('cumulative', 'print_callees', 'main', 'main')
    yield ('callees-top.txt',
           calls('cumulative', 'print_callees', r'\(ClassicExample\.', '(ClassicExample.', 2))


def jkernprof_words(text):
    text = (text.replace(' function calls ', ' method calls ')
            .replace('filename:lineno(function)', 'filename:lineno(method)')
            .replace('Ordered by: function name', 'Ordered by: method name')
            .replace('{not profiled}', '<not profiled>'))
    return ''.join(line.rstrip() + '\n' for line in text.splitlines())


def main():
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'classic.pstats')
        write_stats(path)
        failures = 0
        for name, text in cases(path):
            with open(os.path.join(EXPECTED, name)) as f:
                expected = f.read()
            same = jkernprof_words(text) == expected
            failures += not same
            print(('same as pstats: ' if same else 'DIFFERS from pstats: ') + name)
            if not same:
                print(jkernprof_words(text))
        return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
