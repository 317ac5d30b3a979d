package io.github.interviewbank.core.internal;

import io.github.interviewbank.core.QuestionBank;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The one configured Jackson mapper of this module. Not part of the API: do not use. */
final class JsonSupport {
  /** Limits that stop hostile documents before they cost much. */
  static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(QuestionBank.MAX_NESTING_DEPTH)
                          .maxStringLength(QuestionBank.MAX_STRING_LENGTH)
                          .maxDocumentLength(QuestionBank.MAX_DOCUMENT_BYTES)
                          .maxNumberLength(100)
                          .build())
                  .build())
          .build();

  /** Two-space indentation, {@code "name": value}, one element per line. */
  static final ObjectWriter PRETTY_WRITER =
      MAPPER
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonSupport() {}
}
