package io.github.interviewbank.grading.llm;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.testkit.AnswerGraderContract;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;

/** The test kit's contract, run against the LLM grader backed by a local stub model that reads. */
class LlmGraderProperties implements AnswerGraderContract {
  private static final StubChatServer STUB =
      StubChatServer.start(call -> StubChatServer.Reply.content(ModelReplies.reading(call)));
  private static final AnswerGrader GRADER = LlmGrader.create(LlmSettings.builder()
      .baseUrl(URI.create(STUB.baseUrl())).model("stub").maxConcurrency(8).build());

  @Override
  public AnswerGrader grader() {
    return GRADER;
  }

  @AfterAll
  static void stopStub() {
    STUB.close();
  }
}
