package io.github.interviewbank.grading.llm;

import static io.github.interviewbank.grading.llm.LlmGraderTest.ANSWER;
import static io.github.interviewbank.grading.llm.LlmGraderTest.CAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.FollowUpRequest;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.ProposedFollowUp;
import io.github.interviewbank.grading.Span;
import io.github.interviewbank.grading.llm.StubChatServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LlmFollowUpProposerTest {
  /** The grade being followed up: two-of-three covered, the rest missed. */
  private static Grade grade() {
    List<KeyPointResult> results = new ArrayList<>();
    for (KeyPoint k : CAP.keyPoints()) {
      results.add(k.id().equals("two-of-three")
          ? KeyPointResult.covered(k.id(), List.of(Span.of(0, 10)))
          : KeyPointResult.missed(k.id()));
    }
    return new Grade(CAP.id(), "llm", 0.35, Band.WEAK, results, "feedback");
  }

  private static Optional<ProposedFollowUp> propose(StubChatServer stub) {
    return LlmFollowUpProposer.create(LlmGraderTest.settings(stub).build())
        .propose(FollowUpRequest.of(CAP, ANSWER, grade()));
  }

  @Test
  void theModelsQuestionIsProposedWithTheKeyPointsItProbes() {
    try (StubChatServer stub = StubChatServer.start(call -> Reply.content("{\"prompt\": \"What"
        + " does availability mean in CAP, exactly?\", \"keyPoints\": [\"availability-def\","
        + " \"made-up\", \"availability-def\"]}"))) {
      ProposedFollowUp p = propose(stub).orElseThrow();
      assertEquals("What does availability mean in CAP, exactly?", p.prompt());
      assertEquals(List.of("availability-def"), p.keyPointIds(), "unknown and repeated ids dropped");
      assertTrue(p.bankFollowUp().isEmpty());
    }
  }

  @Test
  void theRequestCarriesTheGradesVerdictsAndTheAnswerAsData() {
    try (StubChatServer stub = StubChatServer.start(
        call -> Reply.content("{\"prompt\": \"Why?\", \"keyPoints\": []}"))) {
      propose(stub);
      StubChatServer.Call call = stub.calls().get(0);
      JsonNode verdicts = call.rubric().path("grade");
      assertEquals("covered", verdicts.path("two-of-three").asString());
      assertEquals("missed", verdicts.path("examples").asString());
      assertEquals(ANSWER, call.answer());
      assertTrue(call.system().contains("ONE short follow-up question"), call.system());
      assertEquals("follow_up",
          call.body().path("response_format").path("json_schema").path("name").asString());
    }
  }

  @Test
  void controlCharactersInTheQuestionBecomeSpaces() {
    try (StubChatServer stub = StubChatServer.start(call -> Reply.content(
        "{\"prompt\": \"Why \\u001b[31mred\\u0007?\", \"keyPoints\": []}"))) {
      assertEquals("Why  [31mred ?", propose(stub).orElseThrow().prompt());
    }
  }

  @Test
  void anEmptyQuestionProposesNothing() {
    try (StubChatServer stub = StubChatServer.start(
        call -> Reply.content("{\"prompt\": \"  \", \"keyPoints\": []}"))) {
      assertEquals(Optional.empty(), propose(stub));
    }
  }

  @Test
  void aMalformedReplyOrAFailedEndpointIsAGradingException() {
    try (StubChatServer stub = StubChatServer.start(call -> Reply.content("Ask about PACELC."))) {
      GradingException e = assertThrows(GradingException.class, () -> propose(stub));
      assertTrue(e.getMessage().contains("did not reply with a JSON object holding 'prompt'"),
          e.getMessage());
    }
    try (StubChatServer stub = StubChatServer.start(call -> Reply.status(500, "down"))) {
      assertThrows(GradingException.class, () -> propose(stub));
    }
  }
}
