package io.github.interviewbank.grading.keyword.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe cache keyed by object identity that does not keep its keys alive: compiled
 * questions go away with their questions. Identity, because questions are records whose equality
 * would hash every text on each lookup. Values are held strongly, so a value must never refer to
 * its key, or the key could never be collected (a compiled question keeps its question's id, not
 * the question). Entries whose key was collected are dropped on the next call. Not part of the
 * API.
 */
final class WeakIdentityCache<K, V> {
  private final ConcurrentHashMap<Object, V> map = new ConcurrentHashMap<>();
  private final ReferenceQueue<K> queue = new ReferenceQueue<>();

  /** {@return the value for {@code key}, computing it once if absent} */
  V get(K key, Function<? super K, ? extends V> compute) {
    // Polling an empty queue is one read: dropping collected entries on every call, not only on
    // a miss, lets a cache that only hits release what its callers let go.
    expunge();
    V value = map.get(new Lookup(key));
    if (value != null) {
      return value;
    }
    return map.computeIfAbsent(new WeakKey<>(key, queue), k -> compute.apply(key));
  }

  int size() {
    expunge();
    return map.size();
  }

  private void expunge() {
    java.lang.ref.Reference<? extends K> gone;
    while ((gone = queue.poll()) != null) {
      map.remove(gone);
    }
  }

  /** The stored key: weak, with the identity hash of its referent. */
  private static final class WeakKey<K> extends WeakReference<K> {
    private final int hash;

    WeakKey(K key, ReferenceQueue<K> queue) {
      super(key, queue);
      this.hash = System.identityHashCode(key);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (this == o) {
        return true;
      }
      Object mine = get();
      if (mine == null) {
        return false;
      }
      if (o instanceof WeakKey<?> w) {
        return mine == w.get();
      }
      return o instanceof Lookup l && mine == l.key;
    }
  }

  /** A short-lived key for lookups. */
  private static final class Lookup {
    private final Object key;

    Lookup(Object key) {
      this.key = key;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(key);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (o instanceof WeakKey<?> w) {
        return w.get() == key;
      }
      return o instanceof Lookup l && l.key == key;
    }
  }
}
