package io.github.interviewbank.grading.keyword;

import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.RubricScoring;
import io.github.interviewbank.grading.keyword.internal.KeywordEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reference grader: scores an answer by the weighted share of the question's key points it
 * expresses, matching each point's phrasing patterns against the analysed answer.
 *
 * <pre>{@code
 * AnswerGrader grader = KeywordGrader.create();
 * Question q = QuestionBank.builtIn().find("rest-constraints").orElseThrow();
 * Grade g = grader.grade(q, "REST is stateless: every request carries what the server needs.");
 * g.keyPoints().forEach(r -> System.out.println(r.keyPointId() + " " + r.verdict() + " " + r.evidence()));
 * }</pre>
 *
 * <h2>How an answer is scored</h2>
 *
 * <ol>
 *   <li>The answer is analysed: Unicode normalisation and case folding, tokens that keep
 *       technical terms whole ({@code N+1}, {@code 2PC}, {@code HTTP/2}, {@code O(1)}, {@code
 *       key-value}), identifiers read as their words and whole ({@code findAllByIdIn}, {@code
 *       base62_encode}), Porter2 stemming, sentences, phrase segments, clauses, code lines and
 *       their comments, and what the speaker does not assert: words in a negation's scope
 *       ({@link Builder#negationWindow(int)}), subjects of dismissals ("X is not needed", "X is
 *       a myth") and claims reported of other people and rejected ("some say X, but ...").
 *   <li>Each key point is covered when one of its phrasings matches: its words (or their
 *       synonyms, in the built-in table, the bank's and this grader's) in order within the
 *       proximity window, in one phrase segment, asserted ("REST is not stateless" does not
 *       cover statelessness), and, when the question declares contrasts and the point is about
 *       one of their terms, said of that term ("optimistic locking takes a lock first" does not
 *       cover the point that pessimistic locking does). Misspellings are tolerated: one edit in
 *       words of 5 or more letters, two from 9, none in shorter words, numbers and correctly
 *       spelled English words.
 *   <li>A key point is contradicted when one of its contradiction patterns matches, asserted, or
 *       when its phrasing is said of the wrong term of a contrast (a swapped role): it earns
 *       nothing. A contradiction pattern caps the score at {@link
 *       Builder#contradictionCap(double)}; so does an answer that swaps or denies at least as
 *       much of the rubric as it covers.
 *   <li>The score blends the rubric and the reference answer: {@code (1 - b) * coverage^e + b *
 *       overlap}, where coverage is the covered weight over the total weight, {@code e} is {@link
 *       Builder#coverageExponent(double)} (0.7) and {@code b} is {@link
 *       Builder#referenceBlend(double)} (0.3); overlap is the IDF-weighted share of the reference
 *       answer's content words the answer uses, full at {@link
 *       Builder#referenceSaturation(double)}, in the share of the rubric the answer affirms
 *       rather than swaps or denies. An answer that covers the required points gets at least
 *       {@link Builder#coreCredit(double)}. Missing a {@code required} point caps the
 *       score at {@link Builder#requiredCap(double)}. An answer that reads as a bare list of
 *       terms (at least 60% of its prose words in fragments of at most two words, or three
 *       without a function word, between commas, semicolons, line breaks or bullets; code does
 *       not count) has its score multiplied by {@link Builder#keywordListFactor(double)}. An
 *       answer with many words in sentences that show no key point, covering little of the rubric,
 *       has its score multiplied by a factor down to {@link Builder#thinEvidenceFloor(double)}.
 *       Repeating a term earns nothing, since each point and each reference word counts once;
 *       length earns nothing by itself.
 *   <li>A question without key points is graded on the overlap alone.
 * </ol>
 *
 * <p>Every grade explains itself: per key point, covered or not with the character spans of the
 * answer that matched (or contradicted) it, and feedback naming the missed points. Questions are
 * compiled once per question and bank and cached; grading time is linear in the answer's length.
 * Instances are immutable, deterministic and thread-safe.
 *
 * <p>The grader cannot judge reasoning: it recognises that a point was expressed, not that the
 * argument around it holds together. See {@code docs/grading.md} for its measured agreement with
 * human scores and its known limits.
 *
 * @since 1.0.0
 */
public final class KeywordGrader implements AnswerGrader {
  /**
   * The grader's id and provider name: {@value}.
   *
   * @since 1.0.0
   */
  public static final String ID = "keyword";

  private final KeywordEngine engine;
  private final KeywordEngine.Settings settings;

  private KeywordGrader(Builder b) {
    this.settings = new KeywordEngine.Settings(b.proximity, b.negationWindow, b.fuzzy,
        new RubricScoring(b.coverageExponent, b.requiredCap, b.contradictionCap, b.bands),
        b.referenceBlend, b.keywordListFactor, b.referenceSaturation, b.coreCredit,
        b.thinEvidenceFloor, List.copyOf(b.synonyms));
    this.engine = new KeywordEngine(settings, ID);
  }

  /**
   * {@return a grader with the default settings, never {@code null}}
   *
   * @since 1.0.0
   */
  public static KeywordGrader create() {
    return builder().build();
  }

  /**
   * {@return a builder with the default settings, never {@code null}}
   *
   * @since 1.0.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Grade grade(GradingRequest request) {
    Objects.requireNonNull(request, "request");
    return engine.grade(request);
  }

  /** {@return {@value #ID}} */
  @Override
  public String id() {
    return ID;
  }

  /** {@return {@code true}: equal requests always get equal grades} */
  @Override
  public boolean isDeterministic() {
    return true;
  }

  @Override
  public String toString() {
    return "KeywordGrader" + settings;
  }

  /**
   * Builds a {@link KeywordGrader}. Every setting has a default, stated below and in the options
   * table of {@code docs/grading.md}; the provider's options of the same names set the same
   * values. Not thread-safe.
   *
   * @since 1.0.0
   */
  public static final class Builder {
    private int proximity = Setting.PROXIMITY.defaultInt();
    private int negationWindow = Setting.NEGATION_WINDOW.defaultInt();
    private boolean fuzzy = Setting.FUZZY.defaultBoolean();
    private double coverageExponent = Setting.COVERAGE_EXPONENT.defaultValue;
    private double referenceBlend = Setting.REFERENCE_BLEND.defaultValue;
    private double requiredCap = Setting.REQUIRED_CAP.defaultValue;
    private double contradictionCap = Setting.CONTRADICTION_CAP.defaultValue;
    private double keywordListFactor = Setting.KEYWORD_LIST_FACTOR.defaultValue;
    private double referenceSaturation = Setting.REFERENCE_SATURATION.defaultValue;
    private double coreCredit = Setting.CORE_CREDIT.defaultValue;
    private double thinEvidenceFloor = Setting.THIN_EVIDENCE_FLOOR.defaultValue;
    private BandThresholds bands = BandThresholds.DEFAULT;
    private final List<SynonymGroup> synonyms = new ArrayList<>();

    private Builder() {}

    /**
     * Sets how many other words may stand between consecutive words of a phrase. Default 3.
     *
     * @param words from 0 to 10
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 1.0.0
     */
    public Builder proximity(int words) {
      this.proximity = Setting.PROXIMITY.checkInt(words);
      return this;
    }

    /**
     * Sets how many content words after it a negating word reaches, within its clause (function
     * words do not count; "or" and "nor" carry it on; a negating preposition such as "instead
     * of" reaches at most two, a negating pronoun such as "nothing" one). Default 4.
     *
     * @param words from 0 (negation off) to 10
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 1.0.0
     */
    public Builder negationWindow(int words) {
      this.negationWindow = Setting.NEGATION_WINDOW.checkInt(words);
      return this;
    }

    /**
     * Sets whether misspellings are tolerated. Default {@code true}.
     *
     * @param enabled whether to tolerate misspellings
     * @return this builder
     * @since 1.0.0
     */
    public Builder fuzzy(boolean enabled) {
      this.fuzzy = enabled;
      return this;
    }

    /**
     * Sets the exponent applied to key point coverage: below 1, partial coverage earns more than
     * its share (half the weight covered gives 0.5<sup>0.7</sup> = 0.62 with the default), as
     * interviewers give credit for the heart of an answer. Default 0.7.
     *
     * @param exponent from 0.1 to 1 (1 is linear)
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 1.0.0
     */
    public Builder coverageExponent(double exponent) {
      this.coverageExponent = Setting.COVERAGE_EXPONENT.checkDouble(exponent);
      return this;
    }

    /**
     * Sets the share of the score that comes from overlap with the reference answer's distinctive
     * terms rather than from the rubric: partial credit for answers on the right subject in other
     * words. Default 0.3.
     *
     * @param share from 0 (rubric only) to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 1.0.0
     */
    public Builder referenceBlend(double share) {
      this.referenceBlend = Setting.REFERENCE_BLEND.checkDouble(share);
      return this;
    }

    /**
     * Sets the highest score of an answer that misses a required key point. Default 0.6.
     *
     * @param cap from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 1.0.0
     */
    public Builder requiredCap(double cap) {
      this.requiredCap = Setting.REQUIRED_CAP.checkDouble(cap);
      return this;
    }

    /**
     * Sets the highest score of an answer that contradicts a key point. Default 0.2.
     *
     * @param cap from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 1.0.0
     */
    public Builder contradictionCap(double cap) {
      this.contradictionCap = Setting.CONTRADICTION_CAP.checkDouble(cap);
      return this;
    }

    /**
     * Sets the factor applied to the score of an answer that reads as a bare list of terms.
     * Default 0.3.
     *
     * @param factor from 0 to 1 (1 turns the penalty off)
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 1.0.0
     */
    public Builder keywordListFactor(double factor) {
      this.keywordListFactor = Setting.KEYWORD_LIST_FACTOR.checkDouble(factor);
      return this;
    }

    /**
     * Sets the weighted share of the reference answer's terms at which an answer's overlap with
     * the reference answer is full: on questions without key points that earns full marks, on
     * others the whole share of {@link #referenceBlend}. Default 0.6.
     *
     * @param share from 0.05 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 1.0.0
     */
    public Builder referenceSaturation(double share) {
      this.referenceSaturation = Setting.REFERENCE_SATURATION.checkDouble(share);
      return this;
    }

    /**
     * Sets the least score of an answer that covers every required key point, in proportion to
     * the required weight it covers: the partial credit an interviewer gives a correct one-line
     * answer to the heart of the question, however few of the other points or reference words it
     * uses. Contradictions, swapped roles and the bare-list factor still apply. Default 0.5.
     *
     * @param credit from 0 (off) to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 1.0.0
     */
    public Builder coreCredit(double credit) {
      this.coreCredit = Setting.CORE_CREDIT.checkDouble(credit);
      return this;
    }

    /**
     * Sets the least factor applied to an answer that goes on for sentences showing no key point
     * while covering little of the rubric: a long fluent answer that matches one point by name is
     * most often a misconception, a denial of the rubric or an answer to another question, where
     * a one-line answer covering as much may be a terse correct one. The factor phases in with
     * the prose words of sentences that show nothing of the rubric (from 10 to 30) and reaches
     * this floor at 15% coverage or less; from 60% coverage it is 1. Default 0.3.
     *
     * @param floor from 0 to 1 (1 turns the factor off)
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 1.0.0
     */
    public Builder thinEvidenceFloor(double floor) {
      this.thinEvidenceFloor = Setting.THIN_EVIDENCE_FLOOR.checkDouble(floor);
      return this;
    }

    /**
     * Sets the band thresholds. Default {@link BandThresholds#DEFAULT} (0.2, 0.5, 0.8).
     *
     * @param thresholds the thresholds; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder bands(BandThresholds thresholds) {
      this.bands = Objects.requireNonNull(thresholds, "thresholds");
      return this;
    }

    /**
     * Adds synonym groups to the built-in table, for every question graded (a bank's own groups
     * are added for requests that carry the bank).
     *
     * @param groups the groups; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder synonyms(List<SynonymGroup> groups) {
      for (SynonymGroup g : groups) {
        synonyms.add(Objects.requireNonNull(g, "group"));
      }
      return this;
    }

    /**
     * {@return the grader, never {@code null}}
     *
     * @since 1.0.0
     */
    public KeywordGrader build() {
      return new KeywordGrader(this);
    }
  }
}
