package io.github.interviewbank.grading.llm;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.FollowUpProposer;
import io.github.interviewbank.grading.FollowUpRequest;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.grading.ProposedFollowUp;
import io.github.interviewbank.grading.llm.internal.ChatEndpoint;
import io.github.interviewbank.grading.llm.internal.Json;
import io.github.interviewbank.grading.llm.internal.Prompts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Asks a language model for one probing follow-up question about what an answer missed, got
 * wrong or left vague, given the question, its rubric, the answer and its grade.
 *
 * <pre>{@code
 * FollowUpProposer interviewer = LlmFollowUpProposer.create(settings);
 * Optional<ProposedFollowUp> next;
 * try {
 *   next = interviewer.propose(FollowUpRequest.of(question, answer, grade));
 * } catch (GradingException endpointDown) {
 *   next = FollowUpProposer.fromBank().propose(FollowUpRequest.of(question, answer, grade));
 * }
 * }</pre>
 *
 * <p>The request is built like {@link LlmGrader}'s (the answer sent as data, temperature 0, a
 * {@code response_format} of type {@code json_schema}) and adds the grade's verdicts; the reply
 * is {@code {"prompt": "...", "keyPoints": ["id", ...]}}. The proposal keeps the key point ids
 * the question has, in the model's order, and drops the others; control characters in the
 * prompt become spaces. An empty prompt proposes nothing. Malformed replies, HTTP errors and
 * timeouts are {@link GradingException}s, as for the grader; fall back to {@link
 * FollowUpProposer#fromBank()} then. <b>The answer leaves the machine</b> when the endpoint is
 * hosted elsewhere. Thread-safe.
 *
 * @since 1.0.0
 */
public final class LlmFollowUpProposer implements FollowUpProposer {
  /** The longest follow-up accepted from a model, in characters. */
  private static final int MAX_PROMPT = 1000;

  private final LlmSettings settings;
  private final ChatEndpoint endpoint;

  private LlmFollowUpProposer(LlmSettings settings) {
    this.settings = settings;
    this.endpoint = new ChatEndpoint(settings);
  }

  /**
   * Creates a proposer.
   *
   * @param settings the endpoint and model; never {@code null}
   * @return the proposer, never {@code null}
   * @throws io.github.interviewbank.grading.GraderConfigurationException if the settings name an
   *     API key variable that is not set
   * @since 1.0.0
   */
  public static LlmFollowUpProposer create(LlmSettings settings) {
    return new LlmFollowUpProposer(Objects.requireNonNull(settings, "settings"));
  }

  @Override
  public Optional<ProposedFollowUp> propose(FollowUpRequest request) {
    Objects.requireNonNull(request, "request");
    Question q = request.question();
    String reply = endpoint.complete(Prompts.followUp(settings.model(), q,
        Prompts.wellFormed(request.answer()), request.grade()));
    JsonNode root = Json.objectWith(reply, "prompt").orElseThrow(() -> new GradingException(
        "the model at " + endpoint.url() + " did not reply with a JSON object holding 'prompt': "
            + endpoint.excerpt(reply)));
    JsonNode promptNode = root.get("prompt");
    if (promptNode == null || !promptNode.isString()) {
      throw new GradingException("the model at " + endpoint.url() + " replied with a 'prompt'"
          + " that is not a string: " + endpoint.excerpt(reply));
    }
    String prompt = endpoint.redact(promptNode.asString())
        .replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").strip();
    if (prompt.isEmpty()) {
      return Optional.empty();
    }
    if (prompt.length() > MAX_PROMPT) {
      throw new GradingException("the model at " + endpoint.url() + " proposed a follow-up of "
          + prompt.length() + " characters; the limit is " + MAX_PROMPT);
    }
    List<String> ids = new ArrayList<>();
    JsonNode probed = root.get("keyPoints");
    if (probed != null) {
      for (JsonNode id : probed) {
        if (id.isString() && q.keyPoint(id.asString()).isPresent()
            && !ids.contains(id.asString())) {
          ids.add(id.asString());
        }
      }
    }
    return Optional.of(ProposedFollowUp.of(prompt, ids));
  }

  /** {@return {@value LlmGrader#ID}} */
  @Override
  public String id() {
    return LlmGrader.ID;
  }

  @Override
  public String toString() {
    return "LlmFollowUpProposer[" + settings + "]";
  }
}
