package io.github.interviewbank.benchmarks;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Milliseconds to grade a one-megabyte answer (1,048,576 characters of real answer text): the
 * report divides by 1,024 for time per KB, to compare with short answers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MegabyteBenchmark {
  /** The answer's length in characters: the longest a request accepts. */
  public static final int LENGTH = GradingRequest.MAX_ANSWER_LENGTH;

  private final AnswerGrader keyword = KeywordGrader.create();
  private GradingRequest request = GradingRequest.of(
      QuestionBank.builtIn().questions().get(0), "x");

  @Setup
  public void setUp() {
    QuestionBank bank = QuestionBank.builtIn();
    Question q = bank.find("caching-strategies").orElseThrow();
    request = GradingRequest.builder(q, Texts.answerOfLength(q.id(), LENGTH)).bank(bank).build();
  }

  @Benchmark
  public Grade keyword() {
    return keyword.grade(request);
  }
}
