// The contract ran (surefire found the test under its default names) and passed.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /Tests run: ([1-9]\d*), Failures: 0, Errors: 0, Skipped: 0/
assert new File(basedir, 'target/words-grader-1.0.jar').isFile()
return true
