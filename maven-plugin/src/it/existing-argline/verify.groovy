// The project's -Dsample.flag reached the test JVM (a test checks it), and so did the agent.
String text = new File(basedir, 'target/jkernprof/jkernprof-report.txt').getText('UTF-8')
def hits = { String source ->
    def line = text.readLines().find { it.endsWith(source) }
    assert line != null : "no report line for '${source}' in:\n${text}"
    (line.trim().split(/\s+/)[1]) as int
}
assert hits('int total = 0;') == 1
assert hits('total += i;') == 4
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('argLine set to -Dsample.flag=kept -Xss2m -javaagent:')
return true
