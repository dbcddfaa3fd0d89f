package org.innopark.app.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What every error answer says, for the API's JSON and the console's error page alike: the status, and a message in
 * the reader's language that says what was wrong and what is valid. The message is the application's own text (the
 * reason a controller gave, or one of the platform's messages by status), never an exception's message, a stack trace
 * or a server path.
 */
@Component
public class ErrorAnswers extends DefaultErrorAttributes {

    private final MessageSource messages;
    private final String maxUpload;

    public ErrorAnswers(
            MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:200MB}") String maxUpload) {
        this.messages = messages;
        this.maxUpload = maxUpload;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(
                request,
                options.excluding(
                        ErrorAttributeOptions.Include.MESSAGE,
                        ErrorAttributeOptions.Include.EXCEPTION,
                        ErrorAttributeOptions.Include.STACK_TRACE,
                        ErrorAttributeOptions.Include.BINDING_ERRORS));
        int status = attributes.get("status") instanceof Integer s ? s : 500;
        attributes.put("message", message(request, getError(request), status));
        return attributes;
    }

    String message(WebRequest request, Throwable error, int status) {
        Locale locale = locale(request);
        Throwable e = error;
        while (e != null) {
            if (e instanceof MaxUploadSizeExceededException) {
                return text("error.tooLarge", locale, maxUpload);
            }
            if (e instanceof MethodArgumentTypeMismatchException m) {
                return text("error.badParameter", locale, m.getName(), shorten(String.valueOf(m.getValue())));
            }
            if (e instanceof MissingServletRequestParameterException m) {
                return text("error.missingParameter", locale, m.getParameterName());
            }
            if (e instanceof ResponseStatusException r && r.getReason() != null && status < 500) {
                return r.getReason();
            }
            if (e instanceof ErrorResponse) {
                break;
            }
            e = e.getCause();
        }
        return switch (status) {
            case 400 -> text("error.badRequest", locale);
            case 401 -> text("error.unauthorized", locale);
            case 403 -> text("error.forbidden", locale);
            case 404 -> text("error.notFound", locale);
            case 405 -> text("error.methodNotAllowed", locale);
            case 413 -> text("error.tooLarge", locale, maxUpload);
            case 415 -> text("error.unsupportedType", locale);
            case 503 -> text("error.unavailable", locale);
            default -> status < 500 ? text("error.badRequest", locale) : text("error.generic", locale);
        };
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The reader's language: {@code ?lang=en} on the request, else what the console's resolver says, else Chinese. */
    private static Locale locale(WebRequest request) {
        Object lang = request.getParameter("lang");
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        if (request.resolveReference(RequestAttributes.REFERENCE_REQUEST) instanceof HttpServletRequest http) {
            try {
                Locale l = RequestContextUtils.getLocale(http);
                return "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.CHINA;
            } catch (RuntimeException unresolved) {
                return Locale.CHINA;
            }
        }
        return Locale.CHINA;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
