package org.innopark.app.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.patent.ParkPatents;
import org.innopark.app.patent.PatentLinks;
import org.innopark.app.patent.PatentNotFoundException;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.patent.PatentLandscape;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * 专利导航: a chain's patent landscape over the park's patents: per node the filing and grant trends (ECharts, the
 * cut-off and the 18-month lag stated beside them), the park's share, the leading applicants in the park and outside,
 * the rising IPC groups and the gaps; the other parks' counts per node beside the park's (figures only); and the
 * analysts' queue of uncertain applicant links with confirm and reject.
 */
@Controller
class PatentPage {

    private final ParkPatents patents;
    private final PatentLinks links;
    private final RegistryQueries registry;
    private final CurrentUser user;

    PatentPage(ParkPatents patents, PatentLinks links, RegistryQueries registry, CurrentUser user) {
        this.patents = patents;
        this.links = links;
        this.registry = registry;
        this.user = user;
    }

    @GetMapping("/parks/{park}/patents")
    String landscape(@PathVariable String park, @RequestParam(required = false) String chain, Model model) {
        ParkScope scope = staffScope(park);
        var parkView = registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park));
        List<IndustryChain> all = patents.rules().chains();
        String chosen = chain != null && all.stream().anyMatch(c -> c.id().equals(chain))
                ? chain
                : all.get(0).id();
        ParkPatents.ChainLandscape cl;
        try {
            cl = patents.landscape(scope, park, chosen);
        } catch (PatentNotFoundException e) {
            throw PageNotFound.park(park);
        }
        model.addAttribute("park", parkView);
        model.addAttribute("chains", all);
        model.addAttribute("cl", cl);
        model.addAttribute("l", cl.landscape());
        model.addAttribute("trends", trends(cl.landscape()));
        model.addAttribute("queue", links.links(park, "UNCERTAIN"));
        ParkPatents.PeerComparison peers = patents.peers(scope, park, chosen);
        model.addAttribute("peers", peers);
        model.addAttribute("peerChart", peerChart(peers));
        return "patent/landscape";
    }

    @PostMapping("/parks/{park}/patents/links/{id}/{action}")
    String decide(
            @PathVariable String park,
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) String chain) {
        ParkScope scope = staffScope(park);
        registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park));
        try {
            patents.check(scope, park);
            links.decide(user.username(), park, id, action).orElseThrow(() -> PageNotFound.park(park));
        } catch (PatentNotFoundException | IllegalArgumentException e) {
            throw PageNotFound.park(park);
        }
        return "redirect:/parks/" + UriUtils.encodePathSegment(park, StandardCharsets.UTF_8) + "/patents"
                + (chain == null ? "" : "?chain=" + UriUtils.encodeQueryParam(chain, StandardCharsets.UTF_8));
    }

    private ParkScope staffScope(String park) {
        ParkScope scope = user.scope();
        Role role = user.account().role();
        if (scope.enterprise().isPresent() || role == Role.BANK || role == Role.ENTERPRISE) {
            throw PageNotFound.park(park);
        }
        return scope;
    }

    /** The peer comparison as chart data: the chain's nodes (not its stages), each park's filings on them. */
    static Map<String, Object> peerChart(ParkPatents.PeerComparison peers) {
        List<String> names = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < peers.nodes().size(); i++) {
            if (peers.nodes().get(i).depth() > 0) {
                names.add(peers.nodes().get(i).name());
                at.add(i);
            }
        }
        List<Map<String, Object>> parks = new ArrayList<>();
        for (int p = 0; p < peers.parks().size(); p++) {
            int q = p;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", peers.parks().get(p).parkName());
            m.put(
                    "filings",
                    at.stream()
                            .map(i -> peers.nodes().get(i).parks().get(q).filings())
                            .toList());
            parks.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodes", names);
        out.put("parks", parks);
        return out;
    }

    /**
     * The trends as chart data: the years (the last 12 to the cut-off's year), and per node with patents its filings,
     * the park's filings and the grants by year; the years after the last complete one are marked incomplete.
     */
    static Map<String, Object> trends(PatentLandscape.Landscape l) {
        int to = l.cutoff().getYear();
        int from = to - 11;
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (PatentLandscape.NodeLandscape n : l.nodes()) {
            if (n.filings() == 0) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.nodeId());
            m.put("name", n.name());
            m.put(
                    "filings",
                    years.stream()
                            .map(y -> n.filingsByYear().getOrDefault(y, 0))
                            .toList());
            m.put(
                    "local",
                    years.stream()
                            .map(y -> n.localFilingsByYear().getOrDefault(y, 0))
                            .toList());
            m.put(
                    "grants",
                    years.stream().map(y -> n.grantsByYear().getOrDefault(y, 0)).toList());
            nodes.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("years", years);
        out.put("lastComplete", l.lastCompleteYear());
        out.put("nodes", nodes);
        return out;
    }
}
