package io.github.interviewbank.grading.keyword.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document frequencies of stems over a bank's reference answers, for weighting a reference
 * answer's terms (the whole grade of a question without key points, the overlap share of the
 * score of the others): a word every answer uses shows little, a rare one a lot.
 * Not changed once built. Not part of the API.
 */
final class ReferenceStats {
  /** How much a word of the question's own prompt counts: repeating the question shows little. */
  static final double PROMPT_WEIGHT = 0.25;

  private static final ReferenceStats UNIFORM = new ReferenceStats(Map.of(), 0);

  private final Map<String, Count> documentFrequency;
  private final int documents;

  /** How many documents use a stem, and the last one counted (so that each counts once). */
  private static final class Count {
    int documents;
    int lastDocument = -1;
  }

  private ReferenceStats(Map<String, Count> documentFrequency, int documents) {
    this.documentFrequency = documentFrequency;
    this.documents = documents;
  }

  /** {@return statistics that weigh every word the same, for grading without a bank} */
  static ReferenceStats uniform() {
    return UNIFORM;
  }

  /**
   * {@return the statistics of the given documents (a bank's reference answers)} One probe of
   * one map per word: a stem counts a document once, the first time the document uses it.
   */
  static ReferenceStats of(List<String> documents) {
    Map<String, Count> df = new HashMap<>();
    TokenStream scratch = new TokenStream();
    int d = 0;
    for (String doc : documents) {
      Analyzer.analyze(doc, scratch);
      for (int t = 0; t < scratch.count; t++) {
        String stem = scratch.entry[t].stem;
        Count c = df.get(stem);
        if (c == null) {
          c = new Count();
          df.put(stem, c);
        }
        if (c.lastDocument != d) {
          c.lastDocument = d;
          c.documents++;
        }
      }
      d++;
    }
    return new ReferenceStats(df, documents.size());
  }

  /** {@return the smoothed inverse document frequency of a stem, at least 1} */
  double idf(String stem) {
    if (documents == 0) {
      return 1.0;
    }
    Count c = documentFrequency.get(stem);
    int df = c == null ? 0 : c.documents;
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }
}
