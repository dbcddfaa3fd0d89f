package org.innopark.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.innopark.app.registry.imports.RegistryExport;
import org.innopark.engine.registry.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code template TABLE --out FILE.xlsx}: writes a table's import template (no database needed). */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = "生成一张表的导入模板 / write a table's import template")
final class TemplateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TABLE", description = "表名,如 enterprise、annual_report 或 企业年报 / table name")
    String table;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件 / output file")
    Path out;

    @Override
    public Integer call() throws IOException {
        try {
            RegistryExport.fileName(table, "");
        } catch (InvalidValueException e) {
            System.err.println(e.messageZh() + " / " + e.messageEn());
            return 2;
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            RegistryExport.template(table, stream);
        }
        System.out.println("已写出模板 / template written: " + out);
        return 0;
    }
}
