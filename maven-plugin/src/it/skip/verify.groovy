assert !new File(basedir, 'target/jkernprof').exists()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('jkernprof: skipped (jkernprof.skip)') == 2
return true
