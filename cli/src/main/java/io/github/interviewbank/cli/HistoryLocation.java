package io.github.interviewbank.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the practice history lives: {@code --data-dir}, else {@value #ENVIRONMENT_VARIABLE},
 * else {@code $XDG_DATA_HOME/interview-bank}, else {@code ~/.local/share/interview-bank}; the
 * database is {@value #FILE_NAME} in that folder.
 */
final class HistoryLocation {
  /** The environment variable naming the data folder. */
  static final String ENVIRONMENT_VARIABLE = "INTERVIEW_BANK_DATA_DIR";

  /** The database's file name in the data folder. */
  static final String FILE_NAME = "history.db";

  // One place per line (%n): help's wrapping would break the last path after "~/.".
  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Folder of the practice history. Default:%n$" + ENVIRONMENT_VARIABLE
          + ", else%n$XDG_DATA_HOME/interview-bank, else%n~/.local/share/interview-bank.")
  @Nullable Path dataDir;

  /** The database file, from the option, the environment and the user's home. */
  Path file(Environment environment) {
    return folder(dataDir, environment).resolve(FILE_NAME);
  }

  static Path folder(@Nullable Path option, Environment environment) {
    if (option != null) {
      return option;
    }
    return environment.get(ENVIRONMENT_VARIABLE).map(Path::of)
        .orElse(environment.xdgDataHome().resolve("interview-bank"));
  }
}
