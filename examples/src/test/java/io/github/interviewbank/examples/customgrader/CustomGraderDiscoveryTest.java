package io.github.interviewbank.examples.customgrader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grader written against interview-bank-grading-api only, registered through module-info and
 * META-INF/services, is found by name through {@code AnswerGraders} in a fresh JVM: on the class
 * path and on the module path. The fixture's sources are compiled here, as a separate module.
 */
class CustomGraderDiscoveryTest {
  @TempDir static Path work;
  static Path fixture;

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String CORE = location(QuestionBank.class);
  private static final String API = location(AnswerGrader.class);
  private static final String KEYWORD = location(KeywordGrader.class);
  private static final List<String> JACKSON = List.of(
      location(tools.jackson.databind.ObjectMapper.class),
      location(tools.jackson.core.JsonParser.class),
      location(com.fasterxml.jackson.annotation.JsonProperty.class));

  @BeforeAll
  static void compileTheFixtureModule() throws IOException, URISyntaxException {
    Path sources = Path.of(CustomGraderDiscoveryTest.class.getResource("/discovery-fixture").toURI());
    fixture = work.resolve("echo-grader");
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("--release", "17", "-d", fixture.toString(),
        "--module-path", String.join(File.pathSeparator, CORE, API, location(
            org.jspecify.annotations.NullMarked.class))));
    args.addAll(files);
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "fixture compiles");
    Path services = fixture.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.copy(sources.resolve("META-INF/services/io.github.interviewbank.grading.GraderProvider"),
        services.resolve("io.github.interviewbank.grading.GraderProvider"));
  }

  private static String runJava(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.exitValue(), output);
    return output;
  }

  private static String path(List<String> entries) {
    return String.join(File.pathSeparator, entries);
  }

  @Test
  void isFoundByNameOnTheClassPath() throws Exception {
    List<String> cp = new ArrayList<>(List.of(CORE, API, fixture.toString()));
    cp.addAll(JACKSON);
    assertEquals("graders=[echo] grade=echo:0.5 module=null",
        runJava(List.of("-cp", path(cp), "com.example.echograder.Main")));
  }

  @Test
  void isFoundByNameOnTheModulePath() throws Exception {
    List<String> mp = new ArrayList<>(List.of(CORE, API, fixture.toString()));
    mp.addAll(JACKSON);
    assertEquals("graders=[echo] grade=echo:0.5 module=com.example.echograder",
        runJava(List.of("-p", path(mp), "-m", "com.example.echograder/com.example.echograder.Main")));
  }

  @Test
  void sitsBesideTheKeywordGraderOnTheModulePath() throws Exception {
    List<String> mp = new ArrayList<>(List.of(CORE, API, KEYWORD, fixture.toString()));
    mp.addAll(JACKSON);
    String out = runJava(List.of("-p", path(mp), "--add-modules", "io.github.interviewbank.grading.keyword",
        "-m", "com.example.echograder/com.example.echograder.Main"));
    assertEquals("graders=[echo, keyword] grade=echo:0.5 module=com.example.echograder", out);
  }
}
