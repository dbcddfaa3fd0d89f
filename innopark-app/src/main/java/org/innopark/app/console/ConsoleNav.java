package org.innopark.app.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.app.transfer.TransferListings;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the console's frame shows for the signed-in user: the menu entries their role allows, the parks they may
 * switch between, the park the page is about and its unread notifications. The menu is a convenience only: every page and query checks the
 * user's scope again.
 */
@ControllerAdvice(basePackageClasses = ConsoleNav.class)
class ConsoleNav {

    private final CurrentUser user;
    private final RegistryQueries queries;
    private final TransferListings listings;

    ConsoleNav(CurrentUser user, RegistryQueries queries, TransferListings listings) {
        this.user = user;
        this.queries = queries;
        this.listings = listings;
    }

    /** A park as offered in the park switch. */
    record ParkLink(String code, String name) {}

    /**
     * The menu of the signed-in user.
     *
     * @param parkPages whether the park-wide pages (overview, enterprises, ladder, points, index) are open to the role
     * @param ownEnterprise the enterprise user's own enterprise, else null
     * @param ownTransfer whether the enterprise user's 科技成果转化 pages (its demands, the listing board, its
     *     intents) are in the menu
     * @param langUrl this page in the other language
     */
    record Nav(
            String username,
            Role role,
            List<ParkLink> parks,
            boolean parkPages,
            String ownEnterprise,
            boolean ownTransfer,
            boolean imports,
            boolean userAdmin,
            String langUrl) {}

    @ModelAttribute
    void frame(Model model, HttpServletRequest request, Locale locale) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        Nav nav = nav(request, locale);
        model.addAttribute("nav", nav);
        ParkLink park = navPark(request, nav);
        model.addAttribute("navPark", park);
        if (park != null) {
            // the park's unread notifications of the listing flow (挂牌交易), for the badge
            model.addAttribute("navUnread", listings.unread(park.code()));
        }
    }

    private Nav nav(HttpServletRequest request, Locale locale) {
        Accounts.Account account = user.account();
        Role role = account.role();
        boolean parkStaff = role == Role.SYSTEM_ADMIN || role == Role.PARK_ADMIN || role == Role.PARK_ANALYST;
        List<ParkLink> parks = parkStaff
                ? queries.parkNames(account.scope()).stream()
                        .map(p -> new ParkLink(p.code(), p.name()))
                        .toList()
                : List.of();
        String otherLanguage = "en".equals(locale.getLanguage()) ? "zh" : "en";
        String langUrl = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", otherLanguage)
                .build()
                .toUriString();
        return new Nav(
                account.username(),
                role,
                parks,
                parkStaff,
                role == Role.ENTERPRISE ? account.creditCode() : null,
                role == Role.ENTERPRISE && account.creditCode() != null,
                parkStaff,
                role == Role.SYSTEM_ADMIN || role == Role.PARK_ADMIN,
                langUrl);
    }

    /** The park the page is about: the one in its path, else the user's own park, else the first park in scope. */
    private static ParkLink navPark(HttpServletRequest request, Nav nav) {
        if (nav.parks().isEmpty()) {
            return null;
        }
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String inPath = vars instanceof java.util.Map<?, ?> m && m.get("park") instanceof String s ? s : null;
        return nav.parks().stream()
                .filter(p -> p.code().equals(inPath))
                .findFirst()
                .orElse(nav.parks().get(0));
    }
}
