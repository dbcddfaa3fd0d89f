package org.innopark.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and API needs a login: a form login with CSRF protection for the console, HTTP Basic for API
 * clients. Passwords are hashed with bcrypt (adaptive); repeated failures lock an account for a while, counted
 * before the password is checked ({@link LockoutAuthentication}).
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

    /** The only password check, for form login and HTTP Basic alike. */
    @Bean
    AuthenticationProvider lockoutAuthentication(Accounts accounts, PasswordEncoder encoder) {
        return new LockoutAuthentication(accounts, encoder);
    }

    /** The web server's filter chains; command-line runs have no web server and no chain. */
    @Configuration
    @ConditionalOnWebApplication
    static class WebSecurity {

        /**
         * An API request carrying HTTP Basic credentials is authenticated by them alone: no session is read or
         * created, so a session cookie a browser adds cannot act for it, and it needs no CSRF token (a page of
         * another site cannot make a browser send credentials it does not know). Wrong credentials answer 401.
         */
        static final RequestMatcher API_WITH_BASIC_CREDENTIALS = SecurityConfiguration::apiWithBasicCredentials;

        @Bean
        @Order(1)
        SecurityFilterChain apiClients(HttpSecurity http, Accounts accounts) throws Exception {
            http.securityMatcher(API_WITH_BASIC_CREDENTIALS)
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .securityContext(context ->
                            context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                    .csrf(csrf -> csrf.disable());
            return common(http, accounts).build();
        }

        /** The console, and API calls made with the console's session: CSRF protected, without exception. */
        @Bean
        @Order(2)
        SecurityFilterChain console(HttpSecurity http, Accounts accounts) throws Exception {
            http.formLogin(form -> form.loginPage("/login")
                            .defaultSuccessUrl("/", false)
                            // A sign-in that could not be checked (the database cannot be used) is not told
                            // "wrong password": the page says the service is unavailable.
                            .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                    + (e instanceof AuthenticationServiceException
                                            ? "/login?unavailable"
                                            : "/login?error")))
                            .permitAll())
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout")
                            .invalidateHttpSession(true)
                            .deleteCookies("JSESSIONID"))
                    // A new session id at sign-in (session fixation), and the stamp of the password signed in with.
                    .sessionManagement(session ->
                            session.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(List.of(
                                    new ChangeSessionIdAuthenticationStrategy(), new CredentialsStamp(accounts)))));
            return common(http, accounts).build();
        }

        private static HttpSecurity common(HttpSecurity http, Accounts accounts) throws Exception {
            LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
            // API calls: 401 with the Basic challenge, or 503 when the credentials could not be checked at all (the
            // database cannot be used); pages: the sign-in page.
            AuthenticationEntryPoint entryPoint = (request, response, e) -> {
                if (e instanceof AuthenticationServiceException) {
                    response.sendError(503);
                } else if (request.getRequestURI().startsWith("/api/")) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"InnoPark\"");
                    response.sendError(401);
                } else {
                    toLogin.commence(request, response, e);
                }
            };
            return http.authorizeHttpRequests(auth -> auth.requestMatchers(
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
                    .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                        // Basic credentials that failed: 401 with the challenge on any path (503 when they could
                        // not be checked at all)
                        if (e instanceof AuthenticationServiceException) {
                            response.sendError(503);
                        } else {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"InnoPark\"");
                            response.sendError(401);
                        }
                    }))
                    .addFilterBefore(new AccountStatusFilter(accounts), AuthorizationFilter.class)
                    .addFilterBefore(new ContentSecurityPolicy(), HeaderWriterFilter.class)
                    // Not framed (clickjacking), no content-type sniffing, no address sent to other sites, HSTS on
                    // requests that came over TLS (Spring's default: only secure requests get it).
                    .headers(headers -> headers.frameOptions(frame -> frame.deny())
                            .contentTypeOptions(Customizer.withDefaults())
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                            .httpStrictTransportSecurity(
                                    hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                    .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint));
        }
    }

    /** An {@code /api/} request with an {@code Authorization: Basic …} header. */
    static boolean apiWithBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return request.getRequestURI().startsWith("/api/")
                && authorization != null
                && authorization.strip().toLowerCase(Locale.ROOT).startsWith("basic ");
    }
}
