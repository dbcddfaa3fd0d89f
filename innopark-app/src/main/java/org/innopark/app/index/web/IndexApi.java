package org.innopark.app.index.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.innopark.app.index.CsvInputException;
import org.innopark.app.index.IndexNotFoundException;
import org.innopark.app.index.IndexReport;
import org.innopark.app.index.ParkFigureStore;
import org.innopark.app.index.ParkIndex;
import org.innopark.app.security.CurrentUser;
import org.innopark.engine.index.IndexCalculationException;
import org.innopark.engine.index.IndexRun;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The composite index API. Scores and ranks of every park are visible to every signed-in user (indices compare
 * parks; official evaluations publish ranks); enterprise contributions only to the park's own users. Names follow
 * the language ({@code ?lang=en}, Chinese by default).
 */
@RestController
@RequestMapping("/api/v1/index")
@Tag(name = "index", description = "园区创新指数 / composite park innovation index")
class IndexApi {

    private final ParkIndex index;
    private final ParkFigureStore figures;
    private final CurrentUser user;

    IndexApi(ParkIndex index, ParkFigureStore figures, CurrentUser user) {
        this.index = index;
        this.figures = figures;
        this.user = user;
    }

    @GetMapping("/frameworks")
    @Operation(summary = "可用的指标体系 / the frameworks available")
    List<ParkIndex.FrameworkInfo> frameworks() {
        user.account();
        return index.frameworks();
    }

    @GetMapping("/{framework}")
    @Operation(
            summary = "全部园区的指数:整棵指标树、各级得分与排名、覆盖率、提示与排名不确定性 / the index of every park:"
                    + " the tree with scores and ranks at every level, coverage, warnings and the rank uncertainty")
    IndexReport calculate(
            @PathVariable String framework,
            @Parameter(description = "年份,默认最近有数据的年份 / year, default the latest with data")
                    @RequestParam(required = false)
                    Integer year,
            @Parameter(description = "基期指数的基期 / base year of a base-year index") @RequestParam(required = false)
                    Integer baseYear,
            @Parameter(
                            description = "蒙特卡洛次数,0 为不做,最多 " + IndexRun.MAX_SENSITIVITY
                                    + " / Monte Carlo replications, 0 for none")
                    @RequestParam(defaultValue = "0")
                    int sensitivity) {
        user.account();
        return IndexReport.of(index.calculate(framework, year, baseYear, sensitivity), LocaleContextHolder.getLocale());
    }

    @GetMapping("/{framework}/parks/{code}")
    @Operation(
            summary = "一个园区的优势与短板,及本园区企业对指标的贡献 / a park's strengths and weaknesses, and (for its own"
                    + " users) which enterprises lift or drag its indicators")
    ParkIndex.ParkProfile park(
            @PathVariable String framework,
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer baseYear,
            @RequestParam(defaultValue = "5") int top) {
        if (top < 1 || top > 50) {
            throw new IllegalArgumentException("top 应在 1–50 之间 / top must be 1-50");
        }
        return index.profile(framework, code, year, baseYear, user.account(), LocaleContextHolder.getLocale(), top);
    }

    @GetMapping("/figures")
    @Operation(summary = "园区级指标 / imported park-level figures")
    List<ParkFigureStore.Figure> figures(
            @RequestParam(required = false) String park, @RequestParam(required = false) Integer year) {
        var scope = user.scope();
        if (!scope.isAll()) {
            // Imported figures may hold keys no framework publishes: other parks' figures stay theirs.
            if (park != null && !scope.includesPark(park)) {
                return List.of();
            }
            return figures.list(scope.parkCode(), year);
        }
        return figures.list(park, year);
    }

    @PutMapping(
            value = "/figures",
            consumes = {"text/csv", "text/plain"})
    @Operation(
            summary = "导入园区级指标 CSV: park,key,year,value[,source],全部成功或全部不写 / import park-level"
                    + " figures from CSV, all rows or none")
    ParkFigureStore.ImportResult importFigures(@RequestBody String csv) throws IOException {
        return figures.importCsv("figures.csv", new StringReader(csv), user.account());
    }

    @ExceptionHandler(IndexNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(IndexNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), null);
    }

    @ExceptionHandler(CsvInputException.class)
    ResponseEntity<ProblemDetail> badCsv(CsvInputException e) {
        return problem(
                HttpStatus.BAD_REQUEST, "CSV 有误, 未写入任何数据 / the CSV has errors; nothing was written", e.problems());
    }

    @ExceptionHandler(IndexCalculationException.class)
    ResponseEntity<ProblemDetail> cannotCalculate(IndexCalculationException e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "无法计算指数 / the index cannot be computed: " + e.getMessage(), null);
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String detail, List<CsvInputException.Problem> problems) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        if (problems != null) {
            p.setProperties(Map.of("problems", problems));
        }
        return ResponseEntity.status(status).body(p);
    }
}
