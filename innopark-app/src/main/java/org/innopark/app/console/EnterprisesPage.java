package org.innopark.app.console;

import java.time.LocalDate;
import org.innopark.app.registry.EnterpriseSearch;
import org.innopark.app.registry.EnterpriseSearch.Filter;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.QualificationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** 企业列表: search by name, credit code or pinyin initials, filters, sorting and paging; htmx swaps the results. */
@Controller
class EnterprisesPage {

    static final int PAGE_SIZE = 20;

    private final EnterpriseSearch search;
    private final RegistryQueries registry;
    private final CurrentUser user;

    EnterprisesPage(EnterpriseSearch search, RegistryQueries registry, CurrentUser user) {
        this.search = search;
        this.registry = registry;
        this.user = user;
    }

    @GetMapping("/parks/{park}/enterprises")
    String list(
            @PathVariable String park,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String subPark,
            @RequestParam(required = false) String qualification,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        ParkScope scope = user.scope();
        var parkView = registry.parkHeader(scope, park).orElseThrow(() -> PageNotFound.park(park));
        if (scope.enterprise().isPresent()) {
            throw PageNotFound.park(park);
        }
        Filter filter = new Filter(q, field, industry, subPark, qualification, EnterpriseSearch.Sort.parse(sort));
        model.addAttribute("park", parkView);
        model.addAttribute("filter", filter);
        model.addAttribute("result", search.search(scope, park, filter, page, PAGE_SIZE, LocalDate.now()));
        if (htmx != null) {
            return "parks/enterprises :: results";
        }
        model.addAttribute("fields", HighTechField.values());
        model.addAttribute("qualifications", QualificationType.values());
        model.addAttribute("subParks", search.subParks(scope, park));
        model.addAttribute(
                "divisions",
                search.divisions(scope, park).stream()
                        .filter(d -> IndustryCode.divisions().containsKey(d))
                        .map(d -> java.util.Map.entry(
                                d, d + " " + IndustryCode.divisions().get(d)))
                        .toList());
        model.addAttribute("sorts", EnterpriseSearch.Sort.values());
        return "parks/enterprises";
    }
}
