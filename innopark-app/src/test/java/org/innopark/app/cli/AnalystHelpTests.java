package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code --help} of each {@code --data} form names its template and the columns that change results. */
class AnalystHelpTests {

    static String help(String... command) {
        StringWriter out = new StringWriter();
        CommandLine cl = InnoParkCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setUsageHelpWidth(300); // no wrapping inside the phrases checked
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void assessHelpNamesItsTemplateCertificatesFactsAndTheYearDefault() {
        assertThat(help("assess"))
                .contains("template assess-input")
                .contains("XLSX or CSV (UTF-8 or GBK)")
                .contains("cert:high-tech:granted")
                .contains("fact:majorIncident")
                .contains("without --year each enterprise is assessed at its latest year")
                .contains("--unit");
    }

    @Test
    void pointsHelpNamesItsTemplateAndTheDefaultsOfParkAndRegistrationDate() {
        assertThat(help("points"))
                .contains("template points-input")
                .contains("园区 park")
                .contains("成立日期 registration_date")
                .contains("printed on stderr");
    }

    @Test
    void indexHelpNamesBothTemplatesAndLayouts() {
        assertThat(help("index"))
                .contains("template index-input --out")
                .contains("template index-input --framework ID")
                .contains("长表 long: 单位 unit, 指标 indicator, 年份 year, 数值 value");
    }

    @Test
    void templateHelpListsTheAnalystInputs() {
        assertThat(help("template")).contains("assess-input", "points-input", "index-input");
    }
}
