// The build failed because the contract caught the broken grader, not for another reason.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('MyGraderTest')
assert log.contains('blankAnswersScoreZeroSayingNoAnswerWasGiven')
assert log =~ /Tests run: [1-9]\d*, Failures: [1-9]/
return true
