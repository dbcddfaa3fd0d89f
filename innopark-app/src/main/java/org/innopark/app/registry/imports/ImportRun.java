package org.innopark.app.registry.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.innopark.app.registry.MergeCounts;
import org.innopark.app.registry.RegistryTable;
import org.innopark.app.security.ParkScope;

/**
 * The state of one file's import across its sheets: every error, the parks, sub-parks and enterprises the file
 * itself defines (so a child row may refer to a parent of the same file), the references still to be checked
 * against the database, and what was written. Rows are written chunk by chunk while no error has been found; the
 * first error stops the writing and the caller rolls the transaction back. The reference checks and the writes run
 * on a {@link WriteBehind} thread inside the caller's transaction, one chunk behind the reading; the caller must
 * {@link #close} the run before its transaction ends.
 */
final class ImportRun implements AutoCloseable {

    /** Rows written at a time; bounds the memory a large file needs. */
    static final int CHUNK = 20_000;

    /** Chunks read ahead of the writer at most (besides the one being written and the one being read). */
    static final int WRITES_AHEAD = 1;

    private static final String MISSING = "\u0000";

    final ParkScope scope;
    final ErrorLog errors;
    final ImportLimits limits;
    private final RegistryLookup lookup;
    private final RowSink sink;
    private final LongConsumer progress;
    private final long progressEvery;
    private final int chunkSize;

    /** Parents defined by the file itself. */
    final Set<String> fileParks = new HashSet<>();

    final Map<String, String> fileSubParks = new HashMap<>();
    final Map<String, String> fileEnterprises = new HashMap<>();

    /** Natural keys seen per table → (sheet index << 32 | row), to find duplicates. */
    final Map<String, Map<String, Long>> seenKeys = new HashMap<>();

    final List<String> sheets = new ArrayList<>();

    private Set<String> dbParks;
    private Map<String, String> dbSubParks;
    private final Map<String, Map<String, String>> owners = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, ImportReport.TableCounts> counts = new LinkedHashMap<>();
    private long rows;
    private WriteBehind writer;

    /** Set by the writer's thread when a reference check found an error (read there, and after a drain). */
    private volatile boolean referencesFailed;

    /** A reference to check against the database before the chunk holding its row is written. */
    record Pending(
            TableSpec table, String key, boolean mustExist, String sheet, int row, String column, String value) {}

    ImportRun(
            ParkScope scope,
            RegistryLookup lookup,
            RowSink sink,
            LongConsumer progress,
            long progressEvery,
            int errorCap,
            int chunkSize) {
        this(scope, lookup, sink, progress, progressEvery, errorCap, chunkSize, ImportLimits.DEFAULT);
    }

    ImportRun(
            ParkScope scope,
            RegistryLookup lookup,
            RowSink sink,
            LongConsumer progress,
            long progressEvery,
            int errorCap,
            int chunkSize,
            ImportLimits limits) {
        this.limits = limits;
        this.scope = scope;
        this.lookup = lookup;
        this.sink = sink;
        this.progress = progress;
        this.progressEvery = progressEvery;
        this.errors = new ErrorLog(errorCap);
        this.chunkSize = chunkSize;
    }

    /** Starts a sheet holding the table. */
    TableImport table(TableSpec spec, String sheet) {
        // Stored parks and sub-parks are read now, while no write is under way on the connection.
        if (spec.parkColumn() >= 0 && dbParks == null) {
            dbParks = lookup.parkCodes();
        }
        if (spec.subParkColumn() >= 0 && dbSubParks == null) {
            dbSubParks = lookup.subParks();
        }
        sheets.add(sheet);
        errors.sheet(sheet);
        return new TableImport(this, spec, sheet, sheets.size() - 1, chunkSize);
    }

    boolean writing() {
        return errors.isEmpty();
    }

    boolean parkExists(String code) {
        if (fileParks.contains(code)) {
            return true;
        }
        if (dbParks == null) {
            dbParks = lookup.parkCodes();
        }
        return dbParks.contains(code);
    }

    /** The park of a sub-park defined by the file or stored, or null when there is no such sub-park. */
    String subParkPark(String code) {
        String park = fileSubParks.get(code);
        if (park != null) {
            return park;
        }
        if (dbSubParks == null) {
            dbSubParks = lookup.subParks();
        }
        return dbSubParks.get(code);
    }

    void defer(Pending p) {
        pending.add(p);
    }

    /**
     * Hands a chunk to the writer: the references deferred so far are checked against the database, then the rows
     * are written if no error has been found, both on the writer's thread and in order, while the caller goes on
     * reading. The counts of what was written go to {@code written}. A {@code check} (may be null) runs on the
     * writer's thread before the write, with the lookup on the import's connection; when it fails (it has logged
     * its errors), nothing more is written.
     */
    void flush(
            RegistryTable table,
            List<Object[]> chunk,
            java.util.function.Consumer<MergeCounts> written,
            java.util.function.Predicate<RegistryLookup> check) {
        List<Pending> references = pending.isEmpty() ? List.of() : new ArrayList<>(pending);
        pending.clear();
        if (references.isEmpty() && (chunk.isEmpty() || !writing() || referencesFailed)) {
            return;
        }
        if (writer == null) {
            writer = new WriteBehind("import-writer", WRITES_AHEAD);
        }
        // Written when no error was found up to the chunk's last row nor by the reference checks so far; errors the
        // reader finds meanwhile in later rows do not matter (they roll the whole transaction back).
        boolean clean = writing();
        writer.submit(() -> {
            if (!resolve(references)) {
                referencesFailed = true;
            }
            if (clean && !referencesFailed && check != null && !check.test(lookup)) {
                referencesFailed = true;
            }
            if (clean && !referencesFailed && !chunk.isEmpty()) {
                written.accept(sink.write(table, chunk));
            }
        });
    }

    /** Waits until everything handed to the writer is checked and written; throws the writer's failure. */
    void drain() {
        if (writer != null) {
            WriteBehind w = writer;
            writer = null;
            w.finish();
        }
    }

    /** Stops the writer after a failure of the caller, waiting for a write under way to end. */
    @Override
    public void close() {
        if (writer != null) {
            WriteBehind w = writer;
            writer = null;
            w.close();
        }
    }

    /** Checks deferred references against the database, in batches (on the writer's thread); false on any error. */
    private boolean resolve(List<Pending> pending) {
        if (pending.isEmpty()) {
            return true;
        }
        boolean ok = true;
        Map<TableSpec, Set<String>> unknown = new HashMap<>();
        for (Pending p : pending) {
            Map<String, String> known = owners.computeIfAbsent(p.table().name(), t -> new HashMap<>());
            if (!known.containsKey(p.key())) {
                unknown.computeIfAbsent(p.table(), t -> new HashSet<>()).add(p.key());
            }
        }
        unknown.forEach((table, keys) -> {
            Map<String, String> known = owners.get(table.name());
            Map<String, String> found = lookup.owners(table, keys);
            for (String key : keys) {
                known.put(key, found.getOrDefault(key, MISSING));
            }
        });
        for (Pending p : pending) {
            String owner = owners.get(p.table().name()).get(p.key());
            boolean elsewhere = !owner.equals(MISSING) && !scope.includesPark(owner);
            if (p.mustExist() && (owner.equals(MISSING) || elsewhere)) {
                ok = false;
                // An enterprise of another park reads exactly like an absent one: the report never confirms that a
                // credit code is registered in a park the user may not see.
                errors.add(
                        p.sheet(),
                        p.row(),
                        p.column(),
                        p.value(),
                        "企业" + p.key() + "不在您可访问的登记库中,也不在本文件的'企业'表中,请先导入该企业",
                        "enterprise " + p.key() + " is neither in the registry you can access nor in this file's"
                                + " enterprise sheet; import the enterprise first");
            } else if (elsewhere) {
                ok = false;
                errors.add(
                        p.sheet(),
                        p.row(),
                        p.column(),
                        p.value(),
                        "'" + p.key() + "'无法由您的账户导入或修改(仅限园区" + scope.parkCode() + "的数据)",
                        "'" + p.key() + "' cannot be imported or changed by your account (only data of park "
                                + scope.parkCode() + ")");
            }
        }
        return ok;
    }

    /**
     * Counts a data row read.
     *
     * @throws ImportLimits.Exceeded when the file has more rows than the limit
     */
    void rowRead(int rowNumber) {
        if (rows >= limits.rows()) {
            throw limits.tooManyRows(rowNumber);
        }
        rows++;
        if (progress != null && rows % progressEvery == 0) {
            progress.accept(rows);
        }
    }

    long rows() {
        return rows;
    }

    void counted(ImportReport.TableCounts tc) {
        String key = tc.sheet();
        ImportReport.TableCounts old = counts.get(key);
        counts.put(
                key,
                old == null
                        ? tc
                        : new ImportReport.TableCounts(
                                tc.table(),
                                tc.sheet(),
                                old.rows() + tc.rows(),
                                old.inserted() + tc.inserted(),
                                old.updated() + tc.updated(),
                                old.unchanged() + tc.unchanged()));
    }

    List<ImportReport.TableCounts> tableCounts() {
        return new ArrayList<>(counts.values());
    }

    /** The report of this run (before it is recorded: no id yet). */
    ImportReport report(String fileName, String sha256) {
        boolean accepted = errors.isEmpty();
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        List<ImportReport.TableCounts> tables = new ArrayList<>();
        for (ImportReport.TableCounts tc : counts.values()) {
            ImportReport.TableCounts shown =
                    accepted ? tc : new ImportReport.TableCounts(tc.table(), tc.sheet(), tc.rows(), 0, 0, 0);
            tables.add(shown);
            inserted += shown.inserted();
            updated += shown.updated();
            unchanged += shown.unchanged();
        }
        return new ImportReport(
                null,
                fileName,
                sha256,
                accepted ? ImportReport.Status.ACCEPTED : ImportReport.Status.REJECTED,
                tables,
                rows,
                inserted,
                updated,
                unchanged,
                errors.total(),
                errors.sorted());
    }
}
