package io.github.interviewbank.grading.keyword.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies of stems over a bank's reference answers, for weighting the terms of
 * questions graded without key points: a word every answer uses shows little, a rare one a lot.
 * Immutable. Not part of the API.
 */
final class ReferenceStats {
  /** How much a word of the question's own prompt counts: repeating the question shows little. */
  static final double PROMPT_WEIGHT = 0.25;

  private static final ReferenceStats UNIFORM = new ReferenceStats(Map.of(), 0);

  private final Map<String, Integer> documentFrequency;
  private final int documents;

  private ReferenceStats(Map<String, Integer> documentFrequency, int documents) {
    this.documentFrequency = documentFrequency;
    this.documents = documents;
  }

  /** {@return statistics that weigh every word the same, for grading without a bank} */
  static ReferenceStats uniform() {
    return UNIFORM;
  }

  /** {@return the statistics of the given documents (a bank's reference answers)} */
  static ReferenceStats of(List<String> documents) {
    Map<String, Integer> df = new HashMap<>();
    TokenStream scratch = new TokenStream();
    for (String doc : documents) {
      Analyzer.analyze(doc, scratch);
      Set<String> stems = new HashSet<>();
      for (int t = 0; t < scratch.count; t++) {
        stems.add(scratch.entry[t].stem);
      }
      for (String s : stems) {
        df.merge(s, 1, Integer::sum);
      }
    }
    return new ReferenceStats(Map.copyOf(df), documents.size());
  }

  /** {@return the smoothed inverse document frequency of a stem, at least 1} */
  double idf(String stem) {
    if (documents == 0) {
      return 1.0;
    }
    int df = documentFrequency.getOrDefault(stem, 0);
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }
}
