package org.innopark.app.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.chain.ChainNotFoundException;
import org.innopark.app.chain.ParkChains;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.engine.chain.ChainNode;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.chain.NodeCoverage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * 产业链: the chain panorama of a park (ECharts graph of the nodes coloured by coverage, supplier→customer edges), the
 * coverage table with the reason of each class, the explained target list with its XLSX, and a node's drill-down to
 * the park's enterprises with the evidence of their mapping.
 */
@Controller
class ChainPage {

    static final int TOP = 30;

    private final ParkChains chains;
    private final RegistryQueries registry;
    private final CurrentUser user;

    ChainPage(ParkChains chains, RegistryQueries registry, CurrentUser user) {
        this.chains = chains;
        this.registry = registry;
        this.user = user;
    }

    @GetMapping("/parks/{park}/chains")
    String panorama(@PathVariable String park, @RequestParam(required = false) String chain, Model model) {
        ParkScope scope = staffScope(park);
        var parkView = registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park));
        List<IndustryChain> all = chains.chains();
        String chosen = chain != null && all.stream().anyMatch(c -> c.id().equals(chain))
                ? chain
                : all.get(0).id();
        ParkChains.ParkChain pc = analyse(scope, park, chosen);
        model.addAttribute("park", parkView);
        model.addAttribute("chains", all);
        model.addAttribute("pc", pc);
        model.addAttribute("graph", graph(pc));
        model.addAttribute("targets", pc.analysis().ranking().top(TOP));
        model.addAttribute("peers", chains.peers(scope, park, chosen));
        return "chain/panorama";
    }

    @GetMapping("/parks/{park}/chains/{chain}/nodes/{node}")
    String node(@PathVariable String park, @PathVariable String chain, @PathVariable String node, Model model) {
        ParkScope scope = staffScope(park);
        var parkView = registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park));
        ParkChains.ParkChain pc = analyse(scope, park, chain);
        NodeCoverage coverage = pc.coverage().node(node);
        if (coverage == null) {
            throw PageNotFound.park(park + "/" + chain + "/" + node);
        }
        model.addAttribute("park", parkView);
        model.addAttribute("pc", pc);
        model.addAttribute("coverage", coverage);
        model.addAttribute(
                "firms",
                pc.firmsOn(node).stream()
                        .map(f -> Map.of(
                                "creditCode", f.creditCode(),
                                "name", f.name(),
                                "industry", f.industry() == null ? "" : f.industry(),
                                "revenue", f.revenue(),
                                "evidence", assignment(f, node).evidenceZh(),
                                "confirmed", assignment(f, node).confirmed()))
                        .toList());
        model.addAttribute("relations", pc.coverage().anchorRelations(node));
        return "chain/node";
    }

    private static org.innopark.engine.chain.NodeAssignment assignment(
            org.innopark.engine.chain.ParkFirm f, String node) {
        return f.nodes().stream()
                .filter(a -> a.nodeId().equals(node))
                .findFirst()
                .orElseThrow();
    }

    /** An analyst confirms, rejects or adds a firm's place on the node (audited), and sees the node again. */
    @PostMapping("/parks/{park}/chains/{chain}/nodes/{node}/decisions")
    String decide(
            @PathVariable String park,
            @PathVariable String chain,
            @PathVariable String node,
            @RequestParam String creditCode,
            @RequestParam String verb,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        ParkScope scope = staffScope(park);
        registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park));
        try {
            chains.decide(scope, user.username(), park, chain, creditCode.strip(), node, verb, note);
            redirect.addFlashAttribute("decided", verb.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (ChainNotFoundException | IllegalArgumentException e) {
            redirect.addFlashAttribute("decisionError", e.getMessage());
        }
        return "redirect:/parks/" + UriUtils.encodePathSegment(park, StandardCharsets.UTF_8) + "/chains/"
                + UriUtils.encodePathSegment(chain, StandardCharsets.UTF_8) + "/nodes/"
                + UriUtils.encodePathSegment(node, StandardCharsets.UTF_8);
    }

    private ParkChains.ParkChain analyse(ParkScope scope, String park, String chain) {
        try {
            return chains.analyse(scope, park, chain);
        } catch (ChainNotFoundException e) {
            throw PageNotFound.park(park);
        }
    }

    private ParkScope staffScope(String park) {
        ParkScope scope = user.scope();
        Role role = user.account().role();
        if (scope.enterprise().isPresent() || role == Role.BANK || role == Role.ENTERPRISE) {
            throw PageNotFound.park(park);
        }
        return scope;
    }

    /** The panorama as ECharts graph data: stages in columns, nodes coloured by class, edges supplier→customer. */
    static Map<String, Object> graph(ParkChains.ParkChain pc) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (NodeCoverage n : pc.coverage().nodes()) {
            ChainNode node = n.node();
            int column = switch (node.stage()) {
                case UPSTREAM -> 0;
                case MIDSTREAM -> 1;
                case DOWNSTREAM -> 2;
                case NONE -> 1;
            };
            int row = rows.merge(node.stage().name(), 1, Integer::sum) - 1;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", node.id());
            m.put("name", node.name());
            m.put("x", column * 360);
            m.put("y", row * 70);
            m.put("firms", n.firms());
            m.put("strength", n.strength().zh());
            m.put("colour", n.strength().colour());
            m.put("reason", n.reason());
            m.put("symbolSize", 18 + Math.min(30, n.firms() * 2));
            nodes.add(m);
        }
        List<List<String>> edges = pc.chain().edges().stream()
                .map(e -> List.of(e.supplier(), e.customer()))
                .toList();
        return Map.of("nodes", nodes, "edges", edges);
    }
}
