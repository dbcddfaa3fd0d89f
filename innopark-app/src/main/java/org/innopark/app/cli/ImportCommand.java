package org.innopark.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.registry.imports.ImportError;
import org.innopark.app.registry.imports.ImportReport;
import org.innopark.app.registry.imports.RegistryImport;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.registry.InvalidValueException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE}: imports an Excel workbook or CSV file all or nothing and prints the report; the exit status
 * is 0 when the file was accepted, 1 when it was rejected (nothing written), 2 when it could not be read.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "导入 Excel(.xlsx)或 CSV 文件,全部通过校验才写入 / import an Excel or CSV file, all or nothing")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Parameters(paramLabel = "FILE", description = "要导入的 .xlsx 或 .csv 文件 / the .xlsx or .csv file")
    Path file;

    @Option(
            names = "--table",
            paramLabel = "TABLE",
            description = "CSV 或未命名工作表对应的表(如 enterprise、企业年报);省略时按工作表名和列名识别 / the table of a CSV"
                    + " file or unnamed sheets; recognised from sheet names and headers when omitted")
    String table;

    @Option(
            names = "--annotated-out",
            paramLabel = "FILE.xlsx",
            description = "文件被拒绝时,写出标注错误的副本 / when rejected, write a copy with the bad cells marked")
    Path annotatedOut;

    @Option(
            names = "--lang",
            defaultValue = "zh",
            paramLabel = "zh|en",
            description = "错误信息语言(默认 zh)/ language of the messages (default zh)")
    String lang;

    @Override
    public Integer call() throws IOException {
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        if (!Files.isRegularFile(file)) {
            System.err.println("文件不存在 / no such file: " + file);
            return 2;
        }
        try (ConfigurableApplicationContext context = Contexts.start(db, Map.of(), false)) {
            RegistryImport imports = context.getBean(RegistryImport.class);
            long start = System.nanoTime();
            ImportReport report = imports.importFile(new RegistryImport.Request(
                    file,
                    file.getFileName().toString(),
                    table,
                    "cli:" + System.getProperty("user.name", "unknown"),
                    ParkScope.ALL,
                    rows -> System.err.printf(
                            "已读取 / read %,d 行 rows (%.0f s)%n", rows, (System.nanoTime() - start) / 1e9)));
            print(report, locale);
            if (!report.accepted() && annotatedOut != null) {
                try (OutputStream out = Files.newOutputStream(annotatedOut)) {
                    imports.writeAnnotatedCopy(file, report, out);
                }
                System.out.println("已写出标注错误的副本 / annotated copy written: " + annotatedOut);
            }
            return report.accepted() ? 0 : 1;
        } catch (InvalidValueException e) {
            System.err.println(e.messageZh() + " / " + e.messageEn());
            return 2;
        }
    }

    static void print(ImportReport report, Locale locale) {
        System.out.println(report.summary(Locale.SIMPLIFIED_CHINESE));
        System.out.println(report.summary(Locale.ENGLISH));
        System.out.println("文件 / file: " + report.fileName() + "  SHA-256: " + report.sha256()
                + (report.id() == null ? "" : "  导入记录 / import #" + report.id()));
        for (ImportReport.TableCounts t : report.tables()) {
            System.out.printf(
                    "  %s (%s): %,d 行 rows, 新增 inserted %,d, 更新 updated %,d, 未变 unchanged %,d%n",
                    t.sheet(), t.table(), t.rows(), t.inserted(), t.updated(), t.unchanged());
        }
        if (!report.errors().isEmpty()) {
            System.out.println("错误 / errors (工作表 行 列 值: 说明 / sheet row column value: message):");
            for (ImportError e : report.errors()) {
                System.out.println("  " + e.describe(locale));
            }
            if (report.errorsTruncated()) {
                System.out.println("  … 共 " + report.errorCount() + " 个错误 / " + report.errorCount() + " errors in all");
            }
        }
    }
}
