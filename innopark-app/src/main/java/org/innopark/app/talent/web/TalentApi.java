package org.innopark.app.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.talent.TalentImport;
import org.innopark.app.talent.TalentRequests;
import org.innopark.app.talent.Talents;
import org.innopark.engine.registry.Level;
import org.innopark.engine.talent.Education;
import org.innopark.engine.talent.RequestAction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * 人才服务 API: a park's talent counts (the bulletins' figures), its people with filters, its 科学家工作室 and 科研团队,
 * their imports and templates, and the service requests with their workflow (submit; assign, start, complete,
 * reject; each step audited) and time limits; a firm's talents and requests. The park's staff read and work the
 * park; an enterprise user submits and reads its own firm's requests; another park, or its request, is "not found".
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "talent", description = "人才服务 / talents, studios and teams, service requests")
class TalentApi {

    private final Talents talents;
    private final TalentRequests requests;
    private final TalentImport imports;
    private final CurrentUser user;

    TalentApi(Talents talents, TalentRequests requests, TalentImport imports, CurrentUser user) {
        this.talents = talents;
        this.requests = requests;
        this.imports = imports;
        this.user = user;
    }

    /** A step's body: the assignee (assign), notes (what was done, or why not). */
    record StepBody(String assignee, String notes) {}

    record ImportView(String kind, int rows, int created, int updated, int programmeEntries) {}

    @GetMapping("/parks/{code}/talent/stats")
    @Operation(summary = "园区人才统计:按学历、人才计划级别、平台、领域、单位,硕士以上占比,科学家工作室与科研团队 / a park's talent counts")
    Talents.Overview stats(@PathVariable String code) {
        return talents.overview(user.account(), code).orElseThrow(() -> notFound(code));
    }

    @GetMapping("/parks/{code}/talent/people")
    @Operation(summary = "园区人才名单(可按姓名/单位/领域、学历、级别、平台、单位筛选) / a park's talents, filtered")
    List<Talents.PersonView> people(
            @PathVariable String code,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String education,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String platform,
            @RequestParam(required = false) String employer) {
        Education e = education == null || education.isBlank()
                ? null
                : Education.read(education)
                        .orElseThrow(() -> new ResponseStatusException(
                                HttpStatus.BAD_REQUEST, "学历'" + education + "'无效, 可用: " + Education.choices()));
        Level l;
        try {
            l = level == null || level.isBlank() ? null : Level.parse(level);
        } catch (IllegalArgumentException x) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, x.getMessage());
        }
        return talents.people(user.account(), code, new Talents.Filter(q, e, l, platform, employer))
                .orElseThrow(() -> notFound(code));
    }

    @GetMapping("/parks/{code}/talent/groups")
    @Operation(summary = "园区的科学家工作室与科研团队 / a park's scientist studios and research teams")
    List<Talents.GroupView> groups(@PathVariable String code) {
        return talents.groups(user.account(), code).orElseThrow(() -> notFound(code));
    }

    @PostMapping(path = "/parks/{code}/talent/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入人才信息(profiles)或科学家工作室与科研团队(groups),全部通过才写入,审计 / import, all or nothing")
    ResponseEntity<?> importFile(
            @PathVariable String code, @PathVariable String kind, @RequestParam("file") MultipartFile file)
            throws IOException {
        Accounts.Account account = user.account();
        if (!talents.staffOf(account, code)) {
            throw notFound(code);
        }
        TalentImport.Kind k = TalentImport.Kind.of(kind).orElseThrow(() -> notFound(kind));
        try {
            TalentImport.Outcome o = imports.importUpload(
                    account.username(), code, k, file.getOriginalFilename(), file.getInputStream());
            return ResponseEntity.ok(
                    new ImportView(k.path(), o.rows(), o.created(), o.updated(), o.programmeEntries()));
        } catch (AnalystInputException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(e.answer());
        }
    }

    @GetMapping("/talent/templates/{kind}")
    @Operation(summary = "下载人才导入模板(profiles 或 groups) / download an import template")
    ResponseEntity<byte[]> template(@PathVariable String kind) throws IOException {
        TalentImport.Kind k = TalentImport.Kind.of(kind).orElseThrow(() -> notFound(kind));
        AnalystSheet.Spec spec = TalentImport.spec(k);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalystSheet.template(spec, out);
        String file = java.net.URLEncoder.encode(spec.sheet() + "导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"talent-" + k.path() + "-template.xlsx\"; filename*=UTF-8''" + file)
                .body(out.toByteArray());
    }

    @GetMapping("/parks/{code}/talent/requests")
    @Operation(summary = "人才服务诉求(默认仅未办结),含办理时限状态;企业用户仅本企业 / service requests with their time limits")
    List<TalentRequests.RequestView> requests(
            @PathVariable String code, @RequestParam(defaultValue = "true") boolean open) {
        return requests.requests(user.account(), code, open).orElseThrow(() -> notFound(code));
    }

    @PostMapping(path = "/parks/{code}/talent/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提交诉求 {creditCode, talentName, type, subject, body, contact};审计 / submit a request, audited")
    ResponseEntity<TalentRequests.RequestView> submit(
            @PathVariable String code, @RequestBody TalentRequests.Submission body) {
        return requests.submit(user.account(), code, body)
                .map(v -> ResponseEntity.status(HttpStatus.CREATED).body(v))
                .orElseThrow(() -> notFound(code));
    }

    @GetMapping("/parks/{code}/talent/requests/{id}")
    @Operation(summary = "一件诉求及其办理步骤 / one request with its steps")
    TalentRequests.RequestDetail request(@PathVariable String code, @PathVariable long id) {
        return requests.detail(user.account(), code, id).orElseThrow(() -> notFound(code));
    }

    @PostMapping(path = "/parks/{code}/talent/requests/{id}/{action}")
    @Operation(
            summary = "办理一步:assign {assignee}、start、complete {notes}、reject {notes};审计 / one step, audited; 409 when"
                    + " the state does not allow it")
    TalentRequests.RequestView act(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable String action,
            @RequestBody(required = false) StepBody body) {
        RequestAction a = RequestAction.parse(action);
        if (a == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "没有办理步骤'" + action + "': assign、start、complete、reject");
        }
        StepBody b = body == null ? new StepBody(null, null) : body;
        return requests.act(user.account(), code, id, a, b.assignee(), b.notes())
                .orElseThrow(() -> notFound(code));
    }

    record FirmJson(Talents.FirmTalents talents, List<TalentRequests.RequestView> requests) {}

    @GetMapping("/enterprises/{creditCode}/talent")
    @Operation(summary = "企业的人才、科学家工作室/科研团队与服务诉求 / a firm's talents, groups and requests")
    FirmJson firm(@PathVariable String creditCode) {
        Accounts.Account account = user.account();
        Talents.FirmTalents t = talents.firm(account, creditCode).orElseThrow(() -> notFound(creditCode));
        return new FirmJson(t, requests.firm(account, creditCode).orElse(List.of()));
    }

    @ExceptionHandler(TalentRequests.Conflict.class)
    ResponseEntity<Map<String, String>> conflict(TalentRequests.Conflict e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(TalentRequests.Invalid.class)
    ResponseEntity<Map<String, String>> invalid(TalentRequests.Invalid e) {
        return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
    }

    private static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到 " + what + " / not found: " + what);
    }
}
