package org.innopark.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a strict Content-Security-Policy with every response: scripts only from the application itself or inline
 * with this response's nonce (templates read it as {@code ${cspNonce}}), no plugins, no {@code <base>} elsewhere, no
 * framing, forms posting only back to the application. Styles may be inline: ECharts and htmx position their
 * elements with style attributes, and a style cannot run code.
 */
final class ContentSecurityPolicy extends OncePerRequestFilter {

    /** The request attribute (and template variable) holding the response's nonce. */
    static final String NONCE_ATTRIBUTE = "cspNonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The policy sent with a response whose inline scripts carry the nonce. */
    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
                + " form-action 'self'; frame-ancestors 'none'";
    }

    static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String nonce = newNonce();
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce));
        chain.doFilter(request, response);
    }
}
