package io.github.interviewbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.MatchPattern.Sequence;
import io.github.interviewbank.core.MatchPattern.Word;
import io.github.interviewbank.core.MatchPattern.WordKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MatchPatternTest {

  @Test
  void aPhraseIsOneOrderedSequenceOfSlots() {
    MatchPattern p = MatchPattern.parse("single  endpoint");
    assertEquals(1, p.sequences().size());
    Sequence s = p.sequences().get(0);
    assertFalse(s.anyOrder());
    assertEquals(2, s.slots().size());
    assertEquals(List.of(new Word("endpoint", WordKind.STEMMED)), s.slots().get(1).alternatives());
  }

  @Test
  void barsSeparateAlternativesAtOnePosition() {
    Sequence s = MatchPattern.parse("one|single endpoint").sequences().get(0);
    assertEquals(
        List.of(new Word("one", WordKind.STEMMED), new Word("single", WordKind.STEMMED)),
        s.slots().get(0).alternatives());
  }

  @Test
  void tildeMakesTheOrderFree() {
    assertTrue(MatchPattern.parse("~cache invalidation").sequences().get(0).anyOrder());
    assertTrue(MatchPattern.parse("~ cache invalidation").sequences().get(0).anyOrder());
  }

  @Test
  void ampersandJoinsSubPatterns() {
    MatchPattern p = MatchPattern.parse("version & compare|check");
    assertEquals(2, p.sequences().size());
    assertEquals(2, p.sequences().get(1).slots().get(0).alternatives().size());
  }

  @Test
  void starMakesAPrefixAndEqualsMakesAnExactWord() {
    Sequence s = MatchPattern.parse("normaliz* =put").sequences().get(0);
    assertEquals(new Word("normaliz", WordKind.PREFIX), s.slots().get(0).alternatives().get(0));
    assertEquals(new Word("put", WordKind.EXACT), s.slots().get(1).alternatives().get(0));
  }

  @Test
  void technicalTermsAreKeptAsWritten() {
    Sequence s = MatchPattern.parse("n+1 http/2 o(1) key-value").sequences().get(0);
    assertEquals(
        List.of("n+1", "http/2", "o(1)", "key-value"),
        s.slots().stream().map(slot -> slot.alternatives().get(0).text()).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "  ", "a||b", "a|", "|a", "a &", "& a", "a && b", "~", "a ~b", "ab*", "a*b", "=abc*",
        "!!!", "word | other"
      })
  void malformedPatternsAreRejectedWithAReason(String source) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MatchPattern.parse(source));
    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void overlongPatternsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MatchPattern.parse("word ".repeat(MatchPattern.MAX_LENGTH)));
  }

  @Test
  void patternsAreEqualByTheirSource() {
    assertEquals(MatchPattern.parse("a b"), MatchPattern.parse("a b"));
    assertEquals("a b", MatchPattern.parse("a b").toString());
  }
}
