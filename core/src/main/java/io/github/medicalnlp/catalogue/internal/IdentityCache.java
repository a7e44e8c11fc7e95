package io.github.medicalnlp.catalogue.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe cache of a value derived from an immutable object, keyed by the object's identity and
 * holding it weakly: records compare by value, deeply, which is too slow for a cache key, and a value
 * derived from an immutable object never goes stale.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class IdentityCache<K, V> {

    private final ConcurrentHashMap<Key, V> map = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private final Function<K, V> compute;

    /** A cache computing missing values with {@code compute}. */
    public IdentityCache(Function<K, V> compute) {
        this.compute = compute;
    }

    /** The value for {@code key}, computed once per key object (or a few times under a race). */
    public V get(K key) {
        expunge();
        Key probe = new Key(key, null);
        V value = map.get(probe);
        if (value == null) {
            value = compute.apply(key);
            map.put(new Key(key, queue), value);
        }
        return value;
    }

    private void expunge() {
        for (Object ref; (ref = queue.poll()) != null; ) {
            map.remove(ref);
        }
    }

    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key other)) {
                return false;
            }
            Object mine = get();
            return mine != null && mine == other.get();
        }
    }
}
