package org.innopark.engine.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.talent.Education;
import org.innopark.engine.talent.RequestState;
import org.innopark.engine.talent.ResearchGroup;
import org.innopark.engine.talent.TalentPerson;

/**
 * The demo's talents beyond the registry's programme entries: each programme talent's profile (a national-level
 * talent is nearly always a 博士), the researchers of every innovation platform (博士 about 18 %, 硕士 about 34 %: 硕士以上
 * about half, as the bulletins report for their platforms), 科学家工作室 led by the senior talents and 科研团队 at the
 * platforms, and service requests written as talents write them ("孩子明年上小学，想问园区对口学校怎么申请") over the
 * last 120 days, the older ones settled, a few refused with the reason, some overdue. Deterministic for a seed.
 */
public final class DemoTalents {

    private DemoTalents() {}

    /** An enterprise of the park a talent may work at. */
    public record Employer(CreditCode code, String name) {}

    /**
     * A demo request and what became of it: submitted {@code daysAgo} days before today, first assigned {@code
     * assignedAfter} days after submission (-1: not yet), started after {@code startedAfter} (-1: not), closed
     * after {@code closedAfter} (-1: open) in {@code state} with {@code result} (what was done, or the reason).
     */
    public record Request(
            CreditCode firm,
            String talent,
            String type,
            String subject,
            String body,
            int daysAgo,
            int assignedAfter,
            int startedAfter,
            int closedAfter,
            RequestState state,
            String result) {}

    public record Output(List<TalentPerson> people, List<ResearchGroup> groups, List<Request> requests) {}

    private static final String[] TITLES = {"正高级工程师", "研究员", "副研究员", "高级工程师", "工程师", "助理研究员", "助理工程师"};
    private static final String[] FIELDS = {
        "新材料", "新能源", "电子信息", "生物医药", "高端装备", "人工智能", "集成电路", "节能环保", "软件与信息服务", "精密仪器"
    };

    /**
     * Generates the park's demo talents.
     *
     * @param registry the park's registry 人才 entries (one per person and programme)
     * @param platforms the park's innovation platforms, whose hosts employ their researchers
     * @param employers the park's enterprises
     */
    public static Output generate(
            long seed,
            String park,
            List<Talent> registry,
            List<InnovationPlatform> platforms,
            List<Employer> employers,
            LocalDate today) {
        Draw d = new Draw(Draw.seed(seed, 4242, park.hashCode()));
        Map<String, List<Talent>> byPerson = new LinkedHashMap<>();
        for (Talent t : registry) {
            byPerson.computeIfAbsent(t.name() + "|" + t.employerCreditCode().value(), k -> new ArrayList<>())
                    .add(t);
        }
        List<TalentPerson> people = new ArrayList<>();
        Set<String> keys = new HashSet<>(byPerson.keySet());
        Map<CreditCode, String> platformOf = new LinkedHashMap<>();
        for (InnovationPlatform p : platforms) {
            platformOf.putIfAbsent(p.hostCreditCode(), p.name());
        }
        for (List<Talent> entries : byPerson.values()) {
            Talent first = entries.get(0);
            Level best =
                    entries.stream().map(Talent::level).min(Enum::compareTo).orElseThrow();
            double u = d.uniform();
            Education e = switch (best) {
                case NATIONAL -> u < 0.9 ? Education.DOCTORATE : Education.MASTER;
                case PROVINCIAL -> u < 0.6 ? Education.DOCTORATE : u < 0.95 ? Education.MASTER : Education.BACHELOR;
                default -> u < 0.35 ? Education.DOCTORATE : u < 0.8 ? Education.MASTER : Education.BACHELOR;
            };
            String platform = d.chance(0.5) ? platformOf.get(first.employerCreditCode()) : null;
            people.add(new TalentPerson(
                    first.name(),
                    first.employerCreditCode(),
                    e,
                    platform,
                    TITLES[d.between(0, 3)],
                    first.field(),
                    arrival(d, today, first.selectedYear()),
                    best == Level.NATIONAL ? d.chance(0.7) : d.chance(0.3),
                    entries.stream()
                            .map(t -> new TalentPerson.Selection(t.programme(), t.level(), t.selectedYear()))
                            .toList()));
        }
        for (InnovationPlatform p : platforms) {
            int n = 6 + (int) d.poisson(p.level() == Level.NATIONAL ? 60 : p.level() == Level.PROVINCIAL ? 30 : 14);
            String field = FIELDS[d.between(0, FIELDS.length - 1)];
            for (int i = 0; i < n; i++) {
                String name = Names.person(d);
                while (!keys.add(name + "|" + p.hostCreditCode().value())) {
                    name = Names.person(d);
                }
                double u = d.uniform();
                Education e = u < 0.18
                        ? Education.DOCTORATE
                        : u < 0.52
                                ? Education.MASTER
                                : u < 0.92 ? Education.BACHELOR : u < 0.99 ? Education.COLLEGE : Education.OTHER;
                people.add(new TalentPerson(
                        name,
                        p.hostCreditCode(),
                        e,
                        p.name(),
                        TITLES[
                                Math.min(
                                        TITLES.length - 1,
                                        d.between(2, TITLES.length - 1) - (e == Education.DOCTORATE ? 2 : 0))],
                        field,
                        arrival(d, today, null),
                        e == Education.DOCTORATE && d.chance(0.25),
                        List.of()));
            }
        }
        List<ResearchGroup> groups = groups(d, people, platforms, today);
        List<Request> requests = requests(d, people, employers, today);
        return new Output(List.copyOf(people), groups, requests);
    }

    private static LocalDate arrival(Draw d, LocalDate today, Integer selectedYear) {
        int latest = selectedYear == null ? today.getYear() : Math.min(today.getYear(), selectedYear);
        int year = Math.max(2012, latest - d.between(0, 6));
        LocalDate day = LocalDate.of(year, d.between(1, 12), d.between(1, 28));
        return day.isAfter(today) ? today.minusDays(d.between(10, 300)) : day;
    }

    private static List<ResearchGroup> groups(
            Draw d, List<TalentPerson> people, List<InnovationPlatform> platforms, LocalDate today) {
        List<ResearchGroup> groups = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (TalentPerson p : people) {
            Level l = p.highestLevel();
            boolean senior = l == Level.NATIONAL || (l == Level.PROVINCIAL && d.chance(0.25));
            if (senior && p.education() == Education.DOCTORATE && d.chance(0.6)) {
                String field = p.field() == null ? FIELDS[d.between(0, FIELDS.length - 1)] : p.field();
                String name = field + "科学家工作室";
                if (!names.add(name)) {
                    name = p.name() + field + "科学家工作室";
                    names.add(name);
                }
                groups.add(new ResearchGroup(
                        ResearchGroup.Kind.STUDIO,
                        name,
                        p.name(),
                        p.employer(),
                        p.platform(),
                        4 + d.between(0, 12),
                        today.minusDays(d.between(60, 2000)),
                        field));
            }
        }
        for (InnovationPlatform pl : platforms) {
            if (!d.chance(0.6)) {
                continue;
            }
            TalentPerson lead = people.stream()
                    .filter(p -> pl.name().equals(p.platform()) && p.education() == Education.DOCTORATE)
                    .findFirst()
                    .orElse(null);
            if (lead == null) {
                continue;
            }
            String field = lead.field() == null ? FIELDS[d.between(0, FIELDS.length - 1)] : lead.field();
            String name = field + (d.chance(0.5) ? "创新团队" : "研发团队");
            if (!names.add(name)) {
                name = pl.name() + name;
                names.add(name);
            }
            groups.add(new ResearchGroup(
                    ResearchGroup.Kind.TEAM,
                    name,
                    lead.name(),
                    lead.employer(),
                    pl.name(),
                    6 + d.between(0, 20),
                    today.minusDays(d.between(60, 1500)),
                    field));
        }
        if (groups.stream().noneMatch(g -> g.kind() == ResearchGroup.Kind.STUDIO)) {
            // a park's 人才办 counts at least its flagship: the studio of its most senior doctor
            people.stream()
                    .filter(p -> p.education() == Education.DOCTORATE)
                    .min(java.util.Comparator.comparingInt((TalentPerson p) ->
                            p.highestLevel() == null ? 9 : p.highestLevel().ordinal()))
                    .ifPresent(p -> {
                        String field = p.field() == null ? FIELDS[0] : p.field();
                        groups.add(new ResearchGroup(
                                ResearchGroup.Kind.STUDIO,
                                field + "科学家工作室",
                                p.name(),
                                p.employer(),
                                p.platform(),
                                6,
                                today.minusDays(400),
                                field));
                    });
        }
        return List.copyOf(groups);
    }

    /** What talents write, by request type: the subject and the request as written. */
    private static final Map<String, String[][]> TEXTS = Map.of(
            "housing",
            new String[][] {
                {"申请人才公寓", "刚从深圳过来入职，想申请园区的人才公寓，一家三口，最好是两室的，请问需要准备哪些材料？"},
                {"人才公寓续租", "人才公寓的租期下个月就到了，想问能不能续租，续租要重新走审批吗？"},
                {"购房补贴申请", "听说博士在园区买房可以申请购房补贴，想问一下具体怎么申请，多久能批下来。"}
            },
            "schooling",
            new String[][] {
                {"孩子明年上小学", "孩子明年上小学，想问园区对口学校怎么申请，户口还在外地有没有影响？"},
                {"子女入园", "孩子今年9月要上幼儿园，户口还没迁过来，能不能在园区附近就近入园？"},
                {"子女转学", "孩子读初二，从外省转学过来，学籍怎么转，需要去教育局哪个窗口？"}
            },
            "spouse-job",
            new String[][] {
                {"配偶就业推荐", "爱人之前在老家做会计，跟着我一起过来了，想问园区能不能帮忙推荐合适的工作。"},
                {"配偶工作安置", "配偶是中学老师，有教师资格证，想了解一下有没有对口的安置政策。"}
            },
            "policy",
            new String[][] {
                {"安家补贴进度", "去年入选人才计划，安家补贴到现在还没到账，想问现在办到哪一步了。"},
                {"生活补贴申报", "公司引进的两名博士的生活补贴材料交上去一个多月了，一直没有回音，麻烦帮忙查一下。"},
                {"租房补贴咨询", "想问一下硕士毕业来园区工作有没有租房补贴，怎么申请，要交社保满多久？"}
            },
            "medical",
            new String[][] {
                {"专家号预约", "父母年纪大了，想问人才医疗绿色通道怎么预约市里医院的专家号。"},
                {"人才体检", "今年的人才健康体检什么时候安排？能不能带家属一起？"}
            },
            "exit-entry",
            new String[][] {
                {"外籍工程师工作许可", "公司新聘了一位德国工程师，需要办外国人工作许可和居留许可，想问园区能不能帮忙代办。"},
                {"签证续签", "外籍专家的签证下个月到期，续签需要准备哪些材料，大概要多久？"}
            },
            "household",
            new String[][] {
                {"集体户落户", "想把户口落到园区的人才集体户，需要准备什么材料，去哪里办？"},
                {"家属随迁落户", "爱人和孩子想随迁落户到这边，流程是什么，能不能一起办？"}
            },
            "other",
            new String[][] {{"人才活动咨询", "刚来园区不久，想问有没有人才沙龙、联谊之类的活动，想多认识一些同行。"}});

    private static final String[] TYPES = {
        "housing",
        "housing",
        "housing",
        "schooling",
        "schooling",
        "policy",
        "policy",
        "policy",
        "spouse-job",
        "medical",
        "exit-entry",
        "household",
        "other"
    };

    private static final Map<String, String> DONE = Map.of(
            "housing", "已核实资格，安排人才公寓两室一套，已签订租赁协议",
            "schooling", "已与区教育局对接，按人才子女就学政策安排对口学校",
            "spouse-job", "已推荐至园区企业面试两家，配偶已入职",
            "policy", "材料已补齐，经审核后补贴已拨付至个人账户",
            "medical", "已开通医疗绿色通道并预约专家门诊",
            "exit-entry", "已协助办理工作许可与居留许可",
            "household", "已出具落户证明，户籍已迁入人才集体户",
            "other", "已告知本季度人才沙龙安排并登记报名");

    private static final Map<String, String> REJECTED = Map.of(
            "housing", "不符合申请条件：人才公寓须在园区企业连续缴纳社保满三个月",
            "policy", "不符合申请条件：该补贴要求在园区工作满一年，可在满一年后再申请",
            "schooling", "非本部门职责：已告知向户籍所在地教育局申请");

    private static List<Request> requests(
            Draw d, List<TalentPerson> people, List<Employer> employers, LocalDate today) {
        List<Request> out = new ArrayList<>();
        if (people.isEmpty() || employers.isEmpty()) {
            return out;
        }
        int n = 30 + d.between(0, 20);
        for (int i = 0; i < n; i++) {
            TalentPerson who = people.get(d.between(0, people.size() - 1));
            String type = TYPES[d.between(0, TYPES.length - 1)];
            String[][] texts = TEXTS.get(type);
            String[] text = texts[d.between(0, texts.length - 1)];
            String body = text[1];
            if (type.equals("policy") && !who.selections().isEmpty() && body.startsWith("去年入选人才计划")) {
                body = body.replace("去年入选人才计划", "去年入选" + who.selections().get(0).programme());
            }
            int daysAgo = d.between(0, 120);
            int assigned = -1;
            int started = -1;
            int closed = -1;
            RequestState state = RequestState.SUBMITTED;
            String result = null;
            double u = d.uniform();
            if (daysAgo > 30 && u < 0.85) {
                assigned = d.between(0, 3);
                started = assigned + d.between(1, 4);
                closed = Math.min(daysAgo, started + d.between(2, 25));
                if (REJECTED.containsKey(type) && d.chance(0.15)) {
                    state = RequestState.REJECTED;
                    result = REJECTED.get(type);
                    started = -1;
                    closed = Math.min(daysAgo, assigned + d.between(1, 5));
                } else {
                    state = RequestState.DONE;
                    result = DONE.get(type);
                }
            } else if (daysAgo > 1 && u < 0.92) {
                assigned = Math.min(daysAgo, d.between(0, 4));
                state = RequestState.ASSIGNED;
                if (daysAgo - assigned > 2 && d.chance(0.7)) {
                    started = assigned + d.between(1, Math.max(1, Math.min(5, daysAgo - assigned)));
                    state = RequestState.IN_PROGRESS;
                }
            }
            out.add(new Request(
                    who.employer(),
                    who.name(),
                    type,
                    text[0],
                    body,
                    daysAgo,
                    assigned,
                    started,
                    closed,
                    state,
                    result));
        }
        return List.copyOf(out);
    }
}
