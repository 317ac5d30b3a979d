package io.github.interviewbank.fuzz;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Run by {@code fuzz/run.sh}: grading time per KB of hostile answers at 10,000, 100,000 and
 * 1,000,000 characters (the limit), so that the time is seen to grow linearly with the length (a
 * flat column). A whole-process figure on a warm JVM, not a benchmark: JMH's {@code
 * MegabyteBenchmark} measures the same within 1.5x.
 */
final class GradingTimeScan {
  private GradingTimeScan() {}

  public static void main(String[] args) {
    QuestionBank bank = QuestionBank.builtIn();
    Question q = bank.find("caching-strategies").orElseThrow();
    KeywordGrader grader = KeywordGrader.create();
    Map<String, IntFunction<String>> shapes = Map.of(
        "reference repeated", n -> cut(q.referenceAnswer() + " ", n),
        "key phrase stuffed", n -> cut(q.keyPoints().get(0).text() + " ", n),
        "one word", n -> "x".repeat(n),
        "control characters and lone surrogates", n -> cut("a\u0000\ud800 \u0007b\udc00\n", n));
    int[] lengths = {10_000, 100_000, GradingRequest.MAX_ANSWER_LENGTH};
    System.out.println("shape | " + String.join(" | ",
        java.util.Arrays.stream(lengths).mapToObj(n -> String.format(Locale.ROOT, "%,d chars", n))
            .toList()) + "  (microseconds per KB)");
    for (Map.Entry<String, IntFunction<String>> shape : new java.util.TreeMap<>(shapes).entrySet()) {
      StringBuilder row = new StringBuilder(shape.getKey());
      for (int n : lengths) {
        String answer = shape.getValue().apply(n);
        GradingRequest request = GradingRequest.builder(q, answer).bank(bank).build();
        int rounds = Math.max(3, 20_000_000 / n);
        for (int i = 0; i < rounds; i++) {
          grader.grade(request);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
          grader.grade(request);
        }
        double micros = (System.nanoTime() - start) / 1e3 / rounds;
        row.append(String.format(Locale.ROOT, " | %.1f", micros / (n / 1024.0)));
      }
      System.out.println(row);
    }
  }

  private static String cut(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }
}
