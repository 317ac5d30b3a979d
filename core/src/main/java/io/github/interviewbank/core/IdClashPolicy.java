package io.github.interviewbank.core;

/**
 * What {@link QuestionBank#merge(QuestionBank, IdClashPolicy)} does when both banks hold a
 * question, or a topic, with the same id but different content. Identical duplicates never clash:
 * they are kept once.
 *
 * @since 1.0.0
 */
public enum IdClashPolicy {
  /** Throw a {@link QuestionBankException} listing every clashing id. */
  REJECT,
  /** Keep this bank's version and drop the other's. */
  KEEP_EXISTING,
  /** Use the other bank's version, in this bank's position. */
  REPLACE
}
