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

    private final ConcurrentHashMap<Object, V> map = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private final Function<K, V> compute;

    /** A cache computing missing values with {@code compute}. */
    public IdentityCache(Function<K, V> compute) {
        this.compute = compute;
    }

    /** The value for {@code key}, computed once per key object (or a few times under a race). */
    public V get(K key) {
        expunge();
        V value = map.get(new Probe(key));
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

    /** A lookup key that holds its object strongly and costs no reference processing. */
    private static final class Probe {
        private final Object referent;

        Probe(Object referent) {
            this.referent = referent;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(referent);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.get() == referent;
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
            Object mine = get();
            if (o instanceof Probe p) {
                return mine != null && mine == p.referent;
            }
            return o instanceof Key other && mine != null && mine == other.get();
        }
    }
}
