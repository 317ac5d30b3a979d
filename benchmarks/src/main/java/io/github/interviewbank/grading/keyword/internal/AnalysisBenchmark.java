package io.github.interviewbank.grading.keyword.internal;

import io.github.interviewbank.benchmarks.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Words analysed per second, on the same answer text: this project's analysis (tokenizing,
 * folding, Porter2 stemming, sentence, clause and negation marks) against Lucene's {@code
 * EnglishAnalyzer} (standard tokenizer, possessives, lower case, stop words, Porter stemming).
 * Both count input words ({@value #WORDS} per invocation), whatever each keeps as tokens.
 *
 * <p>This benchmark sits in the grader's internal package to measure the analysis alone; it is
 * a white-box measurement in an unpublished module, not an API use.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalysisBenchmark {
  /** Words per invocation: 500-word answers to the eight benchmark questions. */
  static final int WORDS = 500 * 8;

  private final String[] texts = new String[Texts.QUESTIONS.size()];
  private final io.github.interviewbank.grading.keyword.internal.TokenStream ours =
      new io.github.interviewbank.grading.keyword.internal.TokenStream();
  private final Porter2Stemmer stemmer = new Porter2Stemmer();
  private EnglishAnalyzer lucene = new EnglishAnalyzer();

  @Setup
  public void setUp() {
    for (int i = 0; i < texts.length; i++) {
      texts[i] = Texts.answer(Texts.QUESTIONS.get(i), 500);
    }
    lucene = new EnglishAnalyzer();
  }

  @TearDown
  public void tearDown() {
    lucene.close();
  }

  /** This project's analysis, as the grader runs it (with its word memo). */
  @Benchmark
  @OperationsPerInvocation(WORDS)
  public int interviewBank() {
    int tokens = 0;
    for (String text : texts) {
      Analyzer.analyze(text, ours);
      tokens += ours.count;
    }
    return tokens;
  }

  /** Porter2 stemming alone of every word, without the memo: the uncached cost. */
  @Benchmark
  @OperationsPerInvocation(WORDS)
  public int porter2Uncached() {
    int length = 0;
    for (String text : texts) {
      for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z']+", -1)) {
        length += stemmer.stem(w).length();
      }
    }
    return length;
  }

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
