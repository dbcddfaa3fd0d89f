package org.innopark.app.patent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.innopark.app.patent.ParkPatents;
import org.innopark.app.patent.PatentImport;
import org.innopark.app.patent.PatentLinks;
import org.innopark.app.patent.PatentNotFoundException;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.app.shared.Page;
import org.innopark.engine.patent.PatentLandscape;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * The patent navigation API: a park's patent import (whole file or nothing, audited), its patents, a chain's
 * landscape per node (every trend with the cut-off and the 18-month publication lag), the park beside the other parks
 * per node (their counts only, never their patents or applicants), and the analysts' queue of
 * uncertain applicant links with confirm and reject (audited). Park staff only; another park is "not found".
 */
@RestController
@RequestMapping("/api/v1/parks/{code}/patents")
@Tag(name = "patents", description = "专利导航 / patent navigation")
class PatentApi {

    private final ParkPatents patents;
    private final PatentImport imports;
    private final PatentLinks links;
    private final CurrentUser user;

    PatentApi(ParkPatents patents, PatentImport imports, PatentLinks links, CurrentUser user) {
        this.patents = patents;
        this.imports = imports;
        this.links = links;
        this.user = user;
    }

    /** A trend with what the reader must know: the cut-off, and from which year the counts are incomplete. */
    record Trend(SortedMap<Integer, Integer> byYear, String cutoff, int lastCompleteYear, String lag) {}

    record NodeView(
            String id,
            String name,
            String parent,
            int depth,
            int filings,
            int localFilings,
            double localShare,
            Trend filingTrend,
            Trend localFilingTrend,
            Trend grantTrend,
            Double growth,
            List<PatentLandscape.ApplicantCount> topLocal,
            List<PatentLandscape.ApplicantCount> topOutside,
            List<PatentLandscape.Hotspot> hotspots,
            int firmsOnNode,
            String gap,
            String gapZh,
            boolean weak) {}

    record LandscapeView(
            String park,
            String chain,
            String chainName,
            String cutoff,
            int lastCompleteYear,
            String lag,
            int patents,
            int chainFilings,
            int localFilings,
            List<NodeView> nodes) {}

    static LandscapeView view(ParkPatents.ChainLandscape cl) {
        PatentLandscape.Landscape l = cl.landscape();
        String cutoff = l.cutoff().toString();
        List<NodeView> nodes = l.nodes().stream()
                .map(n -> new NodeView(
                        n.nodeId(),
                        n.name(),
                        n.parent(),
                        n.depth(),
                        n.filings(),
                        n.localFilings(),
                        n.localShare(),
                        new Trend(n.filingsByYear(), cutoff, l.lastCompleteYear(), l.lagNote()),
                        new Trend(n.localFilingsByYear(), cutoff, l.lastCompleteYear(), l.lagNote()),
                        new Trend(n.grantsByYear(), cutoff, l.lastCompleteYear(), l.lagNote()),
                        n.growth(),
                        n.topLocal(),
                        n.topOutside(),
                        n.hotspots(),
                        n.firmsOnNode(),
                        n.gap().name(),
                        n.gap().zh(),
                        n.weak()))
                .toList();
        return new LandscapeView(
                l.park(),
                cl.chain().id(),
                cl.chain().nameZh(),
                cutoff,
                l.lastCompleteYear(),
                l.lagNote(),
                cl.patents(),
                l.filings(),
                l.localFilings(),
                nodes);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入专利数据(CSV/XLSX, 中文或英文列名), 全部通过才写入, 标引与申请人关联随导入计算, 审计 / import")
    ResponseEntity<?> importFile(@PathVariable String code, @RequestParam("file") MultipartFile file)
            throws IOException {
        Account account = staff();
        patents.check(account.scope(), code);
        if (account.role() != Role.PARK_ANALYST
                && account.role() != Role.PARK_ADMIN
                && account.role() != Role.SYSTEM_ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "仅园区工作人员可导入 / park staff only");
        }
        try {
            return ResponseEntity.ok(
                    imports.importUpload(account.username(), code, file.getOriginalFilename(), file.getInputStream()));
        } catch (AnalystInputException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(e.answer());
        }
    }

    @GetMapping
    @Operation(summary = "园区的专利(分页, 可按产业链/节点筛选) / the park's patents, paged, by chain and node")
    Page<ParkPatents.PatentRow> list(
            @PathVariable String code,
            @RequestParam(required = false) String chain,
            @RequestParam(required = false) String node,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return patents.list(staff().scope(), code, blank(chain), blank(node), page, size);
    }

    @GetMapping("/landscape")
    @Operation(summary = "一条产业链的专利态势(每个节点; 注明截止日与18个月公开滞后) / a chain's patent landscape per node")
    LandscapeView landscape(@PathVariable String code, @RequestParam String chain) {
        return view(patents.landscape(staff().scope(), code, chain));
    }

    @GetMapping("/peers")
    @Operation(
            summary =
                    "与同一平台其他园区的比较(每个节点的申请、本园区企业申请、授权与占比; 只有计数, 不含其他园区的专利与申请人)"
                            + " / the park beside the other parks per node: counts only, never another park's patents or applicants")
    ParkPatents.PeerComparison peers(@PathVariable String code, @RequestParam String chain) {
        return patents.peers(staff().scope(), code, chain);
    }

    @GetMapping("/links")
    @Operation(summary = "申请人与登记库企业的关联(默认待确认) / applicant links, uncertain by default")
    List<PatentLinks.Link> links(@PathVariable String code, @RequestParam(defaultValue = "uncertain") String status) {
        patents.check(staff().scope(), code);
        try {
            return links.links(code, PatentLinks.status(status));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @PostMapping("/links/{id}/{action}")
    @Operation(summary = "分析员确认(confirm)或否定(reject)申请人关联, 审计 / confirm or reject a link, audited")
    PatentLinks.Link decide(@PathVariable String code, @PathVariable long id, @PathVariable String action) {
        Account account = staff();
        patents.check(account.scope(), code);
        try {
            return links.decide(account.username(), code, id, action)
                    .orElseThrow(() -> new PatentNotFoundException("无此关联 / no such link: " + id));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Park staff only: enterprise and bank users get 403. */
    private Account staff() {
        Account account = user.account();
        if (account.role() == Role.ENTERPRISE || account.role() == Role.BANK) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "仅园区工作人员可用 / for park staff only");
        }
        return account;
    }

    @ExceptionHandler(PatentNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(PatentNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
