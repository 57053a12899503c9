// surefire's <argLine>@{argLine} -Dsample.flag=on</argLine> with no argLine property in the pom:
// prepare-agent defined it, so the agent reached the test JVM (the hits below) and so did the
// project's flag (a test checks it). sumTo(4) and sumTo(6): 2 calls, 4 + 6 loop bodies.
File report = new File(basedir, 'target/jkernprof/jkernprof-report.txt')
assert report.isFile() : "no report written"
String text = report.getText('UTF-8')
def hits = { String source ->
    def line = text.readLines().find { it.endsWith(source) }
    assert line != null : "no report line for '${source}' in:\n${text}"
    (line.trim().split(/\s+/)[1]) as int
}
assert hits('int total = 0;') == 2
assert hits('total += i;') == 10
assert hits('return total;') == 2
String log = new File(basedir, 'build.log').getText('UTF-8')
// Nothing before the agent: the property did not exist until prepare-agent set it.
assert log.contains('argLine set to -javaagent:')
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
return true
