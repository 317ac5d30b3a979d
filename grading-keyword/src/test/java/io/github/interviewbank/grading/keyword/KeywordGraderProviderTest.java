package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.AnswerGraders;
import io.github.interviewbank.grading.GraderConfigurationException;
import io.github.interviewbank.grading.GraderOption;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordGraderProviderTest {

  @Test
  void isDiscoveredAndIsTheDefaultGrader() {
    assertTrue(AnswerGraders.names().contains("keyword"), AnswerGraders.names().toString());
    assertInstanceOf(KeywordGrader.class, AnswerGraders.defaultGrader());
    assertEquals("keyword", AnswerGraders.create("keyword").id());
  }

  @Test
  void documentsEveryOptionWithItsDefault() {
    var names = new KeywordGraderProvider().options().stream().map(GraderOption::key).toList();
    assertEquals(15, names.size());
    assertTrue(names.contains("proximity") && names.contains("synonyms") && names.contains("bandStrong"));
  }

  @Test
  void optionsConfigureTheGrader() {
    AnswerGrader strict = AnswerGraders.create("keyword",
        Map.of("requiredCap", "0.1", "bandStrong", "0.95", "synonyms", "pg|postgres; k8s|kube"));
    var q = QuestionBank.builtIn().find("sql-vs-nosql").orElseThrow();
    assertTrue(strict.grade(q, "I like pg.").score() <= 0.1);
  }

  @Test
  void badOptionsNameTheOptionAndValue() {
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> AnswerGraders.create("keyword", Map.of("proximity", "far")));
    assertEquals("option 'proximity' of grader 'keyword' must be an integer from 0 to 10, was 'far'", e.getMessage());
    e = assertThrows(GraderConfigurationException.class,
        () -> AnswerGraders.create("keyword", Map.of("proximty", "2")));
    assertTrue(e.getMessage().startsWith("grader 'keyword' has no option 'proximty'; its options are"), e.getMessage());
    e = assertThrows(GraderConfigurationException.class,
        () -> AnswerGraders.create("keyword", Map.of("bandWeak", "0.9")));
    assertTrue(e.getMessage().contains("bandWeak, bandAcceptable and bandStrong"), e.getMessage());
    e = assertThrows(GraderConfigurationException.class,
        () -> AnswerGraders.create("keyword", Map.of("synonyms", "lonely")));
    assertTrue(e.getMessage().contains("group 'lonely' needs at least two terms"), e.getMessage());
  }
}
