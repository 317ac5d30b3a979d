package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Contrast;
import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.core.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankSnapshotTest {
  private static BankSnapshot bundled() {
    return BankSnapshot.bundled().orElseThrow(
        () -> new AssertionError("the build wrote no readable " + BankSnapshot.RESOURCE));
  }

  @Test
  void theSnapshotInTheJarEqualsTheJsonBank() {
    assertEquals(QuestionBank.builtIn(), bundled().bank());
  }

  @Test
  void theSnapshotInTheJarIsWhatTheBuildWritesFromTheJsonBankToday() {
    // A snapshot left from an older bank would still read; it must be this bank's.
    byte[] expected = BankSnapshot.write(QuestionBank.builtIn());
    byte[] actual;
    try (var in = BankSnapshot.class.getResourceAsStream(BankSnapshot.RESOURCE)) {
      actual = java.util.Objects.requireNonNull(in).readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertArrayEquals(expected, actual);
  }


  @Test
  void eachQuestionsOwnResourceEqualsTheBanksQuestion() {
    for (Question q : QuestionBank.builtIn().questions()) {
      assertEquals(Optional.of(q), BankSnapshot.bundledQuestion(q.id()), q.id());
    }
  }

  @Test
  void eachQuestionsOwnResourceIsWhatTheBuildWritesFromTheJsonBankToday() {
    for (Question q : QuestionBank.builtIn().questions()) {
      try (var in = BankSnapshot.class.getResourceAsStream(
          BankSnapshot.QUESTIONS + q.id() + ".bin")) {
        assertArrayEquals(BankSnapshot.writeQuestion(q),
            java.util.Objects.requireNonNull(in, q.id()).readAllBytes(), q.id());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Test
  void anIdThatIsNoQuestionIdReadsNoResource() {
    for (String id : List.of("no-such-question", "", "Cap-Theorem", "../bundled-bank",
        "cap-theorem.bin", "/cap-theorem")) {
      assertEquals(Optional.empty(), BankSnapshot.bundledQuestion(id), id);
    }
  }

  @Test
  void bytesOfAnotherFormAreNoQuestion() {
    Question q = QuestionBank.builtIn().questions().get(0);
    byte[] bytes = BankSnapshot.writeQuestion(q);
    assertEquals(Optional.of(q), BankSnapshot.readQuestion(bytes));
    assertEquals(Optional.empty(), BankSnapshot.readQuestion(
        BankSnapshot.write(QuestionBank.builtIn())));
    assertEquals(Optional.empty(), BankSnapshot.readQuestion(Arrays.copyOf(bytes, 40)));
    byte[] noTopics = bytes.clone();
    noTopics[11] = 0; // the topic count: what follows no longer reads as a question
    assertEquals(Optional.empty(), BankSnapshot.readQuestion(noTopics));
  }

  @Test
  void theSynonymsReadWithoutTheQuestionsEqualTheBanks() {
    assertEquals(QuestionBank.builtIn().synonyms(), bundled().synonyms());
  }

  @Test
  void theSummariesResourceHoldsTheBanksSummaries() {
    assertEquals(Optional.of(QuestionBank.builtIn().questions().stream()
        .map(Json.QuestionSummary::of).toList()), BankSnapshot.bundledSummaries());
  }

  @Test
  void theSummariesResourceIsWhatTheBuildWritesFromTheJsonBankToday() {
    try (var in = BankSnapshot.class.getResourceAsStream(BankSnapshot.SUMMARIES)) {
      assertArrayEquals(BankSnapshot.writeSummaries(QuestionBank.builtIn()),
          java.util.Objects.requireNonNull(in).readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void bytesOfAnotherFormAreNoSummaries() {
    byte[] summaries = BankSnapshot.writeSummaries(QuestionBank.builtIn());
    assertTrue(BankSnapshot.readSummaries(summaries).isPresent());
    assertEquals(Optional.empty(), BankSnapshot.readSummaries(
        BankSnapshot.write(QuestionBank.builtIn())));
    assertEquals(Optional.empty(), BankSnapshot.readSummaries(Arrays.copyOf(summaries, 40)));
  }

  @Test
  void listingTheBuiltInBankPrintsWhatListingItsJsonFromAFilePrints(@TempDir Path dir)
      throws IOException {
    Path json = Files.writeString(dir.resolve("bank.json"), QuestionBank.builtIn().toJson());
    for (String format : List.of("text", "json")) {
      Cli fromSnapshot = Cli.run("list", "--format", format);
      assertEquals(0, fromSnapshot.code(), fromSnapshot.toString());
      assertEquals(Cli.run("list", "--format", format, "--bank", json.toString()), fromSnapshot);
    }
  }


  @Test
  void everyPartOfAQuestionSurvivesTheRoundTrip() {
    Topic caching = Topic.of("caching", "Caching \uD83D\uDE80");
    Topic db = Topic.of("databases", "Databases");
    KeyPoint ttl = new KeyPoint("ttl", "Entries expire after a time to live.", 2.5, true,
        List.of("time to live|ttl", "expir* & =TTL"), List.of("never expire*"));
    Question q = Question.builder("cache-expiry").prompt("How do cached entries go stale?")
        .difficulty(Difficulty.ADVANCED).topics(db, caching)
        .referenceAnswer("With a TTL, or by invalidation \u00e9\u00e8 \u4e2d\u6587.")
        .keyPoints(ttl, KeyPoint.of("invalidate", "Writes can invalidate entries."))
        .followUps(FollowUp.probing("What about stampedes?", "ttl"),
            FollowUp.of("Name a cache.").withReferenceAnswer("Redis.",
                List.of(KeyPoint.of("redis", "Redis is one."))))
        .contrasts(Contrast.of("read-through", "write-through|write-behind"))
        .build();
    QuestionBank bank = QuestionBank.of(List.of(caching, db), List.of(q),
        List.of(SynonymGroup.of("ttl", "time to live")));
    BankSnapshot snapshot = BankSnapshot.read(BankSnapshot.write(bank)).orElseThrow();
    assertEquals(bank, snapshot.bank());
    assertEquals(Optional.of(q), BankSnapshot.readQuestion(BankSnapshot.writeQuestion(q)));
  }

  @Test
  void bytesOfAnotherFormOrVersionAreNoSnapshot() {
    byte[] snapshot = BankSnapshot.write(QuestionBank.builtIn());
    byte[] otherVersion = snapshot.clone();
    otherVersion[7]++;
    assertEquals(Optional.empty(), BankSnapshot.read(otherVersion));
    assertEquals(Optional.empty(), BankSnapshot.read("{\"formatVersion\": 1}".getBytes(
        java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(Optional.empty(), BankSnapshot.read(Arrays.copyOf(snapshot, 40)));
    assertTrue(BankSnapshot.read(snapshot).isPresent());
  }
}
