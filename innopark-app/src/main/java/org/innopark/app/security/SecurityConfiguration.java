package org.innopark.app.security;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and API needs a login: a form login with CSRF protection for the console, HTTP Basic for API
 * clients. Passwords are hashed with bcrypt (adaptive); repeated failures lock an account for a while.
 */
@Configuration
class SecurityConfiguration {

    /** bcrypt's cost when the configuration does not say: 2^10 rounds, Spring Security's default. */
    static final int DEFAULT_BCRYPT_STRENGTH = 10;

    /**
     * New passwords are hashed with bcrypt at the configured cost ({@code innopark.security.bcrypt-strength}, 4 to
     * 31; the tests lower it, production keeps the default); a stored hash is checked at the cost it was made with,
     * and hashes of the other schemes Spring Security knows (by their {id} prefix) are still read.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${innopark.security.bcrypt-strength:" + DEFAULT_BCRYPT_STRENGTH + "}") int strength) {
        DelegatingPasswordEncoder encoder =
                new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    /** The web server's filter chain; command-line runs have no web server and no chain. */
    @Configuration
    @ConditionalOnWebApplication
    static class WebSecurity {

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts) throws Exception {
            LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
            RequestMatcher apiClientWithCredentials = request ->
                    request.getRequestURI().startsWith("/api/") && request.getHeader("Authorization") != null;
            http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                    "/login",
                                    "/css/**",
                                    "/js/**",
                                    "/vendor/**",
                                    "/favicon.ico",
                                    "/actuator/health",
                                    "/error")
                            .permitAll()
                            // Bank users (银行用户) may read their park's bank list and nothing else (but may change
                            // their own password).
                            .requestMatchers(
                                    "/",
                                    "/api/v1/parks/*/points/bank-list.xlsx",
                                    "/account/password",
                                    "/api/v1/account/password")
                            .authenticated()
                            // Imports, exports and templates are the park committee's staff's work: enterprise
                            // and bank users never read a park's tables this way.
                            .requestMatchers(
                                    "/api/v1/imports",
                                    "/api/v1/imports/**",
                                    "/api/v1/exports/**",
                                    "/imports",
                                    "/imports/**")
                            .hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.PARK_ADMIN.name(), Role.PARK_ANALYST.name())
                            // Accounts and the audit log are for administrators (the services check the park).
                            .requestMatchers("/admin/**", "/api/v1/audit", "/api/v1/audit/**")
                            .hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.PARK_ADMIN.name())
                            .anyRequest()
                            .access(AuthorizationManagers.allOf(
                                    AuthenticatedAuthorizationManager.authenticated(),
                                    AuthorizationManagers.not(
                                            AuthorityAuthorizationManager.hasRole(Role.BANK.name())))))
                    .formLogin(form -> form.loginPage("/login")
                            .defaultSuccessUrl("/", false)
                            .permitAll())
                    .httpBasic(Customizer.withDefaults())
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout")
                            .invalidateHttpSession(true)
                            .deleteCookies("JSESSIONID"))
                    // A new session id at sign-in (session fixation); Spring's default, stated so it stays.
                    .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                    .addFilterBefore(new AccountStatusFilter(accounts), AuthorizationFilter.class)
                    .csrf(csrf -> csrf.ignoringRequestMatchers(apiClientWithCredentials))
                    .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> {
                        if (request.getRequestURI().startsWith("/api/")) {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"InnoPark\"");
                            response.sendError(401);
                        } else {
                            toLogin.commence(request, response, e);
                        }
                    }));
            return http.build();
        }
    }

    /** Counts failed and successful logins for the lockout. */
    @Configuration
    static class LoginAttempts {

        private final Accounts accounts;

        LoginAttempts(Accounts accounts) {
            this.accounts = accounts;
        }

        @EventListener
        void onFailure(AuthenticationFailureBadCredentialsEvent event) {
            accounts.loginFailed(event.getAuthentication().getName());
        }

        @EventListener
        void onSuccess(AuthenticationSuccessEvent event) {
            accounts.loginSucceeded(event.getAuthentication().getName());
        }
    }
}
