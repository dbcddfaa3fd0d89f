package org.innopark.app.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.innopark.app.patent.ParkPatents;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.patent.PatentLandscape;
import org.innopark.engine.patent.PatentLandscape.ApplicantCount;
import org.innopark.engine.patent.PatentLandscape.Gap;
import org.innopark.engine.patent.PatentLandscape.Hotspot;
import org.innopark.engine.patent.PatentLandscape.NodeLandscape;
import org.innopark.engine.report.ChineseFigures;
import org.innopark.engine.report.Dataset;
import org.innopark.engine.report.Dataset.Column;
import org.innopark.engine.report.Figure;
import org.innopark.engine.report.Unit;

/**
 * The figures of a 专利导航报告 (产业规划类, GB/T 39551.3) for one park and chain: the landscape the 专利导航 page shows
 * (the same engine call over the park's imported patents, with ten leading applicants), the navigation's scope (the
 * rule files, dates and offices) and the comparison with the other parks (counts only). The problems and the
 * recommendations are sentences written from those figures: each names the node, the figure and, for a weak node,
 * the outside applicants strongest on it. Read once per report; a figure that cannot be had says why.
 */
final class PatentReportData {

    /** The report's landscape: more leading applicants than the page's five, the page's hotspots rule. */
    static final PatentLandscape.Options OPTIONS = new PatentLandscape.Options(10, 5, 3);

    private final ParkPatents patents;
    private final ParkScope scope;
    private final String park;
    private final String chainId;

    private ParkPatents.ChainLandscape landscape;
    private ParkPatents.NavigationScope navigation;
    private ParkPatents.PeerComparison peers;

    PatentReportData(ParkPatents patents, ParkScope scope, String park, String chainId) {
        this.patents = patents;
        this.scope = scope;
        this.park = park;
        this.chainId = chainId;
    }

    private ParkPatents.ChainLandscape landscape() {
        if (landscape == null) {
            landscape = patents.landscape(scope, park, chainId, OPTIONS);
        }
        return landscape;
    }

    private ParkPatents.NavigationScope navigation() {
        if (navigation == null) {
            navigation = patents.navigationScope(scope, park, chainId);
        }
        return navigation;
    }

    private PatentLandscape.Landscape l() {
        return landscape().landscape();
    }

    private IndustryChain chain() {
        return landscape().chain();
    }

    String chainName() {
        return chain().nameZh();
    }

    /** Why the navigation has nothing to show, or null when the chain has patents in the park's data. */
    String missing() {
        if (navigation().patents() == 0) {
            return "本园区尚未导入专利数据，可在专利导航页面或用 patent import 导入";
        }
        if (navigation().tagged() == 0) {
            return "本园区导入的" + navigation().patents() + "件专利中没有按标引规则归入" + chainName() + "的专利";
        }
        return null;
    }

    private String query() {
        return "ParkPatents.landscape(park=" + park + ", chain=" + chainId + ")";
    }

    // ---- figures by year -------------------------------------------------------------------------------------

    Figure figure(String id, int y) {
        String q = query() + "：全产业链，每件专利计一次";
        String none = missing();
        if (none != null) {
            return Figure.missing(id, y, none, q);
        }
        NodeLandscape whole = l().whole();
        LocalDate cutoff = l().cutoff();
        boolean filingCount = !id.equals("patent.grants");
        if (filingCount && y > l().lastCompleteYear()) {
            return Figure.missing(id, y, y + "年申请的专利受约18个月公开滞后影响尚未全部公开（数据截至" + cutoff + "）", q);
        }
        if (y > cutoff.getYear()) {
            return Figure.missing(id, y, "晚于数据截止日" + cutoff, q);
        }
        if (!whole.filingsByYear().containsKey(y)) {
            return Figure.missing(id, y, "早于统计窗口（" + whole.filingsByYear().firstKey() + "年起）", q);
        }
        int filed = whole.filingsByYear().get(y);
        return switch (id) {
            case "patent.filings" -> Figure.of(id, y, n(filed), q + "：申请日在" + y + "年的专利");
            case "patent.localFilings" ->
                Figure.of(id, y, n(whole.localFilingsByYear().get(y)), q + "：申请日在" + y + "年、第一申请人为园区企业的专利");
            case "patent.grants" -> Figure.of(id, y, n(whole.grantsByYear().get(y)), q + "：授权日在" + y + "年的专利");
            case "patent.localShare" ->
                filed == 0
                        ? Figure.missing(id, y, y + "年无本产业链专利申请，无法计算占比", q)
                        : Figure.of(
                                id,
                                y,
                                ReportNumbers.percent(whole.localFilingsByYear().get(y), filed),
                                q + "：园区企业申请 ÷ 全部申请 × 100");
            default -> throw new IllegalArgumentException("unknown indicator " + id);
        };
    }

    // ---- datasets --------------------------------------------------------------------------------------------

    Dataset dataset(String name) {
        return switch (name) {
            case "patent.scope" -> scopeTable();
            case "patent.offices" -> offices();
            case "patent.views" -> views();
            case "patent.stages" -> stages();
            case "patent.layout" -> layout();
            case "patent.applicants" -> applicants();
            case "patent.hotspots" -> hotspots();
            case "patent.peers" -> peers();
            case "patent.problems" -> texts(name, problems());
            case "patent.recommendations" -> texts(name, recommendations());
            default -> throw new IllegalArgumentException("unknown dataset " + name);
        };
    }

    private Dataset scopeTable() {
        ParkPatents.NavigationScope s = navigation();
        List<List<Object>> rows = new ArrayList<>();
        long nodes = chain().nodes().stream().filter(n -> n.parent() != null).count();
        long stages = chain().nodes().size() - nodes;
        rows.add(List.of(
                "产业链",
                chainName() + "（" + chain().id() + "，版本" + chain().header().version() + "）"));
        rows.add(List.of("技术分解", stages + "个环节、" + nodes + "个节点（上游、中游、下游及其下级节点）"));
        rows.add(List.of(
                "数据来源",
                "本园区导入的专利数据" + s.patents() + "件（专利导航数据池），其中标引到本产业链的" + s.tagged()
                        + "件；园区企业按申请人与登记库企业的关联（自动或经分析员确认）认定"));
        for (ParkPatents.RuleFile f : s.ruleFiles()) {
            rows.add(List.of(
                    "检索与标引规则", f.nameZh() + "（" + f.id() + "，版本" + f.version() + "，" + f.kindZh() + f.rules() + "条）"));
        }
        if (s.ruleFiles().isEmpty()) {
            rows.add(List.of("检索与标引规则", "本产业链没有标引规则"));
        }
        rows.add(List.of(
                "申请日范围",
                s.firstFiling() == null
                        ? ChineseFigures.missing("没有标引到本产业链的专利")
                        : s.firstFiling() + "至" + s.lastFiling()));
        rows.add(List.of(
                "数据截止日",
                s.latestPublication() == null
                        ? ChineseFigures.missing("尚未导入专利数据")
                        : s.latestPublication() + "（所导入专利的最晚公开日）"));
        rows.add(List.of("公开滞后", l().lagNote().split(" / ")[0]));
        return new Dataset(
                "patent.scope",
                List.of(new Column("item", "项目", null), new Column("content", "内容", null)),
                rows,
                "ParkPatents.navigationScope(park=" + park + ", chain=" + chainId + ")",
                null);
    }

    private Dataset offices() {
        List<List<Object>> rows = new ArrayList<>();
        int total = navigation().tagged();
        navigation()
                .offices()
                .forEach((office, count) ->
                        rows.add(List.of(officeName(office), n(count), ReportNumbers.percent(count, total))));
        return new Dataset(
                "patent.offices",
                List.of(
                        new Column("office", "公开国家/组织", null),
                        new Column("patents", "专利", Unit.ITEMS),
                        new Column("share", "占比", Unit.PERCENT)),
                rows,
                "ParkPatents.navigationScope(park=" + park + ", chain=" + chainId + ")：按公开号国别代码",
                missing());
    }

    private static String officeName(String code) {
        return switch (code) {
            case "CN" -> "中国（CN）";
            case "US" -> "美国（US）";
            case "EP" -> "欧洲专利局（EP）";
            case "WO" -> "世界知识产权组织（WO）";
            case "JP" -> "日本（JP）";
            case "KR" -> "韩国（KR）";
            case "DE" -> "德国（DE）";
            default -> code;
        };
    }

    /** 全球、中国、本省: what the records allow, and 数据缺失 with the reason where they do not. */
    private Dataset views() {
        List<String> out = new ArrayList<>();
        if (missing() == null) {
            int total = navigation().tagged();
            int cn = navigation().offices().getOrDefault("CN", 0);
            List<String> parts = new ArrayList<>();
            navigation().offices().forEach((office, count) -> parts.add(officeName(office) + count + "件"));
            out.add("全球视角：导航数据中本产业链专利共" + total + "件，按公开国家/组织分，" + String.join("、", parts)
                    + "。数据为本园区导入的专利，覆盖面取决于导入范围，不等同于全球专利总量。");
            out.add("中国视角：在中国公开的本产业链专利" + cn + "件，占" + pct(cn, total) + "。申请人国别："
                    + ChineseFigures.missing("专利记录只含申请人名称，未含申请人国别或地址字段，不按名称推断") + "。");
        }
        out.add("本省视角：按申请人所在省份的分布" + ChineseFigures.missing("专利记录未含申请人地址或省份字段；园区企业的专利见第三、四部分") + "。");
        return texts("patent.views", out);
    }

    private Dataset stages() {
        List<List<Object>> rows = new ArrayList<>();
        if (missing() == null) {
            for (NodeLandscape n : l().nodes()) {
                if (n.depth() == 0) {
                    rows.add(Arrays.asList(
                            n.name(),
                            n(n.filings()),
                            n(sum(n.grantsByYear())),
                            n(n.localFilings()),
                            share(n),
                            growth(n)));
                }
            }
        }
        return new Dataset(
                "patent.stages",
                List.of(
                        new Column("stage", "环节", null),
                        new Column("filings", "申请", Unit.ITEMS),
                        new Column("grants", "授权", Unit.ITEMS),
                        new Column("localFilings", "园区企业申请", Unit.ITEMS),
                        new Column("share", "园区占比", Unit.PERCENT),
                        new Column("growth", "近三年年均增速", Unit.PERCENT)),
                rows,
                query(),
                missing());
    }

    private Dataset layout() {
        List<List<Object>> rows = new ArrayList<>();
        if (missing() == null) {
            Map<String, String> stageOf = stageNames();
            for (NodeLandscape n : l().nodes()) {
                if (n.depth() > 0) {
                    rows.add(Arrays.asList(
                            stageOf.get(n.nodeId()),
                            n.name(),
                            n(n.filings()),
                            n(sum(n.grantsByYear())),
                            growth(n),
                            n(n.localFilings()),
                            share(n),
                            n(n.firmsOnNode()),
                            n.gap() == Gap.NONE
                                    ? (n.weak() ? "占比偏低" : "—")
                                    : n.gap().zh()));
                }
            }
        }
        return new Dataset(
                "patent.layout",
                List.of(
                        new Column("stage", "环节", null),
                        new Column("node", "节点", null),
                        new Column("filings", "申请", Unit.ITEMS),
                        new Column("grants", "授权", Unit.ITEMS),
                        new Column("growth", "近三年年均增速", Unit.PERCENT),
                        new Column("localFilings", "园区企业申请", Unit.ITEMS),
                        new Column("share", "园区占比", Unit.PERCENT),
                        new Column("firms", "园区企业", Unit.ENTERPRISES),
                        new Column("gap", "缺口", null)),
                rows,
                query() + "；ParkChains.analyse（节点企业）",
                missing());
    }

    private Dataset applicants() {
        List<List<Object>> rows = new ArrayList<>();
        if (missing() == null) {
            List<ApplicantCount> all = new ArrayList<>();
            all.addAll(l().whole().topLocal());
            all.addAll(l().whole().topOutside());
            all.sort(java.util.Comparator.comparingInt(ApplicantCount::filings)
                    .reversed()
                    .thenComparing(ApplicantCount::applicant));
            int rank = 0;
            for (ApplicantCount a : all) {
                rows.add(List.of(
                        String.valueOf(++rank),
                        a.applicant(),
                        a.park() == null ? "园区外" : "园区企业",
                        n(a.filings()),
                        String.join("、", nodesOf(a))));
            }
        }
        return new Dataset(
                "patent.applicants",
                List.of(
                        new Column("rank", "序号", null),
                        new Column("applicant", "申请人", null),
                        new Column("where", "所在", null),
                        new Column("filings", "申请", Unit.ITEMS),
                        new Column("nodes", "主要节点", null)),
                rows,
                query() + "：第一申请人，园区内外各取前" + OPTIONS.topApplicants() + "位",
                missing());
    }

    /** The nodes (not stages) where the applicant is among the leading ones. */
    private List<String> nodesOf(ApplicantCount a) {
        List<String> out = new ArrayList<>();
        for (NodeLandscape n : l().nodes()) {
            if (n.depth() == 0) {
                continue;
            }
            List<ApplicantCount> list = a.park() == null ? n.topOutside() : n.topLocal();
            if (list.stream().anyMatch(x -> x.applicant().equals(a.applicant()))) {
                out.add(n.name());
            }
        }
        return out;
    }

    private Dataset hotspots() {
        List<List<Object>> rows = new ArrayList<>();
        if (missing() == null) {
            for (Hotspot h : l().whole().hotspots()) {
                List<String> nodes = new ArrayList<>();
                for (NodeLandscape n : l().nodes()) {
                    if (n.depth() > 0
                            && n.hotspots().stream().anyMatch(x -> x.group().equals(h.group()))) {
                        nodes.add(n.name());
                    }
                }
                rows.add(List.of(
                        h.group(),
                        n(h.recent()),
                        n(h.previous()),
                        BigDecimal.valueOf(h.ratio()).setScale(2, RoundingMode.HALF_UP),
                        nodes.isEmpty() ? "—" : String.join("、", nodes)));
            }
        }
        int last = missing() == null ? l().lastCompleteYear() : 0;
        String missing = missing() != null
                ? missing()
                : "近三个完整年度（" + (last - 2) + "—" + last + "年）没有申请达到" + OPTIONS.minHotspotFilings() + "件且多于前三年的IPC大组";
        return new Dataset(
                "patent.hotspots",
                List.of(
                        new Column("group", "IPC大组", null),
                        new Column("recent", "近三年申请", Unit.ITEMS),
                        new Column("previous", "前三年申请", Unit.ITEMS),
                        new Column("ratio", "增长倍数", Unit.INDEX),
                        new Column("nodes", "所在节点", null)),
                rows,
                query() + "：主分类号所在大组，近三个完整年度对比前三年，(近三年+1)÷(前三年+1)",
                rows.isEmpty() ? missing : null);
    }

    private ParkPatents.PeerComparison comparison() {
        if (peers == null) {
            peers = patents.peers(scope, park, chainId);
        }
        return peers;
    }

    private Dataset peers() {
        List<List<Object>> rows = new ArrayList<>();
        for (ParkPatents.PeerPark p : comparison().parks()) {
            rows.add(Arrays.asList(
                    p.parkName() + (p.own() ? "（本园区）" : ""),
                    n(p.patents()),
                    n(p.chainFilings()),
                    n(p.localFilings()),
                    p.chainFilings() == 0 ? null : ReportNumbers.percent(p.localFilings(), p.chainFilings())));
        }
        return new Dataset(
                "patent.peers",
                List.of(
                        new Column("park", "园区", null),
                        new Column("patents", "导入专利", Unit.ITEMS),
                        new Column("filings", "本产业链专利", Unit.ITEMS),
                        new Column("localFilings", "园区企业申请", Unit.ITEMS),
                        new Column("share", "园区占比", Unit.PERCENT)),
                rows,
                "ParkPatents.peers(park=" + park + ", chain=" + chainId + ")：各园区各自导入的专利，只取计数",
                null);
    }

    // ---- problems and recommendations --------------------------------------------------------------------------

    /** 存在问题: the gaps and the weak shares, node by node, with their figures. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (missing() != null) {
            return out;
        }
        double chainShare = chainShare();
        for (NodeLandscape n : l().nodes()) {
            if (n.depth() == 0) {
                continue;
            }
            if (n.gap() == Gap.FIRMS_WITHOUT_PATENTS) {
                out.add(n.name() + "：园区有" + n.firmsOnNode() + "家企业布局该节点，但导航数据中没有园区企业在该节点的专利"
                        + (n.filings() == 0 ? "，该节点在数据池中也没有专利" : "（该节点共有专利" + n.filings() + "件，均为园区外申请人）") + "。");
            } else if (n.gap() == Gap.PATENTS_WITHOUT_FIRMS) {
                out.add(n.name() + "：该节点有专利" + n.filings() + "件，园区既无企业布局、也无专利，属产业链缺失环节。");
            } else if (n.weak()) {
                out.add(n.name() + "：园区企业申请" + n.localFilings() + "件，占该节点" + n.filings() + "件的"
                        + pct(n.localFilings(), n.filings()) + "，低于园区在全产业链的占比" + percent(chainShare) + "。");
            }
        }
        if (out.isEmpty()) {
            out.add("各节点均有园区企业的专利，且园区占比不低于其在全产业链的占比（" + percent(chainShare) + "），未发现缺口节点。");
        }
        return out;
    }

    /** 发展建议: written from the problems, the leading applicants and the hotspots. */
    List<String> recommendations() {
        List<String> out = new ArrayList<>();
        if (missing() != null) {
            return out;
        }
        List<String> attract = new ArrayList<>();
        List<String> cultivate = new ArrayList<>();
        for (NodeLandscape n : l().nodes()) {
            if (n.depth() == 0) {
                continue;
            }
            if ((n.gap() == Gap.PATENTS_WITHOUT_FIRMS || n.weak())
                    && !n.topOutside().isEmpty()) {
                List<String> names = new ArrayList<>();
                n.topOutside().stream().limit(3).forEach(a -> names.add(a.applicant() + "（" + a.filings() + "件）"));
                attract.add(n.name() + "节点可重点对接" + String.join("、", names));
            }
            if (n.gap() == Gap.FIRMS_WITHOUT_PATENTS) {
                cultivate.add(n.name() + "（" + n.firmsOnNode() + "家企业）");
            }
        }
        if (!attract.isEmpty()) {
            out.add("补链招商：" + String.join("；", attract) + "，以引进项目、设立研发机构或专利许可与转让等方式补齐园区在这些节点的技术储备。");
        }
        if (!cultivate.isEmpty()) {
            out.add("专利培育：" + String.join("、", cultivate) + "已有园区企业而无专利，建议组织专利挖掘与布局辅导，支持企业围绕主营产品申请发明专利。");
        }
        List<String> strong = new ArrayList<>();
        double chainShare = chainShare();
        for (NodeLandscape n : l().nodes()) {
            if (n.depth() > 0 && n.localFilings() > 0 && !n.weak() && n.localShare() >= chainShare) {
                String lead =
                        n.topLocal().isEmpty() ? "" : "，以" + n.topLocal().get(0).applicant() + "等企业为依托";
                strong.add(n.name() + "（园区占比" + percent(n.localShare()) + lead + "）");
            }
        }
        if (!strong.isEmpty()) {
            out.add("强链固链：" + String.join("、", strong) + "是园区的专利优势节点，建议支持高价值专利培育和专利池建设，巩固优势。");
        }
        List<Hotspot> hot = l().whole().hotspots();
        if (!hot.isEmpty()) {
            List<String> groups = new ArrayList<>();
            hot.stream()
                    .limit(3)
                    .forEach(h -> groups.add(h.group() + "（近三年" + h.recent() + "件，前三年" + h.previous() + "件）"));
            out.add("前沿布局：" + String.join("、", groups) + "是本产业链申请增长最快的技术方向，建议引导园区企业和研发机构提前布局，并作为人才引进与项目招引的技术方向。");
        }
        if (out.isEmpty()) {
            out.add("现有数据未显示需要补链或培育的节点；建议扩大专利数据导入范围后再行研判。");
        }
        return out;
    }

    private double chainShare() {
        return l().filings() == 0 ? 0 : (double) l().localFilings() / l().filings();
    }

    private Dataset texts(String name, List<String> lines) {
        List<List<Object>> rows = new ArrayList<>();
        lines.forEach(t -> rows.add(List.of(t)));
        return new Dataset(name, List.of(new Column("text", "内容", null)), rows, query(), missing());
    }

    private Map<String, String> stageNames() {
        Map<String, String> byId = new LinkedHashMap<>();
        Map<String, ChainNode> nodes = new LinkedHashMap<>();
        chain().nodes().forEach(n -> nodes.put(n.id(), n));
        for (ChainNode n : chain().nodes()) {
            ChainNode top = n;
            while (top.parent() != null) {
                top = nodes.get(top.parent());
            }
            byId.put(
                    n.id(),
                    top.stage().zh().isEmpty() ? top.name() : top.stage().zh());
        }
        return byId;
    }

    private static BigDecimal share(NodeLandscape n) {
        return n.filings() == 0
                ? null
                : BigDecimal.valueOf(n.localShare() * 100).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal growth(NodeLandscape n) {
        return n.growth() == null ? null : BigDecimal.valueOf(n.growth() * 100).setScale(2, RoundingMode.HALF_UP);
    }

    private static int sum(SortedMap<Integer, Integer> byYear) {
        return byYear.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String pct(int part, int whole) {
        return whole == 0 ? "—" : percent((double) part / whole);
    }

    private static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100)
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + "%";
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }
}
