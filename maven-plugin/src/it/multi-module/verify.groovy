// Each module has its own report with only its own code: alpha from surefire, beta from failsafe.
def report = { String module -> new File(basedir, "${module}/target/jkernprof/jkernprof-report.txt").getText('UTF-8') }
def hits = { String text, String source ->
    def line = text.readLines().find { it.endsWith(source) }
    assert line != null : "no report line for '${source}' in:\n${text}"
    (line.trim().split(/\s+/)[1]) as int
}
String alpha = report('alpha')
String beta = report('beta')
assert alpha.readLines().contains('Function: Alpha.sumAlpha(int) at line 6') : alpha
assert beta.readLines().contains('Function: Beta.sumBeta(int) at line 6') : beta
assert !alpha.contains('Beta') && !beta.contains('Alpha')
assert hits(alpha, 'total += i;') == 5
assert hits(beta, 'total += i;') == 3
return true
