package org.innopark.app.registry.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.app.registry.imports.ImportError;
import org.innopark.app.registry.imports.ImportHistory;
import org.innopark.app.registry.imports.ImportReport;
import org.innopark.app.registry.imports.RegistryExport;
import org.innopark.app.registry.imports.RegistryImport;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.innopark.engine.registry.InvalidValueException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import, export and templates over HTTP. An accepted file answers 200 with the report, a rejected one 422 with the
 * report (or, with {@code annotated=true}, the file itself with its bad cells marked). Messages follow
 * Accept-Language: English for {@code en}, Chinese otherwise.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "imports", description = "Excel/CSV 导入、导出与模板 / Excel and CSV import, export and templates")
class ImportApi {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegistryImport imports;
    private final RegistryExport exports;
    private final ImportHistory history;
    private final CurrentUser user;

    ImportApi(RegistryImport imports, RegistryExport exports, ImportHistory history, CurrentUser user) {
        this.imports = imports;
        this.exports = exports;
        this.history = history;
        this.user = user;
    }

    /** An import report with every message in the reader's language (and both languages for programs). */
    record ReportView(
            Long id,
            String fileName,
            String sha256,
            ImportReport.Status status,
            String message,
            List<ImportReport.TableCounts> tables,
            long rows,
            long inserted,
            long updated,
            long unchanged,
            long errorCount,
            boolean errorsTruncated,
            List<ErrorView> errors) {

        static ReportView of(ImportReport r, Locale locale) {
            return new ReportView(
                    r.id(),
                    r.fileName(),
                    r.sha256(),
                    r.status(),
                    r.summary(locale),
                    r.tables(),
                    r.rows(),
                    r.inserted(),
                    r.updated(),
                    r.unchanged(),
                    r.errorCount(),
                    r.errorsTruncated(),
                    r.errors().stream().map(e -> ErrorView.of(e, locale)).toList());
        }
    }

    record ErrorView(
            String sheet, int row, String column, String value, String message, String messageZh, String messageEn) {

        static ErrorView of(ImportError e, Locale locale) {
            return new ErrorView(
                    e.sheet(), e.row(), e.column(), e.value(), e.message(locale), e.messageZh(), e.messageEn());
        }
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入 Excel/CSV 文件(全部通过才写入)/ import an Excel or CSV file, all or nothing")
    ResponseEntity<?> importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String table,
            @RequestParam(defaultValue = "false") boolean annotated,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language)
            throws IOException {
        Accounts.Account account = mayWrite();
        Locale locale = locale(language);
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "upload"
                        : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path temp = Files.createTempFile("innopark-import-", ".upload");
        try {
            file.transferTo(temp);
            ImportReport report = imports.importFile(
                    new RegistryImport.Request(temp, name, table, account.username(), account.scope(), null));
            if (!report.accepted() && annotated) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                imports.writeAnnotatedCopy(temp, report, out);
                return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                        .contentType(XLSX)
                        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(baseName(name) + "-错误标注.xlsx"))
                        .body(out.toByteArray());
            }
            return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(ReportView.of(report, locale));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @GetMapping("/imports")
    @Operation(summary = "导入记录(系统管理员看全部,其他用户看自己的)/ import history")
    List<ImportHistory.Entry> history(@RequestParam(defaultValue = "100") int limit) {
        Accounts.Account account = user.account();
        return history.list(account.username(), account.role() == Role.SYSTEM_ADMIN, limit);
    }

    @GetMapping("/imports/templates/{table}")
    @Operation(summary = "下载导入模板 / download a table's import template")
    ResponseEntity<byte[]> template(@PathVariable String table) throws IOException {
        String fileName = RegistryExport.fileName(table, "导入模板");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistryExport.template(table, out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(out.toByteArray());
    }

    @GetMapping("/exports/{table}")
    @Operation(summary = "导出表到 Excel(按园区权限过滤)/ export a table to Excel, within the user's parks")
    void export(@PathVariable String table, @RequestParam(required = false) String park, HttpServletResponse response)
            throws IOException {
        Accounts.Account account = mayWrite();
        String fileName = RegistryExport.fileName(table, park == null || park.isBlank() ? "" : "-" + park);
        if (account.scope().narrow(park).isEmpty()) {
            throw new InvalidValueException(
                    "您的账户无权导出园区'" + park + "'的数据", "your account may not export data of park '" + park + "'");
        }
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
        exports.export(table, account.scope(), park, response.getOutputStream());
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidValueException e, HttpServletRequest request) {
        Locale locale = locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("message", e.message(locale), "messageZh", e.messageZh(), "messageEn", e.messageEn()));
    }

    /** Imports and exports are for the park committee's staff, not for enterprise or bank users. */
    private Accounts.Account mayWrite() {
        Accounts.Account account = user.account();
        if (account.role() == Role.ENTERPRISE || account.role() == Role.BANK) {
            throw new AccessDeniedException("您的角色不能导入或导出数据 / your role may not import or export data");
        }
        return account;
    }

    static Locale locale(String acceptLanguage) {
        return acceptLanguage != null
                        && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String attachment(String fileName) {
        return "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
