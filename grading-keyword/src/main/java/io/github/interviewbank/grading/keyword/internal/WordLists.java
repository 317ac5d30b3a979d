package io.github.interviewbank.grading.keyword.internal;

import java.util.Set;

/** The closed word classes the analysis needs, all folded to lower case. Not part of the API. */
final class WordLists {
  private WordLists() {}

  /**
   * Words that turn what follows, in the same clause, into its opposite. "no longer" is covered
   * by "no"; "instead" and "rather" count only in "instead of" and "rather than"; "not only",
   * "no matter" and "or not" are not negations (see {@link Analyzer}).
   */
  static final Set<String> NEGATORS =
      Set.of(
          "not", "no", "never", "none", "nor", "neither", "nothing", "nobody", "without",
          "cannot", "can't", "cant", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt",
          "weren't", "werent", "doesn't", "doesnt", "don't", "dont", "didn't", "didnt", "won't",
          "wouldn't", "wouldnt", "shouldn't", "shouldnt", "couldn't", "couldnt", "mustn't",
          "hasn't", "hasnt", "haven't", "havent", "hadn't", "hadnt", "ain't", "lack", "lacks",
          "lacking", "non", "unlike", "neednt", "needn't");

  /**
   * Words that negate only in context (see {@link Analyzer}): "instead of", "rather than", "as
   * opposed to", and "skip" (not in SQL's "SKIP LOCKED").
   */
  static final Set<String> CONTEXT_NEGATORS = Set.of("instead", "rather", "opposed", "skip");

  /** Words after "not" that make it emphasis rather than negation ("not only X but also Y"). */
  static final Set<String> NOT_CANCELLERS = Set.of("only", "just", "merely", "simply");

  /** Words that open a new clause: negation does not reach across them. */
  static final Set<String> CONTRAST =
      Set.of("but", "whereas", "while", "whilst", "although", "though", "however", "yet",
          "unlike", "instead", "rather", "except", "otherwise", "nevertheless");

  /**
   * Function words: their share in an answer tells prose from a bare list of terms. Articles,
   * auxiliaries, pronouns, prepositions, conjunctions and common connectives.
   */
  static final Set<String> FUNCTION =
      Set.of(
          "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
          "did", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
          "must", "shall", "it", "its", "it's", "they", "them", "their", "this", "that", "these",
          "those", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "if",
          "then", "than", "so", "because", "since", "as", "of", "to", "in", "on", "at", "by",
          "for", "with", "from", "into", "onto", "over", "under", "about", "through", "between",
          "after", "before", "during", "until", "and", "or", "but", "not", "no", "you", "your",
          "we", "our", "i", "my", "me", "he", "she", "his", "her", "there", "here", "also",
          "each", "every", "any", "all", "some", "more", "most", "only", "just", "very", "too",
          "while", "whereas", "although", "though", "however", "thus", "hence", "therefore",
          "instead", "rather", "without", "within", "per", "via", "up", "out", "off", "down",
          "isn't", "aren't", "doesn't", "don't", "can't", "cannot", "won't", "means", "mean",
          "like", "such", "other", "another", "both", "either", "neither", "nor", "one", "ones",
          "get", "gets", "got", "let", "lets", "makes", "make", "need", "needs", "use", "uses",
          "used", "using");

  /**
   * Stop words for reference-only grading: words too common to show knowledge. The function
   * words, plus common verbs and fillers.
   */
  static boolean isStopWord(String folded) {
    return FUNCTION.contains(folded) || EXTRA_STOP.contains(folded);
  }

  private static final Set<String> EXTRA_STOP =
      Set.of(
          "way", "ways", "thing", "things", "lot", "lots", "kind", "often", "usually", "well",
          "good", "better", "best", "many", "much", "few", "same", "different", "new", "first",
          "second", "two", "three", "example", "e", "g", "eg", "ie", "etc", "vs", "yes", "ok",
          "say", "says", "said", "see", "want", "wants", "give", "gives", "go", "goes", "keep",
          "keeps", "take", "takes", "put", "puts", "still", "even", "now", "always",
          "sometimes", "basically", "actually", "really", "simply", "something", "someone",
          "everything", "anything", "whether", "own", "able", "again", "already", "those",
          "once", "twice", "whole", "part", "parts", "instead", "several", "various", "certain",
          "typically", "mainly", "mostly", "generally", "whereby");
}
