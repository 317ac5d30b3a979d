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
 * Loading the bundled bank (warm: parse and validate the JSON again in a warmed-up JVM; cold:
 * single-shot in fresh JVMs, run by {@code run.sh}), and queries on it.
 *
 * <p>The queries' bank lives in a state of its own, {@link Loaded}, which {@link #load} does not
 * take: a single shot of {@code load} is then the first load of its JVM, as the cold figure
 * claims, and not a second one made after a setup had loaded the bank and warmed its code.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BankBenchmark {

  /** The bundled bank and what the queries ask of it. */
  @State(Scope.Thread)
  public static class Loaded {
    final QuestionBank bank = QuestionBank.builtIn();
    final QuestionQuery advancedCaching = QuestionQuery.topic("caching", "databases")
        .and(QuestionQuery.difficulty(Difficulty.ADVANCED));
    final String[] ids = bank.questions().stream().map(Question::id).toArray(String[]::new);
    int next;
    long seed;
  }

  /** Parses and validates the bundled bank from its resource, as the first use does. */
  @Benchmark
  @BenchmarkMode({Mode.AverageTime, Mode.SingleShotTime})
  public QuestionBank load() {
    return QuestionBank.fromResource(QuestionBank.class, "backend-bank.json");
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public Optional<Question> findById(Loaded s) {
    String id = s.ids[s.next];
    s.next = s.next + 1 == s.ids.length ? 0 : s.next + 1;
    return s.bank.find(id);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public List<Question> selectFiltered(Loaded s) {
    return s.bank.select(s.advancedCaching);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public List<Question> sampleFive(Loaded s) {
    return s.bank.sample(5, s.seed++);
  }
}
