package io.github.interviewbank.grading;

import java.util.Collection;
import java.util.List;

/** Copies of list arguments whose null-check failures name the parameter. */
final class Lists {
  private Lists() {}

  /**
   * {@return an unmodifiable copy of {@code items}}
   *
   * @throws NullPointerException naming {@code what} when {@code items} is {@code null}, or
   *     {@code what[i]} when its element {@code i} is
   */
  static <T> List<T> copyOf(Collection<? extends T> items, String what) {
    if (items == null) {
      throw new NullPointerException(what);
    }
    int i = 0;
    for (T item : items) {
      // The name is built only for a failure: grades are made in the millions.
      if (item == null) {
        throw new NullPointerException(what + "[" + i + "]");
      }
      i++;
    }
    return List.copyOf(items);
  }
}
