package org.innopark.app.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.registry.RegistryQueries.EnterpriseView;
import org.innopark.app.registry.RegistryQueries.ParkView;
import org.innopark.app.registry.RegistryQueries.QualificationView;
import org.innopark.app.registry.RegistryQueries.ReportView;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.shared.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The registry's REST API. Money is in yuan (元); every read is limited to the caller's park scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "园区、企业与企业年报 / parks, enterprises and annual reports")
class RegistryApi {

    private final RegistryQueries queries;
    private final CurrentUser user;

    RegistryApi(RegistryQueries queries, CurrentUser user) {
        this.queries = queries;
        this.user = user;
    }

    @GetMapping("/parks")
    @Operation(summary = "园区列表及登记数量 / parks with the size of their registry")
    List<ParkView> parks() {
        return queries.parks(user.scope());
    }

    @GetMapping("/parks/{code}")
    @Operation(summary = "一个园区 / one park")
    ParkView park(@PathVariable String code) {
        return queries.park(user.scope(), code).orElseThrow(() -> notFound("园区", "park", code));
    }

    @GetMapping("/enterprises")
    @Operation(summary = "企业列表:按园区筛选,按名称或信用代码搜索,分页 / enterprises: filter by park, search, page")
    Page<EnterpriseView> enterprises(
            @RequestParam(required = false) String park,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "page 应 ≥ 0,size 应在 1–" + Page.MAX_SIZE + " 之间 / page must be >= 0 and size 1-" + Page.MAX_SIZE);
        }
        return queries.enterprises(user.scope(), park, q, page, size);
    }

    @GetMapping("/enterprises/{creditCode}")
    @Operation(summary = "一家企业及其资质 / one enterprise with its qualifications")
    EnterpriseDetail enterprise(@PathVariable String creditCode) {
        var scope = user.scope();
        EnterpriseView e =
                queries.enterprise(scope, creditCode).orElseThrow(() -> notFound("企业", "enterprise", creditCode));
        return new EnterpriseDetail(e, queries.qualifications(scope, creditCode));
    }

    @GetMapping("/enterprises/{creditCode}/reports")
    @Operation(summary = "企业年报(金额单位:元)/ annual reports (money in yuan)")
    List<ReportView> reports(@PathVariable String creditCode) {
        var scope = user.scope();
        if (queries.enterprise(scope, creditCode).isEmpty()) {
            throw notFound("企业", "enterprise", creditCode);
        }
        return queries.reports(scope, creditCode);
    }

    /** An enterprise with the qualifications it holds. */
    record EnterpriseDetail(EnterpriseView enterprise, List<QualificationView> qualifications) {}

    private static ResponseStatusException notFound(String zh, String en, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到" + zh + " " + id + " / no " + en + " " + id);
    }
}
