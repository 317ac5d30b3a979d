package io.github.interviewbank.grading.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Message contents a stub model replies with: grades and follow-ups in the requested JSON shapes.
 */
public final class ModelReplies {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ObjectNode root = JSON.createObjectNode();
  private final ArrayNode points = root.putArray("keyPoints");

  private ModelReplies() {
    root.put("feedback", "Stub feedback.");
  }

  /** Starts a grade. */
  public static ModelReplies grade() {
    return new ModelReplies();
  }

  /** Adds a verdict on a key point with its quotes. */
  public ModelReplies point(String id, String verdict, String... quotes) {
    ObjectNode p = points.addObject();
    p.put("id", id);
    p.put("verdict", verdict);
    ArrayNode evidence = p.putArray("evidence");
    for (String q : quotes) {
      evidence.add(q);
    }
    return this;
  }

  /** Sets the feedback. */
  public ModelReplies feedback(String text) {
    root.put("feedback", text);
    return this;
  }

  /** The reply's JSON text. */
  public String json() {
    return root.toString();
  }

  /**
   * A stand-in for a model that reads: a key point is covered when a sentence of the answer
   * shares two words of five letters or more with the point's text, quoted as evidence.
   */
  public static String reading(StubChatServer.Call call) {
    String answer = call.answer();
    ModelReplies reply = grade();
    List<String> sentences = new ArrayList<>();
    for (String s : answer.split("[.!?\\n]", -1)) {
      if (!s.isBlank()) {
        sentences.add(s.strip());
      }
    }
    for (JsonNode point : call.rubric().path("keyPoints")) {
      Set<String> words = words(point.path("text").asString());
      String quote = null;
      for (String s : sentences) {
        Set<String> shared = words(s);
        shared.retainAll(words);
        if (shared.size() >= 2) {
          quote = s;
          break;
        }
      }
      String id = point.path("id").asString();
      if (quote == null) {
        reply.point(id, "missed");
      } else {
        reply.point(id, "covered", quote);
      }
    }
    return reply.json();
  }

  /**
   * A follow-up as a model might write one, recognisable as the stub's: it asks about the first
   * key point the grade in a follow-up request does not mark covered, or, when every point is
   * covered, about the first.
   */
  public static String followUpOn(StubChatServer.Call call) {
    JsonNode rubric = call.rubric();
    JsonNode chosen = rubric.path("keyPoints").path(0);
    for (JsonNode point : rubric.path("keyPoints")) {
      if (!rubric.path("grade").path(point.path("id").asString()).asString().equals("covered")) {
        chosen = point;
        break;
      }
    }
    ObjectNode reply = JSON.createObjectNode();
    reply.put("prompt", "The stub model asks: you left this out, so explain it in your own"
        + " words: " + chosen.path("text").asString());
    reply.putArray("keyPoints").add(chosen.path("id").asString());
    return reply.toString();
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
      if (w.length() >= 5) {
        words.add(w);
      }
    }
    return words;
  }
}
