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
  /** Limits that stop hostile documents before they cost much. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(QuestionBank.MAX_NESTING_DEPTH)
                  .maxStringLength(QuestionBank.MAX_STRING_LENGTH)
                  .maxDocumentLength(QuestionBank.MAX_DOCUMENT_BYTES)
                  .maxNumberLength(100)
                  .build())
          .build();

  static final ObjectReadContext READ_CONTEXT = ObjectReadContext.empty();

  private JsonSupport() {}
}
