package org.innopark.app.users.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.security.AccountRefused;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.app.users.UserAdministration;
import org.innopark.app.users.UserAdministration.AccountView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 用户管理 API: the accounts the caller administers (system administrator: all; park administrator: its park's, never
 * a system administrator's), and every signed-in user's own password. A refusal answers 400 (invalid input), 403
 * (not the caller's to do), 404 (no such account in the caller's reach) or 409 (conflicts with a rule), with the
 * field and the message in the reader's language and in both.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "users", description = "用户与角色管理 / users and roles")
class UserApi {

    private final UserAdministration users;
    private final CurrentUser user;
    private final MessageSource messages;

    UserApi(UserAdministration users, CurrentUser user, MessageSource messages) {
        this.users = users;
        this.user = user;
        this.messages = messages;
    }

    record NewAccountJson(String username, String password, Role role, String parkCode, String creditCode) {}

    record BindingJson(Role role, String parkCode, String creditCode) {}

    record EnabledJson(boolean enabled) {}

    record PasswordJson(String password) {}

    record OwnPasswordJson(String currentPassword, String newPassword) {}

    @GetMapping("/users")
    @Operation(summary = "管理范围内的账户 / the accounts the caller administers")
    List<AccountView> list() {
        return users.list(user.account());
    }

    @GetMapping("/users/{username}")
    @Operation(summary = "一个账户 / one account")
    AccountView get(@PathVariable String username) {
        return users.get(user.account(), username);
    }

    @PostMapping("/users")
    @Operation(summary = "创建账户(初始密码须满足强度规则)/ create an account with an initial password")
    ResponseEntity<AccountView> create(@RequestBody NewAccountJson body) {
        AccountView created = users.create(
                user.account(),
                new UserAdministration.NewAccount(
                        body.username(), body.password(), body.role(), body.parkCode(), body.creditCode()));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PutMapping("/users/{username}/role")
    @Operation(summary = "变更角色、园区或企业 / change the role, park or enterprise")
    AccountView rebind(@PathVariable String username, @RequestBody BindingJson body) {
        return users.rebind(
                user.account(),
                username,
                new UserAdministration.Binding(body.role(), body.parkCode(), body.creditCode()));
    }

    @PutMapping("/users/{username}/enabled")
    @Operation(summary = "启用或停用账户 / enable or disable an account")
    AccountView enabled(@PathVariable String username, @RequestBody EnabledJson body) {
        return users.setEnabled(user.account(), username, body.enabled());
    }

    @PutMapping("/users/{username}/password")
    @Operation(summary = "重置密码(同时解除锁定)/ reset the password (also unlocks)")
    AccountView resetPassword(@PathVariable String username, @RequestBody PasswordJson body) {
        return users.resetPassword(user.account(), username, body.password());
    }

    @DeleteMapping("/users/{username}/lock")
    @Operation(summary = "解除锁定 / unlock an account")
    AccountView unlock(@PathVariable String username) {
        return users.unlock(user.account(), username);
    }

    @PutMapping("/account/password")
    @Operation(summary = "修改本人密码 / change one's own password")
    ResponseEntity<Void> ownPassword(@RequestBody OwnPasswordJson body) {
        users.changeOwnPassword(user.account().username(), body.currentPassword(), body.newPassword());
        user.ownPasswordChanged();
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(AccountRefused.class)
    ResponseEntity<Map<String, Object>> refused(AccountRefused e) {
        HttpStatus status = switch (e.reason().kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.reason().name());
        body.put("field", e.field());
        body.put("message", messages.getMessage(e.reason().key(), e.args(), LocaleContextHolder.getLocale()));
        body.put("messageZh", messages.getMessage(e.reason().key(), e.args(), Locale.SIMPLIFIED_CHINESE));
        body.put("messageEn", messages.getMessage(e.reason().key(), e.args(), Locale.ENGLISH));
        return ResponseEntity.status(status).body(body);
    }
}
