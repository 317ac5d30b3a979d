package io.github.interviewbank.benchmarks;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.QuestionQuery;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Loading the bundled bank (warm: parse and validate the JSON again in a warmed-up JVM; the cold
 * first load is measured single-shot in fresh JVMs by {@code run.sh}), and queries on it.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BankBenchmark {
  private final QuestionBank bank = QuestionBank.builtIn();
  private final QuestionQuery advancedCaching =
      QuestionQuery.topic("caching", "databases").and(QuestionQuery.difficulty(Difficulty.ADVANCED));
  private final String[] ids = bank.questions().stream().map(Question::id).toArray(String[]::new);
  private int next;
  private long seed;

  /** Parses and validates the bundled bank from its resource, as the first use does. */
  @Benchmark
  @BenchmarkMode({Mode.AverageTime, Mode.SingleShotTime})
  public QuestionBank load() {
    return QuestionBank.fromResource(QuestionBank.class, "backend-bank.json");
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public Optional<Question> findById() {
    String id = ids[next];
    next = next + 1 == ids.length ? 0 : next + 1;
    return bank.find(id);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public List<Question> selectFiltered() {
    return bank.select(advancedCaching);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public List<Question> sampleFive() {
    return bank.sample(5, seed++);
  }
}
