package io.github.interviewbank.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where custom graders are looked for, in this order: the {@code --grader-path} option, the
 * {@value #VARIABLE} environment variable (both lists of jars or class folders separated by the
 * platform's path separator, ':' on Unix), and every jar or folder in the {@code
 * interview-bank/graders} folder of the user's configuration directory ({@code $XDG_CONFIG_HOME},
 * by default {@code ~/.config}).
 */
record GraderPath(List<Element> elements) {
  /** The environment variable that lists grader jars. */
  static final String VARIABLE = "INTERVIEW_BANK_GRADER_PATH";

  /** A jar or class folder, and which setting named it. */
  record Element(Path path, String origin) {}

  GraderPath {
    elements = List.copyOf(elements);
  }

  static GraderPath of(@Nullable String option, Environment env) {
    List<Element> elements = new ArrayList<>();
    split(option, "--grader-path", elements);
    split(env.get(VARIABLE).orElse(null), VARIABLE, elements);
    Path folder = configFolder(env);
    if (Files.isDirectory(folder)) {
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".jar")).sorted()
            .forEach(p -> elements.add(new Element(p, folder.toString())));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + folder, e);
      }
    }
    return new GraderPath(elements);
  }

  /** {@return the folder of graders in the user's configuration directory} */
  static Path configFolder(Environment env) {
    return env.xdgConfigHome().resolve("interview-bank").resolve("graders");
  }

  private static void split(@Nullable String list, String origin, List<Element> into) {
    if (list == null) {
      return;
    }
    for (String part : list.split(File.pathSeparator, -1)) {
      if (!part.isBlank()) {
        into.add(new Element(Path.of(part.strip()), origin));
      }
    }
  }
}
