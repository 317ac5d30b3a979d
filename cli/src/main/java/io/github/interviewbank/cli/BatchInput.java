package io.github.interviewbank.cli;

import io.github.interviewbank.evaluation.Utf8Lines;
import io.github.interviewbank.grading.GradingRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * The lines of a batch to grade ({@code grade --input}): JSON Lines of objects with {@code
 * questionId} and {@code answer} strings, other fields ignored. Every line gives one entry, in
 * order and with its number, either an answer to grade or why the line cannot be used (blank, too
 * long, not UTF-8, not JSON, a repeated key, a missing field), so that a batch goes on past a bad
 * line and its output answers every input line. Memory stays within one line.
 */
final class BatchInput {
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(GradingRequest.MAX_ANSWER_LENGTH)
          .maxNestingDepth(32)
          .build())
      .build();

  private final Utf8Lines lines;

  BatchInput(InputStream in) {
    this.lines = new Utf8Lines(in);
  }

  /**
   * One line of the batch.
   *
   * @param line its 1-based number
   * @param questionId the question answered, or null when the line cannot be used
   * @param answer the answer, or null when the line cannot be used
   * @param problem why the line cannot be used, or null when it can
   */
  record Entry(int line, @Nullable String questionId, @Nullable String answer,
      @Nullable String problem) {}

  /** {@return the next line's entry, or empty at the end of the input} */
  Optional<Entry> next() throws IOException {
    Optional<Utf8Lines.Line> next = lines.next();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    Utf8Lines.Line l = next.get();
    if (l.problem().isPresent()) {
      return Optional.of(new Entry(l.number(), null, null, l.problem().get()));
    }
    return Optional.of(parse(l.number(), l.text().orElseThrow()));
  }

  /** The entry of one line of text. */
  static Entry parse(int number, String text) {
    if (text.isBlank()) {
      return bad(number, "blank line: expected a JSON object with questionId and answer");
    }
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return bad(number, "expected a JSON object with questionId and answer");
      }
      String questionId = null;
      String answer = null;
      String wrong = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("questionId") || name.equals("answer")) {
          if (value != JsonToken.VALUE_STRING) {
            wrong = wrong != null ? wrong : "'" + name + "' must be a string";
            p.skipChildren();
          } else if (name.equals("questionId")) {
            questionId = p.getString();
          } else {
            answer = p.getString();
          }
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        return bad(number, "unexpected content after the JSON object");
      }
      if (wrong != null) {
        return bad(number, wrong);
      }
      if (questionId == null) {
        return bad(number, "missing 'questionId'");
      }
      if (answer == null) {
        return bad(number, "missing 'answer'");
      }
      return new Entry(number, questionId, answer, null);
    } catch (StreamConstraintsException e) {
      String m = String.valueOf(e.getOriginalMessage());
      return bad(number, m.startsWith("String value length")
          ? String.format(Locale.ROOT, "a string is longer than the limit of %,d characters",
              GradingRequest.MAX_ANSWER_LENGTH)
          : "not valid JSON: " + firstLine(m));
    } catch (JacksonException e) {
      return bad(number, "not valid JSON: " + firstLine(String.valueOf(e.getOriginalMessage())));
    }
  }

  private static Entry bad(int number, String problem) {
    return new Entry(number, null, null, problem);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
