// sumTo(5) and sumTo(3): the method is entered twice and its loop body runs 5 + 3 times.
File report = new File(basedir, 'target/jkernprof/jkernprof-report.txt')
assert report.isFile() : "no report written"
String text = report.getText('UTF-8')
def hits = { String source ->
    def line = text.readLines().find { it.endsWith(source) }
    assert line != null : "no report line for '${source}' in:\n${text}"
    (line.trim().split(/\s+/)[1]) as int
}
// The header names the method with its parameters and the line its declaration starts on (the
// @Profile line), as line_profiler names a function and its def line.
assert text.readLines().contains('File: src/main/java/sample/Calc.java') : text
assert text.readLines().contains('Function: Calc.sumTo(int) at line 6') : text
assert hits('int total = 0;') == 2
assert hits('total += i;') == 8
assert hits('return total;') == 2
// The report is in the build log too, the whole of it, one [INFO] line per line.
String log = new File(basedir, 'build.log').getText('UTF-8')
String logged = text.readLines().collect { '[INFO] ' + it }.join('\n')
assert log.readLines().join('\n').contains(logged) : "the report is not in the build log:\n${logged}"
// byTest, but no test was marked: a warning that names the extension, no split report.
assert log.contains('[WARNING] jkernprof: byTest: the results hold no tests to split by.'
        + ' Add the test dependency org.jkernprof:jkernprof-junit5')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/jkernprof/jkernprof-by-test.txt').exists()
// The HTML report beside the text one: one page, its data the same method and hits.
String page = new File(basedir, 'target/jkernprof/index.html').getText('UTF-8')
assert page.contains('"kind":"lines"') : 'no line results in index.html'
assert page.contains('"function":"Calc.sumTo(int)"') : 'no Calc.sumTo in index.html'
String start = '<script type="application/json" id="jkernprof-data">'
int at = page.indexOf(start) + start.length()
def document = new groovy.json.JsonSlurper().parseText(page.substring(at, page.indexOf('</script>', at)))
def sumTo = document.methods.find { it.function == 'Calc.sumTo(int)' }
int body = sumTo.rows.text.findIndexOf { it.trim() == 'total += i;' }
assert sumTo.rows.hits[body] == 8 : 'the loop body: 8 hits'
assert log.readLines().any { it.startsWith('[INFO] jkernprof: HTML report: ') && it.endsWith('index.html') }
// Each test JVM's results file now carries the method's source text (section SRCT), so that a
// later `jkernprof diff` can pair its lines by their text without these sources.
def results = new File(basedir, 'target/jkernprof').listFiles().findAll { it.name.endsWith('.lprof') }
assert !results.isEmpty() : 'no .lprof file in target/jkernprof'
results.each { file ->
    String bytes = new String(file.bytes, 'ISO-8859-1')
    assert bytes.contains('SRCT') : "${file.name} carries no source text"
    assert bytes.contains('total += i;') : "${file.name} lacks the loop body's text"
}
return true
