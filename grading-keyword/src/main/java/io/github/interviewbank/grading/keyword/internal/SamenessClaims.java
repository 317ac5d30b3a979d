package io.github.interviewbank.grading.keyword.internal;


/**
 * Finds where an answer calls the things its question compares the same: "CROSS JOIN is the same
 * as an inner join", "a fake is the same thing as a mock", "a binary semaphore is exactly
 * identical to a mutex", "there is no real difference between them". A question that compares
 * named things asks how they differ, so such a claim contradicts it, whatever else the answer
 * covers. Not part of the API.
 *
 * <p>A claim is a sameness word ("the same", "identical", "interchangeable", "equivalent",
 * "another name for", or a negated "difference" or "differ") that the speaker asserts, in a
 * sentence that names two terms of one contrast, or one term and a pronoun for both ("they",
 * "both", "the two"). It is not a claim when negated ("not the same"), reported and rejected,
 * used before a noun ("two identical instances"), qualified in the words after it ("the same
 * thing the other way round", "the same idea, but ...", "identical except for ownership"),
 * compared with something else ("equivalent to some serial order"), or said as a guess ("I'm
 * not sure, I think it's the same as a mock").
 */
final class SamenessClaims {
  private SamenessClaims() {}

  /** Words that say two things are one, after a copula or as a predicate. */
  static final WordSet SAME = WordSet.of(
      "identical", "interchangeable", "interchangeably", "equivalent", "synonymous", "synonyms",
      "synonym");

  /** Words that say how things differ: negated, they claim sameness ("no real difference"). */
  static final WordSet DIFFERENCE = WordSet.of(
      "difference", "differences", "differ", "differs", "different", "distinction");

  /** Words that start a sameness claim of their own shape: "the same", "another name for". */
  static final WordSet CUES = WordSet.of("same", "name");

  /** Words after a sameness word that keep the things apart: a qualified comparison. */
  private static final WordSet QUALIFIERS = WordSet.of(
      "but", "except", "apart", "besides", "other", "mirror", "mirrored", "opposite", "reverse",
      "reversed", "flipped", "without", "minus", "plus", "only", "idea", "principle", "concept",
      "although", "though", "whereas", "while", "unlike");

  /** Words after a sameness word that may still end a predicate: "identical to X", "the same as". */
  private static final WordSet PREDICATE_TAILS = WordSet.of(
      "to", "as", "in", "for", "with", "from", "when", "so", "and", "anyway", "really", "thing",
      "things", "underneath", "performance", "semantics", "behaviour", "behavior", "here");

  /** Pronouns that stand for all the things compared. */
  private static final WordSet BOTH = WordSet.of(
      "they", "they're", "both", "them", "two", "three", "these", "those", "either");

  /** How far after a sameness word a qualifier keeps it from being a claim. */
  private static final int QUALIFIER_REACH = 6;

  /**
   * {@return the first token of the first sameness claim about the terms of a contrast, or -1}
   *
   * @param mentions the mentions of the question's contrasts in the analysed {@code tokens}
   */
  static int find(TokenStream tokens, Mentions mentions, int contrasts) {
    for (int t = 0; t < tokens.count; t++) {
      if (dismissedDifference(tokens, t)) {
        // "the authentication vs authorization split is mostly academic": the dismissal denies
        // the terms with the split, and they still name what is called one.
        for (int c = 0; c < contrasts; c++) {
          if (Integer.bitCount(mentions.termsNamed(tokens, c, tokens.sentence[t])) >= 2) {
            return t;
          }
        }
        continue;
      }
      if (tokens.code[t] || tokens.denied[t] || !cue(tokens, t)) {
        continue;
      }
      int sentence = tokens.sentence[t];
      if (qualified(tokens, t, sentence) || hedged(tokens, sentence)
          || sameAsSomethingElse(tokens, mentions, t)) {
        continue;
      }
      for (int c = 0; c < contrasts; c++) {
        // "no real difference between X and Y": the negation that makes the claim holds the
        // terms in its scope too, and they are still asserted.
        int named = mentions.termsAsserted(tokens, c, sentence, tokens.governor[t]);
        if (Integer.bitCount(named) >= 2
            || (named != 0 && pronounForBoth(tokens, t, sentence))) {
          return t;
        }
      }
      if (bareExistential(tokens, mentions, t, sentence)
          || (sentence == 0 && !mentions.namesAny(tokens, sentence)
              && pronounForBoth(tokens, t, sentence))) {
        // The answer's opening "They're the same thing" or "All three are the same idea" can
        // only speak of what the question compares.
        return t;
      }
    }
    return -1;
  }

  /** How many words after "to", "as" or "with" a sameness word's object is looked for in. */
  private static final int OBJECT_REACH = 4;

  /** Words of an object that stand for one of the things compared: "identical to each other". */
  private static final WordSet OTHERS = WordSet.of("each", "other", "another", "one");

  /**
   * Whether the sameness word at {@code t} compares with something other than the things
   * compared: "(serializable is) equivalent to some serial order", "identical to the original".
   * Its clause names at most one term before it ("PATCH and POST are interchangeable as far as
   * HTTP is concerned" is a claim), and its object, after "to", "as" or "with", names no term, no
   * pronoun for them and no "each other", and has a word of its own.
   */
  private static boolean sameAsSomethingElse(TokenStream tokens, Mentions mentions, int t) {
    int of = t + 1;
    // A negated difference ("no real difference with X") keeps its reading.
    if (of >= tokens.count || tokens.clauseStart[of] != tokens.clauseStart[t]
        || tokens.entry[t].has(Vocabulary.DIFFERENCE)
        || mentions.startingWithin(tokens.clauseStart[t], t) >= 2) {
      return false;
    }
    String w = tokens.entry[of].surface;
    if (!w.equals("to") && !w.equals("as") && !w.equals("with")) {
      return false;
    }
    int from = of + 1;
    int to = from;
    boolean content = false;
    while (to < tokens.count && to - from < OBJECT_REACH
        && tokens.clauseStart[to] == tokens.clauseStart[t]) {
      String o = tokens.entry[to].surface;
      if (BOTH.contains(o) || OTHERS.contains(o)) {
        return false;
      }
      content |= !tokens.entry[to].has(Vocabulary.FUNCTION);
      to++;
    }
    return content && mentions.startingWithin(from, to) == 0;
  }

  /** Nouns for how things differ that a dismissal can call unimportant. */
  private static final WordSet DISTINCTIONS = WordSet.of(
      "difference", "differences", "distinction", "distinctions", "split", "separation");

  /** Whether token {@code t} is a distinction that a dismissal denies ("the split is academic"). */
  private static boolean dismissedDifference(TokenStream tokens, int t) {
    return !tokens.code[t] && tokens.dismissed[t] && DISTINCTIONS.contains(
        tokens.entry[t].surface);
  }

  /** Whether token {@code t} says, asserted, that things are the same. */
  private static boolean cue(TokenStream tokens, int t) {
    if (!tokens.entry[t].has(Vocabulary.CUE)) {
      return false; // most words: one flag test
    }
    String w = tokens.entry[t].surface;
    boolean negated = tokens.governor[t] >= 0;
    if (tokens.entry[t].has(Vocabulary.DIFFERENCE)) {
      // "no real difference", "they don't differ", "isn't any different"
      return negated;
    }
    if (negated) {
      return false;
    }
    if (w.equals("same")) {
      return t > 0 && tokens.entry[t - 1].surface.equals("the") && predicateEnds(tokens, t)
          && !doesLikewise(tokens, t);
    }
    if (w.equals("name")) {
      // "just another name for", "a different name for the same thing"
      return t > 0 && t + 1 < tokens.count && tokens.entry[t + 1].surface.equals("for")
          && (tokens.entry[t - 1].surface.equals("another")
              || tokens.entry[t - 1].surface.equals("other"));
    }
    return tokens.entry[t].has(Vocabulary.SAMENESS) && predicateEnds(tokens, t);
  }

  /**
   * Whether the predicate ends at {@code t}: not a word before a noun ("identical requests"), nor
   * before a hyphenated compound whose first part could end one ("the same in-memory cache").
   */
  private static boolean predicateEnds(TokenStream tokens, int t) {
    int next = t + 1;
    return next >= tokens.count || tokens.clauseStart[next] != tokens.clauseStart[t]
        || tokens.sentence[next] != tokens.sentence[t]
        || (PREDICATE_TAILS.contains(tokens.entry[next].surface)
            && tokens.compoundEnd[next] == 0);
  }

  /** Forms of "do": "X does the same" says X acts alike, not that X is the other thing. */
  private static final WordSet DO = WordSet.of("do", "does", "did", "doing", "done");

  /**
   * Whether "the same" at {@code t} follows a form of "do" ("RabbitMQ does the same with a fanout
   * exchange") without an "as" soon after it: an action done likewise, not things called one.
   * "Optimistic locking does the same thing as pessimistic locking" and "they both do the same"
   * are still claims.
   */
  private static boolean doesLikewise(TokenStream tokens, int t) {
    if (t < 2 || !DO.contains(tokens.entry[t - 2].surface)
        || (t >= 3 && BOTH.contains(tokens.entry[t - 3].surface))) {
      return false;
    }
    for (int q = t + 1; q < tokens.count && q <= t + 2 && tokens.sentence[q] == tokens.sentence[t];
        q++) {
      if (tokens.entry[q].surface.equals("as")) {
        return false;
      }
    }
    return true;
  }

  private static boolean qualified(TokenStream tokens, int t, int sentence) {
    for (int q = t + 1; q < tokens.count && q - t <= QUALIFIER_REACH
        && tokens.sentence[q] == sentence; q++) {
      if (QUALIFIERS.contains(tokens.entry[q].surface)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence says the speaker is unsure ("I'm not sure, I think it's the same as a
   * mock"): a guess, not a confident claim.
   */
  private static boolean hedged(TokenStream tokens, int sentence) {
    for (int q = 0; q < tokens.count; q++) {
      if (tokens.sentence[q] != sentence) {
        continue;
      }
      String w = tokens.entry[q].surface;
      String next = q + 1 < tokens.count && tokens.sentence[q + 1] == sentence
          ? tokens.entry[q + 1].surface : "";
      if (HEDGES.contains(w) || (w.equals("not") && next.equals("sure"))
          || (w.equals("i") && (next.equals("think") || next.equals("guess")
              || next.equals("believe")))) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet HEDGES = WordSet.of("maybe", "perhaps", "probably", "unsure");

  /** Words that may end a bare existential claim: "there's no real difference anymore". */
  private static final WordSet EXISTENTIAL_TAILS = WordSet.of(
      "anymore", "really", "nowadays", "today", "in", "practice", "at", "all", "these", "days",
      "now", "any", "more", "whatsoever", "honestly");

  /**
   * Whether the cue at {@code t} is a bare existential claim about the question's own comparison
   * ("There isn't really a difference anymore."): "there" before it in its clause, no term
   * named in the sentence, and nothing after it but words that end the claim. An answer to a
   * question about how things differ can mean nothing else; "there's no difference in latency"
   * says what does not differ, and is no claim.
   */
  private static boolean bareExistential(TokenStream tokens, Mentions mentions, int t,
      int sentence) {
    if (!DIFFERENCE.contains(tokens.entry[t].surface) || mentions.namesAny(tokens, sentence)) {
      return false;
    }
    boolean there = false;
    for (int q = t - 1; q >= 0 && tokens.sentence[q] == sentence
        && tokens.clauseStart[q] == tokens.clauseStart[t]; q--) {
      String w = tokens.entry[q].surface;
      there |= w.equals("there") || w.equals("there's") || w.equals("theres");
    }
    for (int q = t + 1; q < tokens.count && tokens.sentence[q] == sentence; q++) {
      if (!EXISTENTIAL_TAILS.contains(tokens.entry[q].surface)) {
        return false;
      }
    }
    return there;
  }

  /** Whether a pronoun for all the things compared stands before {@code t} in its clause. */
  private static boolean pronounForBoth(TokenStream tokens, int t, int sentence) {
    for (int q = t - 1; q >= 0 && tokens.sentence[q] == sentence
        && tokens.clauseStart[q] == tokens.clauseStart[t]; q--) {
      if (BOTH.contains(tokens.entry[q].surface)) {
        return true;
      }
    }
    return false;
  }
}
