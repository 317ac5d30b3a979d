package io.github.interviewbank.core.internal;

import io.github.interviewbank.core.QuestionBank;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
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
          .characterEscapes(new ControlEscapes())
          .build();

  /**
   * JSON's escapes, and an escape for DEL and for each C1 control character (U+007F to
   * U+009F) as well: a bank written to a terminal never sends it a control character.
   */
  static final class ControlEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    ControlEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return ch >= 0x80 && ch <= 0x9F
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
    }
  }

  static final ObjectReadContext READ_CONTEXT = ObjectReadContext.empty();

  private JsonSupport() {}
}
