package org.innopark.app.pipeline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.innopark.app.pipeline.FunnelExport;
import org.innopark.app.pipeline.Pipeline;
import org.innopark.app.pipeline.PipelineException;
import org.innopark.app.pipeline.PipelineViews;
import org.innopark.app.security.CurrentUser;
import org.innopark.engine.pipeline.Funnel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pipeline API under {@code /api/v1/parks/{code}/pipeline}: the board, the pool, my projects, a project with its
 * timeline, and every change (create, move, follow-up, problem, funds, owners, take from the pool), each audited;
 * the funnel as JSON or as the monthly XLSX. Park staff only; another park is "not found".
 */
@RestController
@RequestMapping("/api/v1/parks/{code}/pipeline")
@Tag(name = "pipeline", description = "招商项目库 / investment-project pipeline")
class PipelineApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Pipeline pipeline;
    private final CurrentUser user;

    PipelineApi(Pipeline pipeline, CurrentUser user) {
        this.pipeline = pipeline;
        this.user = user;
    }

    record FollowUp(String kind, LocalDate date, String note) {}

    record NewProblem(String description, String solver, LocalDate dueOn) {}

    record Resolution(String resolution) {}

    record Funds(LocalDate date, BigDecimal amountYi, String note) {}

    record Owners(String owner, List<String> coOwners) {}

    @GetMapping("/projects")
    @Operation(summary = "项目看板(全部项目) / every project, for the board")
    List<PipelineViews.Card> board(@PathVariable String code) {
        return pipeline.board(user.account(), code);
    }

    @GetMapping("/pool")
    @Operation(summary = "公海: 无负责人的项目 / the pool: projects without an owner")
    List<PipelineViews.Card> pool(@PathVariable String code) {
        return pipeline.pool(user.account(), code);
    }

    @GetMapping("/mine")
    @Operation(summary = "我的项目 / my projects (owner or co-owner)")
    List<PipelineViews.Card> mine(@PathVariable String code) {
        return pipeline.mine(user.account(), code);
    }

    @PostMapping("/projects")
    @Operation(summary = "新建项目(线索), 重复投资方拒绝 / create a lead; a duplicate investor is refused")
    ResponseEntity<PipelineViews.Created> create(
            @PathVariable String code, @RequestBody PipelineViews.ProjectInput in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(pipeline.create(user.account(), code, in));
    }

    @GetMapping("/projects/{no}")
    @Operation(summary = "项目详情与时间线 / a project with its timeline")
    PipelineViews.Detail detail(@PathVariable String code, @PathVariable String no) {
        return pipeline.detail(user.account(), code, no);
    }

    @PostMapping("/projects/{no}/transitions")
    @Operation(summary = "阶段变更(必填日期与字段) / move to another stage with its required dates")
    PipelineViews.Detail move(@PathVariable String code, @PathVariable String no, @RequestBody PipelineViews.Move m) {
        pipeline.move(user.account(), code, no, m);
        return pipeline.detail(user.account(), code, no);
    }

    @PostMapping("/projects/{no}/follow-ups")
    @Operation(summary = "跟进记录 / log a follow-up")
    Map<String, Long> followUp(@PathVariable String code, @PathVariable String no, @RequestBody FollowUp f) {
        return Map.of("id", pipeline.followUp(user.account(), code, no, f.kind(), f.date(), f.note()));
    }

    @PostMapping("/projects/{no}/problems")
    @Operation(summary = "问题清单: 提出问题 / raise a problem")
    Map<String, Long> problem(@PathVariable String code, @PathVariable String no, @RequestBody NewProblem p) {
        return Map.of("id", pipeline.raiseProblem(user.account(), code, no, p.description(), p.solver(), p.dueOn()));
    }

    @PutMapping("/projects/{no}/problems/{id}")
    @Operation(summary = "问题清单: 已解决 / resolve a problem")
    ResponseEntity<Void> resolve(
            @PathVariable String code, @PathVariable String no, @PathVariable long id, @RequestBody Resolution r) {
        pipeline.resolveProblem(user.account(), code, no, id, r.resolution());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/projects/{no}/funds")
    @Operation(summary = "到资登记(亿元) / record funds received")
    ResponseEntity<Void> funds(@PathVariable String code, @PathVariable String no, @RequestBody Funds f) {
        pipeline.recordFunds(user.account(), code, no, f.date(), f.amountYi(), f.note());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/projects/{no}/owners")
    @Operation(summary = "指派负责人与协办人(审计) / assign the owner and co-owners (audited)")
    ResponseEntity<Void> owners(@PathVariable String code, @PathVariable String no, @RequestBody Owners o) {
        pipeline.assign(user.account(), code, no, o.owner(), o.coOwners());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/projects/{no}/take")
    @Operation(summary = "从公海领取 / take a project from the pool")
    ResponseEntity<Void> take(@PathVariable String code, @PathVariable String no) {
        pipeline.take(user.account(), code, no);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/funnel")
    @Operation(summary = "招商漏斗与指标(按年、产业链、负责人) / the funnel and figures of a year")
    Funnel.Report funnel(@PathVariable String code, @RequestParam int year) {
        return pipeline.funnel(user.account(), code, year);
    }

    @GetMapping("/funnel.xlsx")
    @Operation(summary = "招商月报 XLSX / the funnel as the monthly XLSX")
    ResponseEntity<byte[]> funnelXlsx(@PathVariable String code, @RequestParam int year) throws IOException {
        Funnel.Report report = pipeline.funnel(user.account(), code, year);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FunnelExport.xlsx(code + " 招商项目统计 " + year, report, out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"pipeline-" + code + "-" + year + ".xlsx\"")
                .body(out.toByteArray());
    }

    @ExceptionHandler(PipelineException.class)
    ResponseEntity<Map<String, Object>> refused(PipelineException e) {
        return ResponseEntity.status(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST)
                .body(Map.of("message", e.getMessage(), "problems", e.problems()));
    }

    @ExceptionHandler(PipelineException.NotFound.class)
    ResponseEntity<Map<String, String>> notFound(PipelineException.NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }
}
