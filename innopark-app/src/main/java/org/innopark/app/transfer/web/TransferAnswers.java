package org.innopark.app.transfer.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.innopark.app.transfer.DemandRejected;
import org.innopark.app.transfer.TransferNotFound;
import org.innopark.app.transfer.TransferRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the technology-transfer API answers a refusal: a move the state does not allow 409, a bad value 422 (a demand
 * form with its error per field), and what the caller may not see, or that does not exist, 404; the reason in
 * Chinese and English.
 */
@RestControllerAdvice(basePackageClasses = TransferAnswers.class)
class TransferAnswers {

    @ExceptionHandler(DemandRejected.class)
    ResponseEntity<Map<String, Object>> rejected(DemandRejected e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", e.getMessage());
        body.put("errors", e.errors());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
    }

    @ExceptionHandler(TransferRefused.class)
    ResponseEntity<Map<String, String>> refused(TransferRefused e) {
        return ResponseEntity.status(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(TransferNotFound.class)
    ResponseEntity<Map<String, String>> notFound(TransferNotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
