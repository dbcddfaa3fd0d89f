package org.innopark.engine.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.innopark.engine.transfer.ItemField;
import org.innopark.engine.transfer.RegistryLists;
import org.innopark.engine.transfer.ResearchInstrument;
import org.innopark.engine.transfer.ResearchResult;
import org.innopark.engine.transfer.TechDemand;
import org.innopark.engine.transfer.TechnologyDemand;
import org.innopark.engine.transfer.TransferCorpus;
import org.innopark.engine.transfer.TransferExpert;
import org.innopark.engine.transfer.TransferItem;

/**
 * The demo's technology transfer for one park: research results, experts and instruments (most shared with the other
 * parks), and technology demands of the park's own enterprises, written in plain Chinese by {@link TransferCorpus}
 * (a result's abstract, an expert's self-description, an instrument's card, an enterprise's need in its own words),
 * with the registry's fields (成果属性, 成果水平, 转化方式, 意向价格, 开放共享, 预算, 期望合作方式, 截止日期) drawn from the
 * code lists. Deterministic for a park and seed; within a park, results have distinct names and instruments distinct
 * names at each owner. A demand is given to an enterprise of its industry when the park has
 * one.
 */
public final class DemoTransfer {

    /** A park enterprise a demand may come from: credit code, name and industry (GB/T 4754 大类 name). */
    public record Firm(String creditCode, String name, String industry) {}

    /** What is generated for a park. */
    public record Batch(
            List<ResearchResult> results,
            List<TransferExpert> experts,
            List<ResearchInstrument> instruments,
            List<TechnologyDemand> demands) {}

    private static final String[] CHARGES = {"按机时收费,每小时300元", "每个样品200元起,批量可议价", "园区企业首次测试免费,之后按成本收费", "面议"};

    private final RegistryLists lists;

    public DemoTransfer(RegistryLists lists) {
        this.lists = lists;
    }

    /**
     * @param parkNumber the park's place among the demo parks (from 1), part of its results' 登记号
     * @param today the day the demands' deadlines count from
     */
    public Batch generate(String park, int parkNumber, List<Firm> firms, long seed, LocalDate today, Sizes sizes) {
        long parkSeed = seed * 31 + park.hashCode();
        TransferCorpus corpus = new TransferCorpus(parkSeed);
        Random random = new Random(parkSeed ^ 0x5DEECE66DL);
        List<ResearchResult> results = new ArrayList<>();
        int i = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TransferItem item : corpus.results(sizes.results() * 2, "R")) {
            // one result of a name per park, one instrument of a name per owner
            if (results.size() == sizes.results() || !seen.add(item.field(ItemField.TITLE))) {
                continue;
            }
            i++;
            results.add(new ResearchResult(
                    String.format("2026%02d%06d", parkNumber % 100, i),
                    item.field(ItemField.TITLE),
                    item.field(ItemField.BODY),
                    Arrays.stream(item.field(ItemField.KEYWORDS).split("\\s+"))
                            .filter(s -> !s.isBlank())
                            .limit(ResearchResult.MAX_KEYWORDS)
                            .toList(),
                    pick(random, lists.attributes()),
                    pick(random, lists.forms()),
                    pick(random, lists.levels()),
                    lists.stages().contains(item.stage())
                            ? item.stage()
                            : lists.stages().get(1),
                    item.field(ItemField.OWNER),
                    item.field(ItemField.DOMAIN),
                    pick(random, lists.transferModes()),
                    random.nextInt(4) == 0
                            ? null
                            : BigDecimal.valueOf(10 + random.nextInt(490))
                                    .movePointRight(4)
                                    .setScale(2),
                    park,
                    random.nextInt(10) < 7));
        }
        List<TransferExpert> experts = new ArrayList<>();
        for (TransferItem item : corpus.experts(sizes.experts(), park + "-E")) {
            String[] label = item.label().split(" ", 2);
            String name = label[0].replaceAll("\\(.*\\)", "");
            String title = label[0].contains("(") ? label[0].replaceAll(".*\\((.*)\\)", "$1") : "";
            experts.add(new TransferExpert(
                    item.id(),
                    name,
                    item.field(ItemField.OWNER),
                    title,
                    item.field(ItemField.TITLE),
                    item.field(ItemField.BODY),
                    park,
                    random.nextInt(10) < 6));
        }
        List<ResearchInstrument> instruments = new ArrayList<>();
        for (TransferItem item : corpus.instruments(sizes.instruments() * 3, park + "-I")) {
            if (instruments.size() == sizes.instruments()
                    || !seen.add(item.field(ItemField.TITLE) + "@" + item.field(ItemField.OWNER))) {
                continue;
            }
            String category = item.field(ItemField.DOMAIN);
            boolean open = random.nextInt(10) < 8;
            instruments.add(new ResearchInstrument(
                    String.format("%s-I%06d", park, instruments.size() + 1),
                    item.field(ItemField.TITLE),
                    lists.instrumentCategories().contains(category)
                            ? category
                            : lists.instrumentCategories()
                                    .get(lists.instrumentCategories().size() - 1),
                    item.field(ItemField.BODY),
                    item.field(ItemField.SPECS),
                    item.field(ItemField.OWNER),
                    open,
                    open ? CHARGES[random.nextInt(CHARGES.length)] : "",
                    park,
                    random.nextInt(10) < 7));
        }
        List<TechnologyDemand> demands = new ArrayList<>();
        if (!firms.isEmpty()) {
            for (TechDemand d : corpus.demands(sizes.demands(), park + "-D")) {
                List<Firm> sameIndustry = firms.stream()
                        .filter(f -> d.industry().equals(f.industry()))
                        .toList();
                Firm firm = sameIndustry.isEmpty()
                        ? firms.get(random.nextInt(firms.size()))
                        : sameIndustry.get(random.nextInt(sameIndustry.size()));
                demands.add(new TechnologyDemand(
                        d.id(),
                        d.title(),
                        d.description(),
                        firm.creditCode(),
                        firm.name(),
                        firm.industry() == null || firm.industry().isEmpty() ? d.industry() : firm.industry(),
                        random.nextBoolean()
                                ? BigDecimal.valueOf(10 + random.nextInt(190))
                                        .movePointRight(4)
                                        .setScale(2)
                                : null,
                        pick(random, lists.cooperationModes()),
                        random.nextInt(3) == 0 ? null : today.plusDays(30 + random.nextInt(300)),
                        park));
            }
        }
        return new Batch(results, experts, instruments, demands);
    }

    /** How many of each are generated for a park. */
    public record Sizes(int results, int experts, int instruments, int demands) {
        public static final Sizes DEMO = new Sizes(60, 30, 20, 24);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
