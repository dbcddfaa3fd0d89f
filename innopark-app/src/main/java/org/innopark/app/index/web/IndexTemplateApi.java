package org.innopark.app.index.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.innopark.app.index.IndexNotFoundException;
import org.innopark.app.index.ParkIndex;
import org.innopark.app.index.UnitsCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The template of an analyst's index input ({@code index --data}), beside the registry's import templates: the long
 * layout, or with {@code framework} (a built-in id only: a file path from a request would read server files) the wide
 * layout with a column per indicator of that framework.
 */
@RestController
@RequestMapping("/api/v1")
class IndexTemplateApi {

    @GetMapping("/imports/templates/" + UnitsCsv.TEMPLATE)
    @Operation(summary = "下载指数数据模板(index --data 的列与说明)/ download the template of an analyst's index input")
    ResponseEntity<byte[]> indexInputTemplate(
            @Parameter(description = "内置指标体系 id,给出时为宽表模板 / a built-in framework id for the wide layout")
                    @RequestParam(required = false)
                    String framework)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnitsCsv.template(
                framework == null || framework.isBlank() ? null : ParkIndex.framework(framework.strip()), out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(UnitsCsv.TEMPLATE + ".xlsx")
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    @ExceptionHandler(IndexNotFoundException.class)
    ProblemDetail notFound(IndexNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
