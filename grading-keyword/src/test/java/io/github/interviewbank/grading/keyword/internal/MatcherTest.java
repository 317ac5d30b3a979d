package io.github.interviewbank.grading.keyword.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import org.junit.jupiter.api.Test;

class MatcherTest {
  private static final Question QUESTION =
      QuestionBank.builtIn().find("caching-strategies").orElseThrow();
  private static final CompiledQuestion COMPILED = CompiledQuestion.compile(QUESTION,
      SynonymTable.builtIn(), ReferenceStats.uniform(), 4);

  private static Matcher prepared(String answer) {
    Matcher m = new Matcher();
    m.prepare(answer, COMPILED, 3, 4, true);
    return m;
  }

  @Test
  void aShortAnswerIsLookedUpInEachTermsGroupOnly() {
    assertFalse(prepared(QUESTION.referenceAnswer()).byToken);
  }

  @Test
  void whereATermStandsIsTheSameLookedUpByTokenOrInTheTermsGroup() {
    // Forty copies of the reference answer: its terms occur more often than a group is searched.
    Matcher m = prepared((QUESTION.referenceAnswer() + "\n").repeat(40));
    assertTrue(m.byToken);
    int found = 0;
    for (int term = 0; term < COMPILED.termCount; term++) {
      for (int p = 0; p <= m.tokens.count; p++) {
        int inGroup = m.firstIndexInGroup(term, p);
        assertEquals(inGroup, m.firstIndexByToken(term, p), "term " + term + " at " + p);
        found += inGroup >= 0 ? 1 : 0;
      }
    }
    assertTrue(found > 40, "the terms must stand somewhere: " + found);
  }
}
