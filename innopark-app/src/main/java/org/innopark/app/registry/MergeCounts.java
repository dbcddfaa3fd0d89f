package org.innopark.app.registry;

/** What a bulk upsert did: rows added, rows whose values changed, rows already stored as they are. */
public record MergeCounts(long inserted, long updated, long unchanged) {

    public static final MergeCounts NONE = new MergeCounts(0, 0, 0);

    public MergeCounts plus(MergeCounts other) {
        return new MergeCounts(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
    }

    public long total() {
        return inserted + updated + unchanged;
    }
}
