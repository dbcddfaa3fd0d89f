package org.innopark.app.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.innopark.app.registry.RegistryReads;
import org.innopark.engine.pipeline.Stage;
import org.innopark.engine.pipeline.StageScheme;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.ProjectStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo parks' pipelines, built on the registry's generated projects so that both tell one story: each project's
 * registry stage and dates become its dated transitions (线索 → 接洽 → 在谈 → 签约 → 拟开工 → 开工 → 到资 → 投产, or
 * 终止/流失), with follow-ups written as officers write them, problems raised and mostly solved, funds received in
 * instalments, four officers per park and some leads in the pool. A signed outside investor's project company is the
 * park enterprise of its industry registered after the signing (落地企业), so signed investors appear later in the
 * registry. Deterministic for a given registry.
 */
@Component
public class DemoPipeline {

    private static final String[] CONTACT = {
        "赴{city}拜访{investor}，介绍园区产业配套和要素保障，对方对区内配套表示认可",
        "与{investor}负责人电话沟通，对方计划下月来园区实地考察",
        "在产业链招商推介会上与{investor}接洽，交换了项目初步设想",
        "{investor}投资部来访，参观标准厂房和公共技术平台",
    };
    private static final String[] TALKS = {
        "与{investor}就用地规模、厂房代建和设备补贴进行第二轮洽谈",
        "陪同{investor}考察备选地块，初步确定意向选址",
        "召开项目专题协调会，{investor}提出能耗指标和人才公寓需求",
        "与{investor}商谈投资协议条款，约定分期投资和达产时间",
    };
    private static final String[] AFTER = {
        "现场调度项目建设进度，{investor}反映施工用电报装较慢", "走访项目现场，设备已陆续进场安装", "协调{investor}办理规划许可和施工许可", "电话回访{investor}，项目按计划推进",
    };
    private static final String[][] PROBLEMS = {
        {"项目用地指标尚未落实", "自然资源和规划分局"},
        {"施工用电增容审批进度偏慢", "供电公司客户服务中心"},
        {"企业申请的设备购置补贴尚未兑现", "经济发展局"},
        {"项目能耗指标需市级统筹", "发展和改革局"},
        {"员工宿舍和子女入学需协调", "社会事业局"},
    };
    private static final String[] LOST = {"企业最终选择在外省布局", "投资方资金链紧张，暂缓投资", "项目能耗不符合园区准入要求", "企业战略调整，取消扩产计划"};

    private final RegistryReads registry;
    private final PipelineStages stages;
    private final JdbcTemplate jdbc;

    DemoPipeline(RegistryReads registry, PipelineStages stages, JdbcTemplate jdbc) {
        this.registry = registry;
        this.stages = stages;
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM pipeline_project", Integer.class);
        return n == null || n == 0;
    }

    /** Builds every park's pipeline from its registry projects; returns the number of projects. */
    @Transactional
    public int load(LocalDate today) {
        int total = 0;
        for (String park : registry.parkCodes()) {
            total += load(park, today);
        }
        return total;
    }

    private int load(String park, LocalDate today) {
        StageScheme s = stages.of(park);
        List<Enterprise> firms = registry.enterprises(park, null);
        Set<String> landed = new HashSet<>();
        String[] officers = {
            park.toLowerCase() + "-zs1",
            park.toLowerCase() + "-zs2",
            park.toLowerCase() + "-zs3",
            park.toLowerCase() + "-zs4"
        };
        List<Object[]> projects = new ArrayList<>();
        List<Object[]> transitions = new ArrayList<>();
        List<Object[]> followUps = new ArrayList<>();
        List<Object[]> problems = new ArrayList<>();
        List<Object[]> funds = new ArrayList<>();
        int count = 0;
        for (AttractionProject p : registry.attractionProjects(park)) {
            Random r = new Random(p.projectNo().hashCode() * 31L + 7);
            List<Object[]> steps = steps(s, p, r, today);
            Object[] last = steps.get(steps.size() - 1);
            String stage = (String) last[0];
            LocalDate stageDate = (LocalDate) last[1];
            String owner = s.require(stage).pooled() && r.nextDouble() < 0.2 ? null : officers[r.nextInt(4)];
            String investor = p.investorName() == null ? "投资方" : p.investorName();
            String city = investor.length() >= 2 ? investor.substring(0, 2) : "外地";
            LocalDate lastActivity = stageDate;
            for (int i = 0; i < steps.size(); i++) {
                Object[] st = steps.get(i);
                String code = (String) st[0];
                LocalDate on = (LocalDate) st[1];
                Stage stg = s.require(code);
                BigDecimal contract = code.equals("signed") ? p.contractedAmount() : null;
                BigDecimal first =
                        code.equals("funded") ? share(p.contractedAmount(), 0.2 + r.nextDouble() * 0.2) : null;
                transitions.add(new Object[] {
                    p.projectNo(),
                    i == 0 ? null : steps.get(i - 1)[0],
                    code,
                    Date.valueOf(on),
                    contract,
                    code.equals("planned-start") ? Date.valueOf(on.plusDays(20 + r.nextInt(60))) : null,
                    first,
                    stg.requires().stream().anyMatch(f -> f.key().equals("document")) ? document(code, on, r) : null,
                    stg.exit() ? LOST[r.nextInt(LOST.length)] : null,
                    i == 0 ? "演示数据" : null,
                    owner == null ? officers[0] : owner
                });
                if (first != null) {
                    funds.add(new Object[] {p.projectNo(), Date.valueOf(on), first, "首笔到资", officers[0]});
                }
                // follow-ups between this stage and the next
                LocalDate until = i + 1 < steps.size() ? (LocalDate) steps.get(i + 1)[1] : today;
                long gap = ChronoUnit.DAYS.between(on, until);
                int visits = stg.exit() || gap < 10 ? 0 : 1 + r.nextInt(2);
                for (int v = 0; v < visits; v++) {
                    LocalDate held = on.plusDays(1 + r.nextInt((int) Math.max(1, gap - 1)));
                    if (held.isAfter(today)
                            || (code.equals(stage) && s.require(code).pooled() && r.nextDouble() < 0.5)) {
                        continue;
                    }
                    String[] pool =
                            s.rank(code) < s.rank("talks") ? CONTACT : s.rank(code) < s.rank("signed") ? TALKS : AFTER;
                    followUps.add(new Object[] {
                        p.projectNo(),
                        v % 2 == 0 ? "visit" : "call",
                        Date.valueOf(held),
                        pool[r.nextInt(pool.length)]
                                .replace("{investor}", investor)
                                .replace("{city}", city),
                        owner == null ? officers[0] : owner
                    });
                    if (held.isAfter(lastActivity)) {
                        lastActivity = held;
                    }
                }
                if (!stg.exit() && s.rank(code) >= s.rank("talks") && r.nextDouble() < 0.12) {
                    String[] q = PROBLEMS[r.nextInt(PROBLEMS.length)];
                    boolean solved = i + 1 < steps.size();
                    problems.add(new Object[] {
                        p.projectNo(),
                        code,
                        q[0],
                        q[1],
                        solved ? "OPEN_SOLVED" : "OPEN",
                        solved ? "已协调解决，项目进入下一阶段" : null,
                        officers[0],
                        Date.valueOf(on),
                        solved ? Date.valueOf((LocalDate) steps.get(i + 1)[1]) : null
                    });
                }
            }
            if (s.reached(stage, "funded") && p.contractedAmount() != null) {
                LocalDate fundedOn = steps.stream()
                        .filter(x -> x[0].equals("funded"))
                        .map(x -> (LocalDate) x[1])
                        .findFirst()
                        .orElse(stageDate);
                int more = 1 + r.nextInt(2);
                for (int k = 1; k <= more; k++) {
                    LocalDate on = fundedOn.plusDays(60L * k + r.nextInt(30));
                    if (!on.isAfter(today)) {
                        funds.add(new Object[] {
                            p.projectNo(),
                            Date.valueOf(on),
                            share(p.contractedAmount(), 0.1 + r.nextDouble() * 0.25),
                            "分期到资",
                            officers[0]
                        });
                    }
                }
            }
            String landedCode = null;
            if (p.investorCreditCode() == null && p.signedDate() != null && s.reached(stage, "started")) {
                landedCode = landed(firms, p, landed);
            }
            projects.add(new Object[] {
                p.projectNo(),
                park,
                org.innopark.engine.pipeline.InvestorNames.key(investor),
                chain(p),
                share(p.contractedAmount(), 1.1 + r.nextDouble() * 0.5),
                BigDecimal.valueOf(30 + r.nextInt(300)),
                share(p.contractedAmount(), 1.5 + r.nextDouble() * 2),
                owner,
                stage,
                Date.valueOf(stageDate),
                Date.valueOf(lastActivity),
                landedCode,
                owner == null ? officers[0] : owner
            });
            count++;
        }
        jdbc.batchUpdate(
                "INSERT INTO pipeline_project (project_no, park_code, investor_key, chain_id,"
                        + " planned_investment, land_area_mu, expected_output, owner, stage_code, stage_date, last_activity,"
                        + " landed_credit_code, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                projects);
        jdbc.batchUpdate(
                "INSERT INTO pipeline_transition (project_no, from_stage, to_stage, stage_date, contract_amount,"
                        + " planned_start_date, funds_amount, document, reason, note, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?)",
                transitions);
        jdbc.batchUpdate(
                "INSERT INTO pipeline_follow_up (project_no, kind, held_on, note, actor) VALUES (?, ?, ?, ?, ?)",
                followUps);
        List<Object[]> problemRows = new ArrayList<>();
        for (Object[] q : problems) {
            boolean solved = "OPEN_SOLVED".equals(q[4]);
            problemRows.add(new Object[] {
                q[0], q[1], q[2], q[3], solved ? "RESOLVED" : "OPEN", q[5], q[6], q[7], solved ? q[6] : null, q[8]
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO pipeline_problem (project_no, stage_code, description, solver, status, resolution,"
                        + " raised_by, raised_on, resolved_by, resolved_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                problemRows);
        jdbc.batchUpdate(
                "INSERT INTO pipeline_funds (project_no, received_on, amount, note, actor) VALUES (?, ?, ?, ?, ?)",
                funds);
        return count;
    }

    /** The dated stages of a project from its registry stage and dates, never after today. */
    static List<Object[]> steps(StageScheme s, AttractionProject p, Random r, LocalDate today) {
        List<Object[]> out = new ArrayList<>();
        LocalDate lead = p.leadDate() == null ? today.minusDays(30) : p.leadDate();
        out.add(new Object[] {"lead", lead});
        LocalDate contact = min(lead.plusDays(5 + r.nextInt(25)), today);
        LocalDate talks = min(contact.plusDays(10 + r.nextInt(50)), today);
        ProjectStage coarse = p.stage();
        if (coarse == ProjectStage.LEAD) {
            return out;
        }
        if (coarse == ProjectStage.DROPPED) {
            out.add(new Object[] {"contact", contact});
            if (r.nextBoolean()) {
                out.add(new Object[] {"talks", talks});
            }
            LocalDate lastDay = (LocalDate) out.get(out.size() - 1)[1];
            out.add(new Object[] {
                r.nextBoolean() ? "lost" : "terminated", min(lastDay.plusDays(20 + r.nextInt(90)), today)
            });
            return out;
        }
        LocalDate signed = p.signedDate();
        if (signed != null) {
            contact = min(contact, signed);
            talks = between(contact, signed, talks);
        }
        out.add(new Object[] {"contact", contact});
        if (signed == null) {
            if (talks.isAfter(contact) && r.nextDouble() < 0.4) {
                out.add(new Object[] {"talks", talks});
            }
            return out;
        }
        out.add(new Object[] {"talks", talks});
        out.add(new Object[] {"signed", signed});
        LocalDate limit = p.productionDate() != null ? p.productionDate() : today;
        LocalDate planned = min(signed.plusDays(15 + r.nextInt(45)), limit);
        LocalDate started = min(planned.plusDays(20 + r.nextInt(70)), limit);
        LocalDate funded = min(started.plusDays(15 + r.nextInt(60)), limit);
        boolean sinceSigned = coarse == ProjectStage.SIGNED;
        if (sinceSigned) {
            if (planned.isBefore(today) && r.nextBoolean()) {
                out.add(new Object[] {"planned-start", planned});
            }
            return out;
        }
        out.add(new Object[] {"planned-start", planned});
        out.add(new Object[] {"started", started});
        if (coarse == ProjectStage.IN_PRODUCTION || (funded.isBefore(today.minusDays(10)) && r.nextBoolean())) {
            out.add(new Object[] {"funded", funded});
        }
        if (coarse == ProjectStage.IN_PRODUCTION) {
            out.add(new Object[] {"production", p.productionDate()});
        }
        return out;
    }

    private static String landed(List<Enterprise> firms, AttractionProject p, Set<String> used) {
        String division = p.industry() == null ? null : p.industry().value().substring(0, 2);
        for (Enterprise e : firms) {
            if (e.registrationDate() == null || used.contains(e.creditCode().value())) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(p.signedDate(), e.registrationDate());
            boolean sameIndustry = division != null
                    && e.industry() != null
                    && e.industry().value().startsWith(division);
            if (days >= 0 && days <= 365 && sameIndustry) {
                used.add(e.creditCode().value());
                return e.creditCode().value();
            }
        }
        return null;
    }

    private static String chain(AttractionProject p) {
        if (p.industry() == null) {
            return null;
        }
        String d = p.industry().value().substring(0, 2);
        return switch (d) {
            case "38" -> "power-battery";
            case "27" -> "biomedicine";
            case "35", "40" -> "medical-devices";
            case "39" -> "integrated-circuits";
            case "26", "30" -> "new-materials";
            case "36", "37" -> "rail-transit";
            default -> null;
        };
    }

    private static String document(String code, LocalDate on, Random r) {
        return switch (code) {
            case "signed" -> "投资协议(" + on.getYear() + ")第" + (1 + r.nextInt(60)) + "号";
            case "started" -> "建筑工程施工许可证" + on.getYear() + String.format("%04d", r.nextInt(10000));
            default -> "会议纪要" + on;
        };
    }

    private static BigDecimal share(BigDecimal amount, double f) {
        return amount == null ? null : amount.multiply(BigDecimal.valueOf(f)).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static LocalDate between(LocalDate from, LocalDate to, LocalDate d) {
        return d.isBefore(from) ? from : d.isAfter(to) ? to : d;
    }
}
