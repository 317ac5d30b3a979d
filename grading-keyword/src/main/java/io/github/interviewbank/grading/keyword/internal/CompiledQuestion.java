package io.github.interviewbank.grading.keyword.internal;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.MatchPattern;
import io.github.interviewbank.core.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A question's rubric compiled for matching: every pattern word resolved to numbered terms (a
 * stem, an exact word or a prefix), with synonyms and hyphenated forms expanded, so that grading
 * an answer is a linear scan plus lookups. Immutable and thread-safe; built once per question and
 * bank. Not part of the API.
 */
final class CompiledQuestion {
  static final int STEM = 0;
  static final int EXACT = 1;
  static final int PREFIX = 2;

  /** One word position: alternatives, each a run of consecutive terms. */
  static final class Slot {
    final int[][] alternatives;

    Slot(int[][] alternatives) {
      this.alternatives = alternatives;
    }
  }

  /** Slots in order (or in any order), within the proximity window, in one sentence. */
  static final class Sequence {
    final Slot[] slots;
    final boolean anyOrder;

    Sequence(Slot[] slots, boolean anyOrder) {
      this.slots = slots;
      this.anyOrder = anyOrder;
    }
  }

  /**
   * A compiled pattern: all sequences must match in one sentence. {@code negators} are the
   * negating words the pattern itself contains: inside a match they do not negate it.
   */
  static final class Pattern {
    final MatchPattern parsed;
    final Sequence[] sequences;
    final String[] negators;
    /**
     * For a phrasing, per sequence and per contrast of the question, the term whose role the
     * sequence shows, or -1 when it is not bound ({@link RoleBinding}); null for other patterns.
     * Filled while compiling, before the compiled question is shared.
     */
    final int @Nullable [][] roles;
    /**
     * The same, with the roles inferred from the reference answer added where {@link #roles} has
     * none ({@link RoleBinding}); used once an answer is seen to swap roles.
     */
    final int @Nullable [][] inferredRoles;
    /**
     * Whether the pattern states a dismissal itself ("column order doesn't matter", "order &
     * irrelevant"): then a dismissal in the answer is what it matches, not what voids it.
     */
    final boolean dismisses;
    /**
     * Per slot of every sequence, the first terms of the slot's alternatives: a match needs one
     * of them in the answer for each slot, so most patterns can be turned down before any search.
     */
    final int[][] leadTerms;
    /** The pattern's number in its question, below {@link CompiledQuestion#patternCount}. */
    final int index;
    /**
     * Whether a word of the pattern is, or starts, a verb that averts what follows ("prevent*
     * n+1"): then such a verb before a match is the pattern's own ({@link Matcher}).
     */
    final boolean averts;

    Pattern(MatchPattern parsed, Sequence[] sequences, String[] negators,
        int @Nullable [][] roles, int @Nullable [][] inferredRoles, boolean dismisses,
        int index) {
      this.parsed = parsed;
      this.index = index;
      this.sequences = sequences;
      this.negators = negators;
      this.dismisses = dismisses;
      this.roles = roles;
      this.inferredRoles = inferredRoles;
      List<int[]> leads = new ArrayList<>();
      for (Sequence sequence : sequences) {
        for (Slot slot : sequence.slots) {
          int[] firsts = new int[slot.alternatives.length];
          for (int a = 0; a < firsts.length; a++) {
            firsts[a] = slot.alternatives[a][0];
          }
          leads.add(firsts);
        }
      }
      this.leadTerms = leads.toArray(int[][]::new);
      this.averts = Matcher.averts(parsed);
    }
  }

  /** A key point with its compiled phrasings and contradictions. */
  static final class Point {
    final KeyPoint keyPoint;
    final Pattern[] phrasings;
    final Pattern[] contradictions;
    /** The key point's text as a sentence of feedback: fixed per question, so made once. */
    final String sentence;
    /** The key point's text as an item in a list of feedback, made once. */
    final String listItem;

    Point(KeyPoint keyPoint, Pattern[] phrasings, Pattern[] contradictions) {
      this.keyPoint = keyPoint;
      this.phrasings = phrasings;
      this.contradictions = contradictions;
      this.sentence = sentence(keyPoint.text());
      this.listItem = listItem(keyPoint.text());
    }

    private static String sentence(String text) {
      String t = text.strip();
      return t.endsWith(".") ? t : t + ".";
    }

    /** The text without its final stop, and with a capital that only starts a sentence lowered. */
    private static String listItem(String text) {
      int end = text.length();
      while (end > 0
          && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
        end--;
      }
      if (end > 1 && Character.isUpperCase(text.charAt(0))
          && !Character.isUpperCase(text.charAt(1)) && startsWithCommonWord(text)) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1, end);
      }
      return text.substring(0, end);
    }

    /**
     * Whether the text's first word, in lower case, is a common English word: "Last-write-wins"
     * and "A vector clock" then read on in lower case, while "Lamport" or "Kafka" keep their
     * capital.
     */
    private static boolean startsWithCommonWord(String text) {
      int end = 0;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      return EnglishDictionary.containsLowerCased(text, end);
    }
  }

  /**
   * The reference answer's content terms (all of the grade without key points, the overlap with
   * them), their weights, and whether the reference states each one negated ("never false negatives"), which the answer must match.
   */
  static final class Reference {
    final int[][][] alternatives;
    final double[] weights;
    final boolean[] negated;
    final String[] labels;
    final double total;

    Reference(int[][][] alternatives, double[] weights, boolean[] negated, String[] labels,
        double total) {
      this.alternatives = alternatives;
      this.weights = weights;
      this.negated = negated;
      this.labels = labels;
      this.total = total;
    }
  }

  /**
   * The question's id and reference answer: not the question, which the grader's weak cache must
   * not keep alive.
   */
  final String questionId;

  final String referenceAnswer;

  /**
   * Whether the question asks how things differ: it declares contrasts, or its prompt asks for a
   * difference or a comparison ("What is the difference between WHERE and HAVING?").
   */
  final boolean asksForDifference;

  /** Prompt words that ask how things differ. */
  private static final java.util.regex.Pattern DIFFERENCE_PROMPT = java.util.regex.Pattern.compile(
      "\\b(differ|differs|difference|differences|compare|comparing|versus|vs\\.?)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  final Map<String, int[]> byStem;
  final Map<String, int[]> bySurface;
  final String[] prefixes;
  final int[] prefixTerms;
  /** Misspelling candidates: a form, whether it is a surface (else a stem), and its term. */
  final String[] fuzzyForms;
  final boolean[] fuzzySurface;
  final int[] fuzzyTerms;
  final int termCount;
  /** How many patterns the question has (phrasings, contradictions, contrasts' terms). */
  final int patternCount;
  final Point[] points;
  /**
   * The reference answer's weighted content terms: all of the grade without key points, the
   * overlap share of it with them.
   */
  final Reference reference;
  /** Per contrast of the question, its terms as patterns. */
  final Pattern[][] contrasts;
  /** The terms of each word answers used, remembered across grades. */
  final TermCache termCache = new TermCache();
  /**
   * The terms of each joined compound (key-value, findAllByIdIn read as one word) answers used,
   * which are looked up without misspelling tolerance, remembered across grades.
   */
  final TermCache compoundTermCache = new TermCache();

  private CompiledQuestion(Builder b, Question question, Point[] points, Reference reference,
      Pattern[][] contrasts) {
    this.questionId = question.id();
    this.referenceAnswer = question.referenceAnswer();
    this.contrasts = contrasts;
    this.asksForDifference = contrasts.length > 0
        || DIFFERENCE_PROMPT.matcher(question.prompt()).find();
    this.byStem = freeze(b.byStem);
    this.bySurface = freeze(b.bySurface);
    this.prefixes = b.prefixes.toArray(String[]::new);
    this.prefixTerms = b.prefixTerms.stream().mapToInt(Integer::intValue).toArray();
    this.fuzzyForms = b.fuzzyForms.toArray(String[]::new);
    this.fuzzySurface = new boolean[fuzzyForms.length];
    for (int i = 0; i < fuzzySurface.length; i++) {
      fuzzySurface[i] = b.fuzzySurface.get(i);
    }
    this.fuzzyTerms = b.fuzzyTerms.stream().mapToInt(Integer::intValue).toArray();
    this.termCount = b.terms.size();
    this.patternCount = b.patternCount;
    this.points = points;
    this.reference = reference;
  }

  private static Map<String, int[]> freeze(Map<String, List<Integer>> map) {
    Map<String, int[]> out = new HashMap<>(map.size() * 2);
    map.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  /** {@return whether the question is graded against its reference answer only} */
  boolean referenceOnly() {
    return points.length == 0;
  }

  /**
   * Compiles a question. {@code stats} gives bank-wide document frequencies, which weigh the
   * reference answer's terms: all of the grade without key points, the overlap share of the score
   * with them ({@link KeywordEngine}'s reference blend). {@code negationWindow} is
   * the grader's: the reference answer and the key points are read with the same negation scope
   * as answers (0 turns negation off for them too).
   */
  static CompiledQuestion compile(
      Question question, SynonymTable synonyms, ReferenceStats stats, int negationWindow) {
    Builder b = new Builder(synonyms, question.contrasts().size());
    Reference reference = b.reference(question, stats, negationWindow);
    Pattern[][] contrasts = new Pattern[question.contrasts().size()][];
    for (int c = 0; c < contrasts.length; c++) {
      List<String> terms = question.contrasts().get(c).terms();
      contrasts[c] = new Pattern[terms.size()];
      for (int t = 0; t < terms.size(); t++) {
        contrasts[c][t] = b.pattern(MatchPattern.parse(terms.get(t)), false);
      }
    }
    if (question.keyPoints().isEmpty()) {
      return new CompiledQuestion(b, question, new Point[0], reference, contrasts);
    }
    List<Point> points = new ArrayList<>();
    for (KeyPoint k : question.keyPoints()) {
      List<MatchPattern> phrasings = k.phrasings().isEmpty()
          ? List.of(MatchPattern.parse(plainPattern(k.text()))) : k.phrasingPatterns();
      points.add(new Point(k, b.patterns(phrasings, true),
          b.patterns(k.contradictionPatterns(), false)));
    }
    CompiledQuestion compiled = new CompiledQuestion(b, question, points.toArray(Point[]::new),
        reference, contrasts);
    RoleBinding.bind(compiled, negationWindow);
    return compiled;
  }

  /**
   * A key point's text as a pattern, for key points without phrasings: its first five content
   * words, all in one sentence ({@code w1 & w2 & ...}).
   */
  static String plainPattern(String text) {
    StringBuilder sb = new StringBuilder();
    TokenStream scratch = new TokenStream();
    Analyzer.analyze(text.toLowerCase(Locale.ROOT), scratch);
    int words = 0;
    for (int t = 0; t < scratch.count && words < 5; t++) {
      Vocabulary.Entry e = scratch.entry[t];
      if (!e.has(Vocabulary.STOP) && !e.surface.isEmpty() && e.surface.indexOf('|') < 0
          && e.surface.indexOf('&') < 0 && e.surface.indexOf('*') < 0) {
        sb.append(words == 0 ? "" : " & ").append(e.surface.replace("=", "").replace("~", ""));
        words++;
      }
    }
    return words == 0 ? text.replaceAll("[|&~*=]", " ").strip() : sb.toString();
  }

  /** Collects terms while compiling. */
  private static final class Builder {
    final SynonymTable synonyms;
    /** Patterns made so far: the next one's {@link Pattern#index}. */
    int patternCount;
    final Map<String, Integer> terms = new LinkedHashMap<>();
    final Map<String, List<Integer>> byStem = new HashMap<>();
    final Map<String, List<Integer>> bySurface = new HashMap<>();
    final List<String> prefixes = new ArrayList<>();
    final List<Integer> prefixTerms = new ArrayList<>();
    final List<String> fuzzyForms = new ArrayList<>();
    final List<Boolean> fuzzySurface = new ArrayList<>();
    final List<Integer> fuzzyTerms = new ArrayList<>();
    final TokenStream scratch = new TokenStream();
    final int longestSynonym;
    final int contrastCount;

    Builder(SynonymTable synonyms, int contrastCount) {
      this.synonyms = synonyms;
      this.longestSynonym = synonyms.longestTerm();
      this.contrastCount = contrastCount;
    }

    int term(int kind, String key) {
      String id = kind + ":" + key;
      Integer known = terms.get(id);
      if (known != null) {
        return known;
      }
      int t = terms.size();
      terms.put(id, t);
      switch (kind) {
        case STEM -> {
          byStem.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
          fuzzyCandidate(key, false, t);
        }
        case EXACT -> bySurface.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        default -> {
          prefixes.add(key);
          prefixTerms.add(t);
        }
      }
      return t;
    }

    /** Registers a form that misspelled answer words may be compared with. */
    void fuzzyCandidate(String form, boolean surface, int term) {
      if (form.length() < 4 || !isLetters(form)) {
        return;
      }
      for (int i = 0; i < fuzzyForms.size(); i++) {
        if (fuzzyTerms.get(i) == term && fuzzyForms.get(i).equals(form)
            && fuzzySurface.get(i) == surface) {
          return;
        }
      }
      fuzzyForms.add(form);
      fuzzySurface.add(surface);
      fuzzyTerms.add(term);
    }

    private static boolean isLetters(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isLetter(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    Pattern[] patterns(List<MatchPattern> parsed, boolean bindable) {
      Pattern[] out = new Pattern[parsed.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = pattern(parsed.get(i), bindable);
      }
      return out;
    }

    Pattern pattern(MatchPattern parsed, boolean bindable) {
      List<Sequence> sequences = new ArrayList<>();
      List<String> negators = new ArrayList<>();
      for (MatchPattern.Sequence s : parsed.sequences()) {
        List<Slot> slots = new ArrayList<>();
        List<@Nullable List<String>> plainStems = new ArrayList<>();
        for (MatchPattern.Slot slot : s.slots()) {
          List<int[]> alternatives = new ArrayList<>();
          List<String> plain = null;
          for (MatchPattern.Word w : slot.alternatives()) {
            addNegators(w.text(), negators);
            List<List<String>> stems = wordAlternatives(w, alternatives);
            if (slot.alternatives().size() == 1 && w.kind() == MatchPattern.WordKind.STEMMED
                && !stems.isEmpty() && stems.get(0).size() == 1) {
              plain = stems.get(0);
            }
          }
          slots.add(new Slot(alternatives.toArray(int[][]::new)));
          plainStems.add(plain);
        }
        mergeSynonymRuns(slots, plainStems);
        sequences.add(new Sequence(slots.toArray(Slot[]::new), s.anyOrder()));
      }
      int[][] roles = null;
      int[][] inferredRoles = null;
      if (bindable && contrastCount > 0) {
        roles = unbound(sequences.size());
        inferredRoles = unbound(sequences.size());
      }
      boolean dismisses = !negators.isEmpty();
      for (MatchPattern.Sequence seq : parsed.sequences()) {
        for (MatchPattern.Slot slot : seq.slots()) {
          for (MatchPattern.Word w : slot.alternatives()) {
            dismisses |= NegationScope.dismisses(w.text().toLowerCase(Locale.ROOT));
          }
        }
      }
      return new Pattern(parsed, sequences.toArray(Sequence[]::new),
          negators.toArray(String[]::new), roles, inferredRoles, dismisses, patternCount++);
    }

    private int[][] unbound(int sequences) {
      int[][] roles = new int[sequences][contrastCount];
      for (int[] perSequence : roles) {
        java.util.Arrays.fill(perSequence, -1);
      }
      return roles;
    }

    /** Collects the negating words of a pattern word ("without", "non" of "non-blocking"). */
    private void addNegators(String word, List<String> negators) {
      Analyzer.analyze(word.toLowerCase(Locale.ROOT), scratch);
      for (int t = 0; t < scratch.count; t++) {
        String surface = scratch.entry[t].surface;
        if ((scratch.entry[t].has(Vocabulary.NEGATOR)
            || WordLists.CONTEXT_NEGATORS.contains(surface)) && !negators.contains(surface)) {
          negators.add(surface);
        }
      }
    }

    /**
     * Adds the term runs a pattern word stands for to {@code out}; returns the word's own stem
     * sequences (for STEMMED words), used to find multi-word synonyms.
     */
    private List<List<String>> wordAlternatives(MatchPattern.Word w, List<int[]> out) {
      String text = w.text().toLowerCase(Locale.ROOT);
      switch (w.kind()) {
        case EXACT -> {
          Analyzer.analyze(text, scratch);
          int[] run = new int[scratch.count];
          for (int t = 0; t < scratch.count; t++) {
            run[t] = term(EXACT, scratch.entry[t].surface);
          }
          addUnique(out, run);
          for (int c = 0; c < scratch.compounds; c++) {
            addUnique(out, new int[] {term(EXACT, scratch.compEntry[c].surface)});
          }
          return List.of();
        }
        case PREFIX -> {
          Analyzer.analyze(text, scratch);
          String prefix = scratch.compounds > 0 ? scratch.compEntry[0].surface
              : scratch.count > 0 ? scratch.entry[0].surface : text;
          addUnique(out, new int[] {term(PREFIX, prefix)});
          return List.of();
        }
        default -> {
          List<List<String>> own = SynonymTable.stemSequences(text, scratch);
          for (List<String> sequence : own) {
            addRun(out, sequence);
            for (List<String> synonym : synonyms.synonymsOf(sequence)) {
              addRun(out, synonym);
            }
          }
          // A misspelling can defeat stemming ("seralizaton"): compare with the word as written.
          Analyzer.analyze(text, scratch);
          if (scratch.count == 1 && !own.isEmpty() && own.get(0).size() == 1) {
            fuzzyCandidate(scratch.entry[0].surface, true, term(STEM, own.get(0).get(0)));
          }
          return own;
        }
      }
    }

    private void addRun(List<int[]> out, List<String> stems) {
      int[] run = new int[stems.size()];
      for (int i = 0; i < run.length; i++) {
        run[i] = term(STEM, stems.get(i));
      }
      addUnique(out, run);
    }

    private static void addUnique(List<int[]> out, int[] run) {
      for (int[] known : out) {
        if (java.util.Arrays.equals(known, run)) {
          return;
        }
      }
      if (run.length > 0) {
        out.add(run);
      }
    }

    /**
     * Replaces runs of plain one-word slots that spell a multi-word synonym ("json web token")
     * with one slot holding every form of the group ("jwt" too). Longest runs first.
     */
    private void mergeSynonymRuns(List<Slot> slots, List<@Nullable List<String>> plainStems) {
      for (int i = 0; i < slots.size(); i++) {
        for (int len = Math.min(longestSynonym, slots.size() - i); len >= 2; len--) {
          List<String> key = new ArrayList<>();
          for (int j = i; j < i + len; j++) {
            List<String> stem = plainStems.get(j);
            if (stem == null) {
              break;
            }
            key.add(stem.get(0));
          }
          if (key.size() < len) {
            continue;
          }
          List<List<String>> group = synonyms.synonymsOf(key);
          if (group.isEmpty()) {
            continue;
          }
          List<int[]> alternatives = new ArrayList<>();
          addRun(alternatives, key);
          for (List<String> s : group) {
            addRun(alternatives, s);
          }
          for (int j = 0; j < len; j++) {
            slots.remove(i);
            plainStems.remove(i);
          }
          slots.add(i, new Slot(alternatives.toArray(int[][]::new)));
          plainStems.add(i, null);
          break;
        }
      }
    }

    Reference reference(Question question, ReferenceStats stats, int negationWindow) {
      Analyzer.analyze(question.prompt(), scratch);
      java.util.Set<String> promptStems = new java.util.HashSet<>();
      for (int t = 0; t < scratch.count; t++) {
        promptStems.add(scratch.entry[t].stem);
      }
      Analyzer.analyze(question.referenceAnswer(), scratch);
      NegationScope.mark(scratch, negationWindow);
      Map<String, String> contentStems = new LinkedHashMap<>();
      Map<String, Boolean> negatedStems = new HashMap<>();
      for (int t = 0; t < scratch.count; t++) {
        Vocabulary.Entry e = scratch.entry[t];
        if (e.surface.isEmpty() || e.has(Vocabulary.STOP) || e.has(Vocabulary.NEGATOR)
            || (e.surface.length() < 3 && !e.has(Vocabulary.TECHNICAL))) {
          continue;
        }
        contentStems.putIfAbsent(e.stem, e.surface);
        boolean negatedHere = negatedInReference(t);
        negatedStems.merge(e.stem, negatedHere, Boolean::logicalAnd);
      }
      List<int[][]> alternatives = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      List<Boolean> negated = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      double total = 0;
      for (Map.Entry<String, String> c : contentStems.entrySet()) {
        List<int[]> alts = new ArrayList<>();
        addRun(alts, List.of(c.getKey()));
        for (List<String> synonym : synonyms.synonymsOf(List.of(c.getKey()))) {
          addRun(alts, synonym);
        }
        double weight = stats.idf(c.getKey())
            * (promptStems.contains(c.getKey()) ? ReferenceStats.PROMPT_WEIGHT : 1.0);
        alternatives.add(alts.toArray(int[][]::new));
        weights.add(weight);
        negated.add(negatedStems.getOrDefault(c.getKey(), false));
        labels.add(c.getValue());
        total += weight;
      }
      boolean[] negatedArray = new boolean[negated.size()];
      for (int i = 0; i < negatedArray.length; i++) {
        negatedArray[i] = negated.get(i);
      }
      return new Reference(alternatives.toArray(int[][][]::new),
          weights.stream().mapToDouble(Double::doubleValue).toArray(), negatedArray,
          labels.toArray(String[]::new), total);
    }

    /** Whether token {@code t} of the analysed reference answer stands negated. */
    private boolean negatedInReference(int t) {
      return scratch.governor[t] >= 0 || scratch.denied[t];
    }
  }
}
