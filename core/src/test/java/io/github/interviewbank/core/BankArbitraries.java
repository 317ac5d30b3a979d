package io.github.interviewbank.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid model values and banks. */
final class BankArbitraries {
  private static final List<Topic> TOPICS =
      List.of(
          Topic.of("caching", "Caching"),
          Topic.of("databases", "Databases"),
          Topic.of("security", "Security"),
          Topic.of("rest-apis", "REST APIs"));

  private static final List<String> PATTERNS =
      List.of(
          "single endpoint", "one|single endpoint", "~cache invalidation", "version & compare|check",
          "normaliz*", "=put request", "n+1 query", "http/2", "o(1) lookup", "key-value store");

  private BankArbitraries() {}

  /** Any non-blank text: letters of many scripts, emoji, punctuation, escapes, line breaks. */
  static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\uD7FF')
        .withCharRange('\uE000', '\uFFFD')
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(s -> !s.isBlank())
        .edgeCases(c -> c.add("\"quoted\" \\ back\tslash\n", "\u00e9\u0301 \u05e9\u05dc\u05d5\u05dd"));
  }

  static Arbitrary<String> id() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .ofMinLength(1).ofMaxLength(6)
        .list().ofMinSize(1).ofMaxSize(3)
        .map(parts -> String.join("-", parts));
  }

  static Arbitrary<KeyPoint> keyPoint(String id) {
    return Combinators.combine(
            text(),
            Arbitraries.doubles().between(0.001, 100).ofScale(3),
            Arbitraries.of(true, false),
            Arbitraries.of(PATTERNS).list().ofMaxSize(3),
            Arbitraries.of(PATTERNS).list().ofMaxSize(2))
        .as((text, weight, required, phrasings, contradictions) ->
            new KeyPoint(id, text, weight, required, phrasings, contradictions));
  }

  static Arbitrary<Question> question(String id) {
    Arbitrary<List<KeyPoint>> points =
        Arbitraries.integers().between(0, 4).flatMap(n -> {
          List<Arbitrary<KeyPoint>> each = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            each.add(keyPoint("point-" + i));
          }
          return Combinators.combine(each).as(list -> list);
        });
    return Combinators.combine(
            text(),
            Arbitraries.of(Difficulty.class),
            Arbitraries.subsetOf(TOPICS).map(ArrayList::new),
            text(),
            points,
            text().list().ofMaxSize(3))
        .flatAs((prompt, difficulty, topics, answer, keyPoints, followUpPrompts) ->
            Combinators.combine(Arbitraries.integers().between(0, 1000),
                    ownAnswer().list().ofSize(followUpPrompts.size()))
                .as((pick, ownAnswers) -> {
                  List<FollowUp> followUps = new ArrayList<>();
                  for (int i = 0; i < followUpPrompts.size(); i++) {
                    FollowUp f = keyPoints.isEmpty() || (pick + i) % 2 == 0
                        ? FollowUp.of(followUpPrompts.get(i))
                        : FollowUp.probing(followUpPrompts.get(i),
                            keyPoints.get((pick + i) % keyPoints.size()).id());
                    followUps.add(ownAnswers.get(i).map(a -> f.withReferenceAnswer(a.answer(),
                        a.rubric())).orElse(f));
                  }
                  List<Contrast> contrasts = pick % 3 == 0 ? List.of()
                      : List.of(Contrast.of("optimistic", "pessimistic|pessimism"),
                          Contrast.of("=sql", "nosql", "key-value store*"));
                  return new Question(id, prompt, difficulty, topics, answer, keyPoints,
                      followUps, contrasts.subList(0, pick % 3));
                }));
  }

  /** A follow-up's own reference answer and rubric. */
  record OwnAnswer(String answer, List<KeyPoint> rubric) {}

  /** Mostly none; otherwise a reference answer with 0 to 3 key points. */
  static Arbitrary<java.util.Optional<OwnAnswer>> ownAnswer() {
    Arbitrary<List<KeyPoint>> rubric = Arbitraries.integers().between(0, 3).flatMap(n -> {
      List<Arbitrary<KeyPoint>> each = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        each.add(keyPoint("own-" + i));
      }
      return Combinators.combine(each).as(list -> list);
    });
    return Combinators.combine(text(), rubric).as(OwnAnswer::new).optional(0.6);
  }

  /** Banks of 0 to 8 questions with unique ids, over a fixed set of declared topics. */
  static Arbitrary<QuestionBank> bank() {
    Arbitrary<List<Question>> questions =
        id().set().ofMaxSize(8).flatMap(ids -> {
          List<Arbitrary<Question>> each = new ArrayList<>();
          for (String id : ids) {
            each.add(question(id));
          }
          return Combinators.combine(each).as(list -> list);
        });
    Arbitrary<List<SynonymGroup>> synonyms =
        text().list().ofMinSize(2).ofMaxSize(3).map(SynonymGroup::new).list().ofMaxSize(2);
    return Combinators.combine(questions, synonyms)
        .as((qs, groups) -> QuestionBank.of(TOPICS, qs, groups));
  }

  /** A bank of distinct questions for query and sampling laws. */
  static Arbitrary<QuestionBank> plainBank() {
    return id().set().ofMinSize(1).ofMaxSize(25).flatMap(ids -> {
      Map<String, Arbitrary<Question>> each = new LinkedHashMap<>();
      for (String id : ids) {
        each.put(id, Combinators.combine(Arbitraries.of(Difficulty.class),
                Arbitraries.subsetOf(TOPICS).map(ArrayList::new))
            .as((d, t) -> Question.builder(id).prompt("Prompt " + id).difficulty(d)
                .topics(t.toArray(Topic[]::new)).referenceAnswer("Answer " + id).build()));
      }
      return Combinators.combine(new ArrayList<>(each.values())).as(list -> QuestionBank.of(TOPICS, list, List.of()));
    });
  }

  static Arbitrary<QuestionQuery> query() {
    return query(3);
  }

  private static Arbitrary<QuestionQuery> query(int depth) {
    Arbitrary<QuestionQuery> leaf =
        Arbitraries.oneOf(
            Arbitraries.of(Difficulty.class).set().ofMaxSize(2)
                .map(s -> QuestionQuery.difficulty(s.toArray(Difficulty[]::new))),
            Arbitraries.of(TOPICS).map(t -> QuestionQuery.topic(t.id())),
            Arbitraries.of("prompt", "a", "b", "1", "zz").map(QuestionQuery::text));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<QuestionQuery> inner = query(depth - 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, leaf),
        net.jqwik.api.Tuple.of(1, Combinators.combine(inner, inner).as(QuestionQuery::and)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(inner, inner).as(QuestionQuery::or)),
        net.jqwik.api.Tuple.of(1, inner.map(QuestionQuery::negate)));
  }
}
