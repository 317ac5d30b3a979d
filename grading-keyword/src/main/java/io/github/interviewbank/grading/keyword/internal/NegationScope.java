package io.github.interviewbank.grading.keyword.internal;

import java.util.Arrays;

/**
 * Decides which words of an analysed text the speaker does not assert: words a negation governs,
 * subjects of a dismissal ("X is not needed", "X is a myth"), and claims the speaker reports only
 * to reject them ("Some people say X, but ..."). Runs after {@link Analyzer}, which marks the
 * negating words themselves. Not part of the API.
 *
 * <ul>
 *   <li><b>Scope of a negation.</b> A negating word governs the words after it in its clause up to
 *       {@code window} content words (function words do not count). {@code or} and {@code nor}
 *       coordinate: the scope goes on for another {@code window} content words after them ("not
 *       Redis or a CDN", "neither X nor Y"). A comma goes on the same way when a list continues
 *       after it ("not on replay, throughput or routing"). Words that start another clause or
 *       predicate end the scope ({@code and}, {@code because}, {@code which}, {@code so},
 *       {@code unless} ...): "takes no lock and checks a version" negates the lock only.
 *   <li><b>Dismissals.</b> In a clause, a negation followed by a word that dismisses ({@code
 *       needed}, {@code necessary}, {@code worth}, {@code matter}, {@code a thing}, {@code an
 *       issue} ...), or a copula followed by a dismissive word ({@code a myth}, {@code overkill},
 *       {@code pointless}, {@code a waste} ...), denies the words before it in the clause: its
 *       subject. A dismissive verb that takes an object ("you don't need X") denies nothing
 *       before it: its object is in the negation's scope instead.
 *   <li><b>Reported and rejected claims.</b> A sentence whose subject is other people ("some
 *       people", "people", "many developers", "they", "I've read") reports a claim. When the
 *       same sentence goes on with {@code but}, {@code however} or {@code yet}, the words before
 *       it are denied; when the next sentence opens by rejecting it ("That's a myth", "That is
 *       wrong"), the whole sentence is. "A common misconception is that X" and "it is a myth
 *       that X" deny X.
 *   <li><b>A story of a change.</b> When the speaker tells that they changed course ("we switched
 *       to", "we migrated", "I replaced": a first-person subject before a verb of change in the
 *       past tense), the sentences in the past tense before the first such sentence tell what
 *       they did before ("the first version polled every two seconds"), and so does the object
 *       of "moved from X to", "replaced X with". Those words are not denied (the problems a story
 *       tells are often right); they are marked {@link TokenStream#superseded}, for a
 *       contradiction found there to stand only when nothing else in the answer affirms its key
 *       point ({@link RubricEvidence}).
 * </ul>
 */
final class NegationScope {
  private NegationScope() {}

  /** Words that end a negation's scope: the start of another clause or predicate. */
  private static final WordSet SCOPE_ENDS = WordSet.of(
      "and", "but", "so", "because", "cause", "which", "that", "then", "since", "when",
      "whenever", "where", "if", "unless", "while", "whereas", "although", "though", "as",
      "until", "whether", "who", "thus", "hence", "therefore", "otherwise", "instead", "than",
      "before", "after",
      // A subject pronoun starts another clause: "if nothing matches it returns 406".
      "it", "they", "we", "you", "i", "he", "she");

  /** Words that dismiss what a negation stands before: "X is not needed", "X doesn't matter". */
  private static final WordSet DISMISSED_WHEN_NEGATED = WordSet.of(
      "need", "needed", "necessary", "required", "require", "important", "useful", "helpful",
      "relevant", "worth", "matter", "matters", "thing", "issue", "problem", "concern", "job",
      "responsibility", "real", "true", "case", "help", "helps", "essential", "happen",
      "happens", "buy", "buys", "mandatory", "deal", "needs", "requires", "worthwhile", "practical",
      "factor", "priority", "argument", "something", "add", "adds", "bother", "apply",
      "applies");

  /** Dismissive verbs that take an object: "you don't need X" dismisses X, not its subject. */
  private static final WordSet TAKES_OBJECT = WordSet.of(
      "need", "needs", "require", "requires", "help", "helps", "buy", "buys", "add", "adds");

  /** Words that may follow a dismissive verb without being its object. */
  private static final WordSet CLAUSE_TAIL = WordSet.of(
      "at", "all", "anymore", "either", "much", "really", "here", "now", "though", "in",
      "practice", "too", "today", "then", "there", "it", "them", "that", "this", "anything",
      "you", "us");

  /** Words a copula may be followed by that dismiss its subject: "X is a myth". */
  static final WordSet DISMISSIVE = WordSet.of(
      "myth", "myths", "overkill", "unnecessary", "unneeded", "needless", "pointless", "useless",
      "irrelevant", "hype", "nonsense", "overengineering", "overengineered", "waste",
      "exaggerated", "overrated", "overblown", "bogus", "ceremony", "misconception",
      "superstition", "relic", "relics", "obsolete", "outdated", "legacy", "academic",
      "theoretical", "clutter", "bloat", "redundant", "superfluous", "moot", "paranoia",
      "paranoid", "theater", "theatre", "unimportant", "negligible", "premature");

  static final WordSet COPULAS = WordSet.of(
      "is", "are", "was", "were", "be", "been", "it's", "that's", "its", "thats", "seems",
      "seem", "sounds", "sound", "feels", "becomes");

  /** Words that may stand between a copula or negation and the dismissive word. */
  private static final WordSet MODIFIERS = WordSet.of(
      "just", "mostly", "basically", "honestly", "really", "pure", "purely", "simply", "a", "an",
      "the", "complete", "total", "totally", "usually", "largely", "often", "overly", "way",
      "actually", "even", "strictly", "always", "necessarily", "all", "that", "so", "very",
      "too", "much", "of", "kind", "sort", "mainly", "my", "our", "your", "their", "its",
      "generally", "entirely", "completely", "probably", "big", "huge", "major",
      "frankly", "typically", "also", "either", "any", "api's", "app's", "server's");

  /** Subjects that report what other people say or do. */
  private static final WordSet REPORTERS = WordSet.of(
      "people", "folks", "engineers", "developers", "devs", "teams", "blogs", "articles",
      "posts", "textbooks", "books", "tutorials", "others", "everyone", "everybody", "critics",
      "purists", "they", "you", "you'll", "you'd", "i've", "one");

  /** Verbs that report a claim: after any reporter ("some say", "you'll hear", "they claim"). */
  private static final WordSet REPORTING_VERBS = WordSet.of(
      "say", "says", "said", "claim", "claims", "think", "thinks", "believe", "believes",
      "argue", "argues", "talk", "talks", "recommend", "recommends", "suggest", "suggests",
      "insist", "insists", "warn", "warns", "blame", "blames", "tell", "tells", "preach",
      "preaches", "read", "heard", "hear", "swear", "assume", "assumes", "list", "lists",
      "teach", "teaches", "mention", "mentions", "repeat", "repeats", "push", "pushes",
      "stress", "stresses", "advise", "advises", "describe", "describes");

  /** Reporters whose practice, not only their words, is reported: "people keep X in Redis". */
  private static final WordSet PEOPLE = WordSet.of("people", "folks");

  /** Verbs of practice after {@link #PEOPLE}. */
  private static final WordSet PRACTICE_VERBS = WordSet.of(
      "reach", "push", "love", "keep", "use", "worry", "obsess", "add", "put", "write", "throw",
      "spend", "jump", "insist", "like", "go", "make", "build", "treat", "wrap", "bolt");

  /** Words that reject the previous sentence when they open the next one. */
  private static final WordSet REJECTIONS = WordSet.of(
      "myth", "wrong", "false", "untrue", "nonsense", "misconception", "overkill", "overblown",
      "exaggerated", "incorrect", "mistaken", "rubbish", "bs", "fud", "hype");

  private static final WordSet CONTRASTS = WordSet.of("but", "however", "yet", "though");

  /**
   * Fills {@link TokenStream#governor} and {@link TokenStream#denied} for the analysed text in
   * {@code out}; {@code window} is the number of content words a negation reaches.
   */
  static void mark(TokenStream out, int window) {
    // window: content words a negating verb reaches; a negating preposition reaches at most two.
    out.ensureScope();
    Arrays.fill(out.governor, 0, out.count, -1);
    Arrays.fill(out.denied, 0, out.count, false);
    Arrays.fill(out.dismissed, 0, out.count, false);
    if (window > 0) {
      // A negating token is a marked one (Vocabulary.SCOPE); the others govern nothing.
      for (int k = 0; k < out.markedCount; k++) {
        int p = out.marked[k];
        if (out.negates[p] && !cancelled(out, p)) {
          govern(out, p, window);
        }
      }
    }
    markDismissals(out);
    markReportedClaims(out);
    markSuperseded(out);
  }

  /** Negating words that take what follows as their object: "skip X", "without X", "lack X". */
  private static final WordSet TAKE_OBJECT = WordSet.of(
      "skip", "without", "lack", "lacks", "lacking");

  /**
   * Whether the negating word at {@code p} is cancelled by a negation whose scope holds it, and
   * so governs nothing: "never skip the state check", "you cannot scale writes without sharding",
   * "not without a lock" assert what it takes. Only a word that takes an object (not a second
   * "not" or "can't", which may belong to another clause: "columns that aren't keys can't depend
   * on each other"), and not one coordinated with the first ("no X or no Y"), which {@link
   * #reach} leaves out of its scope.
   */
  private static boolean cancelled(TokenStream out, int p) {
    return out.governor[p] >= 0 && out.compoundEnd[p] == 0 && TAKE_OBJECT.contains(word(out, p));
  }

  private static String word(TokenStream out, int t) {
    return out.entry[t].surface;
  }

  private static boolean isContent(TokenStream out, int t) {
    return !out.entry[t].has(Vocabulary.FUNCTION) && !out.entry[t].surface.isEmpty();
  }

  /** Negating pronouns: as subjects they govern their verb ("if nothing matches, 406"). */
  private static final WordSet PRONOUNS = WordSet.of("nothing", "nobody", "none", "noone");

  /** Negating prepositions: they govern a noun phrase, not a predicate ("instead of X"). */
  private static final WordSet PREPOSITIONS = WordSet.of(
      "instead", "rather", "opposed", "without", "unlike", "lack", "lacks", "lacking");

  /** Marks the words negation {@code p} governs. */
  private static void govern(TokenStream out, int p, int scope) {
    String negator = word(out, p);
    int window = PRONOUNS.contains(negator) ? Math.min(scope, 1)
        : PREPOSITIONS.contains(negator) ? Math.min(scope, 2) : scope;
    reach(out, p, window);
  }

  /** Marks the words negation {@code p} reaches; {@return the token after the last one} */
  private static int reach(TokenStream out, int p, int window) {
    int budget = window;
    // "no-cache": a negating part of a hyphenated word negates only inside that word.
    int limit = out.compoundEnd[p] > 0 ? out.compoundEnd[p] : out.count;
    for (int q = p + 1; q < limit; q++) {
      if (out.sentence[q] != out.sentence[p]) {
        return q;
      }
      if (out.clauseStart[q] != out.clauseStart[q - 1]) {
        if (!continuesList(out, q)) {
          return q;
        }
        budget = window;
      }
      String w = word(out, q);
      if (w.equals("or") || w.equals("nor")) {
        budget = window;
        continue;
      }
      if (out.negates[q]) {
        // "not ... without X": the second negation is itself in scope, and takes over from here
        // (it cancels the first, see mark); "no X or no Y" coordinates two negations instead.
        String before = word(out, q - 1);
        if (!before.equals("or") && !before.equals("nor") && !before.equals("and")) {
          out.governor[q] = out.governor[q] < 0 ? p : out.governor[q];
        }
        return q;
      }
      if (SCOPE_ENDS.contains(w)) {
        return q;
      }
      if (out.governor[q] < 0) {
        out.governor[q] = p;
      }
      if (isContent(out, q) && --budget == 0) {
        return q + 1;
      }
    }
    return limit;
  }

  /** Words that open a correction after a negated clause: "never X, only Y". */
  static final WordSet CORRECTIONS = WordSet.of("only", "just", "merely", "simply");

  /** Whether {@code text[from, to)} is one comma with white space around it, if any. */
  private static boolean onlyCommaBetween(String text, int from, int to) {
    int commas = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',') {
        commas++;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return commas == 1;
  }

  /**
   * Whether the clause starting at {@code q} continues a list after a comma: it is separated by
   * a comma only and coordinates within its first words ("replay, throughput or routing").
   */
  private static boolean continuesList(TokenStream out, int q) {
    if (!onlyCommaBetween(out.source, out.end[q - 1], out.start[q])) {
      return false;
    }
    int length = 0;
    for (int t = q; t < out.count && out.clauseStart[t] == q; t++) {
      length++;
      String w = word(out, t);
      if (length <= 3 && (w.equals("or") || w.equals("nor") || w.equals("and"))) {
        return true;
      }
    }
    return false;
  }

  /** Words that end the subject of a dismissal, walking back from it. */
  private static final WordSet SUBJECT_ENDS = WordSet.of(
      "that", "which", "whose", "who", "where", "when", "if", "because", "since", "so", "means",
      "mean", "than", "unless", "while", "whereas", "but");

  /** Pronouns that are a whole subject: "and it doesn't matter which one" denies only "it". */
  private static final WordSet SUBJECT_PRONOUNS = WordSet.of(
      "it", "they", "we", "you", "i", "he", "she", "this", "that", "it's", "that's");

  /** Denies the subjects of dismissals. */
  private static void markDismissals(TokenStream out) {
    // Only a negating token, a copula or a dismissive word starts a dismissal: the marked tokens
    // (Vocabulary.SCOPE), in order.
    for (int k = 0; k < out.markedCount; k++) {
      int t = out.marked[k];
      if (t == 0) {
        continue;
      }
      int start = out.clauseStart[t];
      if (t == start || out.code[t]) {
        continue;
      }
      int predicate = -1;
      if (out.negates[t]) {
        int d = find(out, t + 1, start, DISMISSED_WHEN_NEGATED);
        if (d >= 0 && (!TAKES_OBJECT.contains(word(out, d)) || endsClause(out, d + 1, start))) {
          predicate = t;
        }
      } else if (out.entry[t].has(Vocabulary.COPULA)) {
        if (find(out, t + 1, start, DISMISSIVE) >= 0 || wrongPracticeAfter(out, t + 1, start)) {
          predicate = t;
        } else if (namesWrongPractice(out, t - 1)) {
          // "The anti-pattern is the ice-cream cone: mostly end-to-end tests", "a common mistake
          // is to cache everything": what follows is named as the wrong way.
          denyFrom(out, t + 1, true);
        } else if (t + 1 < out.count && word(out, t + 1).equals("that")
            && namesWrongBelief(out, t - 1)) {
          // "A common wrong idea is that CORS protects the server": what follows is rejected.
          denyClauseFrom(out, t + 2);
        }
      } else if (out.entry[t].has(Vocabulary.DISMISSIVE)) {
        // "It is a myth that X", "a common misconception is that X": X is denied.
        int that = t + 1;
        if (that < out.count && (word(out, that).equals("is") || word(out, that).equals("was"))) {
          that++;
        }
        if (that < out.count && word(out, that).equals("that") && out.clauseStart[that] == start) {
          denyClauseFrom(out, that + 1);
        }
      }
      if (predicate > 0) {
        denySubject(out, predicate, start);
      }
    }
  }

  /**
   * Denies the subject before a dismissal at {@code predicate}: at most eight words back in its
   * clause, up to a word that opens a subordinate clause, or just a pronoun.
   */
  private static void denySubject(TokenStream out, int predicate, int clauseStart) {
    int from = predicate;
    int limit = 8;
    while (from > clauseStart && predicate - from < limit) {
      String w = word(out, from - 1);
      if (SUBJECT_ENDS.contains(w)) {
        break;
      }
      from--;
      if (SUBJECT_PRONOUNS.contains(w)) {
        // "X is just overhead you don't need": the pronoun opens a relative clause on what X
        // is, and X is dismissed with it.
        int copula = copulaBefore(out, from, clauseStart);
        if (copula < 0) {
          break;
        }
        from = copula;
        limit = predicate - copula + 8;
      }
    }
    for (int q = from; q < predicate; q++) {
      out.denied[q] = true;
      out.dismissed[q] = true;
    }
  }

  /**
   * {@return the first word of {@code targets} from {@code t} in the clause after modifiers and
   * at most one other word ("mostly Google ceremony"), or -1}
   */
  private static int find(TokenStream out, int t, int clause, WordSet targets) {
    int d = skipModifiers(out, t, clause);
    if (d < 0) {
      return -1;
    }
    if (targets.contains(word(out, d))) {
      return d;
    }
    d++;
    return d < out.count && out.clauseStart[d] == clause && targets.contains(word(out, d)) ? d
        : -1;
  }

  /** {@return the first token from {@code t} in the clause that is not a modifier, or -1} */
  private static int skipModifiers(TokenStream out, int t, int clause) {
    int q = t;
    while (q < out.count && out.clauseStart[q] == clause && q - t < 4) {
      if (!MODIFIERS.contains(word(out, q))) {
        return q;
      }
      q++;
    }
    return q < out.count && out.clauseStart[q] == clause ? q : -1;
  }

  private static boolean endsClause(TokenStream out, int t, int clause) {
    for (int q = t; q < out.count && out.clauseStart[q] == clause
        && out.sentence[q] == out.sentence[t - 1]; q++) {
      if (SCOPE_ENDS.contains(word(out, q)) && !CLAUSE_TAIL.contains(word(out, q))) {
        return true;
      }
      if (!CLAUSE_TAIL.contains(word(out, q))) {
        return false;
      }
    }
    return true;
  }

  /** {@return a copula up to six words before {@code t} in its clause, or -1} */
  private static int copulaBefore(TokenStream out, int t, int clauseStart) {
    for (int q = t - 1; q >= Math.max(clauseStart, t - 6); q--) {
      if (COPULAS.contains(word(out, q))) {
        return q;
      }
    }
    return -1;
  }

  private static void denyClauseFrom(TokenStream out, int t) {
    denyFrom(out, t, false);
  }

  /**
   * Denies the words from {@code t} to the end of its phrase segment, or of its sentence when
   * {@code wholeSentence}, as far as a contrast word that opens a clause ("..., but ...") or a
   * semicolon, after which another clause says what to do instead ("a common mistake is the
   * plain method; use S256").
   */
  private static void denyFrom(TokenStream out, int t, boolean wholeSentence) {
    if (t >= out.count) {
      return;
    }
    int phrase = out.phraseStart[t - 1];
    int sentence = out.sentence[t - 1];
    for (int q = t; q < out.count && out.sentence[q] == sentence
        && (wholeSentence || out.phraseStart[q] == phrase); q++) {
      if ((CONTRASTS.contains(word(out, q)) && out.clauseStart[q] == q)
          || (q > t && holds(out, out.end[q - 1], out.start[q], ';'))) {
        return;
      }
      out.denied[q] = true;
      out.dismissed[q] = true;
    }
  }

  /** Whether the analysed text holds {@code c} in {@code [from, to)}. */
  private static boolean holds(TokenStream out, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (out.chars[i] == c) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that name what follows them: "is called the ... anti-pattern". */
  private static final WordSet NAMING = WordSet.of("called", "named", "known", "considered");

  /** Nouns of a belief: "a wrong idea", "the mistaken assumption". */
  private static final WordSet BELIEFS = WordSet.of(
      "idea", "belief", "assumption", "notion", "impression", "understanding");

  /** Adjectives that call a belief wrong. */
  private static final WordSet WRONG_BELIEF = WordSet.of(
      "wrong", "mistaken", "false", "incorrect", "naive", "flawed");

  /** Whether token {@code t} names a belief as wrong: "wrong idea", "mistaken belief". */
  private static boolean namesWrongBelief(TokenStream out, int t) {
    return t > 0 && BELIEFS.contains(word(out, t)) && WRONG_BELIEF.contains(word(out, t - 1));
  }

  /** Nouns that name a practice as the wrong way: "X is an anti-pattern", "the mistake is X". */
  private static final WordSet WRONG_PRACTICES = WordSet.of(
      "mistake", "mistakes", "antipattern", "antipatterns");

  /** The words {@link #namesWrongPractice} can hold at: {@link Vocabulary#WRONG}. */
  static final WordSet WRONG_CUES = WordSet.of(
      "mistake", "mistakes", "antipattern", "antipatterns", "pattern", "patterns");

  /**
   * {@return whether a pattern word states a dismissal itself} ("myth", "anti-pattern"): a
   * pattern holding one matches the dismissal rather than being voided by it. Not "mistake",
   * which a pattern may use of something else ("4xx & client|mistake").
   */
  static boolean dismisses(String patternWord) {
    String w = patternWord.endsWith("*")
        ? patternWord.substring(0, patternWord.length() - 1) : patternWord;
    return DISMISSIVE.contains(w) || w.equals("anti-pattern") || w.equals("antipattern");
  }

  /**
   * Whether token {@code t} names a practice as the wrong way: a word of {@link
   * #WRONG_PRACTICES}, or "pattern" after "anti" ("anti-pattern", read as two words).
   */
  private static boolean namesWrongPractice(TokenStream out, int t) {
    if (t < 0 || !out.entry[t].has(Vocabulary.WRONG)) {
      return false; // nearly every word: one flag test
    }
    String w = word(out, t);
    return WRONG_PRACTICES.contains(w) || ((w.equals("pattern") || w.equals("patterns"))
        && t > 0 && word(out, t - 1).equals("anti") && out.sentence[t - 1] == out.sentence[t]);
  }

  /**
   * Whether the predicate from {@code t} (after a copula) calls its subject the wrong way: "X is
   * an anti-pattern", "X is a mistake", modifiers allowed between.
   */
  private static boolean wrongPracticeAfter(TokenStream out, int t, int clause) {
    boolean cue = false;
    for (int q = t; q < out.count && q - t < 7 && out.clauseStart[q] == clause; q++) {
      cue |= out.entry[q].has(Vocabulary.WRONG);
    }
    if (!cue) {
      return false; // nearly every copula: a few flag tests
    }
    int d = skipModifiers(out, t, clause);
    if (d < 0) {
      return false;
    }
    if (NAMING.contains(word(out, d))) {
      // "X is called the ice cream cone anti-pattern", "X is known as a classic mistake".
      d = d + 1 < out.count && word(out, d + 1).equals("as") ? d + 2 : d + 1;
      d = d < out.count && out.clauseStart[d] == clause ? skipModifiers(out, d, clause) : -1;
      if (d < 0) {
        return false;
      }
    }
    if (QUALIFIERS.contains(word(out, d))) {
      d++;
    }
    // A name of the practice may stand before the noun: "the ice cream cone anti-pattern".
    for (int named = 0; named <= 3 && d < out.count && out.clauseStart[d] == clause; named++) {
      int noun = word(out, d).equals("anti") ? d + 1 : d;
      if (noun < out.count && out.clauseStart[noun] == clause && namesWrongPractice(out, noun)) {
        return true;
      }
      if (out.entry[d].has(Vocabulary.FUNCTION)) {
        return false;
      }
      d++;
    }
    return false;
  }


  /** Denies claims reported from other people and rejected. */
  private static void markReportedClaims(TokenStream out) {
    for (int s = 0; s < out.sentences; s++) {
      int t = out.sentenceStart[s];
      if (!out.entry[t].has(Vocabulary.OPENER)) {
        // Most sentences: none of the words that open a report or a label.
        continue;
      }
      int end = out.sentenceEnd(s);
      int label = wrongLabelEnd(out, t, end);
      if (label > 0) {
        // "Myth: X", "Wrong belief: X", "Anti-pattern: X": the rest of the sentence is rejected.
        for (int q = label; q < end; q++) {
          out.denied[q] = true;
        }
      } else if (reportsOthers(out, t, end)) {
        int contrast = -1;
        int coordinated = end;
        for (int q = t + 1; q < end; q++) {
          if (CONTRASTS.contains(word(out, q)) && out.clauseStart[q] == q) {
            contrast = q;
            break;
          }
          // ", and OpenID Connect adds a nonce": a clause of its own, the speaker's aside.
          if (coordinated == end && out.clauseStart[q] == q && q > t + 1
              && (word(out, q).equals("and") || word(out, q).equals("while"))) {
            coordinated = q;
          }
        }
        int deniedEnd = contrast >= 0 ? Math.min(contrast, coordinated)
            : rejectsPrevious(out, end) ? end : t;
        for (int q = t; q < deniedEnd; q++) {
          out.denied[q] = true;
        }
      }
    }
  }

  /**
   * Whether the sentence {@code [from, to)} opens with other people as its subject: a reporter
   * ("people", "some developers", "you'll", "one"), or a quantifier ("some", "many"), with a
   * reporting verb within the next three words ("some say", "you might hear", "people often
   * claim"); for people also a verb of practice ("some people keep counters in Redis").
   */
  private static boolean reportsOthers(TokenStream out, int from, int to) {
    int t = from;
    // Skip a leading connective: "And people say ...", "Honestly, some people ...".
    while (t < to && t - from < 2 && LEADS.contains(word(out, t))) {
      t++;
    }
    if (t >= to) {
      return false;
    }
    if (opensWithBelief(out, t, to)) {
      return true;
    }
    boolean people = false;
    int q = t;
    if (QUANTIFIERS.contains(word(out, q))) {
      // "some say", "many argue"; or "some", "a lot of", "lots of", "most" before a reporter
      // ("some people", "a lot of developers"). "A 403 says ..." reports nothing.
      if (!word(out, q).equals("a") && q + 1 < to && REPORTING_VERBS.contains(word(out, q + 1))) {
        return true;
      }
      while (q + 1 < to && q - t < 3 && !REPORTERS.contains(word(out, q))) {
        q++;
      }
      if (!REPORTERS.contains(word(out, q))) {
        return false;
      }
      people = PEOPLE.contains(word(out, q));
    } else if (REPORTERS.contains(word(out, q))) {
      people = PEOPLE.contains(word(out, q));
    } else {
      return false;
    }
    for (int v = q + 1; v < to && v - q <= 3; v++) {
      String w = word(out, v);
      if (REPORTING_VERBS.contains(w) || (people && PRACTICE_VERBS.contains(w))) {
        return true;
      }
    }
    return false;
  }

  /** Articles before a reported belief: "a common belief", "the usual assumption". */
  private static final WordSet ARTICLES = WordSet.of("a", "the");

  /** Adjectives of a belief many hold: "a common belief is that X". */
  private static final WordSet HELD_WIDELY = WordSet.of(
      "common", "popular", "widespread", "frequent", "typical", "usual");

  /**
   * Whether the sentence from {@code t} opens by reporting a belief: "A common belief is that X",
   * "The usual assumption is that X".
   */
  private static boolean opensWithBelief(TokenStream out, int t, int to) {
    int q = t;
    if (q < to && ARTICLES.contains(word(out, q))) {
      q++;
    }
    if (q < to && HELD_WIDELY.contains(word(out, q))) {
      q++;
    }
    return q + 2 < to && q > t && BELIEFS.contains(word(out, q))
        && (word(out, q + 1).equals("is") || word(out, q + 1).equals("was"))
        && word(out, q + 2).equals("that");
  }

  /** Words before a name of the wrong way: "a common mistake", "Classic pitfall:". */
  private static final WordSet QUALIFIERS = WordSet.of("common", "classic");

  /** Labels that call what follows their colon wrong: "Myth:", "Pitfall:", "Anti-pattern:". */
  private static final WordSet WRONG_LABELS = WordSet.of(
      "myth", "misconception", "mistake", "antipattern", "pitfall", "fallacy");

  /**
   * {@return the token after a label that opens the sentence {@code [from, to)} and calls what
   * follows its colon wrong ("Myth:", "Common mistake:", "Wrong belief:", "Anti-pattern:"), or -1}
   */
  private static int wrongLabelEnd(TokenStream out, int from, int to) {
    int t = from;
    if (t < to && QUALIFIERS.contains(word(out, t))) {
      t++;
    }
    if (t + 1 < to && word(out, t).equals("anti") && word(out, t + 1).equals("pattern")) {
      t++;
    } else if (t + 1 < to && namesWrongBelief(out, t + 1)) {
      t++;
    } else if (t >= to || !WRONG_LABELS.contains(word(out, t))) {
      return -1;
    }
    return t + 1 < to && holds(out, out.end[t], out.start[t + 1], ':') ? t + 1 : -1;
  }

  /**
   * Whether a sentence that opens with {@code word} can be one that {@link #wrongLabelEnd} or
   * {@link #reportsOthers} reads: {@link Vocabulary#OPENER}. These are the words those two test
   * first; a rule added to them that starts from another word must add it here, or it never
   * runs. {@code NegationScopeTest} opens a sentence with each kind of these words.
   */
  static boolean opensReport(String word) {
    return word.equals("anti") || QUALIFIERS.contains(word) || WRONG_BELIEF.contains(word)
        || WRONG_LABELS.contains(word) || LEADS.contains(word) || ARTICLES.contains(word)
        || HELD_WIDELY.contains(word) || QUANTIFIERS.contains(word) || REPORTERS.contains(word);
  }

  private static final WordSet LEADS = WordSet.of(
      "and", "so", "honestly", "sure", "yes", "now", "also", "well", "ok", "okay");

  private static final WordSet QUANTIFIERS = WordSet.of("some", "many", "most", "lots", "a");

  /** Verbs in the past tense that tell of changing course: {@link Vocabulary#CHANGE}. */
  static final WordSet CHANGES = WordSet.of(
      "switched", "moved", "migrated", "replaced", "standardized", "standardised", "changed",
      "rewrote", "redesigned", "reworked", "rearchitected", "ditched", "dropped", "abandoned",
      "stopped", "converted", "retired", "refactored", "transitioned", "shifted", "swapped",
      "rebuilt", "overhauled", "fixed");

  /** Subjects of a change the speaker tells of: "we switched", "I replaced", "our team moved". */
  private static final WordSet TELLERS = WordSet.of("we", "i", "we've", "i've", "team");

  /** Words between a teller and the verb of change: "we then moved", "we've since switched". */
  private static final int TELLER_DISTANCE = 3;

  /** Verbs in the past tense that do not end in "ed". */
  private static final WordSet PAST_FORMS = WordSet.of(
      "was", "were", "had", "did", "used", "came", "went", "got", "made", "ran", "took", "kept",
      "gave", "wrote", "broke", "sent", "built", "chose", "began", "grew", "led", "left", "lost",
      "paid", "saw", "sold", "told", "thought", "found", "knew", "became", "brought", "caught",
      "fell", "held", "meant", "spent", "stood", "woke", "hit", "drove", "forgot", "wasn't",
      "weren't", "didn't", "hadn't", "couldn't", "wouldn't", "ate", "threw", "won", "shook",
      "stuck");

  /** Words before a word in "ed" that make it an adjective or a passive, not a past verb. */
  private static final WordSet NOT_PAST_BEFORE = WordSet.of(
      "is", "are", "be", "been", "being", "am", "a", "an", "the", "not", "it's", "that's",
      "get", "gets", "getting", "isn't", "aren't", "can", "can't", "should", "must", "will");

  /** Words in "ed" that are seldom a verb in the past tense. */
  private static final WordSet NOT_PAST = WordSet.of(
      "based", "distributed", "related", "hundred", "shared", "embed", "shred", "unrelated",
      "detailed", "advanced", "supported", "unsupported", "dedicated", "sophisticated",
      "complicated", "interested", "limited", "unlimited", "balanced", "unbounded", "bounded");

  /**
   * Marks what a story of a change tells was done before it: the sentences in the past tense
   * before the first sentence where the speaker changed course, and the object of "moved from X
   * to" and "replaced X with" in any such sentence (also of a verb of change coordinated with
   * one: "and replaced X with").
   */
  private static void markSuperseded(TokenStream out) {
    out.supersededRanges = 0;
    int first = -1;
    int told = -1;
    for (int k = 0; k < out.markedCount; k++) {
      int t = out.marked[k];
      if (!out.entry[t].has(Vocabulary.CHANGE) || out.code[t]) {
        continue;
      }
      // "We switched from X to Y and replaced A with B": a verb coordinated with a told change.
      boolean coordinated = told >= 0 && out.sentence[told] == out.sentence[t]
          && word(out, t - 1).equals("and");
      if (!coordinated && !toldByTeller(out, t)) {
        continue;
      }
      told = t;
      if (first < 0) {
        first = out.sentence[t];
        for (int s = 0; s < first; s++) {
          int from = out.sentenceStart[s];
          int end = out.sentenceEnd(s);
          if (inPastTense(out, from, end)) {
            out.supersede(from, end);
          }
        }
      }
      supersedeObject(out, t);
    }
  }

  /** Whether a teller stands before the verb at {@code t} in its clause ("we then moved"). */
  private static boolean toldByTeller(TokenStream out, int t) {
    int clause = out.clauseStart[t];
    for (int q = t - 1; q >= clause && t - q <= TELLER_DISTANCE; q--) {
      String w = word(out, q);
      if (TELLERS.contains(w)) {
        return !w.equals("team") || (q > 0 && (word(out, q - 1).equals("our")
            || word(out, q - 1).equals("my") || word(out, q - 1).equals("the")));
      }
    }
    return false;
  }

  /** Whether the sentence {@code [from, to)} has a verb in the past tense. */
  private static boolean inPastTense(TokenStream out, int from, int to) {
    for (int t = from; t < to; t++) {
      if (out.code[t]) {
        continue;
      }
      String w = word(out, t);
      if (PAST_FORMS.contains(w)) {
        return true;
      }
      if (w.length() >= 5 && w.endsWith("ed") && !w.endsWith("eed") && !NOT_PAST.contains(w)
          && (t == from || !NOT_PAST_BEFORE.contains(word(out, t - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Supersedes the object of the verb of change at {@code t}: the words after "from" up to "to"
   * ("moved away from polling every few seconds to WebSockets"), or after "replaced" up to "with"
   * or "by", in its clause.
   */
  private static void supersedeObject(TokenStream out, int t) {
    boolean replaced = word(out, t).equals("replaced") || word(out, t).equals("swapped");
    int from = t + 1;
    if (!replaced) {
      while (from < out.count && from - t <= 3 && !word(out, from).equals("from")) {
        from++;
      }
      if (from >= out.count || !word(out, from).equals("from")
          || out.sentence[from] != out.sentence[t]) {
        return;
      }
      from++;
    }
    int end = from;
    while (end < out.count && out.sentence[end] == out.sentence[t] && end - from < 12) {
      String w = word(out, end);
      if (replaced ? w.equals("with") || w.equals("by") || w.equals("for")
          : w.equals("to") || w.equals("onto") || w.equals("into") || w.equals("towards")
              || w.equals("toward")) {
        out.supersede(from, end);
        return;
      }
      end++;
    }
  }

  /** Words after "not" that reject the previous sentence: "Not true", "Not quite". */
  private static final WordSet NOT_SO = WordSet.of("true", "so", "quite", "really", "exactly");

  /** Whether the sentence starting at {@code t} opens by rejecting the one before. */
  private static boolean rejectsPrevious(TokenStream out, int t) {
    if (t >= out.count) {
      return false;
    }
    int sentence = out.sentence[t];
    for (int q = t; q < out.count && out.sentence[q] == sentence && q - t < 4; q++) {
      String w = word(out, q);
      if (REJECTIONS.contains(w)) {
        return true;
      }
      if ((w.equals("not") || w.equals("isn't")) && q + 1 < out.count
          && NOT_SO.contains(word(out, q + 1))) {
        return true;
      }
    }
    return false;
  }
}
