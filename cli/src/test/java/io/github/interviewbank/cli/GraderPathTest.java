package io.github.interviewbank.cli;

import static io.github.interviewbank.cli.GraderJars.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.evaluation.Evaluation;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Custom graders reach the command line through the grader path: {@code --grader-path}, the
 * environment variable and the user's configuration folder; broken entries cost one line each and
 * never the other graders.
 */
class GraderPathTest {
  @TempDir static Path work;
  static Path length;
  static Path noProvider;
  static Path throwing;
  static Path sameName;
  static Path modular;

  private static final String SERVICES =
      "META-INF/services/io.github.interviewbank.grading.GraderProvider";
  private static final String[] GRADE = {"grade", "-q", "cap-theorem", "--answer",
    "one two three four five six seven eight nine ten", "--format", "json"};

  @BeforeAll
  static void buildGraderJars() throws Exception {
    length = GraderJars.jar(work, "length",
        Map.of("com/example/length/LengthGraderProvider.java",
            GraderJars.lengthProvider("com.example.length", "LengthGraderProvider", "length")),
        Map.of(SERVICES, "com.example.length.LengthGraderProvider\n"));
    noProvider = GraderJars.jar(work, "no-provider",
        Map.of("com/example/util/Words.java",
            "package com.example.util; public final class Words { private Words() {} }"),
        Map.of());
    throwing = GraderJars.jar(work, "throwing",
        Map.of("com/example/bad/BadProvider.java", """
            package com.example.bad;
            import io.github.interviewbank.grading.AnswerGrader;
            import io.github.interviewbank.grading.GraderOptions;
            import io.github.interviewbank.grading.GraderProvider;
            public final class BadProvider implements GraderProvider {
              public BadProvider() { throw new IllegalStateException("no licence key found"); }
              @Override public String name() { return "bad"; }
              @Override public AnswerGrader create(GraderOptions options) {
                throw new UnsupportedOperationException();
              }
            }
            """),
        Map.of(SERVICES, "com.example.bad.BadProvider\n"));
    sameName = GraderJars.jar(work, "same-name",
        Map.of("com/example/other/OtherLength.java",
            GraderJars.lengthProvider("com.example.other", "OtherLength", "length")),
        Map.of(SERVICES, "com.example.other.OtherLength\n"));
    modular = GraderJars.jar(work, "modular",
        Map.of("module-info.java", """
                module com.example.modular {
                  requires io.github.interviewbank.grading;
                  provides io.github.interviewbank.grading.GraderProvider
                      with com.example.modular.ModularProvider;
                }
                """,
            "com/example/modular/ModularProvider.java",
            GraderJars.lengthProvider("com.example.modular", "ModularProvider", "modular")),
        Map.of());
  }

  private static JsonNode json(String text) {
    return JsonMapper.builder().build().readTree(text);
  }

  /** The entry of {@code graders --format json} for one grader. */
  private static JsonNode grader(Cli r, String name) {
    for (JsonNode g : json(r.out()).get("graders")) {
      if (g.get("name").asString().equals(name)) {
        return g;
      }
    }
    throw new AssertionError("no grader " + name + " in " + r);
  }

  private static Cli run(String... args) {
    return Cli.run(args);
  }

  private static String[] with(String graderPath, String grader) {
    List<String> args = new ArrayList<>(List.of("--grader-path", graderPath, "--grader", grader));
    args.addAll(List.of(GRADE));
    return args.toArray(String[]::new);
  }

  @Test
  void aGraderJarOnTheGraderPathGrades() {
    Cli r = run(with(length.toString(), "length"));
    assertEquals(0, r.code(), r.toString());
    JsonNode g = json(r.out());
    assertEquals("length", g.get("grader").asString());
    assertEquals(0.2, g.get("score").asDouble(), 1e-9);
    assertEquals("", r.err());
  }

  @Test
  void graderOptionsReachACustomGrader() {
    List<String> args = new ArrayList<>(List.of(with(length.toString(), "length")));
    args.addAll(0, List.of("--grader-option", "words=10"));
    Cli r = run(args.toArray(String[]::new));
    assertEquals(1.0, json(r.out()).get("score").asDouble(), 1e-9, r.toString());
  }

  @Test
  void theGradersCommandListsEachGraderWithItsSourceAndOptions() {
    Cli r = run("--grader-path", length.toString(), "graders", "--format", "json");
    assertEquals(0, r.code(), r.toString());
    JsonNode keyword = grader(r, "keyword");
    assertEquals("built in", keyword.get("source").asString());
    assertTrue(keyword.get("options").size() > 5);
    JsonNode custom = grader(r, "length");
    assertEquals(length + " (--grader-path)", custom.get("source").asString());
    assertEquals("words", custom.get("options").get(0).get("key").asString());
    assertEquals("50", custom.get("options").get(0).get("defaultValue").asString());
    Cli text = run("--grader-path", length.toString(), "graders");
    assertTrue(text.out().contains("length  " + length + " (--grader-path)\n"), text.out());
    assertTrue(text.out().contains("words (default 50)"), text.out());
  }

  @Test
  void aJarWithoutAProviderIsOneLineNamingIt() {
    Cli r = run(with(noProvider + File.pathSeparator + length, "length"));
    assertEquals(0, r.code(), r.toString());
    assertEquals("interview-bank: grader path: " + noProvider + ": provides no grader (no "
        + SERVICES + " file and no 'provides' in a module descriptor)\n", r.err());
  }

  @Test
  void aProviderThatThrowsIsOneLineNamingItsJarAndTheOthersStayUsable() {
    Cli r = run(with(throwing + File.pathSeparator + length, "length"));
    assertEquals(0, r.code(), r.toString());
    assertEquals("length", json(r.out()).get("grader").asString());
    List<String> lines = r.err().lines().toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("interview-bank: grader path: " + throwing
        + ": a grader provider failed to load: "), r.err());
    assertTrue(lines.get(0).contains("no licence key found"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void twoProvidersWithOneNameKeepTheFirstAndNameTheSecondsJar() {
    Cli r = run(with(length + File.pathSeparator + sameName, "length"));
    assertEquals(0, r.code(), r.toString());
    assertEquals("interview-bank: grader path: " + sameName + ": grader provider"
        + " com.example.other.OtherLength claims the name 'length', already taken by " + length
        + " (--grader-path); ignored\n", r.err());
  }

  @Test
  void aBuiltInNameCannotBeTakenOver() throws Exception {
    Path impostor = GraderJars.jar(work, "impostor",
        Map.of("com/example/impostor/Impostor.java",
            GraderJars.lengthProvider("com.example.impostor", "Impostor", "keyword")),
        Map.of(SERVICES, "com.example.impostor.Impostor\n"));
    Cli r = run("--grader-path", impostor.toString(), "grade", "-q", "cap-theorem", "--answer",
        "pick two of consistency, availability and partition tolerance", "--format", "json");
    assertEquals(0, r.code(), r.toString());
    assertFalse(json(r.out()).get("feedback").asString().endsWith("words."), r.out());
    assertEquals("interview-bank: grader path: " + impostor + ": grader provider"
        + " com.example.impostor.Impostor claims the name 'keyword', already taken by built in;"
        + " ignored\n", r.err());
  }

  /** {@code grade} relies on this to create the default grader without loading the catalog. */
  @Test
  void withoutAGraderPathTheKeywordGraderIsTheOneKeywordGraderCreateMakes() {
    assertEquals(KeywordGrader.create().toString(), GraderCatalog.load(new GraderPath(List.of()))
        .registry().create(KeywordGrader.ID, Map.of()).toString());
  }

  @Test
  void aMissingEntryIsOneLineAndTheBuiltInGradersStillWork() {
    Path absent = work.resolve("absent.jar");
    Cli r = run("--grader-path", absent.toString(), "grade", "-q", "cap-theorem", "--answer",
        "pick two", "--format", "json");
    assertEquals(0, r.code(), r.toString());
    assertEquals("keyword", json(r.out()).get("grader").asString());
    assertEquals("interview-bank: grader path: " + absent
        + ": no such file or folder (from --grader-path)\n", r.err());
  }

  @Test
  void anUnknownGraderNameListsTheCustomOnesToo() {
    Cli r = run(with(length.toString(), "lenght"));
    assertEquals(2, r.code(), r.toString());
    // "failing" is a provider of this module's tests.
    assertEquals("interview-bank: no grader named 'lenght'; available: failing, keyword, llm, length\n",
        r.err());
  }

  @Test
  void theEnvironmentVariableAddsToTheGraderPath() {
    Environment env = new Environment(Map.of(GraderPath.VARIABLE, length.toString()),
        Path.of("/nonexistent-home"));
    List<String> args = new ArrayList<>(List.of("--grader", "length"));
    args.addAll(List.of(GRADE));
    Cli r = Cli.in(env, "", args.toArray(String[]::new));
    assertEquals("length", json(r.out()).get("grader").asString(), r.toString());
  }

  @Test
  void jarsInTheConfigurationFolderAreFoundByXdgRules() throws Exception {
    Path config = work.resolve("xdg-config");
    Path folder = config.resolve("interview-bank/graders");
    Files.createDirectories(folder);
    Files.copy(length, folder.resolve("length.jar"));
    Environment env = new Environment(Map.of("XDG_CONFIG_HOME", config.toString()),
        Path.of("/nonexistent-home"));
    Cli r = Cli.in(env, "", "graders", "--format", "json");
    assertEquals(folder.resolve("length.jar") + " (" + folder + ")",
        grader(r, "length").get("source").asString(), r.toString());
    Path home = work.resolve("home");
    Files.createDirectories(home.resolve(".config/interview-bank/graders"));
    Files.copy(length, home.resolve(".config/interview-bank/graders/length.jar"));
    Cli fromHome = Cli.in(new Environment(Map.of(), home), "", "graders", "--format", "json");
    assertEquals(home.resolve(".config/interview-bank/graders/length.jar") + " ("
        + home.resolve(".config/interview-bank/graders") + ")",
        grader(fromHome, "length").get("source").asString());
  }

  @Test
  void aModularJarOnTheClassPathIsReadThroughItsDescriptor() {
    Cli r = run(with(modular.toString(), "modular"));
    assertEquals(0, r.code(), r.toString());
    assertEquals("modular", json(r.out()).get("grader").asString());
  }

  /**
   * Run as a named module, the command line loads a modular grader jar as a module of a child
   * layer: its graders list says which module it came from.
   */
  @Test
  void onTheModulePathAModularGraderJarBecomesAModule() throws Exception {
    Path classes = Path.of(location(InterviewBankCli.class));
    List<String> modulePath = new ArrayList<>(List.of(classes.toString(),
        location(io.github.interviewbank.core.QuestionBank.class),
        location(io.github.interviewbank.grading.AnswerGrader.class),
        location(KeywordGrader.class), location(Evaluation.class),
        location(CommandLine.class), location(tools.jackson.databind.ObjectMapper.class),
        location(tools.jackson.core.JsonParser.class),
        location(com.fasterxml.jackson.annotation.JsonProperty.class),
        location(io.github.interviewbank.practice.Fsrs.class),
        location(org.sqlite.SQLiteConfig.class), location(org.jline.reader.LineReader.class),
        location(org.jline.terminal.Terminal.class)));
    List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
        "-p", String.join(File.pathSeparator, modulePath),
        "-m", "io.github.interviewbank.cli/io.github.interviewbank.cli.InterviewBankCli",
        "--grader-path", modular + File.pathSeparator + length, "graders", "--format", "json");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    JsonNode graders = json(out).get("graders");
    assertEquals(List.of("keyword", "modular", "length"),
        List.of(graders.get(0).get("name").asString(), graders.get(1).get("name").asString(),
            graders.get(2).get("name").asString()), out);
    assertEquals(modular + " (--grader-path, module com.example.modular)",
        graders.get(1).get("source").asString());
  }
}
