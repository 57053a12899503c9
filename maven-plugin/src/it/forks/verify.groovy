// Three test classes, each in its own JVM, six calls: sumTo(5, 3, 4, 2, 6, 1).
File folder = new File(basedir, 'target/jkernprof')
def files = folder.listFiles().findAll { it.name.endsWith('.lprof') }
assert files.size() == 3 : "one results file per JVM expected, found ${files*.name}"
String text = new File(folder, 'jkernprof-report.txt').getText('UTF-8')
def hits = { String source ->
    def line = text.readLines().find { it.endsWith(source) }
    assert line != null : "no report line for '${source}' in:\n${text}"
    (line.trim().split(/\s+/)[1]) as int
}
assert hits('int total = 0;') == 6
assert hits('total += i;') == 5 + 3 + 4 + 2 + 6 + 1
assert hits('return total;') == 6
// saveSourceText=false: no file carries the methods' source text (section SRCT).
files.each { file ->
    String bytes = new String(file.bytes, 'ISO-8859-1')
    assert !bytes.contains('SRCT') : "${file.name} carries source text"
    assert !bytes.contains('total += i;') : "${file.name} carries the loop body's text"
}
return true
