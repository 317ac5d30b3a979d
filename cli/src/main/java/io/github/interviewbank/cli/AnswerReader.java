package io.github.interviewbank.cli;

import io.github.interviewbank.grading.GradingRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads one answer: lines up to an empty line, with the session's commands on lines of their own
 * ({@code :hint}, {@code :skip}, {@code :retry}), and how long it took.
 */
final class AnswerReader {
  /** What the candidate gave for one prompt. */
  sealed interface Response {}

  /**
   * An answer.
   *
   * @param text the lines, each ended by a newline; not blank
   * @param took from the prompt to the end of the answer
   * @param endOfInput whether input ended right after it
   */
  record Answer(String text, Duration took, Instant endedAt, boolean endOfInput)
      implements Response {}

  /** {@code :skip}, or an empty answer. */
  record Skip() implements Response {}

  /** {@code :retry}: answer the last question again. */
  record Retry() implements Response {}

  /** Input ended before any line of this answer. */
  record EndOfInput() implements Response {}

  static final String HINT = ":hint";
  static final String SKIP = ":skip";
  static final String RETRY = ":retry";

  private final LineSource lines;
  private final Clock clock;
  private final Consumer<String> notice;

  /**
   * @param notice prints a line to the candidate, such as the note on an unknown command
   */
  AnswerReader(LineSource lines, Clock clock, Consumer<String> notice) {
    this.lines = lines;
    this.clock = clock;
    this.notice = notice;
  }

  /**
   * Reads up to an empty line.
   *
   * @param onHint called with the answer typed so far when the candidate asks for a hint
   * @throws LineSource.Interrupted on Ctrl-C
   * @throws AnswerInput.TooLong if the answer grows longer than an answer may be
   */
  Response read(Consumer<String> onHint) throws IOException {
    Instant start = clock.instant();
    StringBuilder sb = new StringBuilder();
    while (true) {
      String line = lines.readLine();
      if (line == null) {
        return sb.length() == 0 ? new EndOfInput()
            : new Answer(sb.toString(), took(start), clock.instant(), true);
      }
      if (line.isBlank()) {
        return sb.length() == 0 ? new Skip()
            : new Answer(sb.toString(), took(start), clock.instant(), false);
      }
      String command = line.strip().toLowerCase(Locale.ROOT);
      if (command.equals(HINT)) {
        onHint.accept(sb.toString());
      } else if (command.equals(SKIP)) {
        return new Skip();
      } else if (command.equals(RETRY)) {
        return new Retry();
      } else if (command.matches(":[a-z]+")) {
        notice.accept("Unknown command " + line.strip() + " (commands: " + HINT + ", " + SKIP
            + ", " + RETRY + "); it is not part of the answer.");
      } else if (sb.length() + line.length() + 1 > GradingRequest.MAX_ANSWER_LENGTH) {
        // The rest may be endless (yes |): reading stops here.
        throw new AnswerInput.TooLong();
      } else {
        sb.append(line).append('\n');
      }
    }
  }

  private Duration took(Instant start) {
    return Duration.between(start, clock.instant());
  }
}
