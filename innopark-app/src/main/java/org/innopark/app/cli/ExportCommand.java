package org.innopark.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.registry.imports.RegistryExport;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.registry.InvalidValueException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export TABLE --out FILE.xlsx [--park CODE]}: exports a table with the import's headers and units. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "将一张表导出为 Excel(可再导入)/ export a table to Excel (importable again)")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Parameters(paramLabel = "TABLE", description = "表名,如 enterprise、annual_report 或 企业年报 / table name")
    String table;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件 / output file")
    Path out;

    @Option(names = "--park", paramLabel = "CODE", description = "只导出一个园区 / only one park")
    String park;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = Contexts.start(db, Map.of(), false);
                OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
            long start = System.nanoTime();
            long rows = context.getBean(RegistryExport.class).export(table, ParkScope.ALL, park, stream);
            System.out.printf(
                    "已导出 %,d 行到 %s / exported %,d rows (%.1f s)%n", rows, out, rows, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (InvalidValueException e) {
            Files.deleteIfExists(out);
            System.err.println(e.messageZh() + " / " + e.messageEn());
            return 2;
        }
    }
}
