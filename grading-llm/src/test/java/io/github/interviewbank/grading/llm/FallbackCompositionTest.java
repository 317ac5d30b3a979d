package io.github.interviewbank.grading.llm;

import static io.github.interviewbank.grading.llm.LlmGraderTest.ANSWER;
import static io.github.interviewbank.grading.llm.LlmGraderTest.CAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.FallbackGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import io.github.interviewbank.grading.llm.StubChatServer.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "LLM, else keyword": the grade says which grader produced it. */
class FallbackCompositionTest {
  private static AnswerGrader llmElseKeyword(StubChatServer stub, List<Throwable> failures) {
    return FallbackGrader.builder().then(LlmGraderTest.grader(stub)).then(KeywordGrader.create())
        .onFailure((id, error) -> failures.add(error)).build();
  }

  @Test
  void whileTheEndpointAnswersTheLlmGrades() {
    List<Throwable> failures = new ArrayList<>();
    try (StubChatServer stub = StubChatServer.start(call -> Reply.content(ModelReplies.grade()
        .point("two-of-three", "covered", LlmGraderTest.TWO_OF_THREE_QUOTE).json()))) {
      Grade g = llmElseKeyword(stub, failures).grade(CAP, ANSWER);
      assertEquals("llm", g.graderId());
      assertEquals(List.of(), failures);
    }
  }

  @Test
  void whenTheEndpointFailsTheKeywordGraderGradesAndTheFailureIsReported() {
    List<Throwable> failures = new ArrayList<>();
    try (StubChatServer stub = StubChatServer.start(call -> Reply.status(500, "down"))) {
      Grade g = llmElseKeyword(stub, failures).grade(CAP, ANSWER);
      assertEquals("keyword", g.graderId());
      assertEquals(KeywordGrader.create().grade(CAP, ANSWER), g);
      assertEquals(1, failures.size());
      assertTrue(failures.get(0) instanceof GradingException, failures.toString());
    }
  }
}
