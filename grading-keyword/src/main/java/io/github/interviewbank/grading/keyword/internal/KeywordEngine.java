package io.github.interviewbank.grading.keyword.internal;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.RubricScoring;
import io.github.interviewbank.grading.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The keyword grader's work: compiling questions (once per question and bank), matching, scoring
 * and explaining. Thread-safe. Not part of the API.
 */
public final class KeywordEngine {

  /** The grader's settings, validated by the public builder. */
  public record Settings(
      int proximity,
      int negationWindow,
      boolean fuzzy,
      RubricScoring scoring,
      double referenceBlend,
      double keywordListFactor,
      double referenceSaturation,
      double coreCredit,
      double thinEvidenceFloor,
      List<SynonymGroup> synonyms) {}

  /**
   * Per bank (or for requests without one): synonyms, statistics, compiled questions. A context
   * is the value of a cache weakly keyed by its bank, so it holds what it needs of the bank (the
   * reference answers) but never the bank, or the cache would keep every bank alive.
   */
  private static final class Context {
    final SynonymTable synonyms;
    private final int negationWindow;
    private final @Nullable List<String> referenceAnswers;
    private volatile @Nullable ReferenceStats stats;
    final WeakIdentityCache<Question, CompiledQuestion> compiled = new WeakIdentityCache<>();

    Context(SynonymTable synonyms, int negationWindow, @Nullable QuestionBank bank) {
      this.synonyms = synonyms;
      this.negationWindow = negationWindow;
      this.referenceAnswers = bank == null ? null
          : bank.questions().stream().map(Question::referenceAnswer).toList();
    }

    ReferenceStats stats() {
      ReferenceStats s = stats;
      if (s == null) {
        List<String> answers = referenceAnswers;
        s = answers == null ? ReferenceStats.uniform() : ReferenceStats.of(answers);
        stats = s;
      }
      return s;
    }

    CompiledQuestion compile(Question q) {
      return compiled.get(q,
          question -> CompiledQuestion.compile(question, synonyms, stats(), negationWindow));
    }
  }

  private static final ThreadLocal<Matcher> MATCHER = ThreadLocal.withInitial(Matcher::new);

  private final Settings settings;
  private final String graderId;
  private final SynonymTable baseSynonyms;
  private final Context noBank;
  private final WeakIdentityCache<QuestionBank, Context> banks = new WeakIdentityCache<>();

  public KeywordEngine(Settings settings, String graderId) {
    this.settings = settings;
    this.graderId = graderId;
    this.baseSynonyms = SynonymTable.builtIn().with(groups(settings.synonyms()));
    this.noBank = new Context(baseSynonyms, settings.negationWindow(), null);
  }

  private static List<List<String>> groups(List<SynonymGroup> synonyms) {
    return synonyms.stream().map(SynonymGroup::terms).toList();
  }

  private Context context(GradingRequest request) {
    QuestionBank bank = request.bank().orElse(null);
    if (bank == null) {
      return noBank;
    }
    return banks.get(bank, b -> new Context(baseSynonyms.with(groups(b.synonyms())),
        settings.negationWindow(), b));
  }

  /** Grades one request. */
  public Grade grade(GradingRequest request) {
    Question q = request.question();
    if (request.isBlank()) {
      return Grade.noAnswer(q, graderId);
    }
    CompiledQuestion compiled = context(request).compile(q);
    Matcher m = MATCHER.get();
    try {
      m.prepare(request.answer(), compiled, settings.proximity(), settings.negationWindow(),
          settings.fuzzy());
      return compiled.referenceOnly() ? gradeByReference(compiled, m)
          : gradeByRubric(q, compiled, m);
    } finally {
      m.trim();
    }
  }

  /** Whether the answer reads as a bare list of terms rather than explanation. */
  boolean isKeywordList(TokenStream tokens) {
    return tokens.words >= 3 && tokens.fragmentShare() >= 0.6;
  }

  /** Grades against the rubric of {@code q}, which {@code compiled} was compiled from. */
  private Grade gradeByRubric(Question q, CompiledQuestion compiled, Matcher m) {
    CompiledQuestion.Point[] points = compiled.points;
    RubricEvidence evidence = RubricEvidence.of(compiled, m);
    double covered = evidence.covered;
    double contested = evidence.swapped + evidence.denied;
    // An answer that swaps or denies at least as much of the rubric as it affirms is a confident
    // misconception, and its swapped points are contradictions; one swapped point among several
    // covered ones may be a loose phrase: it is missed, and the feedback names it.
    boolean mostlyContested = contested >= covered
        && (evidence.swappedCount >= 1 || evidence.deniedCount >= 2);
    List<KeyPointResult> results = new ArrayList<>(points.length);
    CompiledQuestion.@Nullable Point missedRequired = null;
    CompiledQuestion.@Nullable Point contradictedPoint = null;
    @Nullable String contradictionQuote = null;
    boolean contradictionIsSwap = false;
    List<CompiledQuestion.Point> missed = new ArrayList<>(points.length);
    for (int i = 0; i < points.length; i++) {
      KeyPoint k = points[i].keyPoint;
      List<Span> spans = evidence.spans.get(i);
      RubricEvidence.Kind kind = evidence.kinds[i];
      if (kind == RubricEvidence.Kind.COVERED) {
        results.add(KeyPointResult.covered(k.id(), spans));
        continue;
      }
      boolean swap = kind == RubricEvidence.Kind.SWAPPED;
      if (kind == RubricEvidence.Kind.CONTRADICTED || (swap && mostlyContested)) {
        results.add(KeyPointResult.contradicted(k.id(), spans));
      } else {
        results.add(KeyPointResult.missed(k.id()));
      }
      if ((kind == RubricEvidence.Kind.CONTRADICTED || swap) && contradictedPoint == null) {
        contradictedPoint = points[i];
        contradictionQuote = quote(m, spans.get(0));
        contradictionIsSwap = swap;
      }
      missed.add(points[i]);
      if (k.required() && missedRequired == null) {
        missedRequired = points[i];
      }
    }
    // The shared rubric rule, with this grader's own credit (overlap with the reference answer,
    // the keyword-list penalty) between the curve and the caps. The reference blend credits
    // answers on the right subject in other words; words that swap roles or deny the rubric are
    // on the subject too, so they earn it only in the share of the rubric the answer affirms.
    RubricScoring scoring = settings.scoring();
    double coverage = scoring.coverage(q, results);
    double affirmed = contested == 0 ? 1 : covered / (covered + contested);
    double overlap = referenceOverlap(compiled, m) * affirmed;
    double blend = settings.referenceBlend();
    double score = (1 - blend) * scoring.curve(coverage) + blend * overlap;
    // A correct answer to the heart of the question, however short, earns the partial credit an
    // interviewer would give, however few of the other points or reference words it uses. (Not
    // for short answers only: covering one more point must never lower a score.)
    score = Math.max(score, settings.coreCredit() * requiredCoveredShare(points, evidence));
    boolean list = isKeywordList(m.tokens);
    if (list) {
      score *= settings.keywordListFactor();
    }
    if (contested == 0 && evidence.contradictedCount == 0) {
      score = workedCodeCredit(score, coverage, m.tokens.codeWords);
    }
    if (mostlyContested) {
      score *= affirmed;
    }
    if (!list) {
      double thin = thinShare(coverage, settings.thinEvidenceFloor());
      if (thin < 1) {
        // Only an answer that covers little pays for counting its unexplained words.
        score *= thinEvidenceFactor(thin, evidence.unexplainedWords(compiled, m));
      }
    }
    score = scoring.capped(score, q, results);
    if (mostlyContested) {
      score = Math.min(score, scoring.contradictionCap());
    }
    String feedback = rubricFeedback(coverage, points.length, missed, missedRequired,
        contradictedPoint, contradictionQuote, contradictionIsSwap, list,
        unsureNote(evidence, coverage, m.tokens, list));
    return new Grade(q.id(), graderId, score, scoring.band(score), results, feedback);
  }


  private static double requiredCoveredShare(CompiledQuestion.Point[] points,
      RubricEvidence evidence) {
    double required = 0;
    double covered = 0;
    for (int i = 0; i < points.length; i++) {
      KeyPoint k = points[i].keyPoint;
      if (k.required()) {
        required += k.weight();
        if (evidence.kinds[i] == RubricEvidence.Kind.COVERED) {
          covered += k.weight();
        }
      }
    }
    return required == 0 ? 0 : covered / required;
  }

  /**
   * The factor for an answer that spends many words on things the rubric does not show. A
   * one-line answer that covers a quarter of the rubric may be a correct, terse answer to its
   * heart; an answer that covers as little and goes on for sentences that show no key point spent
   * them on something else (a misconception, a neighbouring question, denials of the rubric), and
   * people score such answers near zero. The factor phases in from {@link #THIN_FROM_WORDS} to
   * {@link #THIN_FULL_WORDS} unexplained words ({@link RubricEvidence#unexplainedWords}); it is 1
   * at {@link #THIN_FULL_COVERAGE} coverage or more and falls linearly to the floor at {@link
   * #THIN_NO_COVERAGE} ({@link #thinShare}). Unexplained words, not all words, so that a sentence
   * covering one more point never lowers the score.
   */
  static double thinEvidenceFactor(double thinShare, int unexplainedWords) {
    double length = Math.min(1, Math.max(0, (unexplainedWords - THIN_FROM_WORDS)
        / (double) (THIN_FULL_WORDS - THIN_FROM_WORDS)));
    return 1 - length * (1 - thinShare);
  }

  /**
   * What the thin-evidence factor falls to for a long answer with this coverage: 1 at {@link
   * #THIN_FULL_COVERAGE} or more (then the factor is 1 whatever the length), falling linearly to
   * {@code floor} at {@link #THIN_NO_COVERAGE}.
   */
  static double thinShare(double coverage, double floor) {
    return Math.min(1, Math.max(floor,
        (coverage - THIN_NO_COVERAGE) / (THIN_FULL_COVERAGE - THIN_NO_COVERAGE)));
  }

  /**
   * The score of an answer that works its points out in code. Code shows more than the words the
   * rubric's phrasings find in it (a join written out is an inner join whether or not a comment
   * says so), and interviewers credit working code above prose that names as many points. So an
   * answer with at least {@link #WORKED_CODE_WORDS} words of code, which swaps, denies and
   * contradicts nothing, earns up to {@link #WORKED_CODE_LIFT} of the credit it lacks, phasing in
   * from {@link #WORKED_CODE_FROM} to {@link #WORKED_CODE_FULL} coverage: code beside an answer
   * that shows little of the rubric earns nothing.
   */
  static double workedCodeCredit(double score, double coverage, int codeWords) {
    if (codeWords < WORKED_CODE_WORDS) {
      return score;
    }
    double shown = Math.min(1, Math.max(0,
        (coverage - WORKED_CODE_FROM) / (WORKED_CODE_FULL - WORKED_CODE_FROM)));
    return score + (1 - score) * WORKED_CODE_LIFT * shown;
  }

  /** Words of code from which an answer works its points out in code. */
  static final int WORKED_CODE_WORDS = 25;

  /** The share of the missing credit that worked code earns at most. */
  static final double WORKED_CODE_LIFT = 0.5;

  /** Coverage from which worked code earns credit. */
  static final double WORKED_CODE_FROM = 0.3;

  /** Coverage from which worked code earns its full credit. */
  static final double WORKED_CODE_FULL = 0.6;

  /** Unexplained prose words from which the thin-evidence factor starts to apply. */
  static final int THIN_FROM_WORDS = 10;

  /** Unexplained prose words from which the thin-evidence factor applies in full. */
  static final int THIN_FULL_WORDS = 30;

  /** Coverage at or below which the thin-evidence factor is at its floor. */
  static final double THIN_NO_COVERAGE = 0.15;

  /** Coverage from which the thin-evidence factor is 1. */
  static final double THIN_FULL_COVERAGE = 0.6;

  /** Prose words from which an answer is long: few matches in it are thin evidence. */
  static final int LONG_ANSWER_WORDS = 60;

  /** Coverage below which a long answer's grade rests on thin evidence. */
  static final double THIN_COVERAGE = 0.3;

  /**
   * Says when the grade rests on evidence a person should check: a swapped role, heavy negation
   * of the rubric, or a long fluent answer that matched little of it. Empty otherwise.
   */
  private static String unsureNote(RubricEvidence evidence, double coverage, TokenStream tokens,
      boolean keywordList) {
    String why;
    if (evidence.swappedCount > 0) {
      why = "the answer says of one of the things compared what the rubric says of another;"
          + " if that is a slip of wording rather than a misconception, the grade is too low.";
    } else if (evidence.deniedCount >= 2
        || (evidence.deniedCount == 1 && evidence.denied >= evidence.covered)) {
      why = "the answer denies or dismisses key points rather than explaining them; if it"
          + " quotes them only to correct them, the grade is too low.";
    } else if (!keywordList && tokens.words >= LONG_ANSWER_WORDS && coverage < THIN_COVERAGE) {
      why = "a long answer matched little of the rubric; it may be off the question, or say the"
          + " points in words the rubric does not know.";
    } else {
      return "";
    }
    return " " + io.github.interviewbank.grading.Grade.UNSURE_PREFIX + " " + why;
  }

  private static String quote(Matcher m, Span span) {
    return m.tokens.source.substring(span.start(), span.end());
  }

  private static double clamp(double score) {
    return Math.max(0, Math.min(1, score));
  }

  private static String rubricFeedback(double coverage, int points,
      List<CompiledQuestion.Point> missed, CompiledQuestion.@Nullable Point missedRequired,
      CompiledQuestion.@Nullable Point contradicted,
      @Nullable String contradictionQuote, boolean swap, boolean keywordList, String unsure) {
    // Sized for the longest text these parts make (the lead-ins below are at most 75 characters
    // each), so that the builder never grows.
    int capacity = 75 + (missed.isEmpty() ? 0 : 75) + (keywordList ? 75 : 0) + unsure.length();
    for (CompiledQuestion.Point k : missed) {
      capacity += k.keyPoint.text().length() + 2;
    }
    if (contradicted != null && contradictionQuote != null) {
      capacity += 75 + contradictionQuote.length();
    }
    StringBuilder sb = new StringBuilder(capacity);
    int coveredCount = points - missed.size();
    if (missed.isEmpty()) {
      sb.append(points == 1 ? "You covered the key point."
          : "You covered all " + points + " key points.");
    } else if (points == 1) {
      sb.append("You did not cover the key point.");
    } else {
      sb.append("You covered ").append(coveredCount).append(" of ").append(points)
          .append(" key points (").append(Math.round(coverage * 100)).append("% of the weight).");
    }
    if (contradicted != null && swap) {
      sb.append(" You said of one of the things compared what holds for the other (\"")
          .append(contradictionQuote).append("\"): ").append(contradicted.sentence);
    } else if (contradicted != null) {
      sb.append(" You said the opposite of a key point (\"").append(contradictionQuote)
          .append("\"): ").append(contradicted.sentence);
    }
    // Points are compared by identity: a question has one Point per key point.
    if (missedRequired != null && missedRequired != contradicted) {
      sb.append(" The answer misses the heart of the question: ")
          .append(missedRequired.sentence);
    }
    boolean first = true;
    for (CompiledQuestion.Point k : missed) {
      if (k != missedRequired && k != contradicted) {
        if (first) {
          sb.append(missedRequired != null || contradicted != null ? " Also missing: "
              : " Missing: ");
          first = false;
        } else {
          sb.append("; ");
        }
        sb.append(k.listItem);
      }
    }
    if (!first) {
      sb.append('.');
    }
    if (keywordList) {
      sb.append(" Your answer reads like a list of terms: explain how they work and why.");
    }
    return sb.append(unsure).toString();
  }

  /**
   * The weighted share of the reference answer's content terms the answer uses, reaching 1 at the
   * saturation share.
   */
  private double referenceOverlap(CompiledQuestion compiled, Matcher m) {
    CompiledQuestion.Reference ref = compiled.reference;
    if (ref.total == 0) {
      return 0;
    }
    double matched = 0;
    for (int i = 0; i < ref.alternatives.length; i++) {
      if (m.referenceTermPresent(ref.alternatives[i], ref.negated[i])) {
        matched += ref.weights[i];
      }
    }
    return Math.min(1, matched / ref.total / settings.referenceSaturation());
  }

  private Grade gradeByReference(CompiledQuestion compiled, Matcher m) {
    CompiledQuestion.Reference ref = compiled.reference;
    double matched = 0;
    List<String> missingLabels = new ArrayList<>();
    List<Double> missingWeights = new ArrayList<>();
    for (int i = 0; i < ref.alternatives.length; i++) {
      if (m.referenceTermPresent(ref.alternatives[i], ref.negated[i])) {
        matched += ref.weights[i];
      } else {
        missingLabels.add(ref.labels[i]);
        missingWeights.add(ref.weights[i]);
      }
    }
    double raw = ref.total == 0 ? 0 : matched / ref.total;
    double score = Math.min(1, raw / settings.referenceSaturation());
    boolean list = isKeywordList(m.tokens);
    if (list) {
      score *= settings.keywordListFactor();
    }
    score = clamp(score);
    StringBuilder sb = new StringBuilder(160);
    sb.append(String.format(Locale.ROOT,
        "This question has no rubric: your answer shares %d%% of the weighted terms of the model"
            + " answer.", Math.round(raw * 100)));
    if (score < 1 && !missingLabels.isEmpty()) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < missingLabels.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Double.compare(missingWeights.get(b), missingWeights.get(a)));
      List<String> top = new ArrayList<>();
      for (int i = 0; i < Math.min(5, order.size()); i++) {
        top.add(missingLabels.get(order.get(i)));
      }
      sb.append(" Terms of the model answer you did not use: ").append(String.join(", ", top))
          .append('.');
    }
    if (list) {
      sb.append(" Your answer reads like a list of terms: explain how they work and why.");
    }
    return new Grade(compiled.questionId, graderId, score, settings.scoring().band(score),
        List.of(), sb.toString());
  }
}
