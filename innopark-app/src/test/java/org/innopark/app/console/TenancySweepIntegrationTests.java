package org.innopark.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The tenancy sweep: for every endpoint of the running application, users of park A (analyst, administrator,
 * enterprise user, bank user) ask for park B's data by park code, credit code, search, export and write, and get
 * nothing of it: no park-B name, credit code, account or file in the body (an echo of what the request itself
 * named excepted), and park B's data unchanged afterwards. First each of them reads its own park's data and gets it
 * (the positive control), and every probe must be answered signed in (no 401, no redirect to the sign-in page): a
 * broken sign-in would otherwise pass as "nothing leaked".
 *
 * <p>The endpoints are read from the handler mappings at run time; {@link #everyEndpointIsSwept} fails, listing
 * them, when one is neither in {@link #SWEEP} nor in {@link #EXEMPT}. To add an endpoint, add one line to SWEEP:
 * {@code on("GET /parks/{park}/x", get("/parks/{B}/x"), get("/parks/{B}/x?q={bName}"))}. Placeholders: {@code {B}}
 * park B's code, {@code {bFirm}} and {@code {bFirm2}} its enterprises' credit codes, {@code {bName}} an enterprise
 * name's prefix, {@code {bUser}} a park-B account.
 */
@H2IntegrationTest
class TenancySweepIntegrationTests {

    /** Endpoints that hold no park's data, each with why. */
    static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("GET /login", "the sign-in page"),
            Map.entry("* /error", "Spring Boot's error page: renders the status of another request"),
            Map.entry("GET /v3/api-docs", "the OpenAPI description: endpoints, not data"),
            Map.entry("GET /v3/api-docs.yaml", "the OpenAPI description: endpoints, not data"),
            Map.entry("GET /v3/api-docs/swagger-config", "the Swagger UI's configuration"),
            Map.entry("GET /swagger-ui.html", "redirects to the Swagger UI's static page"),
            Map.entry(
                    "GET /api/v1/index/frameworks",
                    "the list of built-in indicator frameworks: files shipped with the app"),
            Map.entry("GET /api/v1/imports/templates/assess-input", "an empty template with an invented example row"),
            Map.entry("GET /api/v1/imports/templates/points-input", "an empty template with an invented example row"),
            Map.entry("GET /api/v1/imports/templates/index-input", "an empty template with an invented example row"),
            Map.entry("GET /api/v1/chains", "the list of chain files shipped with the app (and the park's own)"),
            Map.entry("GET /api/v1/chains/{chain}", "a chain file's nodes and edges: shipped data, no park's"),
            Map.entry("GET /api/v1/transfer/templates/{kind}", "an empty template with an invented example row"),
            Map.entry("GET /api/v1/incubation/templates/{kind}", "an empty template with an invented example row"),
            Map.entry("GET /api/v1/talent/templates/{kind}", "an empty template with an invented example row"),
            Map.entry("GET /api/v1/transfer/templates/contracts", "an empty template with an invented example row"));

    static final String TALENT_GROUPS_B = "类型,名称,领衔科学家,依托单位统一社会信用代码,成员人数\n科研团队,哨兵改写团队,某某,{bFirm},3\n";

    static final String TRANSFER_DEMAND_B =
            "需求编号,需求名称,需求描述,企业名称,所属行业,统一社会信用代码\n" + "B-D-1,已改写,已改写,{bFirmName},专用设备制造业,{bFirm}\n";
    static final String CSV_B = "park,key,year,value\nCZHTZ,b_secret_figure,2024,7\n";
    static final String INCUBATION_MOVE = "{\"to\":\"moved_out\",\"date\":\"2026-01-05\",\"reason\":\"spy\"}";
    static final String REPORT = "{\"figures\": {\"employees\": 1}}";
    static final String ACCOUNT_B =
            "{\"username\":\"b-spy\",\"password\":\"Spy-Passw0rd-2025\",\"role\":\"PARK_ANALYST\",\"parkCode\":\"CZHTZ\"}";

    /** A lead that park-A users try to create in park B. */
    static final String PIPELINE_LEAD = "{\"name\":\"常州哨兵新项目\",\"investorName\":\"常州哨兵投资有限公司\"}";

    /** One line per endpoint: the requests that ask for park B's data. */
    static final List<Probe> SWEEP = List.of(
            on("GET /", get("/")),
            on("GET /parks/switch", get("/parks/switch?code={B}")),
            // Console pages
            on("GET /parks/{park}", get("/parks/{B}")),
            on(
                    "GET /parks/{park}/enterprises",
                    get("/parks/{B}/enterprises"),
                    get("/parks/{B}/enterprises?q={bName}"),
                    get("/parks/{B}/enterprises?q={bFirm}")),
            on("GET /parks/{park}/ladder", get("/parks/{B}/ladder")),
            on("GET /parks/{park}/ladder/candidates", get("/parks/{B}/ladder/candidates?scheme=high-tech&year=2024")),
            on("GET /parks/{park}/points", get("/parks/{B}/points")),
            on("GET /parks/{park}/chains", get("/parks/{B}/chains"), get("/parks/{B}/chains?chain=biomedicine")),
            on(
                    "GET /parks/{park}/chains/{chain}/nodes/{node}",
                    get("/parks/{B}/chains/biomedicine/nodes/chemical-drugs")),
            on(
                    "POST /parks/{park}/chains/{chain}/nodes/{node}/decisions",
                    form(
                            "/parks/{B}/chains/biomedicine/nodes/chemical-drugs/decisions",
                            "creditCode",
                            "{bFirm}",
                            "verb",
                            "CONFIRM")),
            on("GET /enterprises/{creditCode}", get("/enterprises/{bFirm}"), get("/enterprises/{bFirm}?year=2024")),
            on(
                    "POST /enterprises/{creditCode}/declared-assessments",
                    json(
                            HttpMethod.POST,
                            "/enterprises/{bFirm}/declared-assessments?year=2024&fact.talentPoints=3",
                            "")),
            on("GET /index", get("/index"), get("/index?park={B}"))
                    .allowing("the index compares every park by design", "{B}", "{parkB}"),
            on("GET /imports", get("/imports")),
            on("POST /imports", upload("/imports", "统一社会信用代码,企业名称,园区\n{bFirm},已改名,{B}\n")),
            // Jobs are their owner's only (ConsolePagesIntegrationTests); a guessed id gives nothing.
            on("GET /imports/jobs/{id}", get("/imports/jobs/00000000-0000-0000-0000-000000000000")),
            on("GET /imports/jobs/{id}/status", get("/imports/jobs/00000000-0000-0000-0000-000000000000/status")),
            on(
                    "GET /imports/jobs/{id}/rejected.xlsx",
                    get("/imports/jobs/00000000-0000-0000-0000-000000000000/rejected.xlsx")),
            // Technology transfer: park B's demand and unshared result (setUp) stay park B's
            on("GET /parks/{park}/transfer", get("/parks/{B}/transfer")),
            on(
                    "POST /parks/{park}/transfer/imports",
                    new Request(
                            HttpMethod.POST,
                            "/parks/{B}/transfer/imports",
                            null,
                            TRANSFER_DEMAND_B,
                            new String[] {"kind", "demands"},
                            true)),
            on("GET /parks/{park}/transfer/demands/{id}", get("/parks/{B}/transfer/demands/B-D-1")),
            on(
                    "GET /parks/{park}/transfer/results/{id}",
                    get("/parks/{B}/transfer/results/B-R-1"),
                    get("/parks/{B}/transfer/results/B-R-1?owner={B}")),
            on("GET /parks/{park}/transfer/lists/{kind}", get("/parks/{B}/transfer/lists/results")),
            on("GET /api/v1/parks/{code}/transfer", get("/api/v1/parks/{B}/transfer")),
            on("GET /api/v1/parks/{code}/transfer/results", get("/api/v1/parks/{B}/transfer/results")),
            on("GET /api/v1/parks/{code}/transfer/experts", get("/api/v1/parks/{B}/transfer/experts")),
            on("GET /api/v1/parks/{code}/transfer/instruments", get("/api/v1/parks/{B}/transfer/instruments")),
            on("GET /api/v1/parks/{code}/transfer/demands", get("/api/v1/parks/{B}/transfer/demands")),
            on(
                    "GET /api/v1/parks/{code}/transfer/demands/{id}/matches",
                    get("/api/v1/parks/{B}/transfer/demands/B-D-1/matches")),
            on(
                    "GET /api/v1/parks/{code}/transfer/results/{id}/enterprises",
                    get("/api/v1/parks/{B}/transfer/results/B-R-1/enterprises"),
                    get("/api/v1/parks/CCHTZ/transfer/results/B-R-1/enterprises?owner={B}")),
            on(
                    "POST /api/v1/parks/{code}/transfer/imports/{kind}",
                    upload("/api/v1/parks/{B}/transfer/imports/demands", TRANSFER_DEMAND_B)),
            on(
                    "POST /api/v1/parks/{code}/transfer/reindex",
                    json(HttpMethod.POST, "/api/v1/parks/{B}/transfer/reindex", "")),
            // Technology contracts: park B's registered contracts stay park B's
            on("GET /parks/{park}/transfer/contracts", get("/parks/{B}/transfer/contracts")),
            on(
                    "POST /parks/{park}/transfer/contracts/imports",
                    new Request(
                            HttpMethod.POST,
                            "/parks/{B}/transfer/contracts/imports",
                            null,
                            TRANSFER_DEMAND_B,
                            new String[] {},
                            true)),
            on("GET /api/v1/parks/{code}/transfer/contracts", get("/api/v1/parks/{B}/transfer/contracts")),
            on(
                    "GET /api/v1/parks/{code}/transfer/contracts/statistics",
                    get("/api/v1/parks/{B}/transfer/contracts/statistics")),
            on(
                    "POST /api/v1/parks/{code}/transfer/contracts/imports",
                    upload("/api/v1/parks/{B}/transfer/contracts/imports", TRANSFER_DEMAND_B)),
            // 挂牌交易: park B's listing of its unshared result, its enterprise's intent and its notifications (setUp)
            on(
                    "GET /parks/{park}/transfer/listings",
                    get("/parks/{B}/transfer/listings"),
                    get("/parks/{B}/transfer/listings?q=b_secret"),
                    get("/parks/CCHTZ/transfer/listings?origin=shared")),
            on(
                    "POST /parks/{park}/transfer/listings",
                    form("/parks/{B}/transfer/listings", "resultNo", "B-R-1"),
                    form("/parks/CCHTZ/transfer/listings", "resultNo", "B-R-1")),
            on(
                    "GET /parks/{park}/transfer/listings/{id}",
                    get("/parks/{B}/transfer/listings/{bListing}"),
                    get("/parks/CCHTZ/transfer/listings/{bListing}")),
            on(
                    "POST /parks/{park}/transfer/listings/{id}/intents",
                    form("/parks/{B}/transfer/listings/{bListing}/intents", "creditCode", "{bFirm}", "contact", "某"),
                    form("/parks/CCHTZ/transfer/listings/{bListing}/intents", "creditCode", "{bFirm}", "contact", "某")),
            on(
                    "POST /parks/{park}/transfer/listings/{id}/moves",
                    form("/parks/{B}/transfer/listings/{bListing}/moves", "move", "DELIST"),
                    form("/parks/CCHTZ/transfer/listings/{bListing}/moves", "move", "DELIST")),
            on("GET /parks/{park}/transfer/notifications", get("/parks/{B}/transfer/notifications")),
            on("POST /parks/{park}/transfer/notifications/read", form("/parks/{B}/transfer/notifications/read")),
            on(
                    "GET /api/v1/parks/{code}/transfer/listings",
                    get("/api/v1/parks/{B}/transfer/listings"),
                    get("/api/v1/parks/CCHTZ/transfer/listings?q=b_secret")),
            on(
                    "POST /api/v1/parks/{code}/transfer/listings",
                    json(HttpMethod.POST, "/api/v1/parks/{B}/transfer/listings", "{\"resultNo\":\"B-R-1\"}"),
                    json(HttpMethod.POST, "/api/v1/parks/CCHTZ/transfer/listings", "{\"resultNo\":\"B-R-1\"}")),
            on(
                    "GET /api/v1/parks/{code}/transfer/listings/{id}",
                    get("/api/v1/parks/{B}/transfer/listings/{bListing}"),
                    get("/api/v1/parks/CCHTZ/transfer/listings/{bListing}")),
            on(
                    "POST /api/v1/parks/{code}/transfer/listings/{id}/intents",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/CCHTZ/transfer/listings/{bListing}/intents",
                            "{\"creditCode\":\"{bFirm}\",\"contact\":\"某\"}")),
            on(
                    "POST /api/v1/parks/{code}/transfer/listings/{id}/moves",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/{B}/transfer/listings/{bListing}/moves",
                            "{\"move\":\"REJECT\",\"intentId\":{bIntent}}"),
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/CCHTZ/transfer/listings/{bListing}/moves",
                            "{\"move\":\"DELIST\"}")),
            on("GET /api/v1/parks/{code}/transfer/notifications", get("/api/v1/parks/{B}/transfer/notifications")),
            on(
                    "POST /api/v1/parks/{code}/transfer/notifications/read",
                    json(HttpMethod.POST, "/api/v1/parks/{B}/transfer/notifications/read", "")),
            // 企业用户's technology transfer: only its own enterprise's demands and intents; park B's demand, listing of
            // an unshared result and intent (setUp) stay park B's; a credit code in the body is not the intent's firm
            on("GET /my/transfer/demands", get("/my/transfer/demands")),
            on(
                    "POST /my/transfer/demands",
                    form("/my/transfer/demands", "name", "哨兵需求", "creditCode", "{bFirm}", "industry", "x")),
            on("GET /my/transfer/demands/{id}", get("/my/transfer/demands/B-D-1")),
            on(
                    "POST /my/transfer/demands/{id}",
                    form("/my/transfer/demands/B-D-1", "name", "已改写", "description", "已改写", "industry", "x")),
            on("POST /my/transfer/demands/{id}/close", form("/my/transfer/demands/B-D-1/close")),
            on("GET /my/transfer/listings", get("/my/transfer/listings"), get("/my/transfer/listings?q=b_secret")),
            on("GET /my/transfer/listings/{id}", get("/my/transfer/listings/{bListing}")),
            on(
                    "POST /my/transfer/listings/{id}/intents",
                    form("/my/transfer/listings/{bListing}/intents", "contact", "某", "creditCode", "{bFirm}")),
            on(
                    "POST /my/transfer/listings/{id}/intents/{intent}/withdraw",
                    form("/my/transfer/listings/{bListing}/intents/{bIntent}/withdraw")),
            on("GET /my/transfer/intents", get("/my/transfer/intents")),
            on("GET /api/v1/my/transfer/demands", get("/api/v1/my/transfer/demands")),
            on(
                    "POST /api/v1/my/transfer/demands",
                    json(
                            HttpMethod.POST,
                            "/api/v1/my/transfer/demands",
                            "{\"name\":\"哨兵需求\",\"industry\":\"x\",\"creditCode\":\"{bFirm}\"}")),
            on("GET /api/v1/my/transfer/demands/{id}", get("/api/v1/my/transfer/demands/B-D-1")),
            on(
                    "PUT /api/v1/my/transfer/demands/{id}",
                    json(
                            HttpMethod.PUT,
                            "/api/v1/my/transfer/demands/B-D-1",
                            "{\"name\":\"已改写\",\"description\":\"已改写\",\"industry\":\"x\"}")),
            on(
                    "POST /api/v1/my/transfer/demands/{id}/close",
                    json(HttpMethod.POST, "/api/v1/my/transfer/demands/B-D-1/close", "")),
            on("GET /api/v1/my/transfer/listings", get("/api/v1/my/transfer/listings")),
            on("GET /api/v1/my/transfer/listings/{id}", get("/api/v1/my/transfer/listings/{bListing}")),
            on(
                    "POST /api/v1/my/transfer/listings/{id}/intents",
                    json(
                            HttpMethod.POST,
                            "/api/v1/my/transfer/listings/{bListing}/intents",
                            "{\"contact\":\"某\",\"creditCode\":\"{bFirm}\"}")),
            on(
                    "POST /api/v1/my/transfer/listings/{id}/intents/{intent}/withdraw",
                    json(HttpMethod.POST, "/api/v1/my/transfer/listings/{bListing}/intents/{bIntent}/withdraw", "")),
            on("GET /api/v1/my/transfer/intents", get("/api/v1/my/transfer/intents")),
            on("GET /api/v1/my/transfer/notifications", get("/api/v1/my/transfer/notifications")),
            // Registry
            on("GET /api/v1/parks", get("/api/v1/parks")),
            on("GET /api/v1/parks/{code}", get("/api/v1/parks/{B}")),
            on(
                    "GET /api/v1/enterprises",
                    get("/api/v1/enterprises"),
                    get("/api/v1/enterprises?park={B}"),
                    get("/api/v1/enterprises?q={bName}"),
                    get("/api/v1/enterprises?q={bFirm}"),
                    get("/api/v1/enterprises?q=%25&size=500")),
            on("GET /api/v1/enterprises/{creditCode}", get("/api/v1/enterprises/{bFirm}")),
            on("GET /api/v1/enterprises/{creditCode}/reports", get("/api/v1/enterprises/{bFirm}/reports")),
            on("GET /api/v1/enterprises/{creditCode}/reports/{year}", get("/api/v1/enterprises/{bFirm}/reports/2024")),
            on(
                    "PUT /api/v1/enterprises/{creditCode}/reports/{year}",
                    json(HttpMethod.PUT, "/api/v1/enterprises/{bFirm}/reports/2024", REPORT)),
            on("GET /enterprises/{creditCode}/reports/{year}/edit", get("/enterprises/{bFirm}/reports/2024/edit")),
            on("GET /enterprises/{creditCode}/monthly-reports/edit", get("/enterprises/{bFirm}/monthly-reports/edit")),
            on(
                    "GET /enterprises/{creditCode}/monthly-reports/{period}/edit",
                    get("/enterprises/{bFirm}/monthly-reports/2025-01/edit")),
            on(
                    "POST /enterprises/{creditCode}/monthly-reports/{period}/edit",
                    form("/enterprises/{bFirm}/monthly-reports/2025-01/edit", "revenue", "1")),
            on(
                    "POST /enterprises/{creditCode}/reports/{year}/edit",
                    form("/enterprises/{bFirm}/reports/2024/edit", "employees", "1")),
            // Ladder
            on("GET /api/v1/enterprises/{creditCode}/assessments", get("/api/v1/enterprises/{bFirm}/assessments")),
            on("GET /api/v1/parks/{code}/ladder", get("/api/v1/parks/{B}/ladder")),
            on(
                    "GET /api/v1/enterprises/{creditCode}/declared-assessments/{year}",
                    get("/api/v1/enterprises/{bFirm}/declared-assessments/2024")),
            on(
                    "PUT /api/v1/enterprises/{creditCode}/declared-assessments/{year}",
                    json(
                            HttpMethod.PUT,
                            "/api/v1/enterprises/{bFirm}/declared-assessments/2024",
                            "{\"facts\": {\"talentPoints\": 3}}")),
            on(
                    "GET /api/v1/enterprises/{creditCode}/credit-records",
                    get("/api/v1/enterprises/{bFirm}/credit-records")),
            on(
                    "POST /api/v1/enterprises/{creditCode}/credit-records",
                    json(
                            HttpMethod.POST,
                            "/api/v1/enterprises/{bFirm}/credit-records",
                            "{\"type\": \"行政处罚\", \"referenceNo\": \"spy-1\", \"date\": \"2024-01-01\","
                                    + " \"source\": \"spy\"}")),
            on(
                    "DELETE /api/v1/enterprises/{creditCode}/credit-records",
                    json(
                            HttpMethod.DELETE,
                            "/api/v1/enterprises/{bFirm}/credit-records?type=ADMINISTRATIVE_PENALTY&referenceNo=b-1",
                            "")),
            on("GET /api/v1/parks/{code}/credit-coverage", get("/api/v1/parks/{B}/credit-coverage")),
            on(
                    "PUT /api/v1/parks/{code}/credit-coverage/{type}",
                    json(
                            HttpMethod.PUT,
                            "/api/v1/parks/{B}/credit-coverage/ABNORMAL_OPERATION",
                            "{\"completeSince\": \"2020-01-01\", \"completeThrough\": \"2024-12-31\","
                                    + " \"source\": \"spy\"}")),
            on(
                    "DELETE /api/v1/parks/{code}/credit-coverage/{type}",
                    json(HttpMethod.DELETE, "/api/v1/parks/{B}/credit-coverage/ABNORMAL_OPERATION", "")),
            on("GET /api/v1/parks/{code}/candidates", get("/api/v1/parks/{B}/candidates?scheme=tech-sme-2017")),
            on(
                    "GET /api/v1/parks/{code}/assessments.xlsx",
                    get("/api/v1/parks/{B}/assessments.xlsx?scheme=tech-sme-2017")),
            // Points
            on("GET /api/v1/parks/{code}/points", get("/api/v1/parks/{B}/points")),
            on(
                    "GET /api/v1/parks/{code}/chains/{chain}/coverage",
                    get("/api/v1/parks/{B}/chains/biomedicine/coverage")),
            on(
                    "GET /api/v1/parks/{code}/chains/{chain}/nodes/{node}/enterprises",
                    get("/api/v1/parks/{B}/chains/biomedicine/nodes/chemical-drugs/enterprises")),
            on("GET /api/v1/parks/{code}/chains/{chain}/targets", get("/api/v1/parks/{B}/chains/biomedicine/targets")),
            on(
                    "GET /api/v1/parks/{code}/chains/{chain}/targets.xlsx",
                    get("/api/v1/parks/{B}/chains/biomedicine/targets.xlsx")),
            on(
                    "PUT /api/v1/parks/{code}/chains/{chain}/mappings/{creditCode}/{node}",
                    json(
                            HttpMethod.PUT,
                            "/api/v1/parks/{B}/chains/biomedicine/mappings/{bFirm}/chemical-drugs",
                            "{\"verb\":\"ADD\"}")),
            on(
                    "DELETE /api/v1/parks/{code}/chains/{chain}/mappings/{creditCode}/{node}",
                    json(
                            HttpMethod.DELETE,
                            "/api/v1/parks/{B}/chains/biomedicine/mappings/{bFirm}/chemical-drugs",
                            "")),
            on("GET /api/v1/enterprises/{creditCode}/points", get("/api/v1/enterprises/{bFirm}/points")),
            on("GET /api/v1/parks/{code}/points/bank-list.xlsx", get("/api/v1/parks/{B}/points/bank-list.xlsx")),
            on(
                    "GET /api/v1/enterprises/{creditCode}/points-consent",
                    get("/api/v1/enterprises/{bFirm}/points-consent")),
            on(
                    "PUT /api/v1/enterprises/{creditCode}/points-consent",
                    json(HttpMethod.PUT, "/api/v1/enterprises/{bFirm2}/points-consent", "")),
            on(
                    "DELETE /api/v1/enterprises/{creditCode}/points-consent",
                    json(HttpMethod.DELETE, "/api/v1/enterprises/{bFirm}/points-consent", "")),
            // Index: every park's index and profile are published to every park by design, enterprises never.
            on("GET /api/v1/index/{framework}", get("/api/v1/index/national-htz-2021"))
                    .allowing("the index compares every park by design", "{B}", "{parkB}"),
            on("GET /api/v1/index/{framework}/parks/{code}", get("/api/v1/index/national-htz-2021/parks/{B}"))
                    .allowing("a park's index profile is published to every park by design", "{B}", "{parkB}"),
            on("GET /api/v1/index/figures", get("/api/v1/index/figures"), get("/api/v1/index/figures?park={B}")),
            on("PUT /api/v1/index/figures", text(HttpMethod.PUT, "/api/v1/index/figures", "text/csv", CSV_B)),
            // Imports and exports
            on("POST /api/v1/imports", upload("/api/v1/imports", "统一社会信用代码,企业名称,园区\n{bFirm},已改名,{B}\n")),
            on("GET /api/v1/imports", get("/api/v1/imports?limit=1000")),
            on("GET /api/v1/imports/templates/{table}", get("/api/v1/imports/templates/enterprise")),
            on(
                    "GET /api/v1/exports/{table}",
                    get("/api/v1/exports/enterprise"),
                    get("/api/v1/exports/enterprise?park={B}"),
                    get("/api/v1/exports/annual_report?park={B}")),
            // Accounts and audit
            on("GET /api/v1/users", get("/api/v1/users")),
            on("GET /api/v1/users/{username}", get("/api/v1/users/{bUser}")),
            on("POST /api/v1/users", json(HttpMethod.POST, "/api/v1/users", ACCOUNT_B)),
            on(
                    "PUT /api/v1/users/{username}/role",
                    json(
                            HttpMethod.PUT,
                            "/api/v1/users/{bUser}/role",
                            "{\"role\":\"PARK_ADMIN\",\"parkCode\":\"{B}\"}")),
            on(
                    "PUT /api/v1/users/{username}/enabled",
                    json(HttpMethod.PUT, "/api/v1/users/{bUser}/enabled", "{\"enabled\":false}")),
            on(
                    "PUT /api/v1/users/{username}/password",
                    json(HttpMethod.PUT, "/api/v1/users/{bUser}/password", "{\"password\":\"Spy-Passw0rd-2025\"}")),
            on("DELETE /api/v1/users/{username}/lock", json(HttpMethod.DELETE, "/api/v1/users/{bUser}/lock", "")),
            on(
                    "PUT /api/v1/account/password",
                    json(
                            HttpMethod.PUT,
                            "/api/v1/account/password",
                            "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}")),
            on("GET /api/v1/audit", get("/api/v1/audit"), get("/api/v1/audit?user={bUser}&size=500")),
            on("GET /admin/users", get("/admin/users")),
            on("GET /admin/users/{username}", get("/admin/users/{bUser}")),
            on(
                    "POST /admin/users",
                    form(
                            "/admin/users",
                            "username",
                            "b-spy2",
                            "password",
                            "Spy-Passw0rd-2025",
                            "role",
                            "PARK_ANALYST",
                            "parkCode",
                            "{B}")),
            on("POST /admin/users/{username}/role", form("/admin/users/{bUser}/role", "role", "PARK_ADMIN")),
            on("POST /admin/users/{username}/enabled", form("/admin/users/{bUser}/enabled", "enabled", "false")),
            on(
                    "POST /admin/users/{username}/password",
                    form("/admin/users/{bUser}/password", "password", "Spy-Passw0rd-2025")),
            on("POST /admin/users/{username}/unlock", form("/admin/users/{bUser}/unlock")),
            on("GET /admin/audit", get("/admin/audit"), get("/admin/audit?user={bUser}")),
            on("GET /account/password", get("/account/password")),
            on("POST /account/password", form("/account/password", "currentPassword", "x")),
            // Reports
            on("GET /parks/{park}/reports", get("/parks/{B}/reports")),
            on("GET /api/v1/parks/{code}/reports", get("/api/v1/parks/{B}/reports")),
            on("GET /api/v1/parks/{code}/reports/history", get("/api/v1/parks/{B}/reports/history")),
            on("GET /api/v1/parks/{code}/reports/schedules", get("/api/v1/parks/{B}/reports/schedules")),
            on(
                    "POST /api/v1/parks/{code}/reports/schedules",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/{B}/reports/schedules",
                            "{\"templateId\":\"annual-bulletin\",\"format\":\"pdf\",\"cadence\":\"MONTHLY\",\"day\":1}")),
            on(
                    "DELETE /api/v1/parks/{code}/reports/schedules/{id}",
                    json(HttpMethod.DELETE, "/api/v1/parks/{B}/reports/schedules/1", "")),
            on("GET /api/v1/parks/{code}/reports/issued/{id}", get("/api/v1/parks/{B}/reports/issued/1")),
            on(
                    "POST /parks/{park}/reports/schedules",
                    form(
                            "/parks/{B}/reports/schedules",
                            "templateId",
                            "annual-bulletin",
                            "format",
                            "pdf",
                            "cadence",
                            "MONTHLY",
                            "day",
                            "1")),
            on("POST /parks/{park}/reports/schedules/{id}/delete", form("/parks/{B}/reports/schedules/1/delete")),
            on(
                    "GET /api/v1/parks/{code}/reports/{template}",
                    get("/api/v1/parks/{B}/reports/annual-bulletin?format=json"),
                    get("/api/v1/parks/{B}/reports/annual-bulletin?year=2024&format=xlsx")),
            // Pipeline (招商项目库)
            on(
                    "GET /parks/{park}/pipeline",
                    get("/parks/{B}/pipeline"),
                    get("/parks/{B}/pipeline?view=pool"),
                    get("/parks/{B}/pipeline?view=mine")),
            on("POST /parks/{park}/pipeline/projects", form("/parks/{B}/pipeline/projects", "name", "常州哨兵新项目")),
            on("GET /parks/{park}/pipeline/projects/{no}", get("/parks/{B}/pipeline/projects/{bProject}")),
            on(
                    "POST /parks/{park}/pipeline/projects/{no}/transitions",
                    form("/parks/{B}/pipeline/projects/{bProject}/transitions", "to", "contact", "date", "2026-01-05")),
            on(
                    "POST /parks/{park}/pipeline/projects/{no}/follow-ups",
                    form(
                            "/parks/{B}/pipeline/projects/{bProject}/follow-ups",
                            "kind",
                            "call",
                            "date",
                            "2026-01-05",
                            "note",
                            "x")),
            on(
                    "POST /parks/{park}/pipeline/projects/{no}/problems",
                    form("/parks/{B}/pipeline/projects/{bProject}/problems", "description", "x", "solver", "y")),
            on(
                    "POST /parks/{park}/pipeline/projects/{no}/problems/{id}",
                    form("/parks/{B}/pipeline/projects/{bProject}/problems/1", "resolution", "x")),
            on(
                    "POST /parks/{park}/pipeline/projects/{no}/funds",
                    form("/parks/{B}/pipeline/projects/{bProject}/funds", "date", "2026-01-05", "amountYi", "1")),
            on(
                    "POST /parks/{park}/pipeline/projects/{no}/owners",
                    form("/parks/{B}/pipeline/projects/{bProject}/owners", "owner", "")),
            on("POST /parks/{park}/pipeline/projects/{no}/take", form("/parks/{B}/pipeline/projects/{bProject}/take")),
            on(
                    "GET /parks/{park}/pipeline/funnel",
                    get("/parks/{B}/pipeline/funnel"),
                    get("/parks/{B}/pipeline/funnel?year=2026")),
            on("GET /api/v1/parks/{code}/pipeline/projects", get("/api/v1/parks/{B}/pipeline/projects")),
            on(
                    "POST /api/v1/parks/{code}/pipeline/projects",
                    json(HttpMethod.POST, "/api/v1/parks/{B}/pipeline/projects", PIPELINE_LEAD)),
            on("GET /api/v1/parks/{code}/pipeline/pool", get("/api/v1/parks/{B}/pipeline/pool")),
            on("GET /api/v1/parks/{code}/pipeline/mine", get("/api/v1/parks/{B}/pipeline/mine")),
            on(
                    "GET /api/v1/parks/{code}/pipeline/projects/{no}",
                    get("/api/v1/parks/{B}/pipeline/projects/{bProject}")),
            on(
                    "POST /api/v1/parks/{code}/pipeline/projects/{no}/transitions",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/{B}/pipeline/projects/{bProject}/transitions",
                            "{\"to\":\"contact\",\"date\":\"2026-01-05\"}")),
            on(
                    "POST /api/v1/parks/{code}/pipeline/projects/{no}/follow-ups",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/{B}/pipeline/projects/{bProject}/follow-ups",
                            "{\"kind\":\"call\",\"date\":\"2026-01-05\",\"note\":\"x\"}")),
            on(
                    "POST /api/v1/parks/{code}/pipeline/projects/{no}/problems",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/{B}/pipeline/projects/{bProject}/problems",
                            "{\"description\":\"x\",\"solver\":\"y\"}")),
            on(
                    "PUT /api/v1/parks/{code}/pipeline/projects/{no}/problems/{id}",
                    json(
                            HttpMethod.PUT,
                            "/api/v1/parks/{B}/pipeline/projects/{bProject}/problems/1",
                            "{\"resolution\":\"x\"}")),
            on(
                    "POST /api/v1/parks/{code}/pipeline/projects/{no}/funds",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/{B}/pipeline/projects/{bProject}/funds",
                            "{\"date\":\"2026-01-05\",\"amountYi\":1}")),
            on(
                    "PUT /api/v1/parks/{code}/pipeline/projects/{no}/owners",
                    json(HttpMethod.PUT, "/api/v1/parks/{B}/pipeline/projects/{bProject}/owners", "{\"owner\":null}")),
            on(
                    "POST /api/v1/parks/{code}/pipeline/projects/{no}/take",
                    json(HttpMethod.POST, "/api/v1/parks/{B}/pipeline/projects/{bProject}/take", "")),
            on("GET /api/v1/parks/{code}/pipeline/funnel", get("/api/v1/parks/{B}/pipeline/funnel?year=2026")),
            on(
                    "GET /api/v1/parks/{code}/pipeline/funnel.xlsx",
                    get("/api/v1/parks/{B}/pipeline/funnel.xlsx?year=2026")),
            // Monitoring (issue 17): monthly reports, alerts, cases and their workflow
            on(
                    "GET /api/v1/enterprises/{creditCode}/monthly-reports",
                    get("/api/v1/enterprises/{bFirm}/monthly-reports")),
            on(
                    "PUT /api/v1/enterprises/{creditCode}/monthly-reports/{period}",
                    json(
                            HttpMethod.PUT,
                            "/api/v1/enterprises/{bFirm}/monthly-reports/2025-01",
                            "{\"figures\": {\"revenue\": 1}}")),
            on("GET /api/v1/parks/{code}/monitor/cases", get("/api/v1/parks/{B}/monitor/cases?open=false")),
            on(
                    "GET /api/v1/parks/{code}/monitor/cases/{id}",
                    get("/api/v1/parks/{B}/monitor/cases/{bCase}"),
                    get("/api/v1/parks/CCHTZ/monitor/cases/{bCase}")),
            on(
                    "POST /api/v1/parks/{code}/monitor/cases/{id}/{action}",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/{B}/monitor/cases/{bCase}/assign",
                            "{\"officer\":\"b-analyst\"}"),
                    json(HttpMethod.POST, "/api/v1/parks/CCHTZ/monitor/cases/{bCase}/reopen", "{\"notes\":\"spy\"}")),
            on("GET /api/v1/parks/{code}/monitor/alerts", get("/api/v1/parks/{B}/monitor/alerts")),
            on("GET /api/v1/parks/{code}/monitor/rules", get("/api/v1/parks/{B}/monitor/rules")),
            on("POST /api/v1/parks/{code}/monitor/scan", json(HttpMethod.POST, "/api/v1/parks/{B}/monitor/scan", "")),
            on("GET /api/v1/enterprises/{creditCode}/monitor", get("/api/v1/enterprises/{bFirm}/monitor")),
            on("GET /parks/{park}/monitor", get("/parks/{B}/monitor")),
            on(
                    "GET /parks/{park}/monitor/cases/{id}",
                    get("/parks/{B}/monitor/cases/{bCase}"),
                    get("/parks/CCHTZ/monitor/cases/{bCase}")),
            on(
                    "POST /parks/{park}/monitor/cases/{id}/{action}",
                    form("/parks/{B}/monitor/cases/{bCase}/assign", "officer", "b-analyst"),
                    form("/parks/CCHTZ/monitor/cases/{bCase}/reopen", "notes", "spy")),
            on("POST /parks/{park}/monitor/scan", form("/parks/{B}/monitor/scan")),
            // Bulletins (公报情报): park B's bulletin 987654 with its fact 987655
            on("GET /parks/{park}/bulletins", get("/parks/{B}/bulletins")),
            on("POST /parks/{park}/bulletins", upload("/parks/{B}/bulletins", "{B} 哨兵公报:高新技术企业100家。")),
            on(
                    "GET /parks/{park}/bulletins/{id}",
                    get("/parks/{B}/bulletins/987654"),
                    get("/parks/CCHTZ/bulletins/987654")),
            on(
                    "POST /parks/{park}/bulletins/{id}/facts/{fact}",
                    form("/parks/{B}/bulletins/987654/facts/987655", "verb", "reject"),
                    form("/parks/CCHTZ/bulletins/987654/facts/987655", "verb", "reject")),
            on("GET /parks/{park}/bulletins/peers", get("/parks/{B}/bulletins/peers?all=true")),
            on("POST /api/v1/parks/{code}/bulletins", upload("/api/v1/parks/{B}/bulletins", "哨兵公报:高新技术企业100家。")),
            on("GET /api/v1/parks/{code}/bulletins", get("/api/v1/parks/{B}/bulletins")),
            on(
                    "GET /api/v1/parks/{code}/bulletins/{id}",
                    get("/api/v1/parks/{B}/bulletins/987654"),
                    get("/api/v1/parks/CCHTZ/bulletins/987654")),
            on(
                    "PUT /api/v1/parks/{code}/bulletins/{id}/facts/{fact}/review",
                    json(
                            HttpMethod.PUT,
                            "/api/v1/parks/{B}/bulletins/987654/facts/987655/review",
                            "{\"verb\":\"reject\"}"),
                    json(
                            HttpMethod.PUT,
                            "/api/v1/parks/CCHTZ/bulletins/987654/facts/987655/review",
                            "{\"verb\":\"reject\"}")),
            on("GET /api/v1/parks/{code}/bulletins/peers", get("/api/v1/parks/{B}/bulletins/peers?all=true")),
            on("GET /api/v1/parks/{code}/bulletins/peers.xlsx", get("/api/v1/parks/{B}/bulletins/peers.xlsx?all=true")),
            // incubation
            on(
                    "GET /parks/{park}/incubation",
                    get("/parks/{B}/incubation"),
                    get("/parks/{B}/incubation?asOf=2025-06-30")),
            on(
                    "GET /parks/{park}/incubation/carriers/{carrier}",
                    get("/parks/{B}/incubation/carriers/{bCarrier}"),
                    get("/parks/CCHTZ/incubation/carriers/{bCarrier}")),
            on(
                    "POST /parks/{park}/incubation/carriers/{carrier}/tenancies/{id}",
                    form(
                            "/parks/{B}/incubation/carriers/{bCarrier}/tenancies/{bTenancy}",
                            "to",
                            "moved_out",
                            "date",
                            "2026-01-05",
                            "reason",
                            "spy"),
                    form(
                            "/parks/CCHTZ/incubation/carriers/{bCarrier}/tenancies/{bTenancy}",
                            "to",
                            "moved_out",
                            "date",
                            "2026-01-05",
                            "reason",
                            "spy")),
            on("GET /parks/{park}/incubation/survey", get("/parks/{B}/incubation/survey?year=2025")),
            on("GET /api/v1/parks/{code}/incubation", get("/api/v1/parks/{B}/incubation")),
            on(
                    "GET /api/v1/parks/{code}/incubation/carriers/{carrier}",
                    get("/api/v1/parks/{B}/incubation/carriers/{bCarrier}"),
                    get("/api/v1/parks/CCHTZ/incubation/carriers/{bCarrier}")),
            on(
                    "POST /api/v1/parks/{code}/incubation/tenancies/{id}/transitions",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/{B}/incubation/tenancies/{bTenancy}/transitions",
                            INCUBATION_MOVE),
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/CCHTZ/incubation/tenancies/{bTenancy}/transitions",
                            INCUBATION_MOVE)),
            on(
                    "PUT /api/v1/parks/{code}/incubation/carriers/{carrier}/profile",
                    json(
                            HttpMethod.PUT,
                            "/api/v1/parks/{B}/incubation/carriers/{bCarrier}/profile",
                            "{\"variant\":\"specialised\"}")),
            on(
                    "POST /api/v1/parks/{code}/incubation/imports/{kind}",
                    upload(
                            "/api/v1/parks/{B}/incubation/imports/tenancies",
                            "载体名称,统一社会信用代码,状态,注销日期,注销原因\n{bCarrier},{bFirm},注销,2026-01-05,x\n")),
            on("GET /api/v1/parks/{code}/incubation/survey", get("/api/v1/parks/{B}/incubation/survey?year=2025")),
            on(
                    "GET /api/v1/parks/{code}/incubation/survey.xlsx",
                    get("/api/v1/parks/{B}/incubation/survey.xlsx?year=2025")),
            on("GET /api/v1/enterprises/{creditCode}/incubation", get("/api/v1/enterprises/{bFirm}/incubation")),
            // 人才服务: park B's talent b_secret_talent, group b_secret_group and request 910001 (b_secret_request)
            on("GET /api/v1/parks/{code}/talent/stats", get("/api/v1/parks/{B}/talent/stats")),
            on("GET /api/v1/parks/{code}/talent/people", get("/api/v1/parks/{B}/talent/people?q=b_secret")),
            on("GET /api/v1/parks/{code}/talent/groups", get("/api/v1/parks/{B}/talent/groups")),
            on(
                    "POST /api/v1/parks/{code}/talent/imports/{kind}",
                    upload("/api/v1/parks/{B}/talent/imports/groups", TALENT_GROUPS_B)),
            on("GET /api/v1/parks/{code}/talent/requests", get("/api/v1/parks/{B}/talent/requests?open=false")),
            on(
                    "POST /api/v1/parks/{code}/talent/requests",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/{B}/talent/requests",
                            "{\"creditCode\":\"{bFirm}\",\"type\":\"人才公寓\",\"subject\":\"spy\",\"body\":\"spy\"}")),
            on(
                    "GET /api/v1/parks/{code}/talent/requests/{id}",
                    get("/api/v1/parks/{B}/talent/requests/{bRequest}"),
                    get("/api/v1/parks/CCHTZ/talent/requests/{bRequest}")),
            on(
                    "POST /api/v1/parks/{code}/talent/requests/{id}/{action}",
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/{B}/talent/requests/{bRequest}/assign",
                            "{\"assignee\":\"b-analyst\"}"),
                    json(
                            HttpMethod.POST,
                            "/api/v1/parks/CCHTZ/talent/requests/{bRequest}/reject",
                            "{\"notes\":\"spy\"}")),
            on("GET /api/v1/enterprises/{creditCode}/talent", get("/api/v1/enterprises/{bFirm}/talent")),
            on("GET /parks/{park}/talent", get("/parks/{B}/talent"), get("/parks/{B}/talent?all=true&q=b_secret")),
            on(
                    "POST /parks/{park}/talent/imports",
                    new Request(
                            HttpMethod.POST,
                            "/parks/{B}/talent/imports",
                            null,
                            TALENT_GROUPS_B,
                            new String[] {"kind", "groups"},
                            true)),
            on(
                    "POST /parks/{park}/talent/requests",
                    form(
                            "/parks/{B}/talent/requests",
                            "creditCode",
                            "{bFirm}",
                            "type",
                            "housing",
                            "subject",
                            "spy",
                            "body",
                            "spy")),
            on(
                    "GET /parks/{park}/talent/requests/{id}",
                    get("/parks/{B}/talent/requests/{bRequest}"),
                    get("/parks/CCHTZ/talent/requests/{bRequest}")),
            on(
                    "POST /parks/{park}/talent/requests/{id}/{action}",
                    form("/parks/{B}/talent/requests/{bRequest}/assign", "assignee", "b-analyst"),
                    form("/parks/CCHTZ/talent/requests/{bRequest}/reject", "notes", "spy")),
            // 专利导航: park B's patent b_secret_patent and its uncertain link 920001
            on(
                    "POST /api/v1/parks/{code}/patents/imports",
                    upload(
                            "/api/v1/parks/{B}/patents/imports",
                            "公开(公告)号,申请日,主分类号,名称,申请人\nCN920001A,2023-01-02,H02S 40/32,已改写,{bFirmName}\n")),
            on(
                    "GET /api/v1/parks/{code}/patents",
                    get("/api/v1/parks/{B}/patents"),
                    get("/api/v1/parks/{B}/patents?chain=photovoltaic")),
            on(
                    "GET /api/v1/parks/{code}/patents/landscape",
                    get("/api/v1/parks/{B}/patents/landscape?chain=photovoltaic")),
            on("GET /api/v1/parks/{code}/patents/peers", get("/api/v1/parks/{B}/patents/peers?chain=photovoltaic")),
            on(
                    "GET /api/v1/parks/{code}/patents/links",
                    get("/api/v1/parks/{B}/patents/links"),
                    get("/api/v1/parks/{B}/patents/links?status=all")),
            on(
                    "POST /api/v1/parks/{code}/patents/links/{id}/{action}",
                    json(HttpMethod.POST, "/api/v1/parks/{B}/patents/links/{bLink}/confirm", "{}"),
                    json(HttpMethod.POST, "/api/v1/parks/CCHTZ/patents/links/{bLink}/reject", "{}")),
            on("GET /parks/{park}/patents", get("/parks/{B}/patents"), get("/parks/{B}/patents?chain=photovoltaic")),
            on(
                    "POST /parks/{park}/patents/links/{id}/{action}",
                    form("/parks/{B}/patents/links/{bLink}/confirm"),
                    form("/parks/CCHTZ/patents/links/{bLink}/reject")));

    /** The park-A users who ask. */
    static final List<String> ASKERS = List.of("a-analyst", "a-admin", "a-firm", "a-bank");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext context;

    TwoParks parks;

    /** Placeholder → park B's value; every value is a sentinel that must not appear in an answer. */
    final Map<String, String> b = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        jdbc.update("DELETE FROM pipeline_project");
        parks = new TwoParks(jdbc, store, accounts);
        jdbc.update("INSERT INTO attraction_project (project_no, park_code, name, investor_name, stage, lead_date)"
                + " VALUES ('CZHTZ-SENTINEL-1', 'CZHTZ', '常州哨兵招商项目', '常州哨兵投资方有限公司', 'LEAD', DATE '2026-01-02')");
        jdbc.update("INSERT INTO pipeline_project (project_no, park_code, owner, stage_code, stage_date, last_activity,"
                + " created_by) VALUES ('CZHTZ-SENTINEL-1', 'CZHTZ', 'b-analyst', 'lead', DATE '2026-01-02',"
                + " DATE '2026-01-02', 'b-analyst')");
        b.put("{parkB}", "常州国家高新技术产业开发区");
        b.put("{B}", TwoParks.B);
        b.put("{bFirm}", parks.bFirmCode());
        b.put("{bFirm2}", parks.bFirm2Code());
        b.put("{bFirmName}", parks.bFirm.name());
        b.put("{bFirm2Name}", parks.bFirm2.name());
        b.put("{bUser}", "b-analyst");
        b.put("{bAdmin}", "b-admin");
        b.put("{bFirmUser}", "b-firm");
        b.put("{bFile}", "常州哨兵导入.xlsx");
        b.put("{bFigure}", "b_secret_figure");
        b.put("{bPenalty}", "b_secret_penalty");
        b.put("{bCoverage}", "b_secret_source");
        b.put("{bProject}", "CZHTZ-SENTINEL-1");
        b.put("{bProjectName}", "常州哨兵招商项目");
        b.put("{bInvestor}", "常州哨兵投资方有限公司");
        b.put("{bBulletin}", "b_secret_bulletin");
        // Park B's technology demand and a result it does not share.
        for (String t : List.of("transfer_result", "transfer_expert", "transfer_instrument", "transfer_demand")) {
            jdbc.update("DELETE FROM " + t);
        }
        jdbc.update(
                "INSERT INTO transfer_demand (park_code, demand_id, name, description, credit_code, enterprise)"
                        + " VALUES (?, 'B-D-1', 'b_secret_demand', '电池容量衰减', ?, ?)",
                TwoParks.B,
                parks.bFirmCode(),
                parks.bFirm.name());
        jdbc.update(
                "INSERT INTO transfer_result (park_code, registration_no, name, summary, stage, holder, field, shared)"
                        + " VALUES (?, 'B-R-1', 'b_secret_result', '电池正极', '中期阶段', ?, '新能源', FALSE)",
                TwoParks.B,
                parks.bFirm.name());
        // Park B's listing of that result, its enterprise's intent, and park B's unread notification.
        jdbc.update("DELETE FROM transfer_notification");
        jdbc.update("DELETE FROM transfer_listing_step");
        jdbc.update("DELETE FROM transfer_intent");
        jdbc.update("DELETE FROM transfer_listing");
        jdbc.update(
                "INSERT INTO transfer_listing (id, park_code, result_no, result_name, holder, field, listed_on,"
                        + " state, state_date, created_by) VALUES (987101, ?, 'B-R-1', 'b_secret_result', ?, '新能源',"
                        + " DATE '2026-01-05', 'LISTED', DATE '2026-01-05', 'b-analyst')",
                TwoParks.B,
                parks.bFirm.name());
        jdbc.update(
                "INSERT INTO transfer_intent (id, listing_id, park_code, credit_code, enterprise, contact, message,"
                        + " state, state_date, created_by) VALUES (987102, 987101, ?, ?, ?, 'b_secret_contact',"
                        + " 'b_secret_message', 'SUBMITTED', DATE '2026-01-06', 'b-analyst')",
                TwoParks.B,
                parks.bFirmCode(),
                parks.bFirm.name());
        jdbc.update("INSERT INTO transfer_notification (park_code, kind, listing_id, subject, enterprise)"
                + " VALUES ('CZHTZ', 'INTENT', 987101, 'b_secret_result', 'b_secret_contact')");
        b.put("{bListing}", "987101");
        b.put("{bIntent}", "987102");
        b.put("{bContact}", "b_secret_contact");
        b.put("{bMessage}", "b_secret_message");
        b.put("{bDemand}", "b_secret_demand");
        b.put("{bResult}", "b_secret_result");
        // Park B's incubator and a tenancy in it, which no park-A user may read or change.
        jdbc.update("DELETE FROM incubation_transition");
        jdbc.update("DELETE FROM incubation_tenancy");
        jdbc.update(
                "INSERT INTO carrier (park_code, name, carrier_type, level, area_m2) VALUES (?, ?, 'INCUBATOR',"
                        + " 'NATIONAL', 5000)",
                TwoParks.B,
                "常州哨兵孵化器");
        jdbc.update(
                "INSERT INTO incubation_tenancy (id, park_code, carrier_name, credit_code, state, state_date, entry_date,"
                        + " agreement_no, area_m2, updated_by) VALUES (987001, ?, ?, ?, 'incubating', DATE '2024-03-01',"
                        + " DATE '2024-03-01', 'b_secret_agreement', 100, 'b-analyst')",
                TwoParks.B,
                "常州哨兵孵化器",
                parks.bFirmCode());
        b.put("{bCarrier}", "常州哨兵孵化器");
        b.put("{bTenancy}", "987001");
        b.put("{bAgreement}", "b_secret_agreement");
        // The search text: a prefix of park B's enterprise names, not a sentinel itself.
        jdbc.update(
                "INSERT INTO points_consent (credit_code, consented_on, recorded_by) VALUES (?, CURRENT_DATE, ?)",
                parks.bFirmCode(),
                "b-firm");
        jdbc.update(
                "INSERT INTO park_figure (park_code, figure_key, figure_year, figure_value) VALUES (?, ?, 2024, 42)",
                TwoParks.B,
                "b_secret_figure");
        jdbc.update(
                "INSERT INTO import_record (table_name, file_name, file_sha256, username, started_at, finished_at,"
                        + " row_count, inserted_count, updated_count, unchanged_count, error_count, status)"
                        + " VALUES ('enterprise', ?, ?, 'b-analyst', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 1, 0, 0,"
                        + " 0, 'ACCEPTED')",
                "常州哨兵导入.xlsx",
                "b".repeat(64));
        // Park A's own consenting enterprise, for its bank user's positive control.
        jdbc.update(
                "INSERT INTO points_consent (credit_code, consented_on, recorded_by) VALUES (?, CURRENT_DATE, ?)",
                parks.aFirmCode(),
                "a-firm");
        // Park B's credit register, which no park-A user may read or change.
        jdbc.update(
                "INSERT INTO credit_record (credit_code, record_type, reference_no, record_date, category, source)"
                        + " VALUES (?, 'ADMINISTRATIVE_PENALTY', 'b-1', DATE '2024-03-01', 'b_secret_penalty', 'b-src')",
                parks.bFirmCode());
        jdbc.update("INSERT INTO credit_coverage (park_code, record_type, complete_since, complete_through, source)"
                + " VALUES ('CZHTZ', 'ABNORMAL_OPERATION', DATE '2020-01-01', DATE '2024-12-31', 'b_secret_source')");
        jdbc.update("INSERT INTO audit_event (username, action, entity, entity_key, park_code, after_json)"
                + " VALUES ('b-admin', 'DISABLE', 'account', 'b-analyst', 'CZHTZ', '{\"username\":\"b-analyst\"}')");
        // Park B's monitoring: a monthly report, a case and its alert, which no park-A user may read or change.
        b.put("{bCase}", "900001");
        b.put("{bCaseNotes}", "b_secret_case");
        b.put("{bAlert}", "b_secret_alert");
        jdbc.update("DELETE FROM monitor_alert");
        jdbc.update("DELETE FROM monitor_case_step");
        jdbc.update("DELETE FROM monitor_case");
        jdbc.update(
                "INSERT INTO monthly_report (credit_code, period, revenue, insured_staff) VALUES (?, '2025-01', 7, 3)",
                parks.bFirmCode());
        jdbc.update(
                "INSERT INTO monitor_case (id, park_code, credit_code, rule_id, severity, state, notes,"
                        + " opened_period, opened_at, state_since) VALUES (900001, 'CZHTZ', ?, 'reports-stopped',"
                        + " 'WARNING', 'NEW', 'b_secret_case', '2025-01', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                parks.bFirmCode());
        jdbc.update(
                "INSERT INTO monitor_alert (park_code, credit_code, rule_id, period, severity, fired_values,"
                        + " explanation, case_id, raised_at) VALUES ('CZHTZ', ?, 'reports-stopped', '2025-01',"
                        + " 'WARNING', '[]', 'b_secret_alert', 900001, CURRENT_TIMESTAMP)",
                parks.bFirmCode());
        // Park B's talent, group and service request, which no park-A user may read or work.
        b.put("{bRequest}", "910001");
        b.put("{bRequestText}", "b_secret_request");
        b.put("{bTalent}", "b_secret_talent");
        b.put("{bGroup}", "b_secret_group");
        jdbc.update("DELETE FROM talent_request_step");
        jdbc.update("DELETE FROM talent_request");
        jdbc.update("DELETE FROM research_group");
        jdbc.update("DELETE FROM talent_profile");
        jdbc.update(
                "INSERT INTO talent_profile (park_code, name, employer_credit_code, education) VALUES ('CZHTZ',"
                        + " 'b_secret_talent', ?, 'DOCTORATE')",
                parks.bFirmCode());
        jdbc.update(
                "INSERT INTO research_group (park_code, kind, name, lead_scientist, host_credit_code, members)"
                        + " VALUES ('CZHTZ', 'STUDIO', 'b_secret_group', 'b_secret_talent', ?, 5)",
                parks.bFirmCode());
        jdbc.update(
                "INSERT INTO talent_request (id, park_code, credit_code, request_type, subject, body, state,"
                        + " submitted_by, submitted_at, state_since) VALUES (910001, 'CZHTZ', ?, 'housing',"
                        + " 'b_secret_request', 'b_secret_request', 'SUBMITTED', 'b-firm', CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)",
                parks.bFirmCode());
        // Park B's imported bulletin and its pending fact, which no park-A user may read or review.
        jdbc.update("DELETE FROM bulletin WHERE id = 987654");
        jdbc.update(
                "INSERT INTO bulletin (id, park_code, title, file_name, file_format, sha256, full_text, imported_by)"
                        + " VALUES (987654, 'CZHTZ', 'b_secret_bulletin', 'b_secret_bulletin.txt', 'txt', 'b', 'b_secret_bulletin"
                        + " 高新技术企业808家', 'b-analyst')");
        jdbc.update(
                "INSERT INTO bulletin_fact (id, bulletin_id, seq, subject, metric, metric_id, fact_value, unit, kind,"
                        + " quote, quote_start, quote_end) VALUES (987655, 987654, 1, 'b_secret_bulletin', '高新技术企业数',"
                        + " 'high-tech-enterprises', 808, '家', 'count', '高新技术企业808家', 18, 28)");
        // Park B's patent and its uncertain applicant link, which no park-A user may read or decide.
        b.put("{bPatent}", "b_secret_patent");
        b.put("{bLink}", "920001");
        jdbc.update("DELETE FROM patent_applicant_link");
        jdbc.update("DELETE FROM patent");
        jdbc.update("INSERT INTO patent (id, park_code, publication_number, patent_type, filing_date, granted, title,"
                + " legal_status, imported_by) VALUES (920001, 'CZHTZ', 'CN920001A', 'INVENTION', DATE '2023-01-02',"
                + " FALSE, 'b_secret_patent', 'PENDING', 'b-analyst')");
        jdbc.update(
                "INSERT INTO patent_applicant_link (id, park_code, applicant, credit_code, enterprise_name, evidence,"
                        + " confidence, status) VALUES (920001, 'CZHTZ', 'b_secret_patent', ?, ?, 'SAME_CORE', 0.75,"
                        + " 'UNCERTAIN')",
                parks.bFirmCode(),
                parks.bFirm.name());
    }

    @Test
    void everyEndpointIsSwept() {
        Set<String> covered = new TreeSet<>();
        SWEEP.forEach(p -> covered.add(p.endpoint()));
        Set<String> uncovered = new TreeSet<>();
        for (String endpoint : endpoints()) {
            if (!covered.contains(endpoint) && !EXEMPT.containsKey(endpoint)) {
                uncovered.add(endpoint);
            }
        }
        assertThat(uncovered)
                .as(
                        "endpoints missing from TenancySweepIntegrationTests.SWEEP (add one line each):%n  %s",
                        String.join("\n  ", uncovered))
                .isEmpty();
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(endpoints());
        assertThat(stale)
                .as("lines in SWEEP for endpoints that no longer exist")
                .isEmpty();
    }

    /**
     * The positive control: each asker, signed in as the sweep signs in, reads its own park's data and gets it. Were
     * the sign-in broken, every probe of the sweep would be refused and show nothing of park B either.
     */
    private void eachAskerReadsItsOwnParksData() throws Exception {
        String aPark = "长春高新技术产业开发区";
        String aFirm = parks.aFirm.name();
        String aFirm2 = parks.aFirm2.name();
        Map<String, List<OwnRead>> reads = new LinkedHashMap<>();
        reads.put(
                "a-analyst",
                List.of(
                        new OwnRead("/parks/" + TwoParks.A, aPark),
                        new OwnRead("/api/v1/parks/" + TwoParks.A, aPark),
                        new OwnRead("/api/v1/enterprises?size=50", aFirm, aFirm2),
                        new OwnRead("/api/v1/enterprises/" + parks.aFirmCode(), aFirm)));
        reads.put(
                "a-admin",
                List.of(
                        new OwnRead("/parks/" + TwoParks.A, aPark),
                        new OwnRead("/api/v1/parks/" + TwoParks.A, aPark),
                        new OwnRead("/api/v1/enterprises/" + parks.aFirmCode(), aFirm),
                        new OwnRead("/api/v1/users", "a-analyst", "a-firm", "a-bank")));
        reads.put(
                "a-firm",
                List.of(
                        new OwnRead("/enterprises/" + parks.aFirmCode(), aFirm),
                        new OwnRead("/my/transfer/demands", aFirm),
                        new OwnRead("/api/v1/enterprises/" + parks.aFirmCode(), aFirm),
                        new OwnRead("/api/v1/enterprises/" + parks.aFirmCode() + "/reports", "60000001")));
        reads.put(
                "a-bank",
                List.of(new OwnRead(
                        "/api/v1/parks/" + TwoParks.A + "/points/bank-list.xlsx", parks.aFirmCode(), aFirm)));
        assertThat(reads.keySet()).containsExactlyElementsOf(ASKERS);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<OwnRead>> asker : reads.entrySet()) {
            for (OwnRead read : asker.getValue()) {
                MvcResult result =
                        mvc.perform(get(read.url()).build(b, asker.getKey())).andReturn();
                int status = result.getResponse().getStatus();
                String body = text(result.getResponse().getContentAsByteArray());
                if (status != 200) {
                    failures.add(asker.getKey() + " GET " + read.url() + ": status " + status);
                }
                for (String expected : read.shows()) {
                    if (!body.contains(expected)) {
                        failures.add(asker.getKey() + " GET " + read.url() + " (" + status + ") lacks " + expected);
                    }
                }
            }
        }
        assertThat(failures)
                .as("park-A users reading their own park's data (the sweep's positive control)")
                .isEmpty();
    }

    /** A read of the asker's own park's data, and what the answer must show. */
    record OwnRead(String url, String... shows) {}

    @Test
    void parkAUsersGetNothingOfParkB() throws Exception {
        eachAskerReadsItsOwnParksData();
        List<String> leaks = new ArrayList<>();
        for (String asker : ASKERS) {
            for (Probe probe : SWEEP) {
                for (Request request : probe.requests()) {
                    MvcResult result = mvc.perform(request.build(b, asker)).andReturn();
                    int status = result.getResponse().getStatus();
                    String body = text(result.getResponse().getContentAsByteArray());
                    String header = String.valueOf(result.getResponse().getHeader("Location"));
                    String asked = request.asked(b);
                    if (status >= 500) {
                        leaks.add(asker + " " + request.describe(b) + ": status " + status);
                    }
                    // Signed in, or the probe proves nothing: a refused sign-in shows no data of any park.
                    if (status == 401 || header.contains("/login")) {
                        leaks.add(
                                asker + " " + request.describe(b) + ": not signed in (" + status + " " + header + ")");
                    }
                    for (Map.Entry<String, String> sentinel : b.entrySet()) {
                        String value = sentinel.getValue();
                        boolean echo = asked.contains(value);
                        boolean allowed = probe.allowed().contains(sentinel.getKey());
                        if (!echo && !allowed && (body.contains(value) || header.contains(value))) {
                            leaks.add(asker + " " + request.describe(b) + " (" + status + ") shows " + value);
                        }
                    }
                }
            }
        }
        assertThat(leaks).as("park-B data in answers to park-A users").isEmpty();
        // Nothing of park B was written.
        assertThat(jdbc.queryForObject(
                        "SELECT employees FROM annual_report WHERE credit_code = ? AND report_year = 2024",
                        Long.class,
                        parks.bFirmCode()))
                .isEqualTo(93L);
        assertThat(jdbc.queryForObject(
                        "SELECT name FROM enterprise WHERE credit_code = ?", String.class, parks.bFirmCode()))
                .isEqualTo(parks.bFirm.name());
        assertThat(jdbc.queryForList(
                        "SELECT credit_code || ':' || COALESCE(CAST(revoked_on AS VARCHAR), 'active') FROM points_consent",
                        String.class))
                .containsExactlyInAnyOrder(parks.aFirmCode() + ":active", parks.bFirmCode() + ":active");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM credit_record r JOIN enterprise e ON e.credit_code = r.credit_code"
                                + " WHERE e.park_code = 'CZHTZ'",
                        Integer.class))
                .as("park B's credit records")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_coverage WHERE park_code = 'CZHTZ'", Integer.class))
                .as("park B's coverage declarations")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM declared_fact d JOIN enterprise e ON e.credit_code = d.credit_code"
                                + " WHERE e.park_code = 'CZHTZ'",
                        Integer.class))
                .as("park B's declared assessments")
                .isZero();
        assertThat(jdbc.queryForList(
                        "SELECT project_no || ' ' || stage_code || ' ' || COALESCE(owner, '-') FROM pipeline_project"
                                + " WHERE park_code = 'CZHTZ'",
                        String.class))
                .as("park B's pipeline")
                .containsExactly("CZHTZ-SENTINEL-1 lead b-analyst");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM transfer_demand WHERE park_code = 'CZHTZ' AND name = 'b_secret_demand'",
                        Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM park_figure WHERE park_code = 'CZHTZ'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT l.state || ' ' || i.state || ' ' || (SELECT COUNT(*) FROM transfer_notification n"
                                + " WHERE n.park_code = 'CZHTZ' AND n.read_at IS NULL) FROM transfer_listing l"
                                + " JOIN transfer_intent i ON i.listing_id = l.id WHERE l.park_code = 'CZHTZ'",
                        String.class))
                .as("park B's listing, its intent and its unread notification")
                .containsExactly("LISTED SUBMITTED 1");
        assertThat(jdbc.queryForList(
                        "SELECT username || ' ' || role || ' ' || enabled FROM app_user WHERE park_code = 'CZHTZ'"
                                + " ORDER BY username",
                        String.class))
                .containsExactly("b-admin PARK_ADMIN TRUE", "b-analyst PARK_ANALYST TRUE", "b-firm ENTERPRISE TRUE");
        assertThat(jdbc.queryForList(
                        "SELECT f.review_state FROM bulletin_fact f JOIN bulletin b ON b.id = f.bulletin_id"
                                + " WHERE b.park_code = 'CZHTZ'",
                        String.class))
                .as("park B's bulletins and their reviews")
                .containsExactly("PENDING");
        assertThat(accounts.find("b-spy")).isEmpty();
        assertThat(accounts.find("b-spy2")).isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT state || ' ' || COALESCE(officer, '-') || ' ' || notes FROM monitor_case"
                                + " WHERE park_code = 'CZHTZ'",
                        String.class))
                .as("park B's monitoring cases")
                .containsExactly("NEW - b_secret_case");
        assertThat(jdbc.queryForList(
                        "SELECT state || ' ' || COALESCE(assignee, '-') FROM talent_request WHERE park_code = 'CZHTZ'",
                        String.class))
                .as("park B's talent service requests")
                .containsExactly("SUBMITTED -");
        assertThat(jdbc.queryForList("SELECT name FROM research_group WHERE park_code = 'CZHTZ'", String.class))
                .as("park B's studios and teams")
                .containsExactly("b_secret_group");
        assertThat(jdbc.queryForList(
                        "SELECT period || ' ' || CAST(revenue AS VARCHAR) FROM monthly_report WHERE credit_code = ?",
                        String.class,
                        parks.bFirmCode()))
                .as("park B's monthly reports")
                .containsExactly("2025-01 7.00");
        assertThat(jdbc.queryForList(
                        "SELECT state || ' ' || agreement_no FROM incubation_tenancy WHERE park_code = 'CZHTZ'",
                        String.class))
                .as("park B's tenancies")
                .containsExactly("incubating b_secret_agreement");
    }

    /** Every endpoint as "METHOD /pattern" ("*" when any method). */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("* " + pattern);
                    }
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    /** The body as text; a spreadsheet (a zip) as the text of its parts, so that names in cells are found. */
    private static String text(byte[] body) throws IOException {
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
            // Read through the central directory: streamed workbooks leave entry sizes out of the local headers.
            StringBuilder sb = new StringBuilder();
            Path file = Files.createTempFile("sweep-", ".zip");
            try {
                Files.write(file, body);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        sb.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8))
                                .append('\n');
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
            return sb.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    // ---- the table's vocabulary

    /** An endpoint and the requests that probe it; sentinels the endpoint may show by design, with why. */
    record Probe(String endpoint, List<Request> requests, Set<String> allowed, String why) {

        Probe allowing(String why, String... placeholders) {
            return new Probe(endpoint, requests, Set.of(placeholders), why);
        }
    }

    static Probe on(String endpoint, Request... requests) {
        return new Probe(endpoint, List.of(requests), Set.of(), null);
    }

    /** A request with placeholders; page forms get a CSRF token, API clients send credentials. */
    record Request(HttpMethod method, String url, String contentType, String body, String[] form, boolean file) {

        String fill(String s, Map<String, String> b) {
            String out = s;
            for (Map.Entry<String, String> e : b.entrySet()) {
                out = out.replace(e.getKey(), e.getValue());
            }
            // The search by name uses a prefix of park B's names, which is not itself a sentinel.
            return out.replace("{bName}", "常州哨兵");
        }

        /** Everything the request itself names: an answer may echo it. */
        String asked(Map<String, String> b) {
            return URLDecoder.decode(fill(url, b), StandardCharsets.UTF_8) + " " + fill(body == null ? "" : body, b)
                    + " "
                    + String.join(
                            " ",
                            java.util.Arrays.stream(form).map(f -> fill(f, b)).toList());
        }

        String describe(Map<String, String> b) {
            return method + " " + fill(url, b);
        }

        AbstractMockHttpServletRequestBuilder<?> build(Map<String, String> b, String asker) {
            String target = fill(url, b);
            AbstractMockHttpServletRequestBuilder<?> r;
            if (file) {
                r = MockMvcRequestBuilders.multipart(target)
                        .file(new MockMultipartFile(
                                "file", "sweep.csv", "text/csv", fill(body, b).getBytes(StandardCharsets.UTF_8)));
            } else {
                r = MockMvcRequestBuilders.request(method, target);
                if (contentType != null) {
                    r.contentType(contentType).content(fill(body, b));
                }
            }
            for (int i = 0; i + 1 < form.length; i += 2) {
                r.param(form[i], fill(form[i + 1], b));
            }
            return r.with(httpBasic(asker, TwoParks.PASSWORD)).with(csrf()).accept(MediaType.ALL);
        }
    }

    static Request get(String url) {
        return new Request(HttpMethod.GET, url, null, null, new String[0], false);
    }

    static Request json(HttpMethod method, String url, String body) {
        return new Request(method, url, MediaType.APPLICATION_JSON_VALUE, body, new String[0], false);
    }

    static Request text(HttpMethod method, String url, String contentType, String body) {
        return new Request(method, url, contentType, body, new String[0], false);
    }

    static Request form(String url, String... params) {
        return new Request(HttpMethod.POST, url, null, null, params, false);
    }

    static Request upload(String url, String content) {
        return new Request(HttpMethod.POST, url, null, content, new String[0], true);
    }
}
