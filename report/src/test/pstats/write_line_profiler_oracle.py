#!/usr/bin/python3
"""Writes what the real line_profiler prints for the line report's test cases: their oracle.

Each case, src/test/resources/report/expected/NAME.line_profiler.json beside the golden NAME.txt,
holds the numbers of one golden test of the line report; the test writes it from its Java fixtures
(run it with -Djkernprof.updateGolden=true) and checks that it is up to date. This script hands each
case to line_profiler's own text renderer, show_text, and writes what it prints to
NAME.line_profiler.txt beside it. LineProfilerOracle.java then compares jkernprof's report with
that file. The build does not run this (it needs Python and line_profiler); run it after changing a
case, with Debian's Python (the one line_profiler is installed for):

    apt-get install -y python3-line-profiler    # Debian's line_profiler 4.0.2
    /usr/bin/python3 src/test/pstats/write_line_profiler_oracle.py           # in the module's folder
    /usr/bin/python3 src/test/pstats/write_line_profiler_oracle.py --check   # compares, writes nothing

Where line_profiler was written for Python, the script gives it what jkernprof knows about Java,
and nothing else:
- Which lines a method spans: show_func finds a function's lines with inspect.getblock, which reads
  Python. The script gives it the lines jkernprof found with JavaParser ("line", "lines"); the text
  of each line is line_profiler's own reading of the fixture source, copied to the path the report
  prints ("file") under a temporary folder.
- The order: show_text sorts functions by the path it prints, then line and name; jkernprof sorts
  by the path within the package ("sortPath"), so that a class found in src/test/java or not found
  at all sorts with its package. show_text gets that path to sort by, show_func the printed one.
- The total: line_profiler's is the sum of the lines' times; jkernprof's is the time spent in the
  method's own frames (MethodProfile.totalNanos), which leaves out a lambda's lines, since they ran
  inside the line that called the lambda. When the two differ, the difference is a timing on line
  0, which line_profiler adds to the total and never prints.
- Lines that never ran: line_profiler records only lines that ran, so those are left out.
The times are nanoseconds: line_profiler's timer unit is 1e-9 s, the output unit is the report's.
"""
import importlib
import io
import json
import os
import shutil
import sys
import tempfile
import types
from unittest import mock

import line_profiler

lp = importlib.import_module('line_profiler.line_profiler')

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.normpath(os.path.join(HERE, '..', 'resources'))
CASES = os.path.join(RESOURCES, 'report', 'expected')
CASE = '.line_profiler.json'
NANOSECOND = 1e-9
VERSION = '4.0.2'  # the one the oracle files were written with


def timings(function):
    ran = [(line, hits, nanos) for line, hits, nanos in function['timings'] if hits > 0]
    difference = function['totalNanos'] - sum(nanos for _, _, nanos in ran)
    if difference:
        if function['source'] is None:
            # Without the source, show_func numbers its lines from the timings: line 0 would show.
            sys.exit('%s: a missing source whose total is not the sum of its lines'
                     % function['name'])
        ran.append((0, 1, difference))
    return ran


def render(case):
    functions = {}
    with tempfile.TemporaryDirectory() as folder:
        for function in case['functions']:
            if function['source'] is not None:
                copy = os.path.join(folder, function['file'])
                os.makedirs(os.path.dirname(copy), exist_ok=True)
                shutil.copyfile(os.path.join(RESOURCES, function['source']), copy)
            functions[function['sortPath'], function['line'], function['name']] = function
        stats = {key: timings(function) for key, function in functions.items()}
        show_func = lp.show_func

        def show_java_method(sort_path, start_lineno, func_name, timings, unit, **options):
            function = functions[sort_path, start_lineno, func_name]
            block = types.SimpleNamespace(getblock=lambda lines: lines[:function['lines']])
            with mock.patch.object(lp, 'inspect', block):
                show_func(function['file'], start_lineno, func_name, timings, unit, **options)

        out = io.StringIO()
        cwd = os.getcwd()
        os.chdir(folder)  # show_func looks for the file it prints
        try:
            with mock.patch.object(lp, 'show_func', show_java_method):
                lp.show_text(stats, NANOSECOND, output_unit=case['outputUnit'], stream=out,
                             stripzeros=case['stripZeros'])
        finally:
            os.chdir(cwd)
        return out.getvalue()


def main(argv):
    check = argv[1:] == ['--check']
    if argv[1:] and not check:
        sys.exit('usage: write_line_profiler_oracle.py [--check]')
    if line_profiler.__version__ != VERSION:
        print('warning: line_profiler %s, not %s: the oracle files may change'
              % (line_profiler.__version__, VERSION), file=sys.stderr)
    names = sorted(n for n in os.listdir(CASES) if n.endswith(CASE))
    if not names:
        sys.exit('no cases in ' + CASES)
    failures = 0
    for name in names:
        with open(os.path.join(CASES, name), encoding='utf-8') as f:
            text = render(json.load(f))
        path = os.path.join(CASES, name[:-len('.json')] + '.txt')  # NAME.line_profiler.txt
        if check:
            same = os.path.exists(path) and open(path, encoding='utf-8', newline='').read() == text
            failures += not same
            print(('same: ' if same else 'DIFFERS: ') + os.path.relpath(path))
        else:
            with open(path, 'w', encoding='utf-8', newline='') as f:
                f.write(text)
            print('wrote ' + os.path.relpath(path))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
