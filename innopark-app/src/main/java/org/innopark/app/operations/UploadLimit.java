package org.innopark.app.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an upload that declares a body over the request limit before anything reads it, with a 413 that says the
 * limit in the reader's language. Without it the container gives up parsing the body inside the security filters (the
 * CSRF check reads the form's parameters) and answers 413 with an empty body and a closed connection, which a user
 * sees as a broken page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class UploadLimit extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long maxBytes;
    private final String limit;
    private final MessageSource messages;

    public UploadLimit(
            @Value("${spring.servlet.multipart.max-request-size:200MB}") String limit, MessageSource messages) {
        this.maxBytes = DataSize.parse(limit).toBytes();
        this.limit = limit;
        this.messages = messages;
    }

    /** {@code ?lang=en}, or the console's language cookie; the body is not read, so no form parameter is. */
    static boolean english(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && ("&" + query + "&").contains("&lang=en&")) {
            return true;
        }
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie c : request.getCookies()) {
                if ("innopark-lang".equals(c.getName()) && c.getValue().startsWith("en")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = english(request) ? Locale.ENGLISH : Locale.CHINA;
        String message = messages.getMessage("error.tooLarge", new Object[] {limit}, "error.tooLarge", locale);
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("timestamp", OffsetDateTime.now().toString());
            body.put("status", 413);
            body.put("error", "Content Too Large");
            body.put("path", request.getRequestURI());
            body.put("message", message);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(body));
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
        }
    }
}
