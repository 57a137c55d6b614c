package org.promisetracker.command.caching;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon {@link Cache}s on one Caffeine cache that holds at most {@code maximumSize} entries in all,
 * least recently and frequently used leaving first. Axon ships a weak-reference cache (emptied by
 * every garbage collection, so nearly useless under load) and adapters for Ehcache and JCache (a
 * second cache library and its configuration); Caffeine is already on the class path.
 * <p>
 * Each aggregate type sees its own cache ({@link #of}): Axon keys a cache by the aggregate's id
 * alone, and ids are one space for every kind of thing, so a benefit command sent to an action's
 * id would otherwise be handed the cached action.
 */
final class BoundedCaches {

    private record Key(String kind, Object id) {}

    private final ConcurrentMap<Key, Object> entries;
    private final Map<String, List<Cache.EntryListener>> listeners = new ConcurrentHashMap<>();

    BoundedCaches(long maximumSize) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .removalListener((Key key, Object value, RemovalCause cause) -> {
                    if (key != null && cause.wasEvicted()) {
                        listenersOf(key.kind()).forEach(listener -> listener.onEntryExpired(key.id()));
                    }
                })
                .build()
                .asMap();
    }

    Cache of(String kind) {
        return new KindCache(kind);
    }

    private List<Cache.EntryListener> listenersOf(String kind) {
        return listeners.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>());
    }

    private final class KindCache implements Cache {

        private final String kind;
        private final List<EntryListener> listeners;

        KindCache(String kind) {
            this.kind = kind;
            this.listeners = listenersOf(kind);
        }

        private Key key(Object id) {
            return new Key(kind, id);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> V get(K key) {
            V value = (V) entries.get(key(key));
            if (value != null) {
                listeners.forEach(listener -> listener.onEntryRead(key, value));
            }
            return value;
        }

        @Override
        public void put(Object key, Object value) {
            Object previous = entries.put(key(key), value);
            if (previous == null) {
                listeners.forEach(listener -> listener.onEntryCreated(key, value));
            } else {
                listeners.forEach(listener -> listener.onEntryUpdated(key, value));
            }
        }

        @Override
        public boolean putIfAbsent(Object key, Object value) {
            boolean added = entries.putIfAbsent(key(key), value) == null;
            if (added) {
                listeners.forEach(listener -> listener.onEntryCreated(key, value));
            }
            return added;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
            return (T) entries.computeIfAbsent(key(key), k -> valueSupplier.get());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
            entries.computeIfPresent(key(key), (k, value) -> update.apply((V) value));
        }

        @Override
        public boolean remove(Object key) {
            boolean removed = entries.remove(key(key)) != null;
            if (removed) {
                listeners.forEach(listener -> listener.onEntryRemoved(key));
            }
            return removed;
        }

        @Override
        public void removeAll() {
            entries.keySet().stream().filter(key -> key.kind().equals(kind)).forEach(key -> remove(key.id()));
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key(key));
        }

        @Override
        public Registration registerCacheEntryListener(EntryListener listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
