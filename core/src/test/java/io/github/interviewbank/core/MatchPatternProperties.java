package io.github.interviewbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link MatchPattern#isValid}, the quick check banks run, says what {@link MatchPattern#parse} says. */
class MatchPatternProperties {

  @Property(tries = 3000)
  void theQuickCheckAcceptsExactlyWhatTheParserAccepts(@ForAll("patternLike") String source) {
    assertEquals(parses(source), MatchPattern.isValid(source), () -> "'" + source + "'");
  }

  @Example
  void everyPatternOfTheBuiltInBankPassesTheQuickCheck() {
    for (Question q : QuestionBank.builtIn().questions()) {
      for (KeyPoint k : q.keyPoints()) {
        for (String p : k.phrasings()) {
          assertTrue(MatchPattern.isValid(p), p);
        }
        for (String p : k.contradictions()) {
          assertTrue(MatchPattern.isValid(p), p);
        }
      }
    }
  }

  @Example
  void theLengthLimitIsTheParsers() {
    String longest = "a".repeat(MatchPattern.MAX_LENGTH);
    assertTrue(MatchPattern.isValid(longest));
    assertEquals(parses(longest + "b"), MatchPattern.isValid(longest + "b"));
  }

  /**
   * Short texts over the characters the syntax gives a meaning to, and a few it does not: spaces
   * of several kinds, a letter outside ASCII, a surrogate pair's halves (so lone ones too).
   */
  @Provide
  Arbitrary<String> patternLike() {
    return Arbitraries.strings()
        .withChars("abZ19 \t|&~=*-.\u00e9\u2003\uD83D\uDE80")
        .ofMaxLength(24);
  }

  private static boolean parses(String source) {
    try {
      MatchPattern.parse(source);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
