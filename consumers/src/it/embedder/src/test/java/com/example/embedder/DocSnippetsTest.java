package com.example.embedder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} snippet of the README and {@code docs/*.md}, compiled and run as written,
 * in this consumer's build (the BOM, core, the keyword grader and practice on the class path).
 *
 * <ul>
 *   <li>Statement snippets of one document run in order in one method, as a reader pastes them one
 *       after another: later snippets may use what earlier ones declared. Only imports are added.
 *   <li>A {@code ```text output} block right after a snippet is what the snippet prints; a snippet
 *       that prints without one fails.
 *   <li>A snippet that declares a class must appear, as written, in a source file of one of the
 *       consumer projects, whose own build compiles and runs it.
 * </ul>
 */
class DocSnippetsTest {
  private static final Path DOCS = Path.of(System.getProperty("docs.root"));
  /** The consumer projects' sources, in the repository (not their copies under target/). */
  private static final Path CONSUMERS = DOCS.resolve("consumers/src/it");

  private static final String IMPORTS = """
      import io.github.interviewbank.core.*;
      import io.github.interviewbank.grading.*;
      import io.github.interviewbank.grading.keyword.*;
      import io.github.interviewbank.grading.llm.*;
      import io.github.interviewbank.practice.*;
      import java.nio.file.*;
      import java.time.*;
      import java.util.*;
      """;

  record Snippet(Path file, int line, String code, Optional<String> output) {
    boolean declaresAType() {
      String first = code.lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.startsWith("@")).findFirst()
          .orElse("");
      return first.matches("(public |final |abstract )*(class|interface|record|enum) .*");
    }

    String where() {
      return DOCS.relativize(file) + ":" + line;
    }
  }

  static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(DOCS.resolve("README.md")));
    try (Stream<Path> s = Files.list(DOCS.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** The java snippets of a Markdown file, each with the output block that follows it. */
  static List<Snippet> snippets(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Snippet> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i);
      if (!fence.strip().equals("```java")) {
        continue;
      }
      int indent = fence.indexOf('`');
      int start = i + 1;
      int end = close(lines, start);
      String code = body(lines, start, end, indent);
      int next = end + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      Optional<String> output = Optional.empty();
      if (next < lines.size() && lines.get(next).strip().equals("```text output")) {
        int outEnd = close(lines, next + 1);
        output = Optional.of(body(lines, next + 1, outEnd, lines.get(next).indexOf('`')));
      }
      out.add(new Snippet(file, start, code, output));
      i = end;
    }
    return out;
  }

  private static int close(List<String> lines, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (lines.get(j).strip().equals("```")) {
        return j;
      }
    }
    throw new AssertionError("unclosed code block at line " + from);
  }

  private static String body(List<String> lines, int from, int to, int indent) {
    StringBuilder sb = new StringBuilder();
    for (String l : lines.subList(from, to)) {
      sb.append(l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l)
          .append('\n');
    }
    return sb.toString();
  }

  @Test
  void theDocumentationHasSnippetsToCheck() throws IOException {
    long count = 0;
    for (Path doc : documents()) {
      count += snippets(doc).size();
    }
    assertTrue(count >= 5, "found only " + count + " java snippets under " + DOCS);
  }

  @TestFactory
  Stream<DynamicTest> statementSnippetsCompileRunAndPrintWhatTheDocsSay(@TempDir Path work)
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : documents()) {
      List<Snippet> statements = snippets(doc).stream().filter(s -> !s.declaresAType()).toList();
      if (!statements.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(DOCS.relativize(doc).toString(),
            () -> run(doc, statements, work.resolve(doc.getFileName().toString()))));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> typeSnippetsAreBuiltByAConsumerProject() throws IOException {
    List<String> sources;
    try (Stream<Path> s = Files.walk(CONSUMERS)) {
      sources = s.filter(p -> p.toString().endsWith(".java")).map(DocSnippetsTest::read).toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : documents()) {
      for (Snippet s : snippets(doc)) {
        if (s.declaresAType()) {
          tests.add(DynamicTest.dynamicTest(s.where(), () -> assertTrue(
              sources.stream().anyMatch(src -> src.contains(s.code())),
              s.where() + ": no consumer project builds this class as written:\n" + s.code())));
        }
      }
    }
    return tests.stream();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void run(Path doc, List<Snippet> snippets, Path dir) throws Exception {
    String className = "Doc" + Math.abs(doc.getFileName().toString().hashCode());
    StringBuilder src = new StringBuilder("package snippets;\n").append(IMPORTS)
        .append("public final class ").append(className).append(" {\n")
        .append("  public static void run(java.util.function.IntConsumer mark) throws Exception {\n");
    List<int[]> lineMap = new ArrayList<>();
    int generated = (int) src.chars().filter(c -> c == '\n').count();
    for (int i = 0; i < snippets.size(); i++) {
      Snippet s = snippets.get(i);
      List<String> code = s.code().lines().toList();
      for (int k = 0; k < code.size(); k++) {
        src.append(code.get(k)).append('\n');
        lineMap.add(new int[] {++generated, s.line() + k + 1});
      }
      src.append("mark.accept(").append(i).append(");\n");
      generated++;
    }
    src.append("  }\n}\n");
    Path sourceFile = dir.resolve("snippets").resolve(className + ".java");
    Files.createDirectories(sourceFile.getParent());
    Files.writeString(sourceFile, src);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null,
        List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
            "-proc:none", "-Xlint:none"),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(sourceFile)).call();
    if (!ok) {
      fail(DOCS.relativize(doc) + ": snippets do not compile (generated line -> document line "
          + lineMap.stream().map(m -> m[0] + "->" + m[1]).collect(Collectors.joining(" "))
          + "):\n" + diagnostics);
    }
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<Integer> marks = new ArrayList<>();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        DocSnippetsTest.class.getClassLoader())) {
      Method m = loader.loadClass("snippets." + className).getMethod("run", IntConsumer.class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      m.invoke(null, (IntConsumer) i -> {
        System.out.flush();
        marks.add(captured.size());
      });
    } finally {
      System.setOut(original);
    }
    byte[] all = captured.toByteArray();
    int from = 0;
    for (int i = 0; i < snippets.size(); i++) {
      Snippet s = snippets.get(i);
      String printed = new String(all, from, marks.get(i) - from, StandardCharsets.UTF_8);
      from = marks.get(i);
      if (s.output().isPresent()) {
        assertEquals(s.output().get(), printed, s.where() + ": prints something else");
      } else {
        assertEquals("", printed, s.where() + ": prints, but the docs show no output block");
      }
    }
  }
}
