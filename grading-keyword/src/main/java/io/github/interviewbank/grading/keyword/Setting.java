package io.github.interviewbank.grading.keyword;

import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.GraderOption;
import java.util.function.ObjDoubleConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The one table of the keyword grader's numeric and boolean settings: key, default, range and
 * description. {@link KeywordGrader.Builder} takes its defaults and range checks from here,
 * {@link KeywordGraderProvider} its options, and a test checks that the options table of {@code
 * docs/grading.md} says the same. The {@code synonyms} option, a list rather than a value, is the
 * provider's own.
 */
enum Setting {
  PROXIMITY("proximity", Kind.INT, 3, 0, 10,
      "words allowed between consecutive words of a phrase", (b, v) -> b.proximity((int) v)),
  NEGATION_WINDOW("negationWindow", Kind.INT, 4, 0, 10,
      "content words after it that a negation reaches (0 turns negation off)",
      (b, v) -> b.negationWindow((int) v)),
  FUZZY("fuzzy", Kind.BOOLEAN, 1, 0, 1, "tolerate misspellings", (b, v) -> b.fuzzy(v != 0)),
  COVERAGE_EXPONENT("coverageExponent", Kind.DOUBLE, 0.7, 0.1, 1,
      "exponent applied to key point coverage (1 is linear)",
      KeywordGrader.Builder::coverageExponent),
  REFERENCE_BLEND("referenceBlend", Kind.DOUBLE, 0.3, 0, 1,
      "share of the score from overlap with the reference answer's terms",
      KeywordGrader.Builder::referenceBlend),
  REQUIRED_CAP("requiredCap", Kind.DOUBLE, 0.6, 0, 1,
      "highest score when a required key point is missed", KeywordGrader.Builder::requiredCap),
  CONTRADICTION_CAP("contradictionCap", Kind.DOUBLE, 0.2, 0, 1,
      "highest score when the answer contradicts a key point",
      KeywordGrader.Builder::contradictionCap),
  KEYWORD_LIST_FACTOR("keywordListFactor", Kind.DOUBLE, 0.3, 0, 1,
      "factor applied to answers that read as bare lists of terms (1 turns it off)",
      KeywordGrader.Builder::keywordListFactor),
  REFERENCE_SATURATION("referenceSaturation", Kind.DOUBLE, 0.6, 0.05, 1,
      "share of the reference answer's weighted terms at which the overlap with it is full (all"
          + " of the score without key points, the blend's share with them)",
      KeywordGrader.Builder::referenceSaturation),
  CORE_CREDIT("coreCredit", Kind.DOUBLE, 0.5, 0, 1,
      "least score of an answer covering every required key point (0 turns it off)",
      KeywordGrader.Builder::coreCredit),
  THIN_EVIDENCE_FLOOR("thinEvidenceFloor", Kind.DOUBLE, 0.3, 0, 1,
      "least factor for a long answer whose sentences show little of the rubric (1 turns it off)",
      KeywordGrader.Builder::thinEvidenceFloor),
  BAND_WEAK("bandWeak", Kind.DOUBLE, BandThresholds.DEFAULT.weak(), 0, 1,
      "lowest score of the weak band", null),
  BAND_ACCEPTABLE("bandAcceptable", Kind.DOUBLE, BandThresholds.DEFAULT.acceptable(), 0, 1,
      "lowest score of the acceptable band", null),
  BAND_STRONG("bandStrong", Kind.DOUBLE, BandThresholds.DEFAULT.strong(), 0, 1,
      "lowest score of the strong band", null);

  /** How a setting's value is written and read. */
  enum Kind {
    INT,
    DOUBLE,
    BOOLEAN
  }

  final String key;
  final Kind kind;
  final double defaultValue;
  final double min;
  final double max;
  final String description;
  /**
   * Sets the value on a builder (an int or boolean as a double, a boolean as 0 or 1); null for
   * the band thresholds, which the builder takes together as {@link BandThresholds}. Each is a
   * stateless lambda or method reference.
   */
  @SuppressWarnings("ImmutableEnumChecker")
  final @Nullable ObjDoubleConsumer<KeywordGrader.Builder> apply;

  Setting(String key, Kind kind, double defaultValue, double min, double max,
      String description, @Nullable ObjDoubleConsumer<KeywordGrader.Builder> apply) {
    this.key = key;
    this.kind = kind;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.description = description;
    this.apply = apply;
  }

  int defaultInt() {
    return (int) defaultValue;
  }

  boolean defaultBoolean() {
    return defaultValue != 0;
  }

  /** {@return the default as the provider's options and the docs write it} */
  String defaultText() {
    return switch (kind) {
      case INT -> Integer.toString(defaultInt());
      case BOOLEAN -> Boolean.toString(defaultBoolean());
      case DOUBLE -> plain(defaultValue);
    };
  }

  /** {@return the allowed values as the docs write them: {@code 0-10}, {@code true or false}} */
  String rangeText() {
    return kind == Kind.BOOLEAN ? "true or false" : plain(min) + "-" + plain(max);
  }

  /** {@return the provider option that sets this, its description ending with the range} */
  GraderOption option() {
    return GraderOption.of(key, description + ", " + rangeText(), defaultText());
  }

  int checkInt(int value) {
    if (value < min || value > max) {
      throw outOfRange(Integer.toString(value));
    }
    return value;
  }

  double checkDouble(double value) {
    if (!(value >= min && value <= max)) {
      throw outOfRange(Double.toString(value));
    }
    return value;
  }

  private IllegalArgumentException outOfRange(String value) {
    return new IllegalArgumentException(
        key + " must be from " + plain(min) + " to " + plain(max) + ", was " + value);
  }

  /**
   * A table value as the docs write it: a whole number without {@code .0}, a fraction as Java
   * writes it ({@code 0.05}); the table holds no value small or large enough for an exponent.
   */
  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
