package io.github.interviewbank.grading.llm.internal;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Span;
import io.github.interviewbank.grading.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A model's verdicts on an answer, checked: one result per key point in rubric order, where a
 * covered or contradicted verdict stands only with evidence that is in the answer and about the
 * point, and every other claim is dropped (the point is then missed) and recorded.
 *
 * @param results one per key point, in rubric order
 * @param dropped the key points whose claimed verdict was dropped, with why, in rubric order
 * @param modelFeedback the model's feedback for the candidate, possibly empty
 */
public record Verdicts(List<KeyPointResult> results, List<Dropped> dropped, String modelFeedback) {

  /** The longest model feedback kept, in characters. */
  static final int MAX_FEEDBACK = 1500;

  /**
   * A claim that did not survive the checks.
   *
   * @param keyPoint the point it was about
   * @param claimed what the model said (covered or contradicted)
   * @param reason why it was dropped
   */
  public record Dropped(KeyPoint keyPoint, Verdict claimed, String reason) {}

  /**
   * Reads and checks the model's reply to {@link Prompts#grading}.
   *
   * @param reply the message content
   * @param question the question graded
   * @param evidence the answer as sent
   * @param source the endpoint, for error messages
   * @throws GradingException if the reply holds no object with a {@code keyPoints} array
   */
  public static Verdicts read(String reply, Question question, Evidence evidence,
      ChatEndpoint source) {
    JsonNode root = Json.objectWith(reply, "keyPoints").orElseThrow(() -> new GradingException(
        "the model at " + source.url() + " did not reply with a JSON object holding 'keyPoints': "
            + source.excerpt(reply)));
    JsonNode entries = root.get("keyPoints");
    if (entries == null || !entries.isArray()) {
      throw new GradingException("the model at " + source.url() + " replied with 'keyPoints'"
          + " that is not an array: " + source.excerpt(reply));
    }
    // The first well-formed entry per known id; unknown ids and malformed entries are ignored.
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode entry : entries) {
      JsonNode id = entry.get("id");
      if (entry.isObject() && id != null && id.isString()
          && question.keyPoint(id.asString()).isPresent()) {
        byId.putIfAbsent(id.asString(), entry);
      }
    }
    List<KeyPointResult> results = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>();
    for (KeyPoint k : question.keyPoints()) {
      JsonNode entry = byId.get(k.id());
      Optional<Verdict> claimed = entry == null ? Optional.empty()
          : Optional.ofNullable(entry.get("verdict")).filter(JsonNode::isString)
              .flatMap(v -> Verdict.fromId(v.asString()));
      if (entry == null || claimed.isEmpty() || claimed.get() == Verdict.MISSED) {
        results.add(KeyPointResult.missed(k.id()));
        continue;
      }
      List<String> quotes = quotes(entry.get("evidence"));
      TreeSet<Span> spans = new TreeSet<>((a, b) -> a.start() != b.start()
          ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
      boolean inAnswer = false;
      Set<String> vocabulary = Evidence.vocabulary(k, question);
      for (String quote : quotes) {
        Optional<Span> span = evidence.find(quote);
        if (span.isPresent()) {
          inAnswer = true;
          if (Evidence.isAbout(quote, vocabulary)) {
            spans.add(span.get());
          }
        }
      }
      if (!spans.isEmpty()) {
        results.add(new KeyPointResult(k.id(), claimed.get(), List.copyOf(spans)));
        continue;
      }
      results.add(KeyPointResult.missed(k.id()));
      dropped.add(new Dropped(k, claimed.get(), quotes.isEmpty() ? "no quote was given"
          : inAnswer ? "its quote is not about the point" : "its quote is not in your answer"));
    }
    JsonNode feedback = root.get("feedback");
    String text = feedback != null && feedback.isString() ? feedback.asString().strip() : "";
    if (text.length() > MAX_FEEDBACK) {
      text = text.substring(0, MAX_FEEDBACK) + "...";
    }
    return new Verdicts(List.copyOf(results), List.copyOf(dropped), text);
  }

  private static List<String> quotes(@Nullable JsonNode evidence) {
    List<String> quotes = new ArrayList<>();
    if (evidence == null) {
      return quotes;
    }
    if (evidence.isString()) {
      quotes.add(evidence.asString());
    }
    for (JsonNode q : evidence) {
      if (q.isString() && !q.asString().isBlank()) {
        quotes.add(q.asString());
      }
    }
    return quotes;
  }
}
