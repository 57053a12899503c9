// The pom's two rules give three limits; the rules file one more: all hold, and the build passes.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] jkernprof: 4 rules checked on 1 method: all within budget') : log
assert !log.contains('budget broken')
assert log.contains('BUILD SUCCESS')
