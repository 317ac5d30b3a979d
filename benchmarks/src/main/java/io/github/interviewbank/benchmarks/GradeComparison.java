package io.github.interviewbank.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Grades the same made-up answers with two builds of the keyword grader and reports the first
 * grade that differs: the check that a change meant to be faster changed no grade, beyond the
 * 1,200 real answers of {@code GoldenGradesTest}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.interviewbank.benchmarks.GradeComparison
 * BASE.jar CANDIDATE.jar [ANSWERS_PER_QUESTION]} (1,000 by default), where both jars are
 * {@code benchmarks.jar} files (each holds the libraries whole), or run {@code
 * benchmarks/compare-grades.sh REF}, which builds both. Each jar is loaded in a class loader of
 * its own, and each build grades with {@code KeywordGrader.create()} against its bundled bank.
 * For every bundled question the answers are 1 to 400 words (most 1 to 60) drawn from all the
 * reference answers and from negation, dismissal, sameness and code cues, so they reach the
 * grader's contradiction, swap, denial and code paths; the seed is fixed, so both builds see the
 * same answers. Two grades are the same when their {@code toString()} is: score, band, every key
 * point's verdict and evidence, and the feedback. Exits with status 0 when all are the same, 1
 * at the first difference (printed with the answer), 2 on bad arguments.
 */
public final class GradeComparison {
  private GradeComparison() {}

  /** Cue words and fragments beside the reference answers' words. */
  private static final List<String> CUES = List.of("not", "no", "never", "is", "are", "the",
      "same", "name", "for", "another", "identical", "different", "difference",
      "no real difference", "they are the same thing", "is a myth", "people say", "but",
      "however", "instead of", "rather than", "vs", "split", "academic", ".", ",", ";", "\n", "(",
      ")", "x = 1;", "// note", "isn't", "doesn't", "interchangeable", "just another name for",
      "It", "That's", "some developers claim", "overkill", "wrong");

  /** One build: its bank's questions and a grade function. */
  private static final class Build {
    final List<?> questions;
    final Object bank;
    final Object grader;
    final Method requestBuilder;
    final Method withBank;
    final Method build;
    final Method grade;

    Build(Path jar) throws ReflectiveOperationException, java.io.IOException {
      URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> bankType = loader.loadClass("io.github.interviewbank.core.QuestionBank");
      Class<?> questionType = loader.loadClass("io.github.interviewbank.core.Question");
      Class<?> requestType = loader.loadClass("io.github.interviewbank.grading.GradingRequest");
      Class<?> graderType =
          loader.loadClass("io.github.interviewbank.grading.keyword.KeywordGrader");
      bank = bankType.getMethod("builtIn").invoke(null);
      questions = (List<?>) bankType.getMethod("questions").invoke(bank);
      grader = graderType.getMethod("create").invoke(null);
      requestBuilder = requestType.getMethod("builder", questionType, String.class);
      Class<?> builderType = requestBuilder.getReturnType();
      withBank = builderType.getMethod("bank", bankType);
      build = builderType.getMethod("build");
      grade = graderType.getMethod("grade", requestType);
    }

    String grade(int question, String answer) throws ReflectiveOperationException {
      Object builder = requestBuilder.invoke(null, questions.get(question), answer);
      withBank.invoke(builder, bank);
      return String.valueOf(grade.invoke(grader, build.invoke(builder)));
    }

    String referenceAnswer(int question) throws ReflectiveOperationException {
      Object q = questions.get(question);
      return String.valueOf(q.getClass().getMethod("referenceAnswer").invoke(q));
    }
  }

  /**
   * Runs the comparison.
   *
   * @param args the base jar, the candidate jar and optionally the answers per question
   * @throws Exception if a jar cannot be read or graded
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2 || args.length > 3 || !Files.isRegularFile(Path.of(args[0]))
        || !Files.isRegularFile(Path.of(args[1]))) {
      System.err.println("usage: GradeComparison BASE.jar CANDIDATE.jar [ANSWERS_PER_QUESTION]");
      System.exit(2);
    }
    int perQuestion = args.length == 3 ? Integer.parseInt(args[2]) : 1000;
    Build base = new Build(Path.of(args[0]));
    Build candidate = new Build(Path.of(args[1]));
    if (base.questions.size() != candidate.questions.size()) {
      System.out.println("the bundled banks differ: " + base.questions.size() + " and "
          + candidate.questions.size() + " questions");
      System.exit(1);
    }
    List<String> words = new ArrayList<>(CUES);
    for (int q = 0; q < base.questions.size(); q++) {
      words.addAll(Arrays.asList(base.referenceAnswer(q).split(" ")));
    }
    Random random = new Random(5);
    long compared = 0;
    for (int q = 0; q < base.questions.size(); q++) {
      for (int k = 0; k < perQuestion; k++) {
        StringBuilder answer = new StringBuilder();
        int length = 1 + random.nextInt(k % 10 == 0 ? 400 : 60);
        for (int i = 0; i < length; i++) {
          answer.append(words.get(random.nextInt(words.size())))
              .append(random.nextInt(8) == 0 ? ", " : " ");
        }
        String text = answer.toString();
        String before = base.grade(q, text);
        String after = candidate.grade(q, text);
        if (!before.equals(after)) {
          System.out.println("grades differ on question " + (q + 1) + ", answer [" + text + "]\n"
              + "base:      " + before + "\ncandidate: " + after);
          System.exit(1);
        }
        compared++;
      }
    }
    System.out.println("same on " + compared + " grades over " + base.questions.size()
        + " questions");
  }
}
