package org.innopark.app.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.AccountRefused;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.app.users.UserAdministration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * 用户管理 page: the accounts the administrator manages, a form to create one, and per account its role and binding,
 * enabling, unlocking and a password reset. Every rule is the service's ({@link UserAdministration}); a refusal
 * shows next to the field it concerns, in the reader's language.
 */
@Controller
class UserAdminPage {

    private final UserAdministration users;
    private final CurrentUser user;
    private final RegistryQueries queries;
    private final MessageSource messages;

    UserAdminPage(UserAdministration users, CurrentUser user, RegistryQueries queries, MessageSource messages) {
        this.users = users;
        this.user = user;
        this.queries = queries;
        this.messages = messages;
    }

    /** The create form as typed (never the password). */
    record CreateForm(String username, Role role, String parkCode, String creditCode) {}

    @GetMapping("/admin/users")
    String list(Model model) {
        Accounts.Account actor = user.account();
        return listPage(model, actor, new CreateForm("", null, actor.parkCode(), ""), Map.of());
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String parkCode,
            @RequestParam(required = false) String creditCode,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Accounts.Account actor = user.account();
        try {
            var created = users.create(
                    actor, new UserAdministration.NewAccount(username, password, role, parkCode, creditCode));
            redirect.addFlashAttribute(
                    "success", messages.getMessage("users.createdOk", new Object[] {created.username()}, locale));
            return "redirect:/admin/users";
        } catch (AccountRefused e) {
            response.setStatus(status(e));
            return listPage(model, actor, new CreateForm(username, role, parkCode, creditCode), errors(e, locale));
        }
    }

    @GetMapping("/admin/users/{username}")
    String edit(@PathVariable String username, Model model, Locale locale, HttpServletResponse response) {
        Accounts.Account actor = user.account();
        try {
            return editPage(model, actor, users.get(actor, username), null, Map.of());
        } catch (AccountRefused e) {
            response.setStatus(status(e));
            model.addAttribute("error", text(e, locale));
            return listPage(model, actor, new CreateForm("", null, actor.parkCode(), ""), Map.of());
        }
    }

    @PostMapping("/admin/users/{username}/role")
    String rebind(
            @PathVariable String username,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String parkCode,
            @RequestParam(required = false) String creditCode,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Accounts.Account actor = user.account();
        try {
            users.rebind(actor, username, new UserAdministration.Binding(role, parkCode, creditCode));
            return saved(redirect, username, locale);
        } catch (AccountRefused e) {
            return refusedOnEdit(e, model, actor, username, locale, response);
        }
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(
            @PathVariable String username,
            @RequestParam(defaultValue = "") String password,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Accounts.Account actor = user.account();
        try {
            users.resetPassword(actor, username, password);
            return saved(redirect, username, locale);
        } catch (AccountRefused e) {
            return refusedOnEdit(e, model, actor, username, locale, response);
        }
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enabled(
            @PathVariable String username, @RequestParam boolean enabled, Locale locale, RedirectAttributes redirect) {
        return onList(() -> users.setEnabled(user.account(), username, enabled), username, locale, redirect);
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return onList(() -> users.unlock(user.account(), username), username, locale, redirect);
    }

    /** A list action: back to the list with the outcome as a message. */
    private String onList(Runnable action, String username, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute(
                    "success", messages.getMessage("users.savedOk", new Object[] {username}, locale));
        } catch (AccountRefused e) {
            redirect.addFlashAttribute("error", text(e, locale));
        }
        return "redirect:/admin/users";
    }

    private String saved(RedirectAttributes redirect, String username, Locale locale) {
        redirect.addFlashAttribute("success", messages.getMessage("users.savedOk", new Object[] {username}, locale));
        return "redirect:/admin/users/" + UriUtils.encodePathSegment(username, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String refusedOnEdit(
            AccountRefused e,
            Model model,
            Accounts.Account actor,
            String username,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(status(e));
        if (e.reason().kind() == AccountRefused.Kind.NOT_FOUND) {
            model.addAttribute("error", text(e, locale));
            return listPage(model, actor, new CreateForm("", null, actor.parkCode(), ""), Map.of());
        }
        return editPage(
                model,
                actor,
                users.get(actor, username),
                e.field() == null ? text(e, locale) : null,
                errors(e, locale));
    }

    private String listPage(Model model, Accounts.Account actor, CreateForm form, Map<String, String> errors) {
        model.addAttribute("accounts", users.list(actor));
        common(model, actor);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (errors.containsKey("")) {
            model.addAttribute("error", errors.get(""));
        }
        return "admin/users";
    }

    private String editPage(
            Model model,
            Accounts.Account actor,
            UserAdministration.AccountView account,
            String error,
            Map<String, String> errors) {
        common(model, actor);
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        if (error != null) {
            model.addAttribute("error", error);
        }
        return "admin/user";
    }

    private void common(Model model, Accounts.Account actor) {
        Map<String, String> parks = new LinkedHashMap<>();
        queries.parkNames(actor.scope()).forEach(p -> parks.put(p.code(), p.name()));
        model.addAttribute("parkNames", parks);
        model.addAttribute("roles", UserAdministration.assignableRoles(actor));
        model.addAttribute("systemAdmin", actor.role() == Role.SYSTEM_ADMIN);
    }

    /** The refusal's message under its field ("" when it concerns the whole form). */
    private Map<String, String> errors(AccountRefused e, Locale locale) {
        return Map.of(e.field() == null ? "" : e.field(), text(e, locale));
    }

    private String text(AccountRefused e, Locale locale) {
        return messages.getMessage(e.reason().key(), e.args(), locale);
    }

    static int status(AccountRefused e) {
        return switch (e.reason().kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }
}
