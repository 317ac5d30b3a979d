package io.github.interviewbank.grading.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** The contract is not a check that cannot fail: each broken grader fails the rule it breaks. */
class ContractCatchesBrokenGradersTest {

  private static List<String> failedProperties(Class<?> contractClass) {
    Events tests = EngineTestKit.engine("jqwik").selectors(selectClass(contractClass)).execute()
        .testEvents();
    return tests.failed().stream()
        .map(Event::getTestDescriptor)
        .map(d -> d.getDisplayName())
        .sorted()
        .toList();
  }

  @Test
  void aGraderThatThrowsOnEmojiFailsTheUnicodeProperties() {
    List<String> failed = failedProperties(BrokenGraders.ThrowsOnEmoji.class);
    assertTrue(failed.contains("anyUnicodeAnswerGetsAValidGrade"), failed.toString());
    assertTrue(failed.contains("aOneMegabyteAnswerIsGraded"), failed.toString());
  }

  @Test
  void aGraderThatCreditsBlankAnswersFailsTheBlankProperty() {
    assertEquals(List.of("blankAnswersScoreZeroSayingNoAnswerWasGiven"),
        failedProperties(BrokenGraders.GradesBlankAnswers.class));
  }

  @Test
  void aGraderThatPrefersOffTopicAnswersFailsTheReferenceProperty() {
    assertEquals(List.of("theReferenceAnswerBeatsEmptyAndOffTopicAnswers"),
        failedProperties(BrokenGraders.Inverted.class));
  }

  @Test
  void aGraderThatOnlyClaimsDeterminismFailsTheDeterminismProperties() {
    List<String> failed = failedProperties(BrokenGraders.Drifting.class);
    assertTrue(failed.contains("theSameRequestGetsAnEqualGrade"), failed.toString());
    assertTrue(failed.contains("manyThreadsGetTheGradesOneThreadGets"), failed.toString());
  }

  @Test
  void aGraderThatPunishesCoverageFailsMonotonicity() {
    List<String> failed = failedProperties(BrokenGraders.PunishesCoverage.class);
    assertTrue(failed.contains("coveringOneMoreKeyPointNeverLowersTheScore"), failed.toString());
  }
}
