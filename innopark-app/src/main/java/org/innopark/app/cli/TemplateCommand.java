package org.innopark.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.innopark.app.index.UnitsCsv;
import org.innopark.app.ladder.SpreadsheetFacts;
import org.innopark.app.points.PointsCsv;
import org.innopark.app.registry.imports.RegistryExport;
import org.innopark.engine.index.FrameworkLoader;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.rules.RuleFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code template TABLE --out FILE.xlsx}: writes a registry table's import template, or the template of an
 * analyst's input file ({@code assess-input}, {@code points-input}, {@code index-input}), no database needed.
 */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = {
            "生成导入模板或分析数据模板 / write an import template or an analyst input template",
            "  登记表 / registry tables: enterprise、annual_report、企业年报 …",
            "  分析数据 / analyst inputs: " + SpreadsheetFacts.TEMPLATE + " (assess --data), " + PointsCsv.TEMPLATE
                    + " (points --data), " + UnitsCsv.TEMPLATE + " [--framework ID] (index --data)"
        })
final class TemplateCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "TABLE",
            description = "表名(如 enterprise、annual_report 或 企业年报)或分析数据(assess-input、points-input、index-input)"
                    + " / table name, or an analyst input")
    String table;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件 / output file")
    Path out;

    @Option(
            names = "--framework",
            paramLabel = "ID|FILE",
            description = "index-input:按该指标体系生成宽表模板(每个指标一列)/ index-input: the wide template of this"
                    + " framework (a column per indicator)")
    String framework;

    @Override
    public Integer call() throws IOException {
        if (table.equals(SpreadsheetFacts.TEMPLATE)
                || table.equals(PointsCsv.TEMPLATE)
                || table.equals(UnitsCsv.TEMPLATE)) {
            return analystTemplate();
        }
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

    private int analystTemplate() throws IOException {
        org.innopark.engine.index.Framework fw = null;
        if (framework != null) {
            if (!table.equals(UnitsCsv.TEMPLATE)) {
                System.err.println("--framework 只用于 index-input / --framework applies to index-input only");
                return 2;
            }
            try {
                fw = FrameworkLoader.byIdOrFile(framework);
            } catch (RuleFileException | IllegalArgumentException e) {
                System.err.println("指标体系无效 / invalid framework: " + e.getMessage());
                return 2;
            }
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            switch (table) {
                case SpreadsheetFacts.TEMPLATE -> SpreadsheetFacts.template(stream);
                case PointsCsv.TEMPLATE -> PointsCsv.template(stream);
                default -> UnitsCsv.template(fw, stream);
            }
        }
        System.out.println("已写出模板 / template written: " + out);
        return 0;
    }
}
