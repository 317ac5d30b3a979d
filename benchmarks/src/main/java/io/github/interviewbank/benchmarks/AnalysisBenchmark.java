package io.github.interviewbank.benchmarks;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.Topic;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Words analysed per second, on the same answer texts: this project's analysis against Lucene's
 * {@code EnglishAnalyzer} (standard tokenizer, possessives, lower case, stop words, Porter
 * stemming). Both count input words ({@value #WORDS} per invocation), whatever each keeps as
 * tokens.
 *
 * <p>The keyword grader's analysis (tokenizing, case and accent folding, Porter2 stemming,
 * sentence, clause and negation marks, the per-question term lookup) is internal, so it is
 * measured through the public API: each text is graded against a probe question whose single
 * key point matches nothing, with no reference blend. What this adds to the analysis (one pattern
 * scan, the reference overlap of a one-sentence reference, building a {@code Grade}) counts
 * against this project, so the ratio is a lower bound for the analysis alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalysisBenchmark {
  /** Words per invocation: 500-word answers to the eight benchmark questions. */
  static final int WORDS = 500 * 8;

  private final String[] texts = new String[Texts.QUESTIONS.size()];
  private final KeywordGrader grader = KeywordGrader.builder().referenceBlend(0).build();
  private final Question probe = Question.builder("analysis-probe")
      .prompt("A probe question for the analysis benchmark?")
      .difficulty(Difficulty.BEGINNER)
      .topics(Topic.of("benchmarks", "Benchmarks"))
      .referenceAnswer("A probe.")
      .keyPoints(KeyPoint.of("probe", "Never matched.").withPhrasings(List.of("qqzzyvx")))
      .build();
  private EnglishAnalyzer lucene = new EnglishAnalyzer();

  @Setup
  public void setUp() {
    for (int i = 0; i < texts.length; i++) {
      texts[i] = Texts.answer(Texts.QUESTIONS.get(i), 500);
    }
    lucene = new EnglishAnalyzer();
    if (grader.grade(probe, texts[0]).score() != 0) {
      throw new IllegalStateException("the probe key point must match nothing");
    }
  }

  @TearDown
  public void tearDown() {
    lucene.close();
  }

  /** This project's analysis, as the keyword grader runs it, through the public API. */
  @Benchmark
  @OperationsPerInvocation(WORDS)
  public double interviewBank() {
    double sum = 0;
    for (String text : texts) {
      Grade g = grader.grade(probe, text);
      sum += g.score();
    }
    return sum;
  }

  /** Lucene's {@code EnglishAnalyzer}, consuming every token. */
  @Benchmark
  @OperationsPerInvocation(WORDS)
  public int luceneEnglishAnalyzer() {
    int tokens = 0;
    try {
      for (String text : texts) {
        try (TokenStream ts = lucene.tokenStream("answer", text)) {
          ts.reset();
          while (ts.incrementToken()) {
            tokens++;
          }
          ts.end();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
