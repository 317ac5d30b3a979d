package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.core.Topic;
import io.github.interviewbank.grading.Verdict;
import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grader's matching and scoring rules, one behaviour per test, on small made-up rubrics. */
class KeywordGraderTest {
  private final KeywordGrader grader = KeywordGrader.create();
  /** Linear coverage without the reference blend: scores are plain weight shares. */
  private final KeywordGrader linear =
      KeywordGrader.builder().coverageExponent(1).referenceBlend(0).build();

  private static Question question(KeyPoint... points) {
    return Question.builder("test-question").prompt("Explain the thing.")
        .difficulty(Difficulty.INTERMEDIATE).topics(Topic.of("testing", "Testing"))
        .referenceAnswer("A reference answer.").keyPoints(points).build();
  }

  private static KeyPoint point(String id, String... phrasings) {
    return KeyPoint.of(id, "The " + id + " point.").withPhrasings(List.of(phrasings));
  }

  private boolean covers(Question q, String answer, String pointId) {
    return grader.grade(q, answer).keyPoint(pointId).orElseThrow().verdict() == Verdict.COVERED;
  }

  private boolean covers(String pattern, String answer) {
    return covers(question(point("p", pattern)), answer, "p");
  }

  @Test
  void phraseWordsMustComeInOrderWithinTheProximityWindow() {
    assertTrue(covers("single endpoint", "a single GraphQL endpoint"));
    assertTrue(covers("single endpoint", "a single, really big endpoint"), "two words apart");
    assertTrue(covers("single endpoint", "a single, really very big endpoint"), "three apart");
    assertFalse(covers("single endpoint", "a single one, really very big endpoint"),
        "four words apart");
    assertFalse(covers("single endpoint", "the endpoint is single"), "wrong order");
  }

  @Test
  void aPhraseStaysWithinOneSentence() {
    assertFalse(covers("single endpoint", "It is single. Endpoint is what I mean."));
  }

  @Test
  void stemmingMatchesInflections() {
    assertTrue(covers("scale horizontal", "scaling horizontally"));
    assertTrue(covers("cache invalidation", "caches invalidated"));
  }

  @Test
  void tildeAllowsAnyOrder() {
    assertTrue(covers("~cache invalidation", "invalidating the cache"));
    assertFalse(covers("cache invalidation", "invalidating the cache"));
  }

  @Test
  void ampersandNeedsBothInOneSentence() {
    assertTrue(covers("version & compare|check", "It checks, at write time, the version column."));
    assertFalse(covers("version & compare|check", "It checks at write time. A version exists."));
  }

  @Test
  void prefixesAndExactWordsMatchAsWritten() {
    assertTrue(covers("normaliz*", "normalizing the schema"));
    assertFalse(covers("normaliz*", "normalising the schema"));
    assertTrue(covers("=put", "use PUT"));
    assertFalse(covers("=put", "it puts"), "no stemming for exact words");
  }

  @Test
  void misspellingsAreToleratedByWordLength() {
    assertTrue(covers("idempotent", "the call is idempotant"), "one edit, 10 letters");
    assertTrue(covers("asynchronous", "asyncronous processing"), "one edit");
    assertTrue(covers("serialization", "seralizaton"), "two edits in a long word");
    assertTrue(covers("cache", "cahce"), "a swap of two letters is one edit");
  }

  @Test
  void misspellingToleranceSparesShortWordsNumbersAndRealWords() {
    assertFalse(covers("lock", "look"), "four letters: no tolerance");
    assertFalse(covers("scale", "stale data"), "stale is a real word, not a typo");
    assertFalse(covers("asynchronous", "synchronous calls"), "the first letter must agree");
    assertFalse(covers("429", "428"), "numbers are exact");
  }

  @Test
  void negationVoidsAMatch() {
    assertTrue(covers("stateless", "REST is stateless"));
    assertFalse(covers("stateless", "REST is not stateless"));
    assertFalse(covers("stateless", "It is never really stateless"));
    assertFalse(covers("keep session state", "servers keep no session state"));
    assertFalse(covers("relational database", "a non-relational database"));
  }

  @Test
  void negationStopsAtClauseBoundariesAndContrastWords() {
    assertTrue(covers("stateless", "It is not stateful, but stateless"));
    assertTrue(covers("stateless", "Not a protocol; REST is stateless"));
    assertTrue(covers("stateless", "not only stateless but cacheable"));
  }

  @Test
  void aPatternThatSaysNoIsNotNegatedByItself() {
    assertTrue(covers("without|no session store", "it needs no session store"));
    assertTrue(covers("without|no session store", "it works without a session store"));
    assertFalse(covers("without|no session store", "it does not work without a session store"));
  }

  @Test
  void aNegatingWordOfAPatternMatchesOnlyItselfAndNegatesNoOtherSubPattern() {
    // As docs/bank-format.md and docs/grading.md state it.
    assertTrue(covers("response* & not same", "it does not mean the same response"));
    assertFalse(covers("response* & not same", "it doesn't mean the same response"),
        "`not` is not \"doesn't\"");
    assertFalse(covers("response* & not same", "it isn't the same response"));
    assertFalse(covers("response* & doesn't same", "it doesnt mean the same response"));
    String everyForm = "response* & not|doesn't|doesnt same";
    assertTrue(covers(everyForm, "it does not mean the same response"));
    assertTrue(covers(everyForm, "it doesn't mean the same response"));
    assertTrue(covers(everyForm, "it doesnt mean the same response"));
  }

  @Test
  void insteadOfNegatesWhatFollows() {
    assertFalse(covers("session", "use tokens instead of sessions"));
    assertTrue(covers("token", "use tokens instead of sessions"));
  }

  @Test
  void synonymsMatchBothWays() {
    assertTrue(covers("json web token", "send a JWT"));
    assertTrue(covers("jwt signature", "the JSON Web Token signature"));
    assertTrue(covers("database", "the DB"));
    assertTrue(covers("authentication", "authN comes first"));
  }

  @Test
  void banksAndOptionsExtendTheSynonymTable() {
    Question q = question(point("p", "kubernetes"));
    QuestionBank bank = QuestionBank.of(List.of(q)).withSynonyms(List.of(SynonymGroup.of("kube", "kubernetes")));
    Grade viaBank = grader.grade(GradingRequest.builder(q, "run it on kube").bank(bank).build());
    assertTrue(viaBank.keyPoint("p").orElseThrow().verdict() == Verdict.COVERED);
    assertFalse(grader.grade(q, "run it on kube").keyPoint("p").orElseThrow().verdict() == Verdict.COVERED);
    KeywordGrader custom = KeywordGrader.builder().synonyms(List.of(SynonymGroup.of("kube", "kubernetes"))).build();
    assertTrue(custom.grade(q, "run it on kube").keyPoint("p").orElseThrow().verdict() == Verdict.COVERED);
  }

  @Test
  void hyphenatedWordsMatchWithOrWithoutTheHyphen() {
    assertTrue(covers("key-value store", "a key value store"));
    assertTrue(covers("key-value store", "a keyvalue store"));
    assertTrue(covers("key value store", "a key-value store"));
  }

  @Test
  void evidenceSpansPointAtTheMatchedText() {
    String answer = "Honestly, REST is stateless.";
    KeyPointResult r = grader.grade(question(point("p", "rest stateless")), answer).keyPoint("p").orElseThrow();
    assertEquals(List.of(Span.of(10, 27)), r.evidence());
    assertEquals("REST is stateless", r.evidence().get(0).textIn(answer));
  }

  @Test
  void scoreIsTheCoveredShareOfTheWeight() {
    Question q = question(point("a", "alpha").withWeight(3), point("b", "beta"));
    assertEquals(0.75, linear.grade(q, "alpha matters").score(), 1e-9);
    assertEquals(0.25, linear.grade(q, "beta matters").score(), 1e-9);
    assertEquals(1.0, linear.grade(q, "alpha and beta matter").score(), 1e-9);
  }

  @Test
  void byDefaultCoverageIsCurvedAndBlendedWithReferenceOverlap() {
    Question q = question(point("a", "alpha"), point("b", "beta"));
    // 0.7 * 0.5^0.7 + 0.3 * overlap; "A reference answer." shares no content word with this one.
    assertEquals(0.7 * Math.pow(0.5, 0.7), grader.grade(q, "alpha matters").score(), 1e-9);
    // The reference's content words ("reference", "answer") count in the blend.
    assertEquals(1.0, grader.grade(q, "alpha and beta, as the reference answer says").score(), 1e-9);
  }

  @Test
  void repetitionAndLengthEarnNothing() {
    Question q = question(point("a", "alpha"), point("b", "beta"));
    double once = grader.grade(q, "The alpha matters here.").score();
    double many = grader.grade(q, "The alpha matters here. " + "Alpha, alpha and alpha again. ".repeat(50)).score();
    assertEquals(once, many, 1e-9);
    KeywordGrader lengthBlind = KeywordGrader.builder().thinEvidenceFloor(1).build();
    String padded = "The alpha matters here. "
        + "We talked about many other things at length. ".repeat(50);
    assertEquals(lengthBlind.grade(q, "The alpha matters here.").score(),
        lengthBlind.grade(q, padded).score(), 1e-9);
    assertTrue(grader.grade(q, padded).score() <= once, "length never raises a score");
  }

  @Test
  void sentencesThatShowNothingOfTheRubricCostAnAnswerThatCoversLittle() {
    Question q = question(point("a", "alpha"), point("b", "beta"), point("c", "gamma"),
        point("d", "delta"), point("e", "epsilon"));
    String terse = "The alpha matters here.";
    String rambling = terse + " We talked about many other things at length, from the weather"
        + " to the office plants and the coffee machine. Nobody remembered the agenda, and the"
        + " meeting ran long again because everyone had an opinion about lunch.";
    double floor = 0.3;
    assertEquals(floor * grader.grade(q, terse).score(), grader.grade(q, rambling).score(), 1e-9);
    // Covering most of the rubric, the same sentences cost nothing.
    String covering = "Alpha, beta, gamma and delta all matter here." + rambling.substring(
        terse.length());
    assertEquals(lengthBlindScore(q, covering), grader.grade(q, covering).score(), 1e-9);
  }

  private static double lengthBlindScore(Question q, String answer) {
    return KeywordGrader.builder().thinEvidenceFloor(1).build().grade(q, answer).score();
  }

  @Test
  void missingARequiredPointCapsTheScore() {
    Question q = question(point("a", "alpha").withWeight(1).withRequired(true),
        point("b", "beta").withWeight(3));
    Grade g = linear.grade(q, "beta is what matters");
    assertEquals(0.6, g.score(), 1e-9, "0.75 capped at the default 0.6");
    assertTrue(g.feedback().contains("misses the heart of the question: The a point."), g.feedback());
    assertEquals(0.4, KeywordGrader.builder().requiredCap(0.4).build().grade(q, "beta is what matters").score(), 1e-9);
  }

  @Test
  void aContradictionVoidsThePointAndCapsTheScore() {
    Question q = question(
        point("stateless", "stateless").withContradictions(List.of("rest|server keep|store session")),
        point("cache", "cacheable").withWeight(3));
    Grade g = linear.grade(q, "Responses are cacheable. The REST server keeps a session for each client.");
    KeyPointResult r = g.keyPoint("stateless").orElseThrow();
    assertEquals(Verdict.CONTRADICTED, r.verdict());
    
    assertEquals(0.2, g.score(), 1e-9, "0.75 capped at the default 0.2");
    assertTrue(g.feedback().contains("You said the opposite of a key point (\"REST server keeps a session\")"), g.feedback());
    Grade negated = linear.grade(q, "Responses are cacheable; the server does not keep a session, it is stateless.");
    assertFalse(negated.keyPoint("stateless").orElseThrow().verdict() == Verdict.CONTRADICTED, "a negated contradiction is no contradiction");
    assertEquals(1.0, negated.score(), 1e-9);
  }

  @Test
  void aBareListOfTermsIsPenalised() {
    Question q = question(point("a", "alpha"), point("b", "beta"), point("c", "gamma"));
    Grade list = linear.grade(q, "alpha, beta, gamma");
    Grade prose = linear.grade(q, "The alpha drives the beta, which then feeds the gamma.");
    assertEquals(1.0, prose.score(), 1e-9);
    assertEquals(0.3, list.score(), 1e-9, "multiplied by the default 0.3");
    assertTrue(list.feedback().contains("reads like a list of terms"), list.feedback());
  }

  @Test
  void codeIsReadForItsWordsButIsNoBareList() {
    Question q = question(point("a", "alpha"), point("b", "beta"), point("c", "gamma"));
    Grade code = linear.grade(q, """
        ```java
        var alpha = load(id);
        beta(alpha);          // then the gamma step
        ```""");
    assertEquals(1.0, code.score(), 1e-9);
    assertFalse(code.feedback().contains("reads like a list"), code.feedback());
  }

  @Test
  void anAnswerThatWorksItsPointsOutInCodeEarnsPartOfTheCreditItLacks() {
    Question q = question(point("a", "alpha"), point("b", "beta"), point("c", "gamma"),
        point("d", "delta"));
    String worked = """
        ```python
        def handle(request, store, clock):
            record = store.load(request.key)   # alpha first
            if record is None or record.expired(clock.now()):
                record = store.refresh(request.key, ttl=30)
            store.save(record)                 # then beta
            return record.value
        ```""";
    String sketch = """
        ```python
        record = store.load(key)   # alpha first
        store.save(record)         # then beta
        ```""";
    double workedScore = grader.grade(q, worked).score();
    double sketchScore = grader.grade(q, sketch).score();
    assertEquals(sketchScore + (1 - sketchScore) * 0.5 * (2 / 3.0), workedScore, 1e-9,
        "half the rubric covered: two thirds of the way to the full lift of 0.5");
    String offTarget = worked.replace("then beta", "then save");
    assertEquals(grader.grade(q, sketch.replace("then beta", "then save")).score(),
        grader.grade(q, offTarget).score(), 1e-9, "a quarter covered: code earns nothing more");
  }

  @Test
  void identifiersInCodeMatchTheirWords() {
    assertTrue(covers("find all by id", "repo.findAllById(ids);"));
    assertTrue(covers("encode base62", "def encode_base62(n):"));
  }

  @Test
  void aShortAnswerCoveringTheRequiredPointsGetsTheCoreCredit() {
    Question q = question(KeyPoint.of("core", "The core point").withPhrasings(List.of("alpha"))
        .withRequired(true), point("b", "beta"), point("c", "gamma"), point("d", "delta"));
    KeywordGrader noBlend = KeywordGrader.builder().referenceBlend(0).coverageExponent(1).build();
    assertEquals(0.5, noBlend.grade(q, "It is alpha.").score(), 1e-9, "the default core credit");
    KeywordGrader none = KeywordGrader.builder().referenceBlend(0).coverageExponent(1)
        .coreCredit(0).build();
    assertEquals(0.25, none.grade(q, "It is alpha.").score(), 1e-9, "the plain weight share");
  }

  @Test
  void theGraderSaysWhenALongAnswerMatchedLittle() {
    Question q = question(point("a", "alpha"), point("b", "beta"), point("c", "gamma"));
    String rambling = "The service talks to other services over the network and keeps working when"
        + " one of them is slow, because we designed it carefully with the team over many months"
        + " of work and reviewed it with the architects, who liked the approach and asked us to"
        + " write it down for the next project so that others could follow the same path later.";
    Grade g = grader.grade(q, rambling);
    assertTrue(g.unsureNote().orElseThrow().contains("long answer matched little"), g.feedback());
    assertTrue(grader.grade(q, "The alpha drives the beta, which feeds the gamma.").unsureNote()
        .isEmpty());
  }

  @Test
  void theGraderSaysWhenTheAnswerDeniesTheRubric() {
    Question q = question(point("a", "alpha"), point("b", "beta"), point("c", "gamma"));
    Grade g = grader.grade(q, "Alpha is a myth. Beta isn't needed either. Gamma is fine.");
    assertTrue(g.unsureNote().orElseThrow().contains("denies or dismisses"), g.feedback());
    assertTrue(g.score() <= 0.2, "denying more than it covers caps the score: " + g.score());
  }

  @Test
  void feedbackNamesTheMissedPointsInPlainWords() {
    Question q = question(point("alpha", "alpha"), point("beta", "beta"));
    Grade g = grader.grade(q, "alpha is the thing");
    assertEquals("You covered 1 of 2 key points (50% of the weight). Missing: the beta point.", g.feedback());
    assertEquals("You covered all 2 key points.", grader.grade(q, "alpha and beta").feedback());
  }

  @Test
  void missedPointsKeepTheCapitalOfNamesAndAcronyms() {
    Question q = question(
        KeyPoint.of("lamport", "Lamport clocks order events.").withPhrasings(List.of("lamport")),
        KeyPoint.of("vector", "A vector clock detects concurrency.").withPhrasings(List.of("vector")),
        KeyPoint.of("ttl", "TTL bounds staleness.").withPhrasings(List.of("ttl")),
        KeyPoint.of("alpha", "Alpha comes first.").withPhrasings(List.of("alpha")));
    String feedback = grader.grade(q, "The alpha is what matters here, I think.").feedback();
    assertTrue(feedback.endsWith("Missing: Lamport clocks order events; a vector clock detects"
        + " concurrency; TTL bounds staleness."), feedback);
  }

  @Test
  void feedbackOnASingleKeyPointReadsNaturally() {
    Question q = question(point("alpha", "alpha"));
    assertEquals("You covered the key point.", grader.grade(q, "alpha it is").feedback());
    assertEquals("You did not cover the key point. Missing: the alpha point.",
        grader.grade(q, "This answer talks about something else, because it can.").feedback());
  }

  @Test
  void bandThresholdsAreOptions() {
    Question q = question(point("a", "alpha"), point("b", "beta"));
    assertEquals(Band.ACCEPTABLE, linear.grade(q, "alpha").band());
    KeywordGrader strict = KeywordGrader.builder().coverageExponent(1).referenceBlend(0)
        .bands(new BandThresholds(0.3, 0.6, 0.9)).build();
    assertEquals(Band.WEAK, strict.grade(q, "alpha").band());
  }

  @Test
  void keyPointsWithoutPhrasingsMatchTheirText() {
    Question q = question(KeyPoint.of("plain", "Indexes slow down writes"));
    assertTrue(covers(q, "Every index slows the writes down.", "plain"));
    assertFalse(covers(q, "Indexes are fast.", "plain"));
  }

  @Test
  void aGradeDoesNotDependOnWhatTheThreadGradedBefore() throws Exception {
    // The analysis reuses its buffers per thread, clears them in bulk, and drops them after a
    // text of more than 16,384 tokens: the grades below, made one after another on one thread,
    // must equal the same grades made each on a fresh thread. "not" in the denial is the third
    // token, where the answers before it leave a word of code or a part of a compound: read as
    // either, it would not negate.
    Question q = question(point("signed", "signed"));
    String denial = "Tokens are not signed.";
    String code = "```\nx = a; y = b; z = c;\n```\n";
    String compounds = "key-value-store read-through.";
    String huge = "key-value, snake_case, camelCaseWord, ".repeat(8_000);
    List<String> answers = List.of(code, denial, compounds, denial, huge, denial);
    List<Grade> inSequence = new java.util.ArrayList<>();
    for (String answer : answers) {
      inSequence.add(grader.grade(q, answer));
    }
    for (int i = 0; i < answers.size(); i++) {
      String answer = answers.get(i);
      Grade[] fresh = new Grade[1];
      Thread t = new Thread(() -> fresh[0] = grader.grade(q, answer));
      t.start();
      t.join();
      assertEquals(fresh[0], inSequence.get(i), "answer " + i);
    }
    assertEquals(Verdict.MISSED, inSequence.get(5).keyPoint("signed").orElseThrow().verdict());
  }

  @Test
  void blankAnswersGetTheNoAnswerGrade() {
    Grade g = grader.grade(question(point("a", "alpha")), " \n\t ");
    assertEquals(Grade.noAnswer(question(point("a", "alpha")), "keyword"), g);
  }

  @Test
  void optionsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> KeywordGrader.builder().proximity(11));
    assertThrows(IllegalArgumentException.class, () -> KeywordGrader.builder().requiredCap(1.5));
    assertThrows(IllegalArgumentException.class, () -> KeywordGrader.builder().keywordListFactor(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> KeywordGrader.builder().coverageExponent(0));
    assertThrows(IllegalArgumentException.class, () -> KeywordGrader.builder().referenceBlend(1.1));
    assertEquals("keyword", grader.id());
    assertTrue(grader.isDeterministic());
  }
}
