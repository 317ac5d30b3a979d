package io.github.interviewbank.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes on at most {@code limit} bytes of a stream and fails on the next one, remembering that it
 * did, so that a reader can tell "too large" from other read errors however the parser wraps the
 * exception. Closing it leaves the underlying stream open: callers own their streams. Not part of
 * the API: do not use.
 */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private long count;
  private boolean exceeded;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** {@return whether the stream held more than the limit} */
  boolean exceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    // One byte past the limit is enough to know the stream is over it.
    int n = in.read(b, off, (int) Math.min(len, limit - count + 1));
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = in.skip(Math.min(n, limit - count + 1));
    if (skipped > 0) {
      counted(skipped);
    }
    return skipped;
  }

  private void counted(long n) throws IOException {
    count += n;
    if (count > limit) {
      exceeded = true;
      throw new IOException("more than " + limit + " bytes");
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() {
    // The caller closes the underlying stream.
  }
}
