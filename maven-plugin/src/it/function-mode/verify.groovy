// mode=function: .prof files and a cProfile-style table; the tests call sumTo twice.
File folder = new File(basedir, 'target/jkernprof')
assert folder.listFiles().any { it.name.endsWith('.prof') }
assert !folder.listFiles().any { it.name.endsWith('.lprof') }
String text = new File(folder, 'jkernprof-report.txt').getText('UTF-8')
assert text.contains('ncalls  tottime  percall  cumtime  percall')
def row = text.readLines().find { it.endsWith('(Calc.sumTo)') }
assert row != null : text
assert row.trim().split(/\s+/)[0] == '2' : row
// byTest only splits line results: function mode says so and writes no split report.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] jkernprof: byTest applies to line mode only (mode=function)')
assert !new File(folder, 'jkernprof-by-test.txt').exists()
// The HTML report beside the text one, its data the same calls.
String page = new File(folder, 'index.html').getText('UTF-8')
assert page.contains('"kind":"functions"') : 'no function results in index.html'
assert page =~ /"stdName":"Calc\.java:\d+\(Calc\.sumTo\)"[^}]*"calls":2,/ : 'sumTo: 2 calls'
assert log.contains('[INFO] jkernprof: HTML report: ')
return true
