package org.innopark.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.transfer.TransferContracts;
import org.innopark.engine.transfer.ContractStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code transfer contracts}: a park's registered technology contracts (技术合同登记), from the database. */
@Command(
        name = "contracts",
        mixinStandardHelpOptions = true,
        description = "技术合同登记:输出与吸纳统计 / registered technology contracts: outflow and inflow statistics",
        subcommands = {ContractsCommand.StatsCommand.class})
final class ContractsCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description = {
                "园区一年的技术合同输出(卖方在园区)与吸纳(买方在园区):项数、成交额、技术交易额及同比,按类型、技术领域、对方所在地与省份"
                        + " / a park's contracts of a year sold (seller in the park) and bought (buyer in the park),"
                        + " against the year before, by type, field, where the other party is and province",
                "  transfer contracts stats --park CC              最近有合同的年度 / the latest year with a contract",
                "  transfer contracts stats --park CC --year 2025"
            })
    static final class StatsCommand implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        DatabaseOptions db = new DatabaseOptions();

        @Option(names = "--park", required = true, paramLabel = "CODE", description = "园区代码 / park code")
        String park;

        @Option(
                names = "--year",
                paramLabel = "Y",
                description = "登记年度(默认最近有合同的年度)/ the year (default: the latest with a contract)")
        Integer year;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (year != null && (year < 1985 || year > 2100)) {
                err.println("--year 应在1985与2100之间 / --year is between 1985 and 2100: " + year);
                return 2;
            }
            return TransferCommand.guarded(err, () -> {
                try (org.springframework.context.ConfigurableApplicationContext context =
                        Contexts.start(db, Map.of(), false)) {
                    if (!context.getBean(RegistryReads.class).parkExists(park)) {
                        err.println("无此园区 / no such park: " + park);
                        return 1;
                    }
                    Optional<ContractStatistics.Report> report =
                            context.getBean(TransferContracts.class).statistics(park, year);
                    PrintWriter out = spec.commandLine().getOut();
                    if (report.isEmpty()) {
                        out.println("该园区尚无登记的技术合同 / no contract is registered for the park");
                        return 0;
                    }
                    print(out, report.get());
                    out.flush();
                    return 0;
                }
            });
        }
    }

    static void print(PrintWriter out, ContractStatistics.Report r) {
        out.printf("%s %d年技术合同登记 / technology contracts of %d%n", r.park(), r.year(), r.year());
        for (ContractStatistics.Side side : List.of(r.outflow(), r.inflow())) {
            out.println();
            out.println(side.headlineZh());
            table(out, "合同类型 / type", side.byType());
            table(out, "技术领域 / field", side.byField());
            table(out, "对方所在地 / other party", side.byReach());
            table(out, "对方省份 / province", side.byProvince());
        }
        out.println();
        out.println("年度 / year\t输出项数 / sold\t输出成交额(万元)\t吸纳项数 / bought\t吸纳成交额(万元)");
        for (ContractStatistics.YearTotals y : r.years()) {
            out.printf(
                    "%d\t%d\t%s\t%d\t%s%n",
                    y.year(),
                    y.outflow().count(),
                    wan(y.outflow().amountYuan()),
                    y.inflow().count(),
                    wan(y.inflow().amountYuan()));
        }
    }

    private static void table(PrintWriter out, String title, List<ContractStatistics.Group> groups) {
        out.println("  " + title + "\t项数\t成交额(万元)\t技术交易额(万元)\t上年成交额(万元)\t同比");
        for (ContractStatistics.Group g : groups) {
            ContractStatistics.Change c = g.change();
            out.printf(
                    "  %s\t%d\t%s\t%s\t%s\t%s%n",
                    g.label(),
                    c.current().count(),
                    wan(c.current().amountYuan()),
                    wan(c.current().technologyAmountYuan()),
                    wan(c.previous().amountYuan()),
                    c.amountChangePercent() == null
                            ? "—"
                            : c.amountChangePercent().toPlainString() + "%");
        }
    }

    private static String wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000L), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
