// -Djkernprof.skip with surefire's <argLine>@{argLine} -Dsample.flag=on</argLine> and no argLine
// property: an undefined @{argLine} would reach the JVM literally and stop it, so the tests
// running at all (and the flag arriving, a test checks it) prove prepare-agent defined it.
// Invocation 1 has nothing to keep; invocation 2's -DargLine must reach the test JVM.
assert !new File(basedir, 'target/jkernprof').exists()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('jkernprof: skipped (jkernprof.skip)') == 4
assert log.count('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time') == 2
assert log.contains('jkernprof: argLine set to "" so @{argLine} resolves')
assert log.contains('jkernprof: argLine set to "-Dsample.extra=cli" so @{argLine} resolves')
// What the test printed, a line of its own: "sample.extra=cli" alone would also be found in the
// plugin's own "argLine set to" line above.
assert log.readLines().contains('sample.extra=null')
assert log.readLines().contains('sample.extra=cli')
assert !log.contains('jkernprof-report.txt')
return true
