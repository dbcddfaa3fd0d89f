package org.innopark.app.registry.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.LongConsumer;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.registry.RegistryVersion;
import org.innopark.app.security.ParkScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 数据导入: imports an Excel workbook (several tables, one per sheet) or a CSV file (one table) into the registry,
 * all or nothing. Every row is validated and every error collected; when there is none, everything is written in
 * one transaction through the store's bulk upsert (unchanged rows are left as they are, so importing the same file
 * again changes nothing); when there is any, the transaction is rolled back and nothing is written. Every attempt
 * is recorded in the import history, a rejected one in its own transaction after the rollback.
 */
@Service
public class RegistryImport {

    /** What a file the importer cannot read is told, in Chinese (the English text adds the library's detail). */
    static final String UNREADABLE_ZH =
            "无法读取文件:文件已损坏、被截断或不是所声明的格式(.xlsx 或 CSV);请在 Excel 中打开确认后另存为" + " .xlsx 或 CSV 再导入";

    private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);

    /** Rows between two progress reports. */
    public static final long PROGRESS_EVERY = 100_000;

    private final RegistryStore store;
    private final RegistryVersion version;
    private final JdbcTemplate jdbc;
    private final ImportHistory history;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;

    /** Rows written at a time; only tests change it, to cross chunk boundaries with small files. */
    private volatile int chunkRows = ImportRun.CHUNK;

    /** The most a file may hold; tests lower them. */
    private volatile ImportLimits limits;

    RegistryImport(
            RegistryStore store,
            JdbcTemplate jdbc,
            ImportHistory history,
            PlatformTransactionManager txm,
            RegistryVersion version,
            @Value("${innopark.import.max-columns:" + ImportLimits.DEFAULT_COLUMNS + "}") int maxColumns,
            @Value("${innopark.import.max-rows:" + ImportLimits.DEFAULT_ROWS + "}") long maxRows,
            @Value("${innopark.import.max-cell-chars:" + ImportLimits.DEFAULT_CELL_CHARS + "}") int maxCellChars,
            @Value("${innopark.import.max-shared-strings:" + ImportLimits.DEFAULT_SHARED_STRINGS + "}")
                    long maxSharedStrings,
            @Value("${innopark.import.max-shared-string-chars:" + ImportLimits.DEFAULT_SHARED_STRING_CHARS + "}")
                    long maxSharedStringChars,
            @Value("${innopark.import.max-unzipped-bytes:" + ImportLimits.DEFAULT_UNZIPPED_BYTES + "}")
                    long maxUnzippedBytes) {
        this.limits = new ImportLimits(
                maxColumns, maxRows, maxCellChars, maxSharedStrings, maxSharedStringChars, maxUnzippedBytes);
        this.store = store;
        this.version = version;
        this.jdbc = jdbc;
        this.history = history;
        this.tx = new TransactionTemplate(txm);
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * What to import and on whose behalf.
     *
     * @param table the table of a CSV file or of unnamed sheets (database, Chinese or English name); null to
     *     recognise it from sheet names and headers
     * @param scope the parks the user may write: rows of other parks are errors
     * @param progress told the number of rows read every {@link #PROGRESS_EVERY} rows; may be null
     */
    public record Request(
            Path file, String fileName, String table, String username, ParkScope scope, LongConsumer progress) {}

    /** The limits in force. */
    public ImportLimits limits() {
        return limits;
    }

    /** Sets the limits (tests only); returns the previous ones. */
    ImportLimits limits(ImportLimits newLimits) {
        ImportLimits previous = limits;
        limits = newLimits;
        return previous;
    }

    /** Sets the rows written at a time (tests only); returns the previous value. */
    int chunkRows(int rows) {
        int previous = chunkRows;
        chunkRows = rows;
        return previous;
    }

    /** The tables that can be imported, by database name. */
    public static List<String> tables() {
        return TableSpecs.ALL.stream().map(TableSpec::name).toList();
    }

    /**
     * Imports the file and records the attempt.
     *
     * @throws IllegalArgumentException when the table named is not one of the registry's (message in both
     *     languages)
     * @throws IOException when the file cannot be read at all
     */
    public ImportReport importFile(Request request) throws IOException {
        OffsetDateTime started = OffsetDateTime.now();
        TableSpec given =
                request.table() == null || request.table().isBlank() ? null : TableSpecs.require(request.table());
        SourceFile source = SourceFile.scan(request.file());
        ImportReport report;
        try {
            report = tx.execute(status -> {
                ImportRun run = new ImportRun(
                        request.scope(),
                        new JdbcRegistryLookup(jdbc),
                        store::saveRows,
                        request.progress(),
                        PROGRESS_EVERY,
                        ImportReport.MAX_ERRORS,
                        chunkRows,
                        limits);
                try {
                    read(source, request.fileName(), given, run);
                } finally {
                    // the writer must have stopped before the transaction commits or rolls back
                    run.close();
                }
                ImportReport r = run.report(request.fileName(), source.sha256());
                if (r.accepted()) {
                    if (r.inserted() + r.updated() > 0) {
                        version.bump();
                    }
                    return withId(
                            r,
                            history.record(
                                    r,
                                    r.status().name(),
                                    request.username(),
                                    request.scope().parkCode(),
                                    started));
                }
                status.setRollbackOnly();
                return r;
            });
        } catch (RuntimeException e) {
            log.error("Import of {} failed and was rolled back", request.fileName(), e);
            ImportReport failed = new ImportReport(
                    null,
                    request.fileName(),
                    source.sha256(),
                    ImportReport.Status.REJECTED,
                    List.of(),
                    0,
                    0,
                    0,
                    0,
                    1,
                    List.of(new ImportError(
                            null,
                            0,
                            "",
                            "",
                            "导入失败,已回滚,未写入任何数据:" + e.getMessage(),
                            "the import failed and was rolled back, nothing was written: " + e.getMessage())));
            newTx.executeWithoutResult(s -> history.record(
                    failed, "FAILED", request.username(), request.scope().parkCode(), started));
            throw e;
        }
        if (!report.accepted()) {
            ImportReport rejected = report;
            report = withId(
                    report,
                    newTx.execute(s -> history.record(
                            rejected,
                            rejected.status().name(),
                            request.username(),
                            request.scope().parkCode(),
                            started)));
        }
        log.info(
                "Import of {} by {}: {}",
                request.fileName(),
                request.username(),
                report.summary(java.util.Locale.ENGLISH));
        return report;
    }

    private static void read(SourceFile source, String fileName, TableSpec given, ImportRun run) {
        try {
            switch (source.format()) {
                case XLSX -> XlsxReading.read(source, given, run);
                case CSV -> CsvReading.read(source, fileName, given, run);
                case XLS ->
                    run.errors.add(
                            fileName,
                            0,
                            "",
                            "",
                            "不支持旧版 .xls 格式,请在 Excel 中另存为 .xlsx 或 CSV 后再导入",
                            "the old .xls format is not supported: save the file as .xlsx or CSV in Excel and import it");
            }
        } catch (ImportLimits.Exceeded e) {
            // the reading stopped at the limit: what was read is not written (the error rolls the import back)
            run.errors.add(fileName, e.row(), "", "", e.messageZh(), e.messageEn());
        } catch (IOException e) {
            // the message may name the server's temporary copy of the upload: the user knows the file by its name
            String message = String.valueOf(e.getMessage())
                    .replace(source.path().toAbsolutePath().toString(), fileName)
                    .replace(source.path().toString(), fileName);
            // the library's own words go to the English text only: the Chinese one says what to do
            run.errors.add(fileName, 0, "", "", UNREADABLE_ZH, "cannot read the file: " + message);
        }
        if (run.rows() == 0 && run.errors.isEmpty()) {
            run.errors.add(
                    fileName,
                    0,
                    "",
                    "",
                    "文件中没有数据行:第1行为列名,数据从第2行开始",
                    "the file holds no data rows: row 1 is the header, data starts on row 2");
        }
    }

    /**
     * Writes a copy of a rejected file as a workbook whose bad cells are filled red and carry the error as a
     * comment, with a sheet listing every error.
     */
    public void writeAnnotatedCopy(Path file, ImportReport report, OutputStream out) throws IOException {
        RejectedFileCopy.write(SourceFile.scan(file), report, out);
    }

    private static ImportReport withId(ImportReport r, Long id) {
        return new ImportReport(
                id,
                r.fileName(),
                r.sha256(),
                r.status(),
                r.tables(),
                r.rows(),
                r.inserted(),
                r.updated(),
                r.unchanged(),
                r.errorCount(),
                r.errors());
    }
}
