package io.github.interviewbank.core.internal;

import io.github.interviewbank.core.QuestionBank;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * This module's Jackson configuration. Reading uses the streaming parser alone (it needs token
 * locations, and skipping the object mapper keeps start-up short); writing uses the mapper, built
 * on first use. Not part of the API: do not use.
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

  /** Lazy holder: only writing builds the object mapper. */
  static final class Writer {
    /** Two-space indentation, {@code "name": value}, one element per line. */
    static final ObjectWriter PRETTY =
        JsonMapper.builder(FACTORY).build()
            .writer()
            .with(
                new DefaultPrettyPrinter(
                        Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Writer() {}
  }
}
