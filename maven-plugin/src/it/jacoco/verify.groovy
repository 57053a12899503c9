// Both agents ran in the same test JVM: JaCoCo's coverage and jkernprof's hits are there.
assert new File(basedir, 'target/jacoco.exec').isFile()
assert new File(basedir, 'target/site/jacoco/index.html').isFile()
String text = new File(basedir, 'target/jkernprof/jkernprof-report.txt').getText('UTF-8')
def hits = { String source ->
    def line = text.readLines().find { it.endsWith(source) }
    assert line != null : "no report line for '${source}' in:\n${text}"
    (line.trim().split(/\s+/)[1]) as int
}
assert hits('total += i;') == 4
String log = new File(basedir, 'build.log').getText('UTF-8')
def argLine = log.readLines().find { it.contains('jkernprof: argLine set to') }
assert argLine.contains('org.jacoco.agent') && argLine.contains('-Dsample.flag=kept -Xss2m')
assert argLine.contains('jkernprof-maven-plugin')
return true
