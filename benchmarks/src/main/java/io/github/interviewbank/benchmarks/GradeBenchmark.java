package io.github.interviewbank.benchmarks;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Grades per second on one thread: the keyword grader and the naive peer, on answers of about
 * 20, 100 and 500 words to eight questions in turn. Run with {@code -prof gc} for bytes allocated
 * per grade ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GradeBenchmark {
  @Param({"20", "100", "500"})
  public int words;

  private final AnswerGrader keyword = KeywordGrader.create();
  private final AnswerGrader naive = new NaiveGrader();
  private GradingRequest[] requests = new GradingRequest[0];
  private int next;

  @Setup
  public void setUp() {
    requests = Texts.requests(words);
  }

  private GradingRequest nextRequest() {
    GradingRequest r = requests[next];
    next = next + 1 == requests.length ? 0 : next + 1;
    return r;
  }

  @Benchmark
  public Grade keyword() {
    return keyword.grade(nextRequest());
  }

  @Benchmark
  public Grade naive() {
    return naive.grade(nextRequest());
  }
}
