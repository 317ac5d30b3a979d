package io.github.interviewbank.grading;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records what the library logs, so tests can read it; registered for the test run in {@code
 * META-INF/services/java.lang.System$LoggerFinder}.
 */
public final class RecordingLoggerFinder extends System.LoggerFinder {
  /** Every message logged in this JVM, as "LEVEL logger: message". */
  static final List<String> MESSAGES = new CopyOnWriteArrayList<>();

  /** Creates the finder; {@link java.util.ServiceLoader} calls this. */
  public RecordingLoggerFinder() {}

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new System.Logger() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public boolean isLoggable(Level level) {
        return true;
      }

      @Override
      public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        MESSAGES.add(level + " " + name + ": " + msg);
      }

      @Override
      public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        MESSAGES.add(level + " " + name + ": "
            + (params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
      }
    };
  }
}
