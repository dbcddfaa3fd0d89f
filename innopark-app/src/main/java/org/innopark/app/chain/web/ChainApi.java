package org.innopark.app.chain.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.innopark.app.chain.ChainNotFoundException;
import org.innopark.app.chain.MappingDecisions;
import org.innopark.app.chain.ParkChains;
import org.innopark.app.chain.TargetExport;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.engine.chain.AnalystDecision;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.chain.NodeCoverage;
import org.innopark.engine.chain.ParkFirm;
import org.innopark.engine.chain.Target;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * The chain API: the chains shipped (and the park's own), a park's coverage and gaps per node, the enterprises on a
 * node with their evidence, the explained targets (JSON or XLSX), and the analysts' mapping decisions (audited). A
 * park's chain data is for its park staff: enterprise and bank users are refused, another park is "not found".
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "chains", description = "产业链图谱与招商靶向 / industry chains and target enterprises")
class ChainApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ParkChains chains;
    private final MappingDecisions decisions;
    private final RegistryReads registry;
    private final CurrentUser user;

    ChainApi(ParkChains chains, MappingDecisions decisions, RegistryReads registry, CurrentUser user) {
        this.chains = chains;
        this.decisions = decisions;
        this.registry = registry;
        this.user = user;
    }

    record ChainSummary(
            String id, String kind, String version, String name, String confidence, String source, int nodes) {}

    record NodeView(
            String id,
            String name,
            String parent,
            String stage,
            List<String> industries,
            List<String> products,
            List<String> ipc,
            String confidence) {}

    record ChainView(
            String id,
            String name,
            String version,
            String confidence,
            String source,
            List<NodeView> nodes,
            List<List<String>> edges) {}

    record CoverageNode(
            String id,
            String name,
            String stage,
            int firms,
            BigDecimal revenueYuan,
            BigDecimal rdYuan,
            int highTech,
            int srdi,
            int littleGiants,
            List<String> anchors,
            int poolFirms,
            Double locationQuotient,
            String strength,
            String strengthZh,
            String reason) {}

    record Coverage(
            String park,
            String parkName,
            String chain,
            String asOf,
            int parkFirms,
            int poolFirms,
            List<CoverageNode> nodes) {}

    record NodeFirm(
            String creditCode,
            String name,
            String industry,
            BigDecimal revenueYuan,
            boolean highTech,
            boolean srdi,
            String evidence,
            boolean confirmed) {}

    /** A target as the API gives it: the engine's {@link Target} with its revenue in exact yuan. */
    record TargetView(
            int rank,
            String creditCode,
            String name,
            String industry,
            String city,
            BigDecimal revenueYuan,
            double score,
            List<String> nodes,
            List<org.innopark.engine.chain.Contribution> contributions,
            String explanation) {

        static TargetView of(Target t) {
            return new TargetView(
                    t.rank(),
                    t.creditCode(),
                    t.name(),
                    t.industry(),
                    t.city(),
                    yuan(t.revenueYuan()),
                    t.score(),
                    t.nodes(),
                    t.contributions(),
                    t.explanationZh());
        }
    }

    /**
     * Money for the API: the sums and pool figures are kept as binary floating point for the analysis; shown, they
     * are yuan with two decimals ({@code 127868496.09}, not {@code 1.2786849609375E8}).
     */
    static BigDecimal yuan(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP) : null;
    }

    record Decision(String verb, String note) {}

    @GetMapping("/chains")
    @Operation(summary = "产业链与参考目录 / the chains and reference lists")
    List<ChainSummary> list() {
        return chains.chains().stream()
                .map(c -> new ChainSummary(
                        c.id(),
                        c.kind().name(),
                        c.header().version(),
                        c.nameZh(),
                        c.header().confidence().key(),
                        c.header().source(),
                        c.nodes().size()))
                .toList();
    }

    @GetMapping("/chains/{chain}")
    @Operation(summary = "一条产业链的节点、映射与上下游关系 / a chain's nodes, mappings and edges")
    ChainView chain(@PathVariable String chain) {
        IndustryChain c = chains.chains().stream()
                .filter(x -> x.id().equals(chain))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未知的产业链 / no chain " + chain));
        return view(c);
    }

    static ChainView view(IndustryChain c) {
        return new ChainView(
                c.id(),
                c.nameZh(),
                c.header().version(),
                c.header().confidence().key(),
                c.header().source(),
                c.nodes().stream().map(ChainApi::node).toList(),
                c.edges().stream().map(e -> List.of(e.supplier(), e.customer())).toList());
    }

    private static NodeView node(ChainNode n) {
        return new NodeView(
                n.id(),
                n.name(),
                n.parent(),
                n.stage().name(),
                n.industries().stream().map(m -> m.code()).toList(),
                n.products(),
                n.ipc().stream().map(m -> m.code()).toList(),
                n.confidence().key());
    }

    @GetMapping("/parks/{code}/chains/{chain}/coverage")
    @Operation(summary = "园区在产业链各环节的覆盖与缺口 / a park's coverage and gaps per node (强链/补链/延链)")
    Coverage coverage(@PathVariable String code, @PathVariable String chain) {
        ParkChains.ParkChain pc = chains.analyse(staff().scope(), code, chain);
        return coverage(pc);
    }

    static Coverage coverage(ParkChains.ParkChain pc) {
        return new Coverage(
                pc.park(),
                pc.parkName(),
                pc.chain().id(),
                pc.asOf().toString(),
                pc.coverage().parkFirms(),
                pc.poolSize(),
                pc.coverage().nodes().stream().map(ChainApi::coverageNode).toList());
    }

    private static CoverageNode coverageNode(NodeCoverage n) {
        return new CoverageNode(
                n.node().id(),
                n.node().name(),
                n.node().stage().name(),
                n.firms(),
                yuan(n.revenue()),
                yuan(n.rd()),
                n.highTech(),
                n.srdi(),
                n.littleGiants(),
                n.anchors().stream().map(NodeCoverage.Anchor::name).toList(),
                n.poolFirms(),
                Double.isNaN(n.locationQuotient()) ? null : n.locationQuotient(),
                n.strength().name(),
                n.strength().zh(),
                n.reason());
    }

    @GetMapping("/parks/{code}/chains/{chain}/nodes/{node}/enterprises")
    @Operation(summary = "节点上的本区企业及其映射依据 / the park's enterprises on a node, with the evidence")
    List<NodeFirm> nodeFirms(@PathVariable String code, @PathVariable String chain, @PathVariable String node) {
        ParkChains.ParkChain pc = chains.analyse(staff().scope(), code, chain);
        if (pc.chain().node(node).isEmpty()) {
            throw new ChainNotFoundException("未知的节点 / no node " + node);
        }
        return firms(pc, node);
    }

    static List<NodeFirm> firms(ParkChains.ParkChain pc, String node) {
        return pc.firmsOn(node).stream().map(f -> firm(f, node)).toList();
    }

    private static NodeFirm firm(ParkFirm f, String node) {
        var a = f.nodes().stream()
                .filter(x -> x.nodeId().equals(node))
                .findFirst()
                .orElseThrow();
        return new NodeFirm(
                f.creditCode(),
                f.name(),
                f.industry(),
                yuan(f.revenue()),
                f.highTech(),
                f.srdi(),
                a.evidenceZh(),
                a.confirmed());
    }

    @GetMapping("/parks/{code}/chains/{chain}/targets")
    @Operation(summary = "招商靶向: 候选库排名与每项贡献的说明 / target enterprises with every contribution explained")
    List<TargetView> targets(
            @PathVariable String code, @PathVariable String chain, @RequestParam(defaultValue = "50") int top) {
        return chains.targets(staff().scope(), code, chain, top(top)).stream()
                .map(TargetView::of)
                .toList();
    }

    @GetMapping("/parks/{code}/chains/{chain}/targets.xlsx")
    @Operation(summary = "招商靶向清单 XLSX(供投促局) / the target list as XLSX")
    ResponseEntity<byte[]> targetsXlsx(
            @PathVariable String code, @PathVariable String chain, @RequestParam(defaultValue = "100") int top)
            throws IOException {
        List<Target> targets = chains.targets(staff().scope(), code, chain, top(top));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TargetExport.xlsx(code + " · " + chain + " 招商靶向", targets, out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"targets-" + code + "-" + chain + ".xlsx\"")
                .body(out.toByteArray());
    }

    @PutMapping("/parks/{code}/chains/{chain}/mappings/{creditCode}/{node}")
    @Operation(summary = "分析员确认/否定/添加企业到节点的映射(审计) / confirm, reject or add a mapping (audited)")
    Map<String, String> decide(
            @PathVariable String code,
            @PathVariable String chain,
            @PathVariable String creditCode,
            @PathVariable String node,
            @RequestBody Decision body) {
        Account account = staff();
        ParkChains.ParkChain pc = chains.analyse(account.scope(), code, chain);
        if (pc.chain().node(node).filter(ChainNode::mappable).isEmpty()
                || !code.equals(registry.parkOf(creditCode).orElse(null))) {
            throw new ChainNotFoundException("未知的节点或本园区无此企业 / no such node or enterprise in the park");
        }
        AnalystDecision.Verb verb;
        try {
            verb = AnalystDecision.Verb.valueOf(
                    body.verb() == null ? "" : body.verb().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "verb 应为 CONFIRM、REJECT 或 ADD / verb is CONFIRM, REJECT or ADD");
        }
        String note = body.note() == null ? null : body.note().strip();
        if (note != null && note.length() > 500) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "说明不超过500字 / note: at most 500 characters");
        }
        decisions.decide(account.username(), code, new AnalystDecision(creditCode, chain, node, verb, note));
        return Map.of("verb", verb.name());
    }

    @DeleteMapping("/parks/{code}/chains/{chain}/mappings/{creditCode}/{node}")
    @Operation(summary = "撤回分析员的决定(审计) / withdraw an analyst's decision (audited)")
    ResponseEntity<Void> withdraw(
            @PathVariable String code,
            @PathVariable String chain,
            @PathVariable String creditCode,
            @PathVariable String node) {
        Account account = staff();
        chains.analyse(account.scope(), code, chain);
        if (!decisions.withdraw(account.username(), code, creditCode, chain, node)) {
            throw new ChainNotFoundException("无此决定 / no such decision");
        }
        return ResponseEntity.noContent().build();
    }

    private static int top(int top) {
        if (top < 1 || top > 5_000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "top 应在 1 到 5000 之间 / top must be 1..5000");
        }
        return top;
    }

    /** Park staff only: enterprise and bank users get 403. */
    private Account staff() {
        Account account = user.account();
        if (account.role() == Role.ENTERPRISE || account.role() == Role.BANK) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "仅园区工作人员可用 / for park staff only");
        }
        return account;
    }

    @ExceptionHandler(ChainNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(ChainNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
