package org.innopark.app.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.innopark.app.registry.imports.ImportHistory;
import org.innopark.app.registry.imports.RegistryImport;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 数据导入: upload a spreadsheet, watch it being checked and written, read every error by sheet, row and column,
 * download the rejected file with the bad cells marked, and see the history of imports.
 */
@Controller
class ImportPage {

    static final int HISTORY = 30;

    private final ImportJobs jobs;
    private final ImportHistory history;
    private final CurrentUser user;

    ImportPage(ImportJobs jobs, ImportHistory history, CurrentUser user) {
        this.jobs = jobs;
        this.history = history;
        this.user = user;
    }

    @GetMapping("/imports")
    String page(Model model) {
        Accounts.Account account = staff();
        model.addAttribute("tables", RegistryImport.tables());
        model.addAttribute("history", history.list(account.username(), account.role() == Role.SYSTEM_ADMIN, HISTORY));
        return "imports/page";
    }

    @PostMapping("/imports")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String table, Model model)
            throws IOException {
        Accounts.Account account = staff();
        if (file.isEmpty()) {
            model.addAttribute("problem", "imports.noFile");
            return page(model);
        }
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "upload"
                        : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path temp = Files.createTempFile("innopark-console-import-", ".upload");
        ImportJobs.Job job;
        try {
            file.transferTo(temp);
            job = jobs.start(temp, name, table, account);
        } catch (ImportJobs.Busy busy) {
            model.addAttribute("problem", busy.messageKey);
            model.addAttribute("problemLimit", busy.limit);
            return page(model);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return "redirect:/imports/jobs/" + job.id;
    }

    @GetMapping("/imports/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        Accounts.Account account = staff();
        model.addAttribute("job", jobs.find(id, account.username()).orElseThrow(() -> PageNotFound.job(id)));
        return "imports/job";
    }

    /** The job's status: polled by the page with htmx until the job is finished. */
    @GetMapping("/imports/jobs/{id}/status")
    String status(@PathVariable String id, Model model) {
        Accounts.Account account = staff();
        model.addAttribute("job", jobs.find(id, account.username()).orElseThrow(() -> PageNotFound.job(id)));
        return "imports/job :: status";
    }

    @GetMapping("/imports/jobs/{id}/rejected.xlsx")
    void rejected(@PathVariable String id, HttpServletResponse response) throws IOException {
        Accounts.Account account = staff();
        ImportJobs.Job job = jobs.find(id, account.username()).orElseThrow(() -> PageNotFound.job(id));
        String base = job.fileName.replaceAll("\\.[^.]+$", "");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(base + "-错误标注.xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        if (!jobs.writeRejectedCopy(job, response.getOutputStream())) {
            throw PageNotFound.job(id);
        }
    }

    /** Imports are for the park committee's staff, not for enterprise or bank users. */
    private Accounts.Account staff() {
        Accounts.Account account = user.account();
        if (account.role() == Role.ENTERPRISE || account.role() == Role.BANK) {
            throw new AccessDeniedException("park staff only");
        }
        return account;
    }
}
