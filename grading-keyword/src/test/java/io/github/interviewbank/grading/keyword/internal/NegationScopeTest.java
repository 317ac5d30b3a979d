package io.github.interviewbank.grading.keyword.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which words the speaker does not assert: negation scope, dismissals, rejected claims. */
class NegationScopeTest {
  private final TokenStream tokens = new TokenStream();
  private String text = "";

  private void read(String sentence) {
    text = sentence;
    Analyzer.analyze(sentence, tokens);
    NegationScope.mark(tokens, 4);
  }

  /** {@return the token of the first occurrence of {@code word}} */
  private int tokenOf(String word) {
    for (int t = 0; t < tokens.count; t++) {
      if (text.substring(tokens.start[t], tokens.end[t]).equalsIgnoreCase(word)) {
        return t;
      }
    }
    throw new AssertionError("no word '" + word + "' in: " + text);
  }

  /** Whether the first occurrence of {@code word} is not asserted. */
  private boolean denied(String word) {
    int t = tokenOf(word);
    return tokens.governor[t] >= 0 || tokens.denied[t];
  }

  @Test
  void aNegationReachesFourContentWordsOfItsClause() {
    read("Never put hot codes in a CDN.");
    assertTrue(denied("CDN"), "put, hot, codes, CDN: function words do not count");
    read("It is not used by the service, the cache stays cold.");
    assertTrue(denied("used"));
    assertFalse(denied("cache"), "a comma ends the clause");
  }

  @Test
  void aNegationOfANegatingWordThatTakesAnObjectAssertsTheObject() {
    read("Never skip the state check.");
    assertFalse(denied("state"), "never skip X: always X");
    read("You cannot scale writes without sharding.");
    assertFalse(denied("sharding"), "cannot ... without X: X is needed");
    read("Skip the state check.");
    assertTrue(denied("state"));
    read("There is no session or no token.");
    assertTrue(denied("token"), "a coordinated negation is another negation, not a cancelled one");
    read("Columns that aren't keys can't depend on other columns.");
    assertTrue(denied("depend"), "a second 'not' may belong to another clause: it still negates");
  }

  @Test
  void orAndNorCarryTheNegationOnToCoordinatedWords() {
    read("I would not add Redis or a CDN at all");
    assertTrue(denied("Redis"));
    assertTrue(denied("CDN"));
    read("Neither the queue nor the cache is needed.");
    assertTrue(denied("cache"));
  }

  @Test
  void aCommaListThatCoordinatesCarriesItOn() {
    read("I wouldn't base the choice on replay, throughput or routing.");
    assertTrue(denied("throughput"));
    assertTrue(denied("routing"));
  }

  @Test
  void andWithANewPredicateEndsTheScope() {
    read("Optimistic locking takes no lock and checks a version at update time.");
    assertTrue(denied("lock"));
    assertFalse(denied("version"));
    read("The pool should not be bigger than the database connection pool.");
    assertFalse(denied("database"), "'than' ends the scope");
  }

  @Test
  void negatingPrepositionsAndPronounsReachLess() {
    read("Instead of opening a new connection per query, you borrow one.");
    assertFalse(denied("connection"), "'instead of' reaches two content words");
    read("If nothing matches the server returns 406.");
    assertFalse(denied("406"), "'nothing' negates its verb only");
  }

  @Test
  void skipNegatesButSkipLockedIsSql() {
    read("I would skip synchronization entirely.");
    assertTrue(denied("synchronization"));
    read("Workers claim rows with SKIP LOCKED so they never wait.");
    assertFalse(denied("LOCKED"));
  }

  @Test
  void aDismissalAfterThePhraseDeniesItsSubject() {
    read("Expiry times and invalidation are not needed.");
    assertTrue(denied("Expiry"));
    assertTrue(denied("invalidation"));
    read("Batch loading with IN clauses isn't worth the complexity.");
    assertTrue(denied("Batch"));
    read("Fault isolation is a myth.");
    assertTrue(denied("isolation"));
    read("Requests can land on any pod and it doesn't matter which one.");
    assertFalse(denied("pod"), "the pronoun is the whole subject");
  }

  @Test
  void aDismissalThroughARelativeClauseDeniesWhatItDescribes() {
    read("Putting sessions in Redis or a JWT is just overhead you don't need.");
    assertTrue(denied("Redis"));
    assertTrue(denied("JWT"));
  }

  @Test
  void aDismissiveVerbWithAnObjectDeniesTheObjectNotTheSubject() {
    read("JWTs mean you don't need a session store.");
    assertFalse(denied("JWTs"));
    assertTrue(denied("store"));
  }

  @Test
  void aClaimReportedOfOtherPeopleAndRejectedIsNotTheSpeakers() {
    read("Some people keep counters in Redis so all nodes agree, but I think that's unnecessary.");
    assertTrue(denied("Redis"));
    read("People say Kafka retains messages for replay. That's a myth.");
    assertTrue(denied("replay"));
    read("It is a myth that a garbage collector prevents leaks: objects stay referenced.");
    assertTrue(denied("leaks"));
    assertFalse(denied("referenced"), "the claim ends with its phrase segment");
  }

  @Test
  void callingAPracticeARelicOrAcademicDismissesIt() {
    read("Two-phase commit is a relic.");
    assertTrue(denied("commit"));
    read("The split between the two checks is mostly academic.");
    assertTrue(denied("split"));
    read("CSRF tokens are legacy clutter these days.");
    assertTrue(denied("tokens"));
    read("A legacy system still needs CSRF tokens.");
    assertFalse(denied("tokens"), "legacy before a noun dismisses nothing");
  }

  @Test
  void aPracticeNamedAsAnAntiPatternOrAMistakeIsNotRecommended() {
    read("Having mostly end-to-end tests is an anti-pattern.");
    assertTrue(denied("tests"));
    read("Field injection is a common mistake.");
    assertTrue(denied("injection"));
    read("The anti-pattern is the ice-cream cone: mostly manual and end-to-end tests.");
    assertTrue(denied("mostly"));
    assertTrue(denied("manual"));
    read("A classic mistake is to cache every query, but a short TTL helps.");
    assertTrue(denied("cache"));
    assertFalse(denied("TTL"), "the rejection ends where the sentence turns with 'but'");
    read("A common mistake is using the plain PKCE method; use S256 to keep the verifier secret.");
    assertTrue(denied("plain"));
    assertFalse(denied("S256"), "the rejection ends at a semicolon");
    read("A common wrong idea is that CORS protects the server. It does not.");
    assertTrue(denied("protects"));
    read("The idea is that CORS relaxes the same-origin policy.");
    assertFalse(denied("relaxes"), "an idea not called wrong");
    read("Wrong belief: microservices are always better. A modular monolith often wins.");
    assertTrue(denied("better"));
    assertFalse(denied("monolith"), "a label rejects its own sentence only");
    read("- Anti-pattern: ice-cream cone (mostly manual and E2E tests).");
    assertTrue(denied("manual"));
    read("Myth: a bigger queue fixes overload.");
    assertTrue(denied("queue"));
    read("Pattern: retry with backoff.");
    assertFalse(denied("retry"), "a label that calls nothing wrong");
    read("A common belief is that a binary semaphore is the same as a mutex. Not quite: it has"
        + " no owner.");
    assertTrue(denied("same"), "a belief reported, then rejected");
    read("A common belief is that retries are safe for idempotent requests.");
    assertFalse(denied("retries"), "a belief reported and not rejected");
    read("Mostly E2E and manual tests are called the ice cream cone anti-pattern.");
    assertTrue(denied("manual"), "a name of the practice before the noun");
    read("Caching, in my view, is a frequent source of bugs.");
    assertFalse(denied("Caching"));
    read("Retries are the best way to avoid mistakes.");
    assertFalse(denied("Retries"), "a mistake after a preposition is not what they are");
    read("4xx codes mean the client made a mistake.");
    assertFalse(denied("client"), "a mistake that is not a practice named as wrong");
    read("The pattern is simple: retry with backoff.");
    assertFalse(denied("retry"));
  }

  /** Whether the first occurrence of {@code word} tells of a practice the answer replaced. */
  private boolean superseded(String word) {
    return tokens.superseded(tokenOf(word));
  }

  @Test
  void aStoryOfAChangeMarksWhatWasDoneBefore() {
    read("Clients should hold open connections. The first version polled every two seconds."
        + " Polling overloaded the API. We moved clients to WebSockets. Later polls were rare.");
    assertFalse(superseded("should"), "a sentence in the present tense tells of no past");
    assertTrue(superseded("first"));
    assertTrue(superseded("overloaded"));
    assertFalse(superseded("WebSockets"), "the change itself");
    assertFalse(superseded("Later"), "only sentences before the first change");
    assertFalse(denied("polled"), "a story's past is marked, not denied");
    read("We switched from polling every two seconds to WebSockets, and replaced cron with a"
        + " queue.");
    assertTrue(superseded("polling"));
    assertFalse(superseded("WebSockets"));
    assertTrue(superseded("cron"));
    assertFalse(superseded("queue"));
    read("The first version polled every two seconds. The service moved to Kubernetes.");
    assertFalse(superseded("polled"), "no change the speaker tells of: no teller");
    read("The first version polled every two seconds. Then we move to WebSockets.");
    assertFalse(superseded("polled"), "a change in the present tense is advice, not a story");
  }

  @Test
  void sayingAPracticeDoesNotAddMuchDismissesIt() {
    read("SameSite cookies don't add much.");
    assertTrue(denied("SameSite"));
    read("The index doesn't add a second lookup.");
    assertFalse(denied("index"), "with an object, add is no dismissal of its subject");
  }

  @Test
  void whatTextbooksListAndTheSpeakerRejectsIsNotTheSpeakers() {
    read("Textbooks list the four Coffman conditions, but in practice they don't matter.");
    assertTrue(denied("Coffman"));
  }

  @Test
  void aReportedClaimThatIsNotRejectedStands() {
    read("People say Kafka retains messages for replay. It also scales well.");
    assertFalse(denied("replay"));
    read("A client should keep its key and retry, but only on timeouts.");
    assertFalse(denied("key"), "a client is not other people");
  }

  /**
   * A sentence that reports or labels a claim is recognised by its first word before anything
   * else ({@link Vocabulary#OPENER}): one sentence for each kind of first word the rules read.
   */
  @Test
  void everyKindOfOpeningWordStillOpensAReportOrALabel() {
    String[][] sentences = {
        {"And people say Kafka keeps every message forever. That's a myth.", "keeps"},
        {"Honestly, some people think a cache fixes a slow query. Not really.", "fixes"},
        {"Many argue that sharding is free. That's wrong.", "sharding"},
        {"People claim retries are always safe. That's a myth.", "retries"},
        {"You might hear that indexes speed up writes. That's wrong.", "indexes"},
        {"The usual assumption is that REST needs JSON. Not quite: any media type works.", "JSON"},
        {"Popular belief is that threads share nothing. Not quite: they share memory.", "share"},
        {"Common mistake: caching every query.", "caching"},
        {"Classic pitfall: retrying without backoff.", "retrying"},
        {"Anti-pattern: shared databases.", "shared"},
        {"Mistaken belief: queues remove overload.", "queues"},
        {"Myth: a bigger queue fixes overload.", "bigger"},
    };
    for (String[] sentence : sentences) {
      read(sentence[0]);
      assertTrue(denied(sentence[1]), sentence[0]);
    }
  }
}
