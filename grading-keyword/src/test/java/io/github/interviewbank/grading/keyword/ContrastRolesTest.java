package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Contrast;
import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Role binding: a key point about one term of a declared contrast is shown only by words said of
 * that term; the same words said of its counterpart are a swapped role.
 */
class ContrastRolesTest {
  private final KeywordGrader grader = KeywordGrader.create();

  private static final Question LOCKING = Question.builder("locking")
      .prompt("Compare optimistic and pessimistic locking.")
      .difficulty(Difficulty.ADVANCED)
      .referenceAnswer("Pessimistic locking takes a lock before reading the row, so other writers"
          + " wait. Optimistic locking takes no lock and checks a version column when it writes.")
      .keyPoints(
          KeyPoint.of("pessimistic-lock-first", "Pessimistic locking locks the row before reading.")
              .withWeight(3).withPhrasings(List.of("lock* before read*", "select for update",
                  "pessimistic & lock* row*")),
          KeyPoint.of("optimistic-version", "Optimistic locking checks a version column.")
              .withWeight(3).withPhrasings(List.of("version column|number", "no lock*")),
          KeyPoint.of("when", "Optimistic suits low contention; pessimistic suits high contention.")
              .withPhrasings(List.of("low|rare contention", "high contention")))
      .contrasts(Contrast.of("optimistic", "pessimistic"))
      .build();

  private Verdict verdict(String answer, String pointId) {
    return grader.grade(LOCKING, answer).keyPoint(pointId).orElseThrow().verdict();
  }

  @Test
  void aPhraseSaidOfTheRightTermCovers() {
    assertEquals(Verdict.COVERED, verdict(
        "Pessimistic locking takes the lock before reading the row.", "pessimistic-lock-first"));
    assertEquals(Verdict.COVERED, verdict(
        "With optimistic locking each row carries a version column.", "optimistic-version"));
  }

  @Test
  void theSamePhraseSaidOfTheCounterpartIsASwappedRole() {
    Grade g = grader.grade(LOCKING, "Optimistic locking takes the lock before reading the row."
        + " Pessimistic locking only compares a version column.");
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("pessimistic-lock-first").orElseThrow().verdict());
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("optimistic-version").orElseThrow().verdict());
    assertTrue(g.score() <= 0.2, "a swapped answer is a misconception: " + g.score());
    assertTrue(g.feedback().contains("what holds for the other"), g.feedback());
    assertTrue(g.unsureNote().orElseThrow().contains("slip of wording"), g.feedback());
  }

  @Test
  void aComparedOrNegatedMentionIsNotTheSubject() {
    assertEquals(Verdict.COVERED, verdict("Unlike optimistic locking, pessimistic locking takes"
        + " the lock before reading.", "pessimistic-lock-first"));
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking, rather than optimistic, locks"
        + " before reading.", "pessimistic-lock-first"));
    assertEquals(Verdict.COVERED, verdict("Pessimistic is heavier than optimistic because it"
        + " locks before reading.", "pessimistic-lock-first"));
  }

  @Test
  void eachClauseSpeaksOfItsOwnSubject() {
    Grade g = grader.grade(LOCKING, "Pessimistic locking locks before reading, while optimistic"
        + " locking stores a version number.");
    assertEquals(Verdict.COVERED, g.keyPoint("pessimistic-lock-first").orElseThrow().verdict());
    assertEquals(Verdict.COVERED, g.keyPoint("optimistic-version").orElseThrow().verdict());
  }

  @Test
  void aSentenceThatPointsBackKeepsTheSubject() {
    assertEquals(Verdict.COVERED, verdict("Optimistic locking is cheap. It keeps a version column"
        + " per row.", "optimistic-version"));
  }

  @Test
  void aTermNamedAfterTheWordsInTheClauseCanBeTheirSubject() {
    assertEquals(Verdict.COVERED, verdict("Taking the lock before reading is what pessimistic"
        + " locking does.", "pessimistic-lock-first"));
  }

  @Test
  void wordsNamingNoTermAreNotBound() {
    assertEquals(Verdict.COVERED, verdict("You lock before reading the row.",
        "pessimistic-lock-first"));
  }

  @Test
  void aPointWhoseTextNamesBothTermsIsNotBound() {
    assertEquals(Verdict.COVERED, verdict("Optimistic locking breaks down under high contention.",
        "when"));
  }

  private static final Question CLOCKS = Question.builder("clocks")
      .prompt("What do Lamport clocks and vector clocks give you?")
      .difficulty(Difficulty.INTERMEDIATE)
      .referenceAnswer("A Lamport clock is a per-node counter; a receiver takes the max of its own"
          + " and the received value. A vector clock keeps one counter per node, so it can detect"
          + " concurrent events.")
      .keyPoints(
          KeyPoint.of("lamport", "A Lamport clock takes the max of its own and the received value.")
              .withWeight(2).withPhrasings(List.of("max* own|receiv*")),
          KeyPoint.of("vector", "A vector clock keeps a counter per node and detects concurrency.")
              .withWeight(2).withPhrasings(
                  List.of("vector clock*", "counter per node", "~detect* concurren*")))
      .contrasts(Contrast.of("lamport", "vector"))
      .build();

  @Test
  void aPhrasingTheReferenceSaysOfAnotherTermInAnotherWordOrderIsShared() {
    // The reference says "a per-node counter" of Lamport clocks: "counter per node" is no vector
    // clock's own, so saying it of a Lamport clock swaps nothing.
    Grade g = grader.grade(CLOCKS, "A Lamport clock is a counter per node, and on a message it"
        + " takes the max of its own and the received value. A vector clock holds more of them.");
    assertEquals(Verdict.COVERED, g.keyPoint("vector").orElseThrow().verdict());
    assertTrue(g.unsureNote().isEmpty(), g.feedback());
    assertEquals(1.0, g.score(), 1e-9);
    // What only vector clocks do, said of Lamport clocks, still is a swapped role.
    assertEquals(Verdict.CONTRADICTED, grader.grade(CLOCKS, "A Lamport clock can detect"
        + " concurrent events.").keyPoint("vector").orElseThrow().verdict());
  }

  private static final Question DOUBLES = Question.builder("doubles")
      .prompt("How does a stub differ from a mock?")
      .difficulty(Difficulty.INTERMEDIATE)
      .referenceAnswer("A stub returns canned answers. A mock verifies the calls made to it.")
      .keyPoints(
          KeyPoint.of("stub", "A stub returns canned answers.").withWeight(2)
              .withPhrasings(List.of("canned|give answer*|input*"))
              .withContradictions(List.of("stub* verif* call*")),
          KeyPoint.of("mock", "A mock verifies calls.").withWeight(2)
              .withPhrasings(List.of("verif* call*")))
      .contrasts(Contrast.of("stub", "mock"))
      .build();

  @Test
  void aPhraseThatRunsIntoAClauseAboutAnotherTermIsNoClaim() {
    // "stubs ..., mocks verify calls": the words after "mocks" are said of mocks.
    Grade g = grader.grade(DOUBLES, "Stubs give input, mocks verify calls.");
    assertEquals(Verdict.COVERED, g.keyPoint("stub").orElseThrow().verdict());
    assertEquals(Verdict.COVERED, g.keyPoint("mock").orElseThrow().verdict());
    assertEquals(Verdict.CONTRADICTED, grader.grade(DOUBLES, "Stubs verify calls.")
        .keyPoint("stub").orElseThrow().verdict());
    assertEquals(Verdict.CONTRADICTED, grader.grade(DOUBLES, "Stubs and mocks verify calls.")
        .keyPoint("stub").orElseThrow().verdict());
  }

  @Test
  void aTermAfterAContrastWordIsNoLabelForTheWordsBefore() {
    // "..., whereas optimistic locking ..." names the other side: the words before it are not
    // said of optimistic locking, as they would be of a label ("...: optimistic locking").
    assertEquals(Verdict.COVERED, verdict("You take the lock before reading the row, whereas"
        + " optimistic locking checks a version column.", "pessimistic-lock-first"));
    assertEquals(Verdict.CONTRADICTED, verdict("You take the lock before reading the row:"
        + " optimistic locking.", "pessimistic-lock-first"));
  }

  @Test
  void aPhrasingThatNamesATermIsNotBoundButYieldsToASwap() {
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking locks rows.",
        "pessimistic-lock-first"));
    assertEquals(Verdict.CONTRADICTED, verdict("Pessimistic locking locks rows? No: optimistic"
        + " locking takes the lock before reading.", "pessimistic-lock-first"),
        "naming the term is weaker evidence than saying its property of the other one");
  }

  @Test
  void theAgentOfAPassiveClauseIsWhatItsWordsAreSaidOf() {
    assertEquals(Verdict.COVERED, verdict("The row is locked before reading by pessimistic"
        + " locking. A version column is checked at write time by optimistic locking.",
        "pessimistic-lock-first"));
    Grade swapped = grader.grade(LOCKING, "The row is locked before reading by optimistic"
        + " locking. A version column is checked at write time by the pessimistic kind.");
    assertEquals(Verdict.CONTRADICTED, swapped.keyPoint("pessimistic-lock-first").orElseThrow()
        .verdict());
    assertEquals(Verdict.CONTRADICTED, swapped.keyPoint("optimistic-version").orElseThrow()
        .verdict());
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking takes the lock before reading;"
        + " the row stays blocked by design.", "pessimistic-lock-first"),
        "'by' without a term after it names no agent");
  }

  @Test
  void sayingWhichOfTheComparedThingsTheSubjectIsKeepsTheSubject() {
    // "the pessimistic kind" names what optimistic locking is claimed to be: what follows is said
    // of optimistic locking, not of the term after the copula.
    assertEquals(Verdict.CONTRADICTED, verdict("Optimistic locking is the pessimistic kind and"
        + " the strict one: rows get locked before reading. Pessimistic locking only compares a"
        + " version column.", "pessimistic-lock-first"));
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking is the safe kind: rows get locked"
        + " before reading.", "pessimistic-lock-first"));
  }

  @Test
  void callingTheComparedThingsTheSameContradictsTheQuestion() {
    Grade g = grader.grade(LOCKING, "Pessimistic locking takes the lock before reading the row."
        + " Honestly optimistic and pessimistic locking are the same thing.");
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("pessimistic-lock-first").orElseThrow()
        .verdict());
    assertTrue(g.score() <= 0.2, "a contradiction caps the score: " + g.score());
    assertEquals(Verdict.CONTRADICTED, verdict("Optimistic locking is basically identical to"
        + " pessimistic locking.", "pessimistic-lock-first"));
    assertEquals(Verdict.CONTRADICTED, verdict("There is no real difference between optimistic"
        + " and pessimistic locking.", "pessimistic-lock-first"));
  }

  @Test
  void sayingThereIsNoDifferenceAnymoreContradictsAComparison() {
    assertEquals(Verdict.CONTRADICTED, verdict("There isn't really a difference anymore."
        + " Pessimistic locking takes the lock before reading the row.",
        "pessimistic-lock-first"));
    assertEquals(Verdict.COVERED, verdict("There's no difference in latency when contention is"
        + " low. Pessimistic locking takes the lock before reading the row.",
        "pessimistic-lock-first"), "what does not differ is said: no claim of sameness");
  }

  @Test
  void aPromptThatAsksForTheDifferenceMakesABareSamenessClaimAContradiction() {
    Question filters = new Question(LOCKING.id(), "What is the difference between the two kinds"
        + " of locking?", LOCKING.difficulty(), LOCKING.topics(), LOCKING.referenceAnswer(),
        LOCKING.keyPoints(), LOCKING.followUps());
    String answer = "There isn't really a difference anymore. The lock comes before reading.";
    assertEquals(Verdict.CONTRADICTED, grader.grade(filters, answer)
        .keyPoint("pessimistic-lock-first").orElseThrow().verdict());
    Question explain = filters.toBuilder().prompt("Explain pessimistic locking.").build();
    assertEquals(Verdict.COVERED, grader.grade(explain, answer)
        .keyPoint("pessimistic-lock-first").orElseThrow().verdict(),
        "a question that asks no difference is not contradicted by denying one");
  }

  @Test
  void anOpeningThatCallsThemAllTheSameSpeaksOfWhatTheQuestionCompares() {
    assertEquals(Verdict.CONTRADICTED, verdict("They're basically the same thing. Pessimistic"
        + " locking takes the lock before reading the row.", "pessimistic-lock-first"));
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking takes the lock before reading the"
        + " row. Two requests then both wait, and they're the same thing to the database.",
        "pessimistic-lock-first"), "later, a pronoun may stand for anything");
  }

  @Test
  void dismissingTheDistinctionBetweenTheComparedThingsIsASamenessClaim() {
    assertEquals(Verdict.CONTRADICTED, verdict("Honestly, the optimistic vs pessimistic locking"
        + " split is mostly academic. Pessimistic locking takes the lock before reading the row.",
        "pessimistic-lock-first"));
  }

  @Test
  void sameWordsThatAreNegatedQualifiedOrUnsureAreNoSamenessClaim() {
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking takes the lock before reading;"
        + " optimistic locking is not the same as pessimistic locking.",
        "pessimistic-lock-first"));
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking takes the lock before reading;"
        + " optimistic locking is the same thing the other way round.",
        "pessimistic-lock-first"));
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking takes the lock before reading."
        + " I'm not sure, I think optimistic and pessimistic locking are the same.",
        "pessimistic-lock-first"));
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking takes the lock before reading;"
        + " with optimistic locking two identical requests both read the row.",
        "pessimistic-lock-first"));
  }
  @Test
  void doingTheSameOrTheSameBeforeACompoundIsNoSamenessClaim() {
    // "does the same" says something acts alike; "the same in-memory cache" is "the same" before
    // a noun, though "in" alone could end the predicate ("the same in practice").
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking takes the lock before reading;"
        + " with optimistic locking, Hibernate does the same with a version column.",
        "pessimistic-lock-first"));
    assertEquals(Verdict.COVERED, verdict("Pessimistic locking takes the lock before reading,"
        + " and optimistic locking reads the same in-memory row again before writing.",
        "pessimistic-lock-first"));
    // Said of the compared things themselves, they still are claims.
    assertEquals(Verdict.CONTRADICTED, verdict("Pessimistic locking takes the lock before"
        + " reading. Optimistic and pessimistic locking both do the same in the end.",
        "pessimistic-lock-first"));
    assertEquals(Verdict.CONTRADICTED, verdict("Pessimistic locking takes the lock before"
        + " reading. Optimistic locking does the same as pessimistic locking.",
        "pessimistic-lock-first"));
    assertEquals(Verdict.CONTRADICTED, verdict("Pessimistic locking takes the lock before"
        + " reading. Optimistic and pessimistic locking are the same in practice.",
        "pessimistic-lock-first"));
  }


  @Test
  void aQuestionWithoutContrastsIsGradedAsBefore() {
    Question plain = LOCKING.toBuilder().build();
    Question noContrast = new Question(plain.id(), plain.prompt(), plain.difficulty(),
        plain.topics(), plain.referenceAnswer(), plain.keyPoints(), plain.followUps());
    assertEquals(Verdict.COVERED, grader.grade(noContrast, "Optimistic locking takes the lock"
        + " before reading the row.").keyPoint("pessimistic-lock-first").orElseThrow().verdict());
  }
}
