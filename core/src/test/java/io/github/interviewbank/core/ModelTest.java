package io.github.interviewbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void difficultiesAreOrderedFromBeginnerToAdvanced() {
    assertTrue(Difficulty.BEGINNER.compareTo(Difficulty.INTERMEDIATE) < 0);
    assertTrue(Difficulty.INTERMEDIATE.compareTo(Difficulty.ADVANCED) < 0);
  }

  @Test
  void difficultyIdsAreLowerCaseNamesAndParseBack() {
    for (Difficulty d : Difficulty.values()) {
      assertEquals(Optional.of(d), Difficulty.fromId(d.id()));
    }
    assertEquals("intermediate", Difficulty.INTERMEDIATE.id());
    assertEquals(Optional.empty(), Difficulty.fromId("ADVANCED"));
    assertEquals(Optional.empty(), Difficulty.fromId("expert"));
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Difficulty.fromId(nullString()));
    assertEquals("id", e.getMessage(), "a null id is a programming error, as the package says");
  }

  @Test
  void topicIdsMustBeKebabCase() {
    assertEquals("rest-apis", Topic.of("rest-apis", "REST APIs").id());
    for (String bad : List.of("", "Rest", "rest_apis", "-rest", "rest-", "rest--apis", "a b")) {
      assertThrows(IllegalArgumentException.class, () -> Topic.of(bad, "x"), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> Topic.of("x".repeat(65), "x"));
  }

  @Test
  void topicNamesMustNotBeBlank() {
    assertThrows(IllegalArgumentException.class, () -> Topic.of("caching", " \t"));
  }

  @Test
  void nullComponentsThrowNullPointerExceptionNamingThem() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new Topic("caching", nullString()));
    assertEquals("topic name", e.getMessage());
  }

  @Test
  void keyPointWeightsMustBeFiniteAndPositive() {
    KeyPoint point = KeyPoint.of("p", "text");
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> point.withWeight(bad));
      assertTrue(e.getMessage().contains("weight"), e.getMessage());
    }
    assertEquals(0.5, point.withWeight(0.5).weight());
  }

  @Test
  void keyPointPatternsAreValidatedOnConstruction() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> KeyPoint.of("p", "text").withPhrasings(List.of("fine", "a||b")));
    assertTrue(e.getMessage().contains("phrasings[1]"), e.getMessage());
  }

  @Test
  void keyPointListsAreUnmodifiableCopies() {
    List<String> phrasings = new ArrayList<>(List.of("one phrase"));
    KeyPoint point = KeyPoint.of("p", "text").withPhrasings(phrasings);
    phrasings.add("another");
    assertEquals(List.of("one phrase"), point.phrasings());
    assertThrows(UnsupportedOperationException.class, () -> point.phrasings().add("x"));
  }

  @Test
  void keyPointWithersChangeOneComponent() {
    KeyPoint point = KeyPoint.of("p", "text").withRequired(true).withContradictions(List.of("no"));
    assertTrue(point.required());
    assertEquals(List.of("no"), point.contradictions());
    assertEquals(1.0, point.weight());
    assertEquals(List.of(MatchPattern.parse("no")), point.contradictionPatterns());
  }

  @Test
  void questionRejectsDuplicateKeyPointIds() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Question.builder("q")
                    .prompt("p")
                    .referenceAnswer("a")
                    .keyPoints(KeyPoint.of("same", "one"), KeyPoint.of("same", "two"))
                    .build());
    assertTrue(e.getMessage().contains("duplicate key point id 'same'"), e.getMessage());
  }

  @Test
  void questionRejectsFollowUpsNamingUnknownKeyPoints() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Question.builder("q")
                    .prompt("p")
                    .referenceAnswer("a")
                    .keyPoints(KeyPoint.of("known", "one"))
                    .followUps(FollowUp.probing("Why?", "unknown"))
                    .build());
    assertTrue(e.getMessage().contains("unknown key point 'unknown'"), e.getMessage());
  }

  @Test
  void questionRejectsRepeatedTopicsAndBlankTexts() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Question.builder("q")
                .prompt("p")
                .referenceAnswer("a")
                .topics(Fixtures.CACHING, Fixtures.CACHING)
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Question.builder("q").prompt(" ").referenceAnswer("a").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Question.builder("q").prompt("p").referenceAnswer("").build());
  }

  @Test
  void questionFindsKeyPointsAndTopicsAndSumsWeights() {
    Question q =
        Question.builder("q")
            .prompt("p")
            .referenceAnswer("a")
            .topics(Fixtures.CACHING)
            .keyPoints(KeyPoint.of("a", "A").withWeight(2), KeyPoint.of("b", "B"))
            .build();
    assertEquals("B", q.keyPoint("b").orElseThrow().text());
    assertEquals(Optional.empty(), q.keyPoint("c"));
    assertTrue(q.hasTopic("caching"));
    assertFalse(q.hasTopic("databases"));
    assertEquals(3.0, q.totalWeight());
  }

  @Test
  void contrastsNeedTwoOrMoreDistinctOnePhraseTerms() {
    assertEquals(List.of("optimistic", "pessimistic"),
        Contrast.of("optimistic", "pessimistic").terms());
    assertThrows(IllegalArgumentException.class, () -> Contrast.of("optimistic"));
    assertThrows(IllegalArgumentException.class, () -> Contrast.of("a", " "));
    assertThrows(IllegalArgumentException.class, () -> Contrast.of("sql", "SQL"));
    assertThrows(IllegalArgumentException.class, () -> Contrast.of("sql & join", "nosql"));
    assertThrows(IllegalArgumentException.class, () -> Contrast.of("~sql db", "nosql"));
    assertThrows(IllegalArgumentException.class, () -> Contrast.of("s*", "nosql"));
  }

  @Test
  void questionsKeepTheirContrastsAndDefaultToNone() {
    Contrast c = Contrast.of("authentication|authn", "authorization|authz");
    Question q = Question.builder("authn-authz").prompt("AuthN vs AuthZ?")
        .referenceAnswer("Who you are versus what you may do.").contrasts(c).build();
    assertEquals(List.of(c), q.contrasts());
    assertEquals(q, q.toBuilder().build());
    assertEquals(List.of(), new Question("plain", "Why?", Difficulty.BEGINNER, List.of(),
        "Because.", List.of(), List.of()).contrasts());
  }

  @Test
  void toBuilderRebuildsAnEqualQuestion() {
    Question q = Fixtures.question("q", Difficulty.ADVANCED, Fixtures.CACHING);
    assertEquals(q, q.toBuilder().build());
    assertEquals("other", q.toBuilder().prompt("other").build().prompt());
  }

  @Test
  void followUpsRejectRepeatedTargets() {
    assertThrows(IllegalArgumentException.class, () -> FollowUp.probing("Why?", "a", "a"));
    assertEquals(List.of(), FollowUp.of("Why?").keyPointIds());
  }

  @Test
  void followUpsHaveNoReferenceAnswerOrRubricUnlessGiven() {
    FollowUp plain = FollowUp.probing("Why?", "a");
    assertEquals(Optional.empty(), plain.referenceAnswer());
    assertEquals(List.of(), plain.rubric());
    assertEquals(Optional.empty(), plain.asQuestion(Fixtures.question("q", Difficulty.BEGINNER)));
  }

  @Test
  void aFollowUpRubricNeedsAReferenceAnswerAndUniqueIds() {
    KeyPoint a = KeyPoint.of("a", "Point a");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new FollowUp("Why?", List.of(), Optional.empty(), List.of(a)));
    assertEquals("follow-up 'Why?': a rubric needs a reference answer", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FollowUp.of("Why?").withReferenceAnswer("Because.", List.of(a, a.withWeight(2))));
    assertEquals("duplicate follow-up rubric key point id 'a'", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FollowUp.of("Why?").withReferenceAnswer(" ", List.of()));
    assertThrows(NullPointerException.class,
        () -> new FollowUp("Why?", List.of(), Optional.of("Because."), java.util.Arrays.asList(a, null)));
  }

  @Test
  void aFollowUpRubricIsAnUnmodifiableCopy() {
    List<KeyPoint> points = new ArrayList<>(List.of(KeyPoint.of("a", "Point a")));
    FollowUp f = FollowUp.of("Why?").withReferenceAnswer("Because.", points);
    points.clear();
    assertEquals(1, f.rubric().size());
    assertThrows(UnsupportedOperationException.class, () -> f.rubric().clear());
  }

  @Test
  void aFollowUpWithAReferenceAnswerIsAQuestionOfItsOwn() {
    Question parent = Fixtures.question("parent", Difficulty.ADVANCED, Fixtures.CACHING);
    KeyPoint own = KeyPoint.of("own", "A point of the follow-up").withWeight(3);
    FollowUp f = FollowUp.probing("Why?", "point-a").withReferenceAnswer("Because.", List.of(own));
    Question q = f.asQuestion(parent).orElseThrow();
    assertEquals("parent", q.id());
    assertEquals("Why?", q.prompt());
    assertEquals("Because.", q.referenceAnswer());
    assertEquals(Difficulty.ADVANCED, q.difficulty());
    assertEquals(List.of(Fixtures.CACHING), q.topics());
    assertEquals(List.of(own), q.keyPoints());
    assertEquals(List.of(), q.followUps());
  }

  @Test
  void synonymGroupsNeedTwoNonBlankTerms() {
    assertThrows(IllegalArgumentException.class, () -> SynonymGroup.of("db"));
    assertThrows(IllegalArgumentException.class, () -> SynonymGroup.of("db", " "));
    assertEquals(List.of("db", "database"), SynonymGroup.of("db", "database").terms());
  }

  @SuppressWarnings("NullAway") // deliberately passes null to test the check
  private static String nullString() {
    return null;
  }

  @Test
  void textWithALoneSurrogateCannotBeBuiltSoItIsNeverWritten() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Topic.of("caching", "Cach\ud800ing"));
    assertEquals("topic name holds a lone surrogate (\\ud800) at character 5: text must be valid"
        + " Unicode", e.getMessage());
    assertEquals("Caf\ud83d\ude00", Topic.of("caching", "Caf\ud83d\ude00").name(),
        "a surrogate pair is fine");
  }
}
