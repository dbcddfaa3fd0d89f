package org.innopark.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.innopark.engine.chain.CandidatePool;
import org.innopark.engine.chain.PoolEntry;
import org.innopark.engine.demo.CandidatePoolSimulation;

/**
 * A national candidate pool and two parks' enterprises in the file forms of the {@code targets} job, drawn by the
 * engine's {@link CandidatePoolSimulation} (40 cities, the chains' industries and products, dated signals and moves):
 * the first firms drawn become the parks' own enterprises (长春高新区 and 常州高新区, each leaning to some industries),
 * the rest the pool. Made without reference to the ranking's weights or any job.
 */
final class SyntheticPool {

    private SyntheticPool() {}

    static final List<String> POOL_HEADERS = List.of(
            "统一社会信用代码",
            "企业名称",
            "所属行业",
            "所属城市",
            "营业收入(万元)",
            "营收增长率",
            "主营产品",
            "经营范围",
            "企业标签",
            "风险标签",
            "扩张信号",
            "迁入园区",
            "迁入日期");

    static final List<String> PARK_HEADERS = List.of(
            "园区代码",
            "园区所在城市",
            "统一社会信用代码",
            "企业名称",
            "行业代码",
            "主营产品",
            "经营范围",
            "营业收入(万元)",
            "研发费用(万元)",
            "资质",
            "入驻日期",
            "迁出日期",
            "产业链环节");

    private static final String[][] PARKS = {{"CCHTZ", "长春"}, {"CZHTZ", "常州"}};

    /** The simulation's last day (its "today"). */
    static final LocalDate END = LocalDate.of(2026, 11, 30);

    /** Draws the parks' firms (the first {@code parkFirms} drawn) and the pool (the next {@code poolFirms}). */
    static void generate(long seed, int parkFirms, int poolFirms, Consumer<String[]> parks, Consumer<String[]> pool) {
        int[] k = {0};
        new CandidatePoolSimulation(seed, END).generate(parkFirms + poolFirms, e -> {
            if (k[0]++ < parkFirms) {
                parks.accept(parkRow(e, k[0]));
            } else {
                pool.accept(poolRow(e));
            }
        });
    }

    static String[] poolRow(PoolEntry e) {
        List<String> tags = new ArrayList<>();
        if (e.highTech()) {
            tags.add("高新技术企业");
        }
        if (e.littleGiant()) {
            tags.add("专精特新“小巨人”");
        } else if (e.srdi()) {
            tags.add("专精特新中小企业");
        }
        List<String> signals = new ArrayList<>();
        for (CandidatePool.Signal s : e.signals()) {
            signals.add(s.kind().zh() + " " + s.date());
        }
        return new String[] {
            e.creditCode(),
            e.name(),
            e.industry(),
            e.city() + "市",
            wan(e.revenueYuan()),
            BigDecimal.valueOf(e.growth())
                            .movePointRight(2)
                            .stripTrailingZeros()
                            .toPlainString() + "%",
            e.mainProducts() == null ? "" : e.mainProducts(),
            e.businessScope(),
            String.join("；", tags),
            e.badList() ? "经营异常" : "",
            String.join("；", signals),
            e.movedToPark() == null ? "" : e.movedToPark(),
            e.movedOn() == null ? "" : e.movedOn().toString()
        };
    }

    /** A park firm: parks lean to industries by a fixed split of the codes; arrived after founding, 5 % departed. */
    static String[] parkRow(PoolEntry e, int k) {
        boolean leansToSecond = Math.floorMod(e.industry().hashCode(), 3) == 0;
        int draw = Math.floorMod((e.creditCode().hashCode() * 31 + k) * 0x9E3779B1, 100);
        String[] park = PARKS[draw < (leansToSecond ? 75 : 35) ? 1 : 0];
        LocalDate founded = e.registrationDate();
        LocalDate arrived = founded.plusDays(Math.floorMod(e.creditCode().hashCode(), 1500));
        if (arrived.isAfter(END)) {
            arrived = END.minusDays(30);
        }
        String departed = draw % 20 == 0 ? arrived.plusYears(2).toString() : "";
        List<String> q = new ArrayList<>();
        if (e.highTech()) {
            q.add("高新技术企业");
        }
        if (e.srdi()) {
            q.add(e.littleGiant() ? "专精特新“小巨人”" : "专精特新中小企业");
        }
        return new String[] {
            park[0],
            park[1] + "市",
            e.creditCode(),
            e.name(),
            e.industry(),
            e.mainProducts() == null ? "" : e.mainProducts(),
            e.businessScope(),
            wan(e.revenueYuan()),
            wan(Math.round(e.revenueYuan() * 0.04 / 100) * 100.0),
            String.join("、", q),
            arrived.toString(),
            departed,
            ""
        };
    }

    private static String wan(double yuan) {
        return BigDecimal.valueOf(yuan).movePointLeft(4).stripTrailingZeros().toPlainString();
    }

    /** Writes rows as CSV (UTF-8), quoting the cells that need it. */
    static Path csv(Path file, List<String> headers, Iterable<String[]> rows) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(w, headers.toArray(String[]::new));
            for (String[] r : rows) {
                line(w, r);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void line(java.io.Writer w, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write('\n');
    }
}
