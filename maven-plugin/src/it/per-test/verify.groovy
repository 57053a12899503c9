// Results split by test, over two test JVMs (forkCount=2, reuseForks=false: one per test class).
// Each test's share must hold only the sumTo calls that test made; the whole report their sum.
def calls = [
    'sample.CalcTest#sumsFive()'      : [5],
    'sample.CalcTest#sumsThreeTwice()': [3, 3],
    'sample.CalcTest#sums(int) [1] 4' : [4],
    'sample.CalcTest#sums(int) [2] 7' : [7],
    'sample.OtherCalcTest#sumsTen()'  : [10],
]
File folder = new File(basedir, 'target/jkernprof')
def files = folder.listFiles().findAll { it.name.endsWith('.lprof') }
assert files.size() == 2 : "one results file per test class expected, found ${files*.name}"

// The hits of the report line that ends with `source`, in `lines`.
def hits = { List<String> lines, String source ->
    def found = lines.findAll { it.endsWith(source) }
    assert found.size() == 1 : "expected one line for '${source}' in:\n${lines.join('\n')}"
    (found[0].trim().split(/\s+/)[1]) as long
}
// The loop's lines for the calls sumTo(n...): javac gives the for line the init and the i++ too.
def checkLoop = { List<String> lines, List<Integer> ns, String what ->
    assert hits(lines, 'int total = 0;') == ns.size() : what
    assert hits(lines, 'for (int i = 0; i < n; i++) {') == ns.sum() + ns.size() : what
    assert hits(lines, 'total += i;') == ns.sum() : what
    assert hits(lines, 'return total;') == ns.size() : what
}

// Parse the split report: "Test: NAME" opens a test's share, up to the next one; then
// "Tests that ran no profiled code: N" and the names, indented, up to a blank line.
File byTest = new File(folder, 'jkernprof-by-test.txt')
assert byTest.isFile() : "no split report written"
def shares = [:]
def idle = []
Integer idleCount = null
String current = null
byTest.readLines('UTF-8').each { line ->
    if (line.startsWith('Test: ')) {
        current = line.substring('Test: '.length())
        assert !shares.containsKey(current) : "${current} listed twice"
        shares[current] = []
    } else if (line.startsWith('Tests that ran no profiled code: ')) {
        current = null
        idleCount = line.substring(line.lastIndexOf(' ') + 1) as int
    } else if (idleCount != null && line.startsWith('  ') && idle.size() < idleCount) {
        idle << line.trim()
    } else if (current != null) {
        shares[current] << line
    }
}
assert shares.keySet() == calls.keySet() : "tests with profiled code: ${shares.keySet()}"
calls.each { name, ns -> checkLoop(shares[name], ns, name) }
assert idle == ['sample.CalcTest#profilesNothing()']
// Test classes ran one after another: no share includes another test's lines.
assert !byTest.text.contains('Ran beside other tests')

// The whole report: the sum of every test's calls.
String text = new File(folder, 'jkernprof-report.txt').getText('UTF-8')
checkLoop(text.readLines(), calls.values().flatten(), 'whole report')

// The build log names the split report and its counts, without printing it.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] jkernprof: split the results by test (6 tests, 5 ran profiled code)'
        + ' into ' + byTest.canonicalPath)
assert !log.contains('[INFO] Test: ')
return true
