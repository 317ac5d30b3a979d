package io.github.interviewbank.grading.llm.internal;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper of the module, and how a JSON object is found in a model's reply. */
public final class Json {
  /** Shared and thread-safe. */
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Reads one value and ignores what follows it: models wrap JSON in prose and code fences. */
  private static final ObjectReader FIRST_VALUE =
      MAPPER.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The most opening braces tried when a reply is not JSON by itself. */
  private static final int MAX_TRIES = 64;

  private Json() {}

  /**
   * The JSON object in a model's reply that has the given field: the whole reply when it is that
   * object (as {@code response_format} asks), else the first such object embedded in it (for
   * servers that ignore {@code response_format} and answer in prose or a code fence).
   */
  public static Optional<JsonNode> objectWith(String reply, String field) {
    int from = 0;
    for (int tries = 0; tries < MAX_TRIES; tries++) {
      int open = reply.indexOf('{', from);
      if (open < 0) {
        break;
      }
      try {
        JsonNode node = FIRST_VALUE.readValue(reply.substring(open));
        if (node != null && node.isObject() && node.has(field)) {
          return Optional.of(node);
        }
      } catch (JacksonException e) {
        // not JSON from here: try the next brace
      }
      from = open + 1;
    }
    return Optional.empty();
  }
}
