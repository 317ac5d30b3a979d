package io.github.interviewbank.grading.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.AnswerGraders;
import io.github.interviewbank.grading.GraderConfigurationException;
import io.github.interviewbank.grading.GraderOption;
import io.github.interviewbank.grading.FollowUpProposer;
import io.github.interviewbank.grading.FollowUpRequest;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GraderOptions;
import io.github.interviewbank.grading.GraderProvider;
import io.github.interviewbank.grading.ProposedFollowUp;
import io.github.interviewbank.grading.llm.StubChatServer.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {
  private static LlmSettings fromOptions(Map<String, String> options) {
    return LlmSettings.fromOptions(GraderOptions.of("llm", options));
  }

  private static String error(Map<String, String> options) {
    return assertThrows(GraderConfigurationException.class, () -> fromOptions(options))
        .getMessage();
  }

  @Test
  void theDefaultsAreOllamaOnThisMachineWithoutAKey() {
    LlmSettings s = LlmSettings.builder().model("qwen2.5:7b-instruct").build();
    assertEquals(URI.create("http://localhost:11434/v1"), s.baseUrl());
    assertEquals(URI.create("http://localhost:11434/v1/chat/completions"), s.chatCompletionsUrl());
    assertTrue(s.apiKeyEnv().isEmpty());
    assertEquals(Duration.ofSeconds(60), s.timeout());
    assertEquals(4, s.maxConcurrency());
    assertEquals(2, s.retries());
  }

  @Test
  void optionsAreReadIntoTheSameSettingsAsTheBuilder() {
    LlmSettings s = fromOptions(Map.of("base-url", "https://example.test/v1/", "model", "m",
        "api-key-env", "OPENAI_API_KEY", "timeout", "2.5", "max-concurrency", "8",
        "retries", "0"));
    assertEquals(URI.create("https://example.test/v1/chat/completions"), s.chatCompletionsUrl());
    assertEquals("OPENAI_API_KEY", s.apiKeyEnv().orElseThrow());
    assertEquals(Duration.ofMillis(2500), s.timeout());
    assertEquals(8, s.maxConcurrency());
    assertEquals(0, s.retries());
  }

  @Test
  void theModelIsRequired() {
    assertEquals("grader 'llm' needs the option 'model': the name of a model the endpoint"
        + " serves, such as model=qwen2.5:7b-instruct", error(Map.of()));
  }

  @Test
  void anUnknownOptionFailsListingTheKnownOnes() {
    assertEquals("grader 'llm' has no option 'temperature'; its options are api-key-env,"
        + " base-url, max-concurrency, model, retries, timeout",
        error(Map.of("model", "m", "temperature", "0.7")));
  }

  @Test
  void badValuesFailNamingTheOptionAndTheValue() {
    assertEquals("option 'timeout' of grader 'llm' must be a number of seconds from 0.1 to 600,"
        + " was 'soon'", error(Map.of("model", "m", "timeout", "soon")));
    assertEquals("option 'timeout' of grader 'llm' must be from 0.1 to 600 seconds, was 0.01 s",
        error(Map.of("model", "m", "timeout", "0.01")));
    assertEquals("option 'retries' of grader 'llm' must be from 0 to 10, was 11",
        error(Map.of("model", "m", "retries", "11")));
    assertEquals("option 'max-concurrency' of grader 'llm' must be a whole number from 1 to 64,"
        + " was 'many'", error(Map.of("model", "m", "max-concurrency", "many")));
    assertEquals("option 'base-url' of grader 'llm' must be an http or https URL with a host and"
        + " no query, was 'ftp://host/v1'", error(Map.of("model", "m", "base-url", "ftp://host/v1")));
  }

  @Test
  void theBuilderChecksWithTheSameRules() {
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> LlmSettings.builder().retries(-1));
    assertEquals("setting 'retries' of grader 'llm' must be from 0 to 10, was -1", e.getMessage());
    assertThrows(GraderConfigurationException.class, () -> LlmSettings.builder().model(" "));
  }

  @Test
  void theProviderIsFoundByNameAndTakesTheOptions() {
    assertTrue(AnswerGraders.names().contains("llm"), AnswerGraders.names().toString());
    AnswerGrader g = AnswerGraders.create("llm", Map.of("model", "m"));
    assertEquals("llm", g.id());
    assertEquals(LlmSettings.options(),
        AnswerGraders.registry().find("llm").orElseThrow().options());
  }

  @Test
  void theProviderOffersAFollowUpProposerAskingTheSameEndpoint() {
    GraderProvider provider = AnswerGraders.registry().find("llm").orElseThrow();
    try (StubChatServer stub = StubChatServer.start(
        call -> Reply.content("{\"prompt\": \"Why?\", \"keyPoints\": []}"))) {
      FollowUpProposer proposer = provider.createFollowUpProposer(GraderOptions.of("llm",
          Map.of("base-url", stub.baseUrl(), "model", "m"))).orElseThrow();
      Question cap = LlmGraderTest.CAP;
      Optional<ProposedFollowUp> next = proposer.propose(
          FollowUpRequest.of(cap, "An answer.", Grade.noAnswer(cap, "llm")));
      assertEquals("Why?", next.orElseThrow().prompt());
      assertEquals("m", stub.calls().get(0).body().path("model").asString());
    }
  }

  @Test
  void theProvidersFollowUpProposerNeedsAModelToo() {
    GraderProvider provider = AnswerGraders.registry().find("llm").orElseThrow();
    assertThrows(GraderConfigurationException.class,
        () -> provider.createFollowUpProposer(GraderOptions.of("llm", Map.of())));
  }

  @Test
  void theDocumentedOptionsTableMatchesTheSettings() throws IOException {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../docs/llm.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("| `")) {
        rows.add(line);
      }
    }
    List<String> expected = new ArrayList<>();
    for (GraderOption o : LlmSettings.options()) {
      expected.add("| `" + o.key() + "` | " + (o.defaultValue().isEmpty() ? "(none)"
          : "`" + o.defaultValue() + "`") + " | " + o.description() + " |");
    }
    assertEquals(expected, rows, "docs/llm.md's options table, derived from LlmSettings");
  }
}
