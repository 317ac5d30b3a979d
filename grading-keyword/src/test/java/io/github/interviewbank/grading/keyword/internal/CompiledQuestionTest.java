package io.github.interviewbank.grading.keyword.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.Question;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledQuestionTest {
  private static final Question QUESTION = Question.builder("probe").prompt("Probe?")
      .difficulty(Difficulty.BEGINNER)
      .referenceAnswer("Sessions are not shared between nodes; each node keeps its own tokens.")
      .build();

  private static List<String> negatedReferenceWords(int negationWindow) {
    CompiledQuestion q = CompiledQuestion.compile(QUESTION, SynonymTable.builtIn(),
        ReferenceStats.uniform(), negationWindow);
    List<String> negated = new ArrayList<>();
    for (int i = 0; i < q.reference.labels.length; i++) {
      if (q.reference.negated[i]) {
        negated.add(q.reference.labels[i]);
      }
    }
    return negated;
  }

  @Test
  void theReferenceAnswerIsReadWithTheGradersNegationWindow() {
    assertTrue(negatedReferenceWords(4).contains("shared"), negatedReferenceWords(4).toString());
    // Window 0 turns negation off for the reference answer as it does for answers.
    assertEquals(List.of(), negatedReferenceWords(0));
  }
}
