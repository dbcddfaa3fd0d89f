package org.innopark.app.security;

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
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and API needs a login: a form login with CSRF protection for the console, HTTP Basic for API
 * clients. Passwords are hashed with bcrypt (adaptive); repeated failures lock an account for a while.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
                    .addFilterBefore(new ContentSecurityPolicy(), HeaderWriterFilter.class)
                    // Not framed (clickjacking), no content-type sniffing, no address sent to other sites, HSTS on
                    // requests that came over TLS (Spring's default: only secure requests get it).
                    .headers(headers -> headers.frameOptions(frame -> frame.deny())
                            .contentTypeOptions(Customizer.withDefaults())
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                            .httpStrictTransportSecurity(
                                    hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
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
