package io.github.interviewbank.core.internal;

import io.github.interviewbank.core.QuestionBank;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * This module's Jackson configuration: the streaming parser and generator only (reading needs
 * token locations, and the object mapper is not a dependency of this module). Not part of the
 * API: do not use.
 */
final class JsonSupport {
  /** The longest field name accepted, in characters: the format's names are short. */
  static final int MAX_NAME_LENGTH = 1_000;

  /** The longest number accepted, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Limits that stop hostile documents before they cost much. The document's size is limited by
   * the reader's own stream, which says so in the documented words.
   */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(QuestionBank.MAX_NESTING_DEPTH)
                  .maxStringLength(QuestionBank.MAX_STRING_LENGTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .build())
          .build();

  static final ObjectReadContext READ_CONTEXT = ObjectReadContext.empty();

  private JsonSupport() {}
}
