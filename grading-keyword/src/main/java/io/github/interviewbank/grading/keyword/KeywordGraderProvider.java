package io.github.interviewbank.grading.keyword;

import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.GraderConfigurationException;
import io.github.interviewbank.grading.GraderOption;
import io.github.interviewbank.grading.GraderOptions;
import io.github.interviewbank.grading.GraderProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes {@link KeywordGrader} as the grader named {@value KeywordGrader#ID}: found by {@link
 * java.util.ServiceLoader} and the default of {@link io.github.interviewbank.grading.AnswerGraders}.
 * Applications do not use this class directly.
 *
 * @since 0.1.0
 */
public final class KeywordGraderProvider implements GraderProvider {
  private static final List<GraderOption> OPTIONS =
      List.of(
          GraderOption.of("proximity", "words allowed between consecutive words of a phrase, 0-10",
              "3"),
          GraderOption.of("negationWindow",
              "content words after it that a negation reaches, 0-10 (0 turns negation off)", "4"),
          GraderOption.of("fuzzy", "tolerate misspellings: true or false", "true"),
          GraderOption.of("coverageExponent",
              "exponent applied to key point coverage, 0.1-1 (1 is linear)", "0.7"),
          GraderOption.of("referenceBlend",
              "share of the score from overlap with the reference answer's terms, 0-1", "0.3"),
          GraderOption.of("requiredCap", "highest score when a required key point is missed, 0-1",
              "0.6"),
          GraderOption.of("contradictionCap",
              "highest score when the answer contradicts a key point, 0-1", "0.2"),
          GraderOption.of("keywordListFactor",
              "factor applied to answers that read as bare lists of terms, 0-1", "0.3"),
          GraderOption.of("referenceSaturation",
              "share of the reference answer's weighted terms that earns full marks on questions"
                  + " without key points, 0.05-1", "0.6"),
          GraderOption.of("coreCredit",
              "least score of an answer covering every required key point, 0-1", "0.5"),
          GraderOption.of("thinEvidenceFloor",
              "least factor for a long answer whose sentences show little of the rubric, 0-1"
                  + " (1 turns it off)", "0.3"),
          GraderOption.of("bandWeak", "lowest score of the weak band", "0.2"),
          GraderOption.of("bandAcceptable", "lowest score of the acceptable band", "0.5"),
          GraderOption.of("bandStrong", "lowest score of the strong band", "0.8"),
          GraderOption.of("synonyms",
              "extra synonym groups: groups separated by ';', terms by '|' (k8s|kubernetes)", ""));

  /**
   * Creates the provider; {@link java.util.ServiceLoader} calls this.
   *
   * @since 0.1.0
   */
  public KeywordGraderProvider() {}

  /** {@return {@value KeywordGrader#ID}} */
  @Override
  public String name() {
    return KeywordGrader.ID;
  }

  @Override
  public String description() {
    return "Rubric phrasings matched with stemming, synonyms, misspelling tolerance and negation;"
        + " the reference grader.";
  }

  @Override
  public List<GraderOption> options() {
    return OPTIONS;
  }

  @Override
  public AnswerGrader create(GraderOptions options) {
    BandThresholds defaults = BandThresholds.DEFAULT;
    KeywordGrader.Builder b = KeywordGrader.builder()
        .proximity(options.getInt("proximity", 3, 0, 10))
        .negationWindow(options.getInt("negationWindow", 4, 0, 10))
        .fuzzy(options.getBoolean("fuzzy", true))
        .coverageExponent(options.getDouble("coverageExponent", 0.7, 0.1, 1))
        .referenceBlend(options.getDouble("referenceBlend", 0.3, 0, 1))
        .requiredCap(options.getDouble("requiredCap", 0.6, 0, 1))
        .contradictionCap(options.getDouble("contradictionCap", 0.2, 0, 1))
        .keywordListFactor(options.getDouble("keywordListFactor", 0.3, 0, 1))
        .referenceSaturation(options.getDouble("referenceSaturation", 0.6, 0.05, 1))
        .coreCredit(options.getDouble("coreCredit", 0.5, 0, 1))
        .thinEvidenceFloor(options.getDouble("thinEvidenceFloor", 0.3, 0, 1));
    double weak = options.getDouble("bandWeak", defaults.weak(), 0, 1);
    double acceptable = options.getDouble("bandAcceptable", defaults.acceptable(), 0, 1);
    double strong = options.getDouble("bandStrong", defaults.strong(), 0, 1);
    try {
      b.bands(new BandThresholds(weak, acceptable, strong));
    } catch (IllegalArgumentException e) {
      throw new GraderConfigurationException(
          "options bandWeak, bandAcceptable and bandStrong of grader 'keyword': " + e.getMessage());
    }
    String synonyms = options.get("synonyms").orElse("");
    List<SynonymGroup> groups = new ArrayList<>();
    for (String group : synonyms.split(";", -1)) {
      if (group.isBlank()) {
        continue;
      }
      List<String> terms = new ArrayList<>();
      for (String term : group.split("\\|", -1)) {
        if (!term.isBlank()) {
          terms.add(term.strip());
        }
      }
      if (terms.size() < 2) {
        throw new GraderConfigurationException("option 'synonyms' of grader 'keyword': group '"
            + group.strip() + "' needs at least two terms separated by '|'");
      }
      groups.add(new SynonymGroup(terms));
    }
    return b.synonyms(groups).build();
  }
}
