package io.github.interviewbank.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Lines from JLine's line editor: arrow keys, Emacs editing keys, and the lines typed earlier in
 * the session as history (up arrow). Only for an interactive terminal; this is the only class
 * that touches JLine, so that other commands never load it.
 */
final class EditingLineSource implements LineSource {
  private final Terminal terminal;
  private final LineReader reader;

  private EditingLineSource(Terminal terminal) {
    this.terminal = terminal;
    this.reader = LineReaderBuilder.builder().terminal(terminal)
        // Answers are prose: no completion, no '!' history expansion, no escapes eaten.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .variable(LineReader.HISTORY_SIZE, 500)
        .build();
  }

  /** The line editor on the process's terminal. */
  static EditingLineSource open() throws IOException {
    return new EditingLineSource(TerminalBuilder.builder().system(true).build());
  }

  /** Where output goes while the editor owns the terminal. */
  PrintWriter writer() {
    return terminal.writer();
  }

  @Override
  public @Nullable String readLine() {
    try {
      return reader.readLine("");
    } catch (UserInterruptException e) {
      throw new Interrupted();
    } catch (EndOfFileException e) {
      return null;
    }
  }

  @Override
  public void close() {
    try {
      terminal.close();
    } catch (IOException ignored) {
      // The session is over; a terminal that fails to restore has nothing left to tell.
    }
  }
}
