package org.innopark.app.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.monitor.MonitorDemo;
import org.innopark.app.points.PointsConsent;
import org.innopark.engine.demo.DemoSpec;
import org.innopark.engine.demo.DemoSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demo}: generates a realistic, deterministic park population and loads it into the registry. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "生成并载入演示数据(确定性,可重复)/ generate and load deterministic demo data")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(
            names = "--enterprises",
            paramLabel = "N",
            description = "企业数(默认 ${DEFAULT-VALUE})/ enterprises",
            defaultValue = "" + DemoSpec.DEFAULT_ENTERPRISES)
    int enterprises;

    @Option(
            names = "--years",
            paramLabel = "K",
            description = "年报年数(默认 ${DEFAULT-VALUE})/ years of annual reports",
            defaultValue = "" + DemoSpec.DEFAULT_YEARS)
    int years;

    @Option(
            names = "--last-year",
            paramLabel = "Y",
            description = "最近年报年度(默认 ${DEFAULT-VALUE})/ latest report year",
            defaultValue = "" + DemoSpec.DEFAULT_LAST_YEAR)
    int lastYear;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "随机种子(默认 ${DEFAULT-VALUE})/ random seed",
            defaultValue = "" + DemoSpec.DEFAULT_SEED)
    long seed;

    @Override
    public Integer call() {
        DemoSpec spec = new DemoSpec(enterprises, years, lastYear, seed);
        try (ConfigurableApplicationContext context = Contexts.start(db, Map.of(), false)) {
            print(load(context, spec));
            loadTransferIfEmpty(context);
            loadTalentsIfEmpty(context);
            loadPatentsIfEmpty(context);
        }
        return 0;
    }

    /** For {@code serve --demo}: loads the default population when the registry holds no enterprise yet. */
    static void loadIfEmpty(ConfigurableApplicationContext context) {
        if (context.getBean(DemoLoader.class).registryIsEmpty()) {
            print(load(context, DemoSpec.defaults()));
        }
        org.innopark.app.pipeline.DemoPipeline pipeline = context.getBean(org.innopark.app.pipeline.DemoPipeline.class);
        if (pipeline.isEmpty()) {
            System.out.printf("招商项目库 / pipeline: %,d 个项目 / projects%n", pipeline.load(java.time.LocalDate.now()));
        }
        loadBulletins(context);
        loadIncubationIfEmpty(context);
        loadTransferIfEmpty(context);
        loadTalentsIfEmpty(context);
        // in the background (tens of thousands of rows): the patent page fills once each park is written
        Thread patents = new Thread(() -> loadPatentsIfEmpty(context), "demo-patents");
        patents.setDaemon(true);
        patents.start();
        org.innopark.app.chain.DemoPool pool = context.getBean(org.innopark.app.chain.DemoPool.class);
        if (pool.isEmpty()) {
            // in the background: the console is usable at once, the chain pages show the pool once it is written
            Thread loader = new Thread(
                    () -> {
                        System.out.printf(
                                "生成全国候选企业库(后台) / generating the candidate pool in the background: %,d ...%n",
                                org.innopark.app.chain.DemoPool.DEFAULT_SIZE);
                        long start = System.nanoTime();
                        pool.load(org.innopark.app.chain.DemoPool.DEFAULT_SIZE, 20261202L, null);
                        System.out.printf(
                                "候选企业库完成 / candidate pool done in %.1f s%n", (System.nanoTime() - start) / 1e9);
                    },
                    "demo-pool");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** The demo's tenancies for every carrier, consistent with the registry's qualifications and reports. */
    static void loadIncubationIfEmpty(ConfigurableApplicationContext context) {
        org.innopark.app.incubation.DemoIncubation incubation =
                context.getBean(org.innopark.app.incubation.DemoIncubation.class);
        if (incubation.isEmpty()) {
            System.out.printf("孵化育成 / incubation: %,d 条入孵记录 / tenancies%n", incubation.load(java.time.LocalDate.now()));
        }
    }

    /** The demo's peer bulletins, imported into the first park and partly reviewed, when it has none yet. */
    static void loadBulletins(ConfigurableApplicationContext context) {
        java.util.List<String> parks =
                context.getBean(org.innopark.app.registry.RegistryReads.class).parkCodes();
        org.innopark.app.bulletin.DemoBulletins bulletins =
                context.getBean(org.innopark.app.bulletin.DemoBulletins.class);
        if (!parks.isEmpty() && bulletins.isEmpty(parks.get(0))) {
            int facts = bulletins.load(parks.get(0));
            System.out.printf("演示同行公报 / demo peer bulletins → %s: %d 条事实 facts%n", parks.get(0), facts);
        }
    }

    /** The demo's talent profiles, studios, teams and service requests, when none is recorded yet. */
    static void loadTalentsIfEmpty(ConfigurableApplicationContext context) {
        org.innopark.app.talent.TalentDemo talents = context.getBean(org.innopark.app.talent.TalentDemo.class);
        if (talents.isEmpty()) {
            int[] n = talents.load(DemoSpec.DEFAULT_SEED, java.time.LocalDate.now());
            System.out.printf("人才服务演示数据 / talent demo: 人才 %,d 人, 工作室与团队 %d 个, 服务诉求 %d 件%n", n[0], n[1], n[2]);
        }
    }

    /** The demo's patents, into every park that has none yet (tagged and linked as on import). */
    static void loadPatentsIfEmpty(ConfigurableApplicationContext context) {
        org.innopark.app.patent.PatentDemo patents = context.getBean(org.innopark.app.patent.PatentDemo.class);
        java.util.List<String> parks = patents.emptyParks();
        if (!parks.isEmpty()) {
            long start = System.nanoTime();
            org.innopark.app.patent.PatentDemo.Loaded l =
                    patents.load(DemoSpec.DEFAULT_SEED, parks, java.time.LocalDate.now());
            System.out.printf(
                    "专利导航演示数据 / patent demo: %d 个园区 parks, 园区企业专利 %,d local + 区外申请人专利 %,d outside 每园区"
                            + " per park, 截至 cut-off %s, 标引 tagged %,d, in %.1f s%n",
                    l.parks(), l.local(), l.outside(), l.cutoff(), l.tagged(), (System.nanoTime() - start) / 1e9);
        }
    }

    /** The demo's technology transfer (results, experts, instruments, demands), indexed; when there is none yet. */
    static void loadTransferIfEmpty(ConfigurableApplicationContext context) {
        org.innopark.app.transfer.TransferDemoLoader transfer =
                context.getBean(org.innopark.app.transfer.TransferDemoLoader.class);
        if (transfer.isEmpty()) {
            long start = System.nanoTime();
            int n = transfer.load(DemoSpec.DEFAULT_SEED, org.innopark.engine.demo.DemoTransfer.Sizes.DEMO);
            System.out.printf(
                    "科技成果转化演示数据 %d 条并建索引 / technology-transfer demo: %d records, indexed in %.1f s%n",
                    n, n, (System.nanoTime() - start) / 1e9);
        }
    }

    private static DemoSummary load(ConfigurableApplicationContext context, DemoSpec spec) {
        System.out.printf(
                "生成演示数据 / generating demo data: %,d 家企业 / enterprises × %d 年 / years ...%n",
                spec.enterprises(), spec.years());
        long start = System.nanoTime();
        DemoSummary summary = context.getBean(DemoLoader.class).load(spec, System.out);
        context.getBean(PointsConsent.class)
                .grantDemoConsents(java.time.LocalDate.now()); // ~60% consent to bank sharing
        org.innopark.app.pipeline.DemoPipeline pipeline = context.getBean(org.innopark.app.pipeline.DemoPipeline.class);
        if (pipeline.isEmpty()) {
            pipeline.load(java.time.LocalDate.now());
        }
        context.getBean(org.innopark.app.incubation.DemoIncubation.class).load(java.time.LocalDate.now());
        long monthly = context.getBean(DemoLoader.class).loadMonthlyReports(spec, MONTHS);
        int cases = context.getBean(MonitorDemo.class).seed(MonitorDemo.visit(DemoLoader.history(spec, MONTHS)));
        System.out.printf("月度报表 monthly reports %,d, 监测预警案件 monitoring cases %,d%n", monthly, cases);
        System.out.printf("完成 / done in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return summary;
    }

    /** Months of demo monthly reports, to December of the last report year. */
    static final int MONTHS = 36;

    static void print(DemoSummary s) {
        System.out.printf(
                "园区 parks %d, 分园 sub-parks %d, 企业 enterprises %,d, 年报 reports %,d, 资质 qualifications %,d,%n"
                        + "创新平台 platforms %,d, 孵化载体 carriers %,d, 人才 talents %,d, 招商项目 projects %,d, 技术合同 contracts %,d%n",
                s.parks(),
                s.subParks(),
                s.enterprises(),
                s.reports(),
                s.qualifications(),
                s.platforms(),
                s.carriers(),
                s.talents(),
                s.projects(),
                s.contracts());
        System.out.printf(
                "%-8s %8s %8s %8s %8s %8s %8s %10s %14s%n",
                "园区", "企业", "高企", "科小", "专精特新", "小巨人", "孵化器", "技术合同", "成交额(亿元)");
        for (DemoSummary.ParkFigures p : s.perPark()) {
            System.out.printf(
                    "%-8s %,8d %,8d %,8d %,8d %,8d %,8d %,10d %14s%n",
                    p.parkCode(),
                    p.enterprises(),
                    p.highTech(),
                    p.techSmes(),
                    p.srdi(),
                    p.littleGiants(),
                    p.incubators(),
                    p.contracts(),
                    p.contractTurnover()
                            .divide(new BigDecimal(100_000_000), 2, RoundingMode.HALF_UP)
                            .toPlainString());
        }
    }
}
