package org.innopark.app.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.app.transfer.TransferImport;
import org.innopark.app.transfer.TransferNotFound;
import org.innopark.app.transfer.TransferSearch;
import org.innopark.app.transfer.TransferViews;
import org.innopark.engine.transfer.ObjectType;
import org.innopark.engine.transfer.ResearchInstrument;
import org.innopark.engine.transfer.ResearchResult;
import org.innopark.engine.transfer.TechnologyDemand;
import org.innopark.engine.transfer.TransferExpert;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The technology-transfer API of a park: its results, experts and instruments (its own and the ones other parks
 * share), its demands, a demand's ranked matches with their reasons, a result's candidate enterprises, the imports
 * (all or nothing, errors by row and column; audited) and their templates, and rebuilding the park's part of the
 * index. Park staff of the park only; anyone else gets "not found".
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "transfer", description = "科技成果转化 / technology transfer")
class TransferApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TransferViews views;
    private final TransferImport imports;
    private final TransferSearch search;
    private final CurrentUser user;

    TransferApi(TransferViews views, TransferImport imports, TransferSearch search, CurrentUser user) {
        this.views = views;
        this.imports = imports;
        this.search = search;
        this.user = user;
    }

    static ObjectType kind(String kind) {
        return TransferImport.kind(kind)
                .orElseThrow(() -> new TransferNotFound("类别应为 results、experts、instruments 或 demands / the kind is"
                        + " results, experts, instruments or demands"));
    }

    @GetMapping("/parks/{code}/transfer")
    @Operation(summary = "园区可见的成果、专家、仪器与需求数 / counts of what the park sees")
    TransferViews.Counts counts(@PathVariable String code) {
        return views.counts(user.account(), code);
    }

    @GetMapping("/parks/{code}/transfer/results")
    @Operation(summary = "科技成果(本园区与其他园区共享的) / research results: the park's own and shared ones")
    List<ResearchResult> results(@PathVariable String code) {
        return views.results(user.account(), code);
    }

    @GetMapping("/parks/{code}/transfer/experts")
    @Operation(summary = "专家(本园区与其他园区共享的) / experts: the park's own and shared ones")
    List<TransferExpert> experts(@PathVariable String code) {
        return views.experts(user.account(), code);
    }

    @GetMapping("/parks/{code}/transfer/instruments")
    @Operation(summary = "科研仪器设备(本园区与其他园区共享的) / instruments: the park's own and shared ones")
    List<ResearchInstrument> instruments(@PathVariable String code) {
        return views.instruments(user.account(), code);
    }

    @GetMapping("/parks/{code}/transfer/demands")
    @Operation(summary = "本园区企业技术需求 / the park's technology demands")
    List<TechnologyDemand> demands(@PathVariable String code) {
        return views.demands(user.account(), code);
    }

    @GetMapping("/parks/{code}/transfer/demands/{id}/matches")
    @Operation(summary = "一条需求匹配的成果、专家、仪器及依据 / a demand's ranked results, experts and instruments, explained")
    TransferViews.DemandMatches matches(@PathVariable String code, @PathVariable String id) {
        return views.demand(user.account(), code, id);
    }

    @GetMapping("/parks/{code}/transfer/results/{id}/enterprises")
    @Operation(summary = "一项成果的潜在需求企业 / the park's enterprises likely to need a result")
    TransferViews.ResultCandidates enterprises(
            @PathVariable String code, @PathVariable String id, @RequestParam(required = false) String owner) {
        return views.result(user.account(), code, owner, id);
    }

    record ImportView(String kind, int rows, int created, int updated, int unchanged) {}

    @PostMapping(path = "/parks/{code}/transfer/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入成果/专家/仪器/需求(全部通过才写入,审计)/ import results, experts, instruments or demands")
    ResponseEntity<?> importFile(
            @PathVariable String code, @PathVariable String kind, @RequestParam("file") MultipartFile file)
            throws IOException {
        Account account = user.account();
        TransferViews.requireStaff(account, code);
        ObjectType type = kind(kind);
        try {
            TransferImport.Outcome o = imports.importUpload(
                    account.username(), code, type, file.getOriginalFilename(), file.getInputStream());
            return ResponseEntity.ok(new ImportView(
                    kind,
                    o.rows(),
                    o.written().created(),
                    o.written().updated(),
                    o.written().unchanged()));
        } catch (AnalystInputException e) {
            return rejected(e);
        }
    }

    /** A rejected file's answer: 422 with every error by sheet, row and column. */
    static ResponseEntity<?> rejected(AnalystInputException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(e.answer());
    }

    @GetMapping("/transfer/templates/{kind}")
    @Operation(summary = "下载导入模板 / download an import template")
    ResponseEntity<byte[]> template(@PathVariable String kind) throws IOException {
        return template(imports.spec(kind(kind)), kind);
    }

    /** An import template as an XLSX download named after its sheet. */
    static ResponseEntity<byte[]> template(AnalystSheet.Spec spec, String kind) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalystSheet.template(spec, out);
        String file = java.net.URLEncoder.encode(spec.sheet() + "导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + kind + "-template.xlsx\"; filename*=UTF-8''" + file)
                .body(out.toByteArray());
    }

    @PostMapping("/parks/{code}/transfer/reindex")
    @Operation(summary = "重建本园区对象的匹配索引(园区管理员) / rebuild the park's part of the index (park admins)")
    Map<String, Integer> reindex(@PathVariable String code) {
        Account account = user.account();
        TransferViews.requireStaff(account, code);
        if (account.role() != Role.PARK_ADMIN && account.role() != Role.SYSTEM_ADMIN) {
            throw new org.springframework.web.server.ResponseStatusException(
                    HttpStatus.FORBIDDEN, "仅园区管理员 / park administrators only");
        }
        return Map.of("indexed", search.reindex(code));
    }

    @ExceptionHandler(TransferNotFound.class)
    ResponseEntity<Map<String, String>> notFound(TransferNotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
