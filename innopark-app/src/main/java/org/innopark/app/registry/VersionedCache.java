package org.innopark.app.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed from the registry, reused while the {@link org.innopark.app.registry.RegistryVersion} they were
 * computed at is current. Bounded: when full, it starts afresh (the values are cheap to recompute once).
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(long version, V value) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int capacity;

    public VersionedCache(int capacity) {
        this.capacity = capacity;
    }

    public V get(K key, long version, Supplier<V> compute) {
        Entry<V> e = entries.get(key);
        if (e != null && e.version() == version) {
            return e.value();
        }
        V value = compute.get();
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, new Entry<>(version, value));
        return value;
    }
}
