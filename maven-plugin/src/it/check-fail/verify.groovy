// Each broken rule is one error line naming the method, the figure, the limit and the rule; the
// build fails with the summary.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] jkernprof: budget broken: sample.Calc.sumTo: hits 22 > 21'
        + ' (rule 1 of the pom: sample.Calc#sumTo hits <= 21)') : log
assert log.contains('[ERROR] jkernprof: budget broken: sample.Calc.sumTo line 10: hits 8 > 7'
        + ' (rule 2 of the pom: sample.Calc#sumTo:10 hits <= 7)') : log
assert log.contains('jkernprof: 2 rules checked on 1 method: 2 broken (see the lines above)') : log
assert log.contains('BUILD FAILURE')
