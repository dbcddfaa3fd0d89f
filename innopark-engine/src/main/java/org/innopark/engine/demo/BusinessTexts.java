package org.innopark.engine.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.EnterpriseBusiness;
import org.innopark.engine.registry.IndustryCode;

/**
 * The 主营产品, 经营范围, 入驻日期 and 迁出日期 of a generated enterprise: products from {@code business-texts.tsv} by
 * its industry, a 经营范围 worded as registrations word it, an arrival on its registration date or (for a quarter of
 * them) some years later, and a departure for half of those that stopped reporting. Drawn from a stream of their
 * own, so that adding them changed nothing else of the population.
 */
final class BusinessTexts {

    private static final Map<String, List<String>> PRODUCTS = load();

    private BusinessTexts() {}

    static EnterpriseBusiness of(Firm firm, DemoSpec spec) {
        Draw d = new Draw(Draw.seed(spec.seed(), 77, firm.index));
        IndustryCode industry = firm.enterprise.industry();
        List<String> products = industry == null ? List.of() : PRODUCTS.getOrDefault(industry.value(), List.of());
        String main = null;
        String scope = null;
        if (!products.isEmpty()) {
            String first = products.get(d.between(0, products.size() - 1));
            String second = products.get(d.between(0, products.size() - 1));
            main = first.equals(second) ? first : first + "、" + second;
            scope = scope(industry, first, d);
        }
        LocalDate registered = firm.registered();
        LocalDate arrived = registered;
        LocalDate end = LocalDate.of(spec.lastYear(), 12, 31);
        if (registered != null && d.chance(0.25)) {
            long span = end.toEpochDay() - registered.toEpochDay();
            if (span > 400) {
                arrived = registered.plusDays(d.below(span - 30));
            }
        }
        LocalDate departed = null;
        if (firm.lastYear < spec.lastYear() && d.chance(0.5)) {
            departed = LocalDate.of(firm.lastYear + 1, d.between(1, 12), d.between(1, 28));
            if (arrived != null && departed.isBefore(arrived)) {
                departed = null;
            }
        }
        return new EnterpriseBusiness(firm.code(), main, scope, arrived, departed);
    }

    /** A 经营范围 as registrations word it: the industry, the product, the usual technical services. */
    static String scope(IndustryCode industry, String product, Draw d) {
        String name = org.innopark.engine.chain.ChainCodes.industryName(industry.value())
                .orElse(industry.divisionName());
        StringBuilder s = new StringBuilder("一般项目：");
        s.append(name).append("；").append(product).append("的研发、生产和销售；");
        s.append(d.chance(0.5) ? "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；" : "工程和技术研究和试验发展；");
        if (d.chance(0.4)) {
            s.append("货物进出口；技术进出口；");
        }
        if (d.chance(0.3)) {
            s.append("非居住房地产租赁；");
        }
        s.setLength(s.length() - 1);
        s.append("。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）");
        return s.toString();
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new HashMap<>();
        try (var in = BusinessTexts.class.getResourceAsStream("business-texts.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                map.put(cols[0], List.of(cols[1].split("、")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
