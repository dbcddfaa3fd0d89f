package org.innopark.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.innopark.engine.registry.CreditCode;

/**
 * Enterprise-years for the tests, the end-to-end check and the benchmark, drawn at random with no knowledge of any
 * scheme or rule (only the annual report's own consistency: R&D staff within the employees): parks of
 * different sizes, registration dates over 25 years (so every stage occurs), figures log-normal around a firm's own
 * size, some left empty (not reported), several years per firm (growth rates need the year before).
 */
public final class SyntheticFirms {

    /** Headers as an analyst writes them: Chinese with units, and some English keys. */
    static final List<String> HEADERS = List.of(
            "统一社会信用代码",
            "年度",
            "园区",
            "企业名称",
            "成立日期",
            "行业代码",
            "营业收入(万元)",
            "研发费用(万元)",
            "rdStaff",
            "从业人员",
            "发明专利授权数",
            "有效Ⅰ类知识产权数",
            "实际上缴税费(万元)",
            "净利润(万元)",
            "获得风险投资额(万元)",
            "技术合同成交额(万元)");

    private static final String[] PARKS = {"CCHTZ", "WHDH", "SZGX", "XAGX", "CDGX"};

    private static final String[] INDUSTRIES = {"3911", "6513", "2710", "3432", "7320"};

    private SyntheticFirms() {}

    /** {@code firms} enterprises, each with {@code years} consecutive years ending 2025. */
    static List<String[]> rows(long seed, int firms, int years) {
        return rows(seed, 0, firms, years, PARKS.length);
    }

    /**
     * Enterprises {@code first} to {@code first + firms − 1}; each firm's rows depend only on the seed and its number,
     * so a range can be drawn anywhere (a Spark partition draws its own).
     */
    static List<String[]> rows(long seed, long first, int firms, int years, int parks) {
        List<String[]> rows = new ArrayList<>(firms * years);
        for (long f = first; f < first + firms; f++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + f);
            String code = code(f);
            // Skewed park sizes: the first park holds about half of the firms.
            String park = park(random, parks);
            int registered = 2000 + random.nextInt(25);
            String date = String.format(
                    Locale.ROOT, "%d-%02d-%02d", registered, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
            double size = Math.exp(random.nextGaussian() * 1.2 + 7);
            for (int y = 2025 - years + 1; y <= 2025; y++) {
                if (y < registered) {
                    continue;
                }
                double scale = size * Math.exp(random.nextGaussian() * 0.2);
                String employees = count(random, scale / 60, 0.02);
                // R&D staff are a share of the employees (an annual report may not have more).
                String rdStaff = employees.isEmpty() || random.nextDouble() < 0.1
                        ? ""
                        : Long.toString(Math.round(Long.parseLong(employees) * random.nextDouble() * 0.4));
                rows.add(new String[] {
                    code,
                    Integer.toString(y),
                    park,
                    "测试企业" + f + "有限公司",
                    date,
                    industry,
                    money(random, scale, 0.05),
                    money(random, scale * 0.05, 0.2),
                    rdStaff,
                    employees,
                    count(random, scale / 3000, 0.3),
                    count(random, scale / 2000, 0.3),
                    money(random, scale * 0.04, 0.1),
                    signedMoney(random, scale * 0.06),
                    random.nextDouble() < 0.85 ? "" : money(random, scale * 0.5, 0),
                    money(random, scale * 0.01, 0.4)
                });
            }
        }
        return rows;
    }

    /**
     * A park, sizes skewed: of five parks the first holds about half of the firms; of many (national scale), park
     * {@code k} holds about twice as many as park {@code 4k}.
     */
    private static String park(SplittableRandom random, int parks) {
        if (parks <= PARKS.length) {
            return PARKS[Math.min(parks - 1, (int) (-Math.log(1 - random.nextDouble()) * 1.3))];
        }
        double u = random.nextDouble();
        return String.format(Locale.ROOT, "GX%04d", (int) (parks * u * u));
    }

    /** The columns of an {@code assess --data} file drawn by {@link #assessRows}. */
    static final List<String> ASSESS_HEADERS = assessHeaders();

    private static List<String> assessHeaders() {
        List<String> h = new ArrayList<>(HEADERS);
        h.remove("行业代码");
        h.remove("园区");
        h.addAll(List.of("高新技术领域", "高新技术企业认定日期", "fact:majorIncident"));
        return List.copyOf(h);
    }

    private static final String[] FIELDS = {"电子信息", "生物与新医药", "新材料", "高技术服务", "先进制造与自动化", ""};

    /**
     * The same enterprise-years as an assessment file: without park and industry, with a high-tech field, a 高企
     * certificate for about a third of the firms and the yes/no fact of a major incident (empty: unknown).
     */
    static List<String[]> assessRows(List<String[]> rows) {
        List<String[]> out = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            SplittableRandom random = new SplittableRandom(r[0].hashCode());
            String field = FIELDS[random.nextInt(FIELDS.length)];
            String granted = random.nextDouble() < 0.35
                    ? String.format(Locale.ROOT, "%d-%02d-15", 2019 + random.nextInt(6), 1 + random.nextInt(12))
                    : "";
            double u = random.nextDouble();
            String incident = u < 0.03 ? "是" : u < 0.7 ? "否" : "";
            List<String> cells = new ArrayList<>(List.of(r));
            cells.remove(5);
            cells.remove(2);
            cells.addAll(List.of(field, granted, incident));
            out.add(cells.toArray(String[]::new));
        }
        return out;
    }

    /** A valid credit code for firm {@code i} (check character computed, GB 32100). */
    static String code(long i) {
        String base = String.format(Locale.ROOT, "91220101%09d", i);
        return base + CreditCode.checkCharacter(base);
    }

    private static String money(SplittableRandom random, double mean, double missing) {
        if (random.nextDouble() < missing) {
            return "";
        }
        double v = mean * Math.exp(random.nextGaussian() * 0.5);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String signedMoney(SplittableRandom random, double mean) {
        double v = mean * random.nextGaussian();
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String count(SplittableRandom random, double mean, double missing) {
        if (random.nextDouble() < missing) {
            return "";
        }
        return Long.toString(Math.round(mean * Math.exp(random.nextGaussian() * 0.6)));
    }

    /** Writes firms 0 to {@code firms − 1} as a UTF-8 CSV, drawing them block by block (memory stays small). */
    static void csv(Path file, long seed, long firms, int years, int parks, boolean assess) {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (var out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write(String.join(",", assess ? ASSESS_HEADERS : HEADERS));
            out.write('\n');
            for (long first = 0; first < firms; first += 10_000) {
                List<String[]> drawn = rows(seed, first, (int) Math.min(10_000, firms - first), years, parks);
                for (String[] r : assess ? assessRows(drawn) : drawn) {
                    out.write(String.join(",", r));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows as a UTF-8 CSV with a header row. */
    static Path csv(Path file, List<String> headers, List<String[]> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", headers)).append('\n');
        for (String[] r : rows) {
            sb.append(String.join(",", r)).append('\n');
        }
        try {
            return Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headers of {@link #indexRows}: the long layout of {@code index --data}. */
    static final List<String> INDEX_HEADERS = List.of("单位", "名称", "分组", "指标", "年份", "数值");

    /**
     * Index input for a framework's indicators, drawn at random: each park a log-normal size, each value that size
     * times log-normal noise, 5 % missing (NA), parks in 4 groups, the years up to 2024. Made without reference to the
     * framework's weights, normalisation or any job: only its indicator ids are used.
     */
    static List<String[]> indexRows(long seed, List<String> indicatorIds, int parks, int years) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        List<String[]> out = new ArrayList<>();
        for (int p = 1; p <= parks; p++) {
            double size = Math.exp(rng.nextGaussian());
            for (int year = 2025 - years; year <= 2024; year++) {
                for (String id : indicatorIds) {
                    String value = rng.nextDouble() < 0.05
                            ? "NA"
                            : String.valueOf(Math.round(size * Math.exp(0.5 * rng.nextGaussian()) * 1000) / 10.0);
                    out.add(new String[] {"P" + p, "园区" + p, "G" + (p % 4), id, String.valueOf(year), value});
                }
            }
        }
        return out;
    }
}
