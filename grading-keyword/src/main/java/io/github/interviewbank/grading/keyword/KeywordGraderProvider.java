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
import java.util.function.ObjDoubleConsumer;

/**
 * Publishes {@link KeywordGrader} as the grader named {@value KeywordGrader#ID}: found by {@link
 * java.util.ServiceLoader} and the default of {@link io.github.interviewbank.grading.AnswerGraders}.
 * Applications do not use this class directly.
 *
 * @since 1.0.0
 */
public final class KeywordGraderProvider implements GraderProvider {
  /** The option that is not a value of {@link Setting}: extra synonym groups. */
  private static final GraderOption SYNONYMS = GraderOption.of("synonyms",
      "extra synonym groups: groups separated by ';', terms by '|' (k8s|kubernetes)", "");

  private static final List<GraderOption> OPTIONS = optionTable();

  private static List<GraderOption> optionTable() {
    List<GraderOption> options = new ArrayList<>();
    for (Setting s : Setting.values()) {
      options.add(s.option());
    }
    options.add(SYNONYMS);
    return List.copyOf(options);
  }

  /**
   * Creates the provider; {@link java.util.ServiceLoader} calls this.
   *
   * @since 1.0.0
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
    KeywordGrader.Builder b = KeywordGrader.builder();
    for (Setting s : Setting.values()) {
      ObjDoubleConsumer<KeywordGrader.Builder> apply = s.apply;
      if (apply != null) {
        apply.accept(b, value(options, s));
      }
    }
    double weak = doubleOption(options, Setting.BAND_WEAK);
    double acceptable = doubleOption(options, Setting.BAND_ACCEPTABLE);
    double strong = doubleOption(options, Setting.BAND_STRONG);
    try {
      b.bands(new BandThresholds(weak, acceptable, strong));
    } catch (IllegalArgumentException e) {
      throw new GraderConfigurationException(
          "options bandWeak, bandAcceptable and bandStrong of grader 'keyword': " + e.getMessage());
    }
    String synonyms = options.get(SYNONYMS.key()).orElse("");
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

  /** {@return the option's value, or the setting's default, as {@link Setting#apply} takes it} */
  private static double value(GraderOptions options, Setting s) {
    return switch (s.kind) {
      case INT -> options.getInt(s.key, s.defaultInt(), (int) s.min, (int) s.max);
      case BOOLEAN -> options.getBoolean(s.key, s.defaultBoolean()) ? 1 : 0;
      case DOUBLE -> doubleOption(options, s);
    };
  }

  private static double doubleOption(GraderOptions options, Setting s) {
    return options.getDouble(s.key, s.defaultValue, s.min, s.max);
  }
}
