package io.github.interviewbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class QuestionBankProperties {

  @Provide
  Arbitrary<QuestionBank> banks() {
    return BankArbitraries.bank();
  }

  @Provide
  Arbitrary<QuestionBank> plainBanks() {
    return BankArbitraries.plainBank();
  }

  @Provide
  Arbitrary<QuestionQuery> queries() {
    return BankArbitraries.query();
  }

  @Property(tries = 300)
  void writingThenReadingGivesAnEqualBank(@ForAll("banks") QuestionBank bank) {
    assertEquals(bank, Fixtures.read(bank.toJson()));
  }

  @Property(tries = 200)
  void sampleIsDeterministicPerSeed(
      @ForAll("plainBanks") QuestionBank bank, @ForAll @IntRange(max = 30) int count,
      @ForAll long seed) {
    assertEquals(bank.sample(count, seed), bank.sample(count, seed));
  }

  @Property(tries = 200)
  void sampleNeverRepeatsAndDrawsOnlyFromTheBank(
      @ForAll("plainBanks") QuestionBank bank, @ForAll @IntRange(max = 30) int count,
      @ForAll long seed) {
    List<Question> drawn = bank.sample(count, seed);
    assertEquals(Math.min(count, bank.size()), drawn.size());
    assertEquals(drawn.size(), new HashSet<>(drawn).size());
    assertTrue(bank.questions().containsAll(drawn));
  }

  @Property(tries = 200)
  void sampleWithAQueryDrawsOnlyMatchingQuestions(
      @ForAll("plainBanks") QuestionBank bank, @ForAll("queries") QuestionQuery query,
      @ForAll @IntRange(max = 30) int count, @ForAll long seed) {
    List<Question> drawn = bank.sample(query, count, seed);
    assertTrue(drawn.stream().allMatch(query::matches));
    assertEquals(Math.min(count, bank.select(query).size()), drawn.size());
  }

  @Property(tries = 200)
  void aLargerSampleStartsWithTheSmallerOne(
      @ForAll("plainBanks") QuestionBank bank, @ForAll @IntRange(max = 30) int count,
      @ForAll long seed) {
    List<Question> small = bank.sample(count, seed);
    List<Question> large = bank.sample(count + 1, seed);
    assertEquals(small, large.subList(0, small.size()));
  }

  @Property(tries = 200)
  void andSelectsTheIntersection(
      @ForAll("plainBanks") QuestionBank bank, @ForAll("queries") QuestionQuery a,
      @ForAll("queries") QuestionQuery b) {
    List<Question> both = bank.select(a.and(b));
    List<Question> expected =
        bank.select(a).stream().filter(bank.select(b)::contains).toList();
    assertEquals(expected, both);
  }

  @Property(tries = 200)
  void orSelectsTheUnionInBankOrder(
      @ForAll("plainBanks") QuestionBank bank, @ForAll("queries") QuestionQuery a,
      @ForAll("queries") QuestionQuery b) {
    List<Question> either = bank.select(a.or(b));
    List<Question> expected =
        bank.questions().stream()
            .filter(q -> bank.select(a).contains(q) || bank.select(b).contains(q))
            .toList();
    assertEquals(expected, either);
  }

  @Property(tries = 200)
  void andAndOrAreCommutativeAndDistribute(
      @ForAll("plainBanks") QuestionBank bank, @ForAll("queries") QuestionQuery a,
      @ForAll("queries") QuestionQuery b, @ForAll("queries") QuestionQuery c) {
    assertEquals(bank.select(a.and(b)), bank.select(b.and(a)));
    assertEquals(bank.select(a.or(b)), bank.select(b.or(a)));
    assertEquals(bank.select(a.and(b.or(c))), bank.select(a.and(b).or(a.and(c))));
  }

  @Property(tries = 200)
  void negationFollowsDeMorgan(
      @ForAll("plainBanks") QuestionBank bank, @ForAll("queries") QuestionQuery a,
      @ForAll("queries") QuestionQuery b) {
    assertEquals(bank.select(a.and(b).negate()), bank.select(a.negate().or(b.negate())));
    assertEquals(bank.select(a.negate().negate()), bank.select(a));
    assertEquals(bank.size(), bank.select(a).size() + bank.select(a.negate()).size());
  }

  @Property(tries = 200)
  void allIsTheIdentityOfAnd(
      @ForAll("plainBanks") QuestionBank bank, @ForAll("queries") QuestionQuery a) {
    assertEquals(bank.select(a), bank.select(a.and(QuestionQuery.all())));
    assertEquals(bank.questions(), bank.select(a.or(QuestionQuery.all())));
  }

  @Property(tries = 200)
  void mergingABankWithItselfChangesNothing(@ForAll("banks") QuestionBank bank) {
    assertEquals(bank, bank.merge(bank, IdClashPolicy.REJECT));
  }
}
