package org.innopark.app.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.security.AccountRefused;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.users.UserAdministration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: any signed-in user changes their own password, proving the current one. */
@Controller
class AccountPasswordPage {

    private final UserAdministration users;
    private final CurrentUser user;
    private final MessageSource messages;

    AccountPasswordPage(UserAdministration users, CurrentUser user, MessageSource messages) {
        this.users = users;
        this.user = user;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String repeatPassword,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(repeatPassword)) {
                throw new AccountRefused(AccountRefused.Reason.PASSWORD_MISMATCH, "repeatPassword");
            }
            users.changeOwnPassword(user.account().username(), currentPassword, newPassword);
            user.ownPasswordChanged();
            redirect.addFlashAttribute("success", messages.getMessage("password.changed", null, locale));
            return "redirect:/account/password";
        } catch (AccountRefused e) {
            response.setStatus(UserAdminPage.status(e));
            model.addAttribute(
                    "errors",
                    Map.of(
                            e.field() == null ? "" : e.field(),
                            messages.getMessage(e.reason().key(), e.args(), locale)));
            return "account/password";
        }
    }
}
