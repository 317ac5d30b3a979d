package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.AnswerGrader;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds small third-party grader jars for tests, the way a grader author would: Java sources
 * compiled against the grading API alone, then packed into a jar with their service files.
 */
final class GraderJars {
  private GraderJars() {}

  static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The grading API and core, where a grader author's compiler finds them. */
  static final List<String> API = List.of(location(QuestionBank.class),
      location(AnswerGrader.class), location(org.jspecify.annotations.NullMarked.class));

  /**
   * Compiles {@code sources} (file name to text; a {@code module-info.java} makes a modular jar)
   * and writes a jar holding the classes and {@code resources} (path to text).
   */
  static Path jar(Path work, String name, Map<String, String> sources,
      Map<String, String> resources) throws IOException {
    Path src = work.resolve(name + "-src");
    Path classes = work.resolve(name + "-classes");
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> s : sources.entrySet()) {
      Path file = src.resolve(s.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.getValue());
      files.add(file.toString());
    }
    boolean modular = sources.containsKey("module-info.java");
    List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
        modular ? "--module-path" : "-cp", String.join(File.pathSeparator, API)));
    args.addAll(files);
    // java.util.spi.ToolProvider (in java.base) rather than javax.tools: the tests of this module
    // compile as a patch of the named module, which does not read java.compiler.
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    assertEquals(0, javac.run(System.out, System.err, args.toArray(String[]::new)),
        name + " compiles");
    Path jar = work.resolve(name + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      try (Stream<Path> walk = Files.walk(classes)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          put(out, classes.relativize(p).toString().replace(File.separatorChar, '/'),
              Files.readAllBytes(p));
        }
      }
      for (Map.Entry<String, String> r : resources.entrySet()) {
        put(out, r.getKey(), r.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar;
  }

  private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream o = out;
    o.write(bytes);
    out.closeEntry();
  }

  /** The source of a provider named {@code name} whose grader scores by answer length. */
  static String lengthProvider(String pkg, String className, String name) {
    return """
        package %1$s;

        import io.github.interviewbank.grading.AnswerGrader;
        import io.github.interviewbank.grading.BandThresholds;
        import io.github.interviewbank.grading.Grade;
        import io.github.interviewbank.grading.GraderOption;
        import io.github.interviewbank.grading.GraderOptions;
        import io.github.interviewbank.grading.GraderProvider;
        import java.util.List;

        /** Scores an answer by its length against a target number of words. */
        public final class %2$s implements GraderProvider {
          @Override public String name() { return "%3$s"; }

          @Override public String description() { return "Longer answers score higher."; }

          @Override public List<GraderOption> options() {
            return List.of(GraderOption.of("words", "Words that earn full marks.", "50"));
          }

          @Override public AnswerGrader create(GraderOptions options) {
            int target = options.getInt("words", 50, 1, 10_000);
            return request -> {
              if (request.isBlank()) {
                return Grade.noAnswer(request.question(), "%3$s");
              }
              int words = request.answer().strip().split("\\\\s+").length;
              double score = Math.min(1.0, words / (double) target);
              return new Grade(request.question().id(), "%3$s", score,
                  BandThresholds.DEFAULT.bandOf(score), List.of(), words + " words.");
            };
          }
        }
        """.formatted(pkg, className, name);
  }
}
