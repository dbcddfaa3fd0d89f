package org.innopark.app.points.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.innopark.app.points.BankList;
import org.innopark.app.points.InnovationPoints;
import org.innopark.app.points.PointsConsent;
import org.innopark.app.points.PointsCsv;
import org.innopark.app.points.PointsExplanationView;
import org.innopark.app.points.PointsExport;
import org.innopark.app.points.PointsRankingView;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.engine.points.PointsScheme;
import org.innopark.engine.points.PointsSchemeLoader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The innovation-points API: a park's ranking, one enterprise's explanation, the bank list (XLSX) and enterprises'
 * consent to appear on it. Park users see their park, enterprise users their own explanation and consent, bank users
 * only their park's bank list; a park or enterprise outside the caller's scope is "not found".
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "points", description = "企业创新积分:排名、说明、银行名单 / innovation points: rankings, explanations, bank list")
class PointsApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final InnovationPoints points;
    private final PointsConsent consent;
    private final RegistryQueries registry;
    private final CurrentUser user;

    PointsApi(InnovationPoints points, PointsConsent consent, RegistryQueries registry, CurrentUser user) {
        this.points = points;
        this.consent = consent;
        this.registry = registry;
        this.user = user;
    }

    @GetMapping("/parks/{code}/points")
    @Operation(
            summary = "园区创新积分排名(含百强、升降、分布)/ a park's points ranking with movers and distribution",
            description = "year 缺省为最近年报年度;top=100 即百强(并列者全列);scheme 为内置方案 id / year defaults to the"
                    + " latest report year; top=100 gives the top-100 list (ties included); scheme is a built-in id")
    PointsRankingView ranking(
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer top,
            @RequestParam(required = false) String scheme) {
        Account account = notBank(user.account());
        if (top != null && top < 1) {
            throw badRequest("top 应为正整数", "top must be a positive number");
        }
        return points.ranking(account.scope(), code, year, builtIn(scheme), top)
                .orElseThrow(() -> notFound("园区 " + code + " 或其年报", "park " + code + " or its annual reports"));
    }

    @GetMapping("/enterprises/{creditCode}/points")
    @Operation(
            summary = "企业创新积分说明 / one enterprise's points explanation",
            description = "各指标得分、与园区比较(百分位、中位数、前10%门槛)及最能提升排名的改进 / points per indicator, the"
                    + " value against the park, and the improvements that would move it most")
    PointsExplanationView explanation(
            @PathVariable String creditCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String scheme) {
        Account account = notBank(user.account());
        return points.explanation(account.scope(), creditCode, year, builtIn(scheme))
                .orElseThrow(() ->
                        notFound("企业 " + creditCode + " 或其年报", "enterprise " + creditCode + " or its annual report"));
    }

    @GetMapping("/parks/{code}/points/bank-list.xlsx")
    @Operation(summary = "银行名单(仅已授权企业,XLSX)/ the bank list: consenting enterprises only (XLSX)")
    ResponseEntity<byte[]> bankList(@PathVariable String code, @RequestParam(required = false) Integer year)
            throws IOException {
        BankList list = points.bankList(user.scope(), code, year)
                .orElseThrow(() -> notFound("园区 " + code + " 或其年报", "park " + code + " or its annual reports"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PointsExport.bankList(list, out);
        String file = String.format(Locale.ROOT, "bank-list-%s-%d.xlsx", list.parkCode(), list.year());
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .body(out.toByteArray());
    }

    @GetMapping("/enterprises/{creditCode}/points-consent")
    @Operation(summary = "企业是否授权银行查看创新积分 / whether the enterprise consents to share its points")
    PointsConsent.Consent consent(@PathVariable String creditCode) {
        Account account = notBank(user.account());
        requireEnterprise(account, creditCode);
        return consent.find(creditCode)
                .orElseThrow(() -> notFound("企业 " + creditCode + " 的授权记录", "consent of " + creditCode));
    }

    @PutMapping("/enterprises/{creditCode}/points-consent")
    @Operation(summary = "记录企业授权(园区管理员或企业本身)/ record the consent (park administrator or the enterprise)")
    PointsConsent.Consent grant(@PathVariable String creditCode) {
        Account account = mayChangeConsent(user.account(), creditCode);
        return consent.grant(creditCode, account.username(), LocalDate.now());
    }

    @DeleteMapping("/enterprises/{creditCode}/points-consent")
    @Operation(summary = "撤销企业授权(园区管理员或企业本身)/ revoke the consent (park administrator or the enterprise)")
    PointsConsent.Consent revoke(@PathVariable String creditCode) {
        Account account = mayChangeConsent(user.account(), creditCode);
        return consent.revoke(creditCode, account.username(), LocalDate.now())
                .orElseThrow(() -> notFound("企业 " + creditCode + " 的有效授权", "an active consent of " + creditCode));
    }

    private Account mayChangeConsent(Account account, String creditCode) {
        requireEnterprise(account, creditCode);
        if (account.role() != Role.SYSTEM_ADMIN
                && account.role() != Role.PARK_ADMIN
                && account.role() != Role.ENTERPRISE) {
            throw new AccessDeniedException("只有园区管理员或企业本身可以变更授权 / only a park administrator or the"
                    + " enterprise itself may change its consent");
        }
        return account;
    }

    private void requireEnterprise(Account account, String creditCode) {
        if (registry.enterprise(account.scope(), creditCode).isEmpty()) {
            throw notFound("企业 " + creditCode, "enterprise " + creditCode);
        }
    }

    /** Bank users see nothing but their park's bank list (also enforced by the security configuration). */
    private static Account notBank(Account account) {
        if (account.role() == Role.BANK) {
            throw new AccessDeniedException(
                    "银行用户只能下载本园区的银行名单 / a bank user may only download its park's" + " bank list");
        }
        return account;
    }

    /** Over the API only built-in schemes: a file path would read the server's files. */
    private static PointsScheme builtIn(String scheme) {
        if (scheme != null && !scheme.isBlank() && !PointsSchemeLoader.BUILT_IN.contains(scheme.strip())) {
            throw badRequest(
                    "没有内置积分方案 " + scheme + ",可选:" + String.join(", ", PointsSchemeLoader.BUILT_IN),
                    "no built-in points scheme " + scheme + "; built in: "
                            + String.join(", ", PointsSchemeLoader.BUILT_IN));
        }
        return InnovationPoints.scheme(scheme);
    }

    private static ResponseStatusException notFound(String zh, String en) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到" + zh + " / no " + en);
    }

    private static ResponseStatusException badRequest(String zh, String en) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, zh + " / " + en);
    }

    @GetMapping("/imports/templates/" + PointsCsv.TEMPLATE)
    @Operation(
            summary = "下载积分数据模板(points --data 的列与说明)/ download the template of an analyst's points input"
                    + " (the columns of points --data)")
    ResponseEntity<byte[]> pointsInputTemplate() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PointsCsv.template(out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(PointsCsv.TEMPLATE + ".xlsx")
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(out.toByteArray());
    }
}
