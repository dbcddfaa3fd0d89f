package org.innopark.app.console;

import java.io.IOException;
import java.util.Locale;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.transfer.TransferImport;
import org.innopark.app.transfer.TransferNotFound;
import org.innopark.app.transfer.TransferViews;
import org.innopark.engine.transfer.ObjectType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 成果转化: the park's technology demands (with the import of results, experts, instruments and demands), a demand's
 * page with its ranked results, experts and instruments and the reasons of each (words shared by field, semantic
 * similarity, places in the rankings, stage), a result's page with the park's candidate enterprises, and the lists of
 * results, experts and instruments the park sees (its own and the shared ones).
 */
@Controller
class TransferPage {

    private final TransferViews views;
    private final TransferImport imports;
    private final RegistryQueries registry;
    private final CurrentUser user;

    TransferPage(TransferViews views, TransferImport imports, RegistryQueries registry, CurrentUser user) {
        this.views = views;
        this.imports = imports;
        this.registry = registry;
        this.user = user;
    }

    private Accounts.Account header(String park, Model model) {
        return header(user.account(), park, model, registry, views);
    }

    /**
     * The head of every 成果转化 page (the park and the counts of the tabs), for park staff of the park only: anyone
     * else gets "not found".
     */
    static Accounts.Account header(
            Accounts.Account account, String park, Model model, RegistryQueries registry, TransferViews views) {
        try {
            TransferViews.requireStaff(account, park);
        } catch (TransferNotFound e) {
            throw PageNotFound.park(park);
        }
        model.addAttribute(
                "park", registry.parkHeader(account.scope(), park).orElseThrow(() -> PageNotFound.park(park)));
        model.addAttribute("counts", views.counts(account, park));
        return account;
    }

    @GetMapping("/parks/{park}/transfer")
    String demands(@PathVariable String park, Model model) {
        Accounts.Account account = header(park, model);
        model.addAttribute("tab", "demands");
        model.addAttribute("demands", views.demands(account, park));
        return "transfer/demands";
    }

    @PostMapping("/parks/{park}/transfer/imports")
    String importFile(
            @PathVariable String park,
            @RequestParam("kind") String kind,
            @RequestParam("file") MultipartFile file,
            Model model,
            Locale locale)
            throws IOException {
        Accounts.Account account = header(park, model);
        ObjectType type = TransferImport.kind(kind).orElseThrow(() -> PageNotFound.park(park + "/" + kind));
        if (file.isEmpty()) {
            model.addAttribute("problem", "imports.noFile");
        } else {
            try {
                model.addAttribute(
                        "outcome",
                        imports.importUpload(
                                account.username(), park, type, file.getOriginalFilename(), file.getInputStream()));
            } catch (AnalystInputException e) {
                model.addAttribute("errors", e.report(locale));
            }
        }
        model.addAttribute("counts", views.counts(account, park));
        model.addAttribute("tab", "demands");
        model.addAttribute("demands", views.demands(account, park));
        return "transfer/demands";
    }

    @GetMapping("/parks/{park}/transfer/demands/{id}")
    String demand(@PathVariable String park, @PathVariable String id, Model model) {
        Accounts.Account account = header(park, model);
        try {
            model.addAttribute("view", views.demand(account, park, id));
        } catch (TransferNotFound e) {
            throw PageNotFound.park(park + "/" + id);
        }
        model.addAttribute("tab", "demands");
        return "transfer/demand";
    }

    @GetMapping("/parks/{park}/transfer/results/{id}")
    String result(
            @PathVariable String park,
            @PathVariable String id,
            @RequestParam(required = false) String owner,
            Model model) {
        Accounts.Account account = header(park, model);
        try {
            model.addAttribute("view", views.result(account, park, owner, id));
        } catch (TransferNotFound e) {
            throw PageNotFound.park(park + "/" + id);
        }
        model.addAttribute("tab", "results");
        return "transfer/result";
    }

    @GetMapping("/parks/{park}/transfer/lists/{kind}")
    String list(@PathVariable String park, @PathVariable String kind, Model model) {
        Accounts.Account account = header(park, model);
        switch (kind) {
            case "results" -> model.addAttribute("rows", views.results(account, park));
            case "experts" -> model.addAttribute("rows", views.experts(account, park));
            case "instruments" -> model.addAttribute("rows", views.instruments(account, park));
            default -> throw PageNotFound.park(park + "/" + kind);
        }
        model.addAttribute("tab", kind);
        return "transfer/" + kind;
    }
}
