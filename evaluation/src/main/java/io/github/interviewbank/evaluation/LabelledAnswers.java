package io.github.interviewbank.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads labelled answers from JSON Lines: one object per line with {@code questionId} (string),
 * {@code answer} (string) and {@code score} (number in [0, 1]); an optional string {@code kind} is
 * kept; other fields are ignored, and so are blank lines. Lines are read as {@link Utf8Lines}
 * reads them (at most {@value Utf8Lines#MAX_LINE_BYTES} bytes, strict UTF-8); a key repeated in an
 * object is a problem.
 *
 * <pre>{@code
 * {"questionId": "cap-theorem", "answer": "You can only pick two...", "score": 0.4}
 * }</pre>
 *
 * @since 1.0.0
 */
public final class LabelledAnswers {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private LabelledAnswers() {}

  /**
   * Reads a labels file.
   *
   * @param file the file; never {@code null}
   * @return the labelled answers in file order; never {@code null}
   * @throws LabelFileException if the file is missing or cannot be read (the message names it and
   *     says why), or any line is invalid; every problem is listed with its line
   * @since 1.0.0
   */
  public static List<LabelledAnswer> read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new LabelFileException(List.of(file + ": " + reason(e)));
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      throw new LabelFileException(
          List.of(file + ": " + (cause == null ? "cannot read" : reason(cause))));
    }
  }

  /** Why a file cannot be read, in plain words ("permission denied", "is a directory"). */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (why == null || why.isBlank()) {
      return "cannot read";
    }
    why = why.strip();
    // The system's words ("Is a directory") start a sentence; here they follow "FILE: ".
    return why.length() > 1 && Character.isUpperCase(why.charAt(0))
        && !Character.isUpperCase(why.charAt(1))
        ? why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1) : why;
  }

  /**
   * Reads labelled answers from a UTF-8 stream, which is not closed.
   *
   * @param in the stream; never {@code null}
   * @param source how messages name the input; never {@code null}
   * @return the labelled answers in input order; never {@code null}
   * @throws LabelFileException if any line is invalid
   * @throws UncheckedIOException if reading fails
   * @since 1.0.0
   */
  public static List<LabelledAnswer> read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    List<LabelledAnswer> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int[] problemCount = {0};
    Utf8Lines lines = new Utf8Lines(in);
    try {
      for (Optional<Utf8Lines.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
        Utf8Lines.Line l = next.get();
        String where = source + ":" + l.number() + ": ";
        Consumer<String> problem = message -> {
          problemCount[0]++;
          if (problems.size() < LabelFileException.MAX_LISTED_PROBLEMS) {
            problems.add(where + message);
          }
        };
        if (l.problem().isPresent()) {
          problem.accept(l.problem().get());
          continue;
        }
        String line = l.text().orElseThrow();
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (JacksonException e) {
          problem.accept("not valid JSON: " + firstLine(e.getOriginalMessage()));
          continue;
        }
        if (node == null || !node.isObject()) {
          problem.accept("expected a JSON object");
          continue;
        }
        JsonNode id = node.get("questionId");
        JsonNode answer = node.get("answer");
        JsonNode score = node.get("score");
        JsonNode kind = node.get("kind");
        int before = problemCount[0];
        if (id == null || !id.isString() || id.asString().isBlank()) {
          problem.accept("'questionId' must be a non-blank string");
        }
        if (answer == null || !answer.isString()) {
          problem.accept("'answer' must be a string");
        }
        if (score == null || !score.isNumber()) {
          problem.accept("'score' must be a number in [0, 1]");
        } else if (!(score.asDouble() >= 0 && score.asDouble() <= 1)) {
          problem.accept("'score' must be within [0, 1], was " + score.asDouble());
        }
        if (kind != null && !kind.isString() && !kind.isNull()) {
          problem.accept("'kind' must be a string when given");
        }
        if (problemCount[0] == before && id != null && answer != null && score != null) {
          LabelledAnswer label = LabelledAnswer.of(id.asString(), answer.asString(),
              score.asDouble()).atLine(l.number());
          out.add(kind != null && kind.isString() && !kind.asString().isBlank()
              ? label.withKind(kind.asString()) : label);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    if (!problems.isEmpty()) {
      throw new LabelFileException(problems, problemCount[0]);
    }
    return List.copyOf(out);
  }

  private static String firstLine(@Nullable String original) {
    String message = String.valueOf(original);
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
