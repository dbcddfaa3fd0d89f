package org.innopark.app.console;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.transfer.TransferContracts;
import org.innopark.app.transfer.TransferViews;
import org.innopark.engine.transfer.ContractStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 技术合同: a park's registered technology contracts of a year — the bulletin's sentences for 输出 and 吸纳, the tables
 * by 技术领域, type and where the other party is with the change on the year before (in 万元), the monthly trend, a
 * flow map (the provinces the park buys from → the park → the provinces it sells to), every year's totals, the
 * year's largest contracts, and the import of the registration forms.
 */
@Controller
class ContractsPage {

    /** The year's contracts listed on the page, largest first. */
    static final int LISTED = 30;

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000L);

    private final TransferContracts contracts;
    private final TransferViews views;
    private final RegistryQueries registry;
    private final CurrentUser user;

    ContractsPage(TransferContracts contracts, TransferViews views, RegistryQueries registry, CurrentUser user) {
        this.contracts = contracts;
        this.views = views;
        this.registry = registry;
        this.user = user;
    }

    @GetMapping("/parks/{park}/transfer/contracts")
    String page(@PathVariable String park, @RequestParam(required = false) Integer year, Model model) {
        header(park, model);
        fill(park, year, model);
        return "transfer/contracts";
    }

    @PostMapping("/parks/{park}/transfer/contracts/imports")
    String importFile(@PathVariable String park, @RequestParam("file") MultipartFile file, Model model, Locale locale)
            throws IOException {
        Accounts.Account account = header(park, model);
        if (file.isEmpty()) {
            model.addAttribute("problem", "imports.noFile");
        } else {
            try {
                model.addAttribute(
                        "outcome",
                        contracts.importUpload(
                                account.username(), park, file.getOriginalFilename(), file.getInputStream()));
            } catch (AnalystInputException e) {
                model.addAttribute("errors", e.report(locale));
            }
        }
        fill(park, null, model);
        return "transfer/contracts";
    }

    private Accounts.Account header(String park, Model model) {
        Accounts.Account account = TransferPage.header(user.account(), park, model, registry, views);
        model.addAttribute("tab", "contracts");
        return account;
    }

    private void fill(String park, Integer year, Model model) {
        Optional<ContractStatistics.Report> report = contracts.statistics(park, year);
        model.addAttribute("report", report.orElse(null));
        if (report.isEmpty()) {
            return;
        }
        ContractStatistics.Report r = report.get();
        List<TransferContracts.ContractRow> ofYear = contracts.contracts(park).stream()
                .filter(c -> c.contract().registrationDate().getYear() == r.year())
                .sorted(Comparator.comparing((TransferContracts.ContractRow c) ->
                                c.contract().amountYuan())
                        .reversed())
                .limit(LISTED)
                .toList();
        model.addAttribute("largest", ofYear);
        model.addAttribute("flows", flows(r, ((RegistryQueries.ParkView) model.getAttribute("park")).name()));
        model.addAttribute("trend", trend(r));
        model.addAttribute("charts", true);
    }

    /** The flow map's nodes and links (amounts in 万元): provinces → the park for 吸纳, the park → provinces for 输出. */
    static Map<String, Object> flows(ContractStatistics.Report r, String parkName) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        nodes.add(Map.of("name", "park", "label", parkName));
        for (ContractStatistics.Group g : r.inflow().byProvince()) {
            if (g.change().current().count() == 0) {
                continue;
            }
            nodes.add(Map.of("name", "in:" + g.key(), "label", g.label()));
            links.add(link("in:" + g.key(), "park", g.change().current()));
        }
        for (ContractStatistics.Group g : r.outflow().byProvince()) {
            if (g.change().current().count() == 0) {
                continue;
            }
            nodes.add(Map.of("name", "out:" + g.key(), "label", g.label()));
            links.add(link("park", "out:" + g.key(), g.change().current()));
        }
        return Map.of("nodes", nodes, "links", links);
    }

    private static Map<String, Object> link(String source, String target, ContractStatistics.Totals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("target", target);
        m.put("value", wan(t.amountYuan()));
        m.put("count", t.count());
        return m;
    }

    /** The months' 输出 and 吸纳 turnover of the year and the year before, in 万元. */
    static Map<String, Object> trend(ContractStatistics.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", r.year());
        m.put(
                "outflow",
                r.outflow().months().stream()
                        .map(x -> wan(x.current().amountYuan()))
                        .toList());
        m.put(
                "outflowBefore",
                r.outflow().months().stream()
                        .map(x -> wan(x.previous().amountYuan()))
                        .toList());
        m.put(
                "inflow",
                r.inflow().months().stream()
                        .map(x -> wan(x.current().amountYuan()))
                        .toList());
        m.put(
                "inflowBefore",
                r.inflow().months().stream()
                        .map(x -> wan(x.previous().amountYuan()))
                        .toList());
        return m;
    }

    private static double wan(BigDecimal yuan) {
        return yuan.divide(WAN, 2, RoundingMode.HALF_UP).doubleValue();
    }
}
