package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.transfer.ContractLists;
import org.innopark.engine.transfer.ContractStatistics;
import org.innopark.engine.transfer.RegisteredContract;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code transfer contracts stats}: what it prints, and a bad year refused before the database is opened. */
class ContractsCommandTests {

    private static RegisteredContract contract(String no, String amount, String buyerRegion, String date) {
        return new RegisteredContract(
                no,
                null,
                "卖方",
                true,
                "买方",
                false,
                "SERVICE",
                new BigDecimal(amount),
                new BigDecimal(amount),
                "农业",
                "未涉及知识产权",
                "220173",
                buyerRegion,
                null,
                LocalDate.parse(date));
    }

    @Test
    void theReportPrintsTheBulletinSentenceAndTheTables() {
        ContractStatistics.Report r = ContractStatistics.of(
                "CCHTZ",
                "220173",
                ContractLists.builtIn(),
                List.of(
                        contract("1", "146900000.00", "110108", "2025-02-01"),
                        contract("2", "100000.00", "220102", "2024-02-01")),
                null);
        StringWriter s = new StringWriter();
        ContractsCommand.print(new PrintWriter(s), r);
        assertThat(s.toString())
                .contains("2025年输出技术合同1项，成交额1.47亿元")
                .contains("北京市\t1\t14690.00")
                .contains("2024\t1\t10.00\t0\t0.00")
                .contains("技术服务\t1\t14690.00\t14690.00\t10.00\t146800.0%");
    }

    @Test
    void aYearOutOfRangeIsRefused() {
        StringWriter err = new StringWriter();
        CommandLine cl = InnoParkCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("transfer", "contracts", "stats", "--park", "CCHTZ", "--year", "20250");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--year");
    }
}
