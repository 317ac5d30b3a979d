package io.github.interviewbank.core.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that holds every number to {@link JsonSupport#MAX_NUMBER_LENGTH} characters. The
 * parser's own limit counts digits only, so that a sign, a decimal point or an exponent would
 * take a number past the documented length; this counts each character of the number as written,
 * in values read and in values skipped. Not part of the API: do not use.
 */
final class NumberLengthParser extends JsonParserDelegate {
  NumberLengthParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() {
    JsonToken token = delegate.nextToken();
    if ((token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
        && delegate.getStringLength() > JsonSupport.MAX_NUMBER_LENGTH) {
      // The parser's own wording, so that the reader reports both alike.
      throw new StreamConstraintsException("Number value length (" + delegate.getStringLength()
          + ") exceeds the maximum allowed (" + JsonSupport.MAX_NUMBER_LENGTH + ")",
          delegate.currentLocation());
    }
    return token;
  }

  /** Skips through {@link #nextToken()}, so that skipped numbers are held to the limit too. */
  @Override
  public JsonParser skipChildren() {
    JsonToken token = delegate.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }
}
