String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] jkernprof: no results in ')
assert log.contains('did prepare-agent run before the tests?')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/jkernprof/jkernprof-report.txt').exists()
return true
