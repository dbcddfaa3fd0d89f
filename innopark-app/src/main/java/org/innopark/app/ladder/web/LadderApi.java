package org.innopark.app.ladder.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.ladder.DeclaredAssessments;
import org.innopark.app.ladder.ParkLadder;
import org.innopark.app.ladder.ParkLadder.Assessed;
import org.innopark.app.ladder.SchemeChoice;
import org.innopark.app.ladder.SpreadsheetFacts;
import org.innopark.app.ladder.VerdictExport;
import org.innopark.app.ladder.VerdictTable;
import org.innopark.app.ladder.VerdictView;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.ladder.Gap;
import org.innopark.engine.ladder.LadderAnalytics;
import org.innopark.engine.ladder.LadderAnalytics.MismatchKind;
import org.innopark.engine.registry.QualificationType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cultivation ladder's REST API: an enterprise's verdicts against every scheme, a park's ladder, its candidates
 * for a rung and the XLSX export of its verdicts. Texts are in the reader's language ({@code ?lang=zh|en}, else
 * Accept-Language, Chinese by default). Outside the reader's scope everything is 404; enterprise users see only
 * their own enterprise's assessments.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "ladder", description = "梯度培育:评价结论、梯度漏斗、培育候选 / cultivation ladder: verdicts, funnel, candidates")
class LadderApi {

    private static final int MAX_LIMIT = 1000;

    private final ParkLadder ladder;
    private final DeclaredAssessments declarations;
    private final CurrentUser user;

    LadderApi(ParkLadder ladder, DeclaredAssessments declarations, CurrentUser user) {
        this.ladder = ladder;
        this.declarations = declarations;
        this.user = user;
    }

    @GetMapping("/enterprises/{creditCode}/assessments")
    @Operation(
            summary = "企业对各评价方案的评价结论、逐项条件与差距 / an enterprise's verdicts against every scheme, with"
                    + " every condition and the gap")
    EnterpriseAssessmentsJson assessments(
            @PathVariable String creditCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Locale locale = locale(lang, request);
        checkYear(year);
        ParkLadder.EnterpriseAssessments a = ladder.enterprise(user.scope(), creditCode, year)
                .orElseThrow(() -> notFound("企业", "enterprise", creditCode));
        return new EnterpriseAssessmentsJson(
                a.creditCode().value(),
                a.name(),
                a.parkCode(),
                a.year(),
                locale.getLanguage(),
                a.assessments().stream().map(x -> VerdictView.of(x, locale)).toList());
    }

    @GetMapping("/enterprises/{creditCode}/declared-assessments/{year}")
    @Operation(
            summary = "企业某年度声明的专家评定(高企知识产权等评分),含声明人与时间 / the expert assessments declared for an"
                    + " enterprise and year, with who and when")
    List<DeclaredJson> declared(@PathVariable String creditCode, @PathVariable int year) {
        return declarations
                .read(user.scope(), creditCode, year)
                .orElseThrow(() -> notFound("企业", "enterprise", creditCode))
                .stream()
                .map(d -> new DeclaredJson(d.factId(), d.value(), d.declaredBy(), d.declaredAt()))
                .toList();
    }

    @PutMapping(
            path = "/enterprises/{creditCode}/declared-assessments/{year}",
            consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "声明专家评定:{\"facts\": {评定项: 分值}},空值撤回;评价结论标明“依据声明” / declare expert"
                    + " assessments: {\"facts\": {id: value}}, null withdraws; verdicts say they rest on them")
    List<DeclaredJson> declare(@PathVariable String creditCode, @PathVariable int year, @RequestBody DeclareJson body) {
        Map<String, Object> facts = body.facts() == null ? Map.of() : body.facts();
        return declarations
                .declare(user.account(), creditCode.strip().toUpperCase(Locale.ROOT), year, facts)
                .orElseThrow(() -> notFound("企业", "enterprise", creditCode))
                .stream()
                .map(d -> new DeclaredJson(d.factId(), d.value(), d.declaredBy(), d.declaredAt()))
                .toList();
    }

    record DeclareJson(Map<String, Object> facts) {}

    record DeclaredJson(String fact, String value, String declaredBy, java.time.OffsetDateTime declaredAt) {}

    @GetMapping("/parks/{code}/ladder")
    @Operation(
            summary = "园区梯度漏斗:各梯级持证数与评价达标数、不一致名单、年度流转、即将到期证书 / the park's ladder:"
                    + " held vs assessed per rung, mismatches, transitions, expiring certificates")
    LadderJson parkLadder(
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "" + ParkLadder.DEFAULT_EXPIRY_MONTHS) int months,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Locale locale = locale(lang, request);
        if (months < 1 || months > 60) {
            throw badRequest("months 应在 1–60 之间", "months must be 1-60");
        }
        ParkScope scope = user.scope();
        int y = year(scope, code, year);
        LocalDate today = asOf == null ? LocalDate.now() : asOf;
        ParkLadder.ParkLadderView v =
                ladder.ladder(scope, code, y, today, months).orElseThrow(() -> notFound("园区", "park", code));
        boolean en = en(locale);
        List<RungJson> rungs = v.snapshot().rungs().stream()
                .map(r -> new RungJson(
                        r.rung().name(),
                        r.rung().label(locale),
                        r.level(),
                        ladder.ladder().rung(r.rung()).map(x -> x.schemeId()).orElse(null),
                        r.held(),
                        r.qualified(),
                        r.undecided()))
                .toList();
        List<MismatchJson> mismatches = v.snapshot().mismatches().stream()
                .map(m -> new MismatchJson(
                        m.creditCode().value(),
                        v.names().get(m.creditCode()),
                        m.rung().name(),
                        m.rung().label(locale),
                        m.kind().name(),
                        kindText(m.kind(), en),
                        m.verdict().outcome().name(),
                        m.verdict().outcome().label().in(locale)))
                .toList();
        List<ExpiringJson> expiring = v.expiring().stream()
                .map(c -> new ExpiringJson(
                        c.creditCode().value(),
                        v.names().get(c.creditCode()),
                        c.qualification().type().name(),
                        c.qualification().type().label(locale),
                        c.qualification().certificateNo(),
                        c.qualification().grantedOn(),
                        c.expiresOn(),
                        c.derived(),
                        c.daysLeft()))
                .toList();
        return new LadderJson(
                code,
                y,
                locale.getLanguage(),
                rungs,
                mismatches,
                new TransitionsJson(
                        y - 1,
                        y,
                        transitions(v.heldTransitions(), locale),
                        transitions(v.assessedTransitions(), locale)),
                new ExpiringListJson(today, months, expiring),
                v.bases().stream()
                        .map(b -> new BasisJson(
                                b.rung().name(),
                                b.rung().label(locale),
                                b.schemeId(),
                                b.qualified(),
                                b.measured(),
                                b.declared(),
                                b.notQualified(),
                                b.undecided()))
                        .toList(),
                v.toCollect().stream()
                        .map(t -> {
                            Map<String, Integer> byRung = new java.util.TreeMap<>();
                            t.byRung().forEach((r, n) -> byRung.put(r.name(), n));
                            return new ToCollectJson(
                                    t.factId(),
                                    t.name().in(locale),
                                    t.howToCollect().in(locale),
                                    t.undecided(),
                                    byRung);
                        })
                        .toList(),
                en
                        ? "Facts are read from the credit register where the park declared it complete, from the registry"
                                + " (platforms, reports, the industry catalogue) and from declared expert assessments;"
                                + " what none of them decides is unknown, and 'undecided' counts enterprises that qualify"
                                + " if it turns out favourable (toCollect lists what would decide them)."
                        : "外部事实依据园区声明完整的信用记录、登记数据(创新平台、年报、产业目录)与声明的专家评定判定;仍无法判定的按未知处理,"
                                + "“待定”为这些事实有利时即可达标的企业数(toCollect 列出可判定它们的事实)。");
    }

    @GetMapping("/parks/{code}/candidates")
    @Operation(summary = "某梯级的培育候选企业,按差距由小到大 / candidates for a scheme's rung, smallest gap first")
    CandidatesJson candidates(
            @PathVariable String code,
            @RequestParam String scheme,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Locale locale = locale(lang, request);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw badRequest("limit 应在 1–" + MAX_LIMIT + " 之间", "limit must be 1-" + MAX_LIMIT);
        }
        ParkScope scope = user.scope();
        int y = year(scope, code, year);
        ParkLadder.Candidates c;
        try {
            c = ladder.candidates(scope, code, scheme, y, limit).orElseThrow(() -> notFound("园区", "park", code));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        List<CandidateJson> list = new java.util.ArrayList<>();
        int rank = 1;
        for (LadderAnalytics.Candidate x : c.candidates()) {
            Gap g = x.gap();
            list.add(new CandidateJson(
                    rank++,
                    x.creditCode().value(),
                    c.names().get(x.creditCode()),
                    x.currentTop() == null ? null : x.currentTop().name(),
                    x.currentTop() == null ? null : x.currentTop().label(locale),
                    x.verdict().outcome().name(),
                    x.verdict().outcome().label().in(locale),
                    x.verdict().score().map(s -> s.total().toString()).orElse(null),
                    g.size(),
                    g.lines(locale),
                    g.toConfirm().stream().map(l -> l.in(locale)).distinct().toList()));
        }
        return new CandidatesJson(
                code, y, c.schemeId(), c.rung().name(), c.rung().label(locale), c.total(), list);
    }

    @GetMapping("/parks/{code}/assessments.xlsx")
    @Operation(
            summary = "导出园区企业对某方案的评价结论(XLSX,逐项条件列)/ export the park's verdicts for a scheme"
                    + " (XLSX, per-condition columns)")
    ResponseEntity<byte[]> export(
            @PathVariable String code,
            @RequestParam String scheme,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean gaps,
            @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Locale locale = locale(lang, request);
        ParkScope scope = user.scope();
        int y = year(scope, code, year);
        // Only official schemes by id: a request never names a file on the server.
        if (ladder.assessment().schemes().versions(scheme).isEmpty()) {
            throw badRequest(
                    "未知方案 " + scheme + ",可用:"
                            + String.join("、", ladder.assessment().schemes().ids()),
                    "unknown scheme " + scheme + "; known: "
                            + String.join(", ", ladder.assessment().schemes().ids()));
        }
        SchemeChoice choice = new SchemeChoice.ById(scheme);
        List<Assessed> verdicts =
                ladder.verdicts(scope, code, choice, y, gaps).orElseThrow(() -> notFound("园区", "park", code));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VerdictExport.xlsx(VerdictTable.of(verdicts, locale), scheme + "-" + y, out);
        String file = code + "-" + scheme + "-" + y + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .contentType(MediaType.parseMediaType(VerdictExport.XLSX_TYPE))
                .body(out.toByteArray());
    }

    @ExceptionHandler(org.innopark.engine.registry.InvalidValueException.class)
    ResponseEntity<String> invalid(org.innopark.engine.registry.InvalidValueException e, HttpServletRequest request) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.TEXT_PLAIN)
                .body(e.message(locale(request.getParameter("lang"), request)));
    }

    // ---- JSON shapes

    record EnterpriseAssessmentsJson(
            String creditCode, String name, String park, int year, String language, List<VerdictView> assessments) {}

    record RungJson(String rung, String name, int level, String scheme, int held, int qualified, int undecided) {}

    record MismatchJson(
            String creditCode,
            String name,
            String rung,
            String rungName,
            String kind,
            String kindText,
            String outcome,
            String outcomeText) {}

    record TransitionJson(String from, String fromName, String to, String toName, int count, int direction) {}

    record TransitionsJson(int fromYear, int toYear, List<TransitionJson> held, List<TransitionJson> assessed) {}

    record ExpiringJson(
            String creditCode,
            String name,
            String rung,
            String rungName,
            String certificateNo,
            LocalDate grantedOn,
            LocalDate expiresOn,
            boolean expiryDerived,
            long daysLeft) {}

    record ExpiringListJson(LocalDate asOf, int months, List<ExpiringJson> certificates) {}

    record LadderJson(
            String park,
            int year,
            String language,
            List<RungJson> rungs,
            List<MismatchJson> mismatches,
            TransitionsJson transitions,
            ExpiringListJson expiring,
            List<BasisJson> byBasis,
            List<ToCollectJson> toCollect,
            String note) {}

    /** A rung's verdicts by basis: 数据判定 (measured), 依据声明 (declared), 不符合, 待定. */
    record BasisJson(
            String rung,
            String name,
            String scheme,
            int qualified,
            int qualifiedMeasured,
            int qualifiedDeclared,
            int notQualified,
            int undecided) {}

    /** A fact that would decide undecided verdicts, with how many it concerns (per rung) and how to collect it. */
    record ToCollectJson(String fact, String name, String howToCollect, int undecided, Map<String, Integer> byRung) {}

    record CandidateJson(
            int rank,
            String creditCode,
            String name,
            String currentTop,
            String currentTopName,
            String outcome,
            String outcomeText,
            String score,
            double gapSize,
            List<String> gap,
            List<String> toConfirm) {}

    record CandidatesJson(
            String park,
            int year,
            String scheme,
            String rung,
            String rungName,
            int total,
            List<CandidateJson> candidates) {}

    // ---- helpers

    private List<TransitionJson> transitions(List<LadderAnalytics.Transition> ts, Locale locale) {
        return ts.stream()
                .map(t -> new TransitionJson(
                        code(t.from()),
                        name(t.from(), locale),
                        code(t.to()),
                        name(t.to(), locale),
                        t.count(),
                        t.direction(ladder.ladder())))
                .toList();
    }

    private static String code(QualificationType t) {
        return t == null ? "NONE" : t.name();
    }

    private static String name(QualificationType t, Locale locale) {
        return t == null ? (en(locale) ? "No rung" : "未入梯") : t.label(locale);
    }

    private static String kindText(MismatchKind kind, boolean en) {
        return switch (kind) {
            case HELD_NOT_MEETING -> en ? "Holds the certificate but no longer meets the criteria" : "持证但不达标";
            case MEETING_NOT_HELD -> en ? "Meets the criteria but holds no certificate" : "达标未认定";
        };
    }

    private int year(ParkScope scope, String park, Integer year) {
        checkYear(year);
        if (year != null) {
            return year;
        }
        return ladder.latestYear(scope, park).orElseThrow(() -> notFound("园区或其年报", "park or its reports", park));
    }

    private static void checkYear(Integer year) {
        if (year != null && (year < 1980 || year > 2100)) {
            throw badRequest("year 应在 1980–2100 之间", "year must be 1980-2100");
        }
    }

    /** {@code ?lang} first, then Accept-Language; Chinese unless English is asked for. */
    static Locale locale(String lang, HttpServletRequest request) {
        String wanted = lang;
        if (wanted == null || wanted.isBlank()) {
            String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
            if (header != null && !header.isBlank()) {
                try {
                    List<String> tags = Locale.filterTags(Locale.LanguageRange.parse(header), List.of("zh", "en"));
                    wanted = tags.isEmpty() ? null : tags.get(0);
                } catch (IllegalArgumentException ignored) {
                    wanted = null;
                }
            }
        }
        return wanted != null && wanted.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    private static boolean en(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static ResponseStatusException notFound(String zh, String en, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到" + zh + " " + id + " / no " + en + " " + id);
    }

    private static ResponseStatusException badRequest(String zh, String en) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, zh + " / " + en);
    }

    @GetMapping("/imports/templates/" + SpreadsheetFacts.TEMPLATE)
    @Operation(
            summary = "下载评价数据模板(assess --data 的列与说明)/ download the template of an analyst's assessment"
                    + " input (the columns of assess --data)")
    ResponseEntity<byte[]> assessInputTemplate() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetFacts.template(out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(SpreadsheetFacts.TEMPLATE + ".xlsx")
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(VerdictExport.XLSX_TYPE))
                .body(out.toByteArray());
    }
}
