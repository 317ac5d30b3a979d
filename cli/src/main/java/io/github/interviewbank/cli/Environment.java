package io.github.interviewbank.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The process environment a run sees: its variables and the user's home. Tests pass their own, so
 * that settings read from the environment (the grader path, the XDG directories) are testable.
 */
record Environment(Map<String, String> variables, Path home) {
  Environment {
    variables = Map.copyOf(variables);
  }

  static Environment system() {
    return of(System.getenv(), System.getProperty("user.home", "."));
  }

  /**
   * The environment of these variables, whose home is {@code $HOME} when it is set and not empty
   * (as the XDG Base Directory rules read {@code ~}), else {@code userHome}: the JVM's {@code
   * user.home} comes from the password database, not from {@code $HOME}.
   */
  static Environment of(Map<String, String> variables, String userHome) {
    String home = variables.get("HOME");
    return new Environment(variables, Path.of(home == null || home.isEmpty() ? userHome : home));
  }

  /** {@return the variable's value, empty when it is unset or blank} */
  Optional<String> get(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /**
   * {@return the user's configuration directory by the XDG Base Directory rules: {@code
   * $XDG_CONFIG_HOME} when set to an absolute path, else {@code ~/.config}}
   */
  Path xdgConfigHome() {
    return xdg("XDG_CONFIG_HOME", ".config");
  }

  /**
   * {@return the user's data directory by the XDG Base Directory rules: {@code $XDG_DATA_HOME}
   * when set to an absolute path, else {@code ~/.local/share}}
   */
  Path xdgDataHome() {
    return xdg("XDG_DATA_HOME", ".local/share");
  }

  private Path xdg(String variable, String underHome) {
    // The specification says relative values are invalid and must be ignored.
    return get(variable).map(Path::of).filter(Path::isAbsolute).orElse(home.resolve(underHome));
  }
}
