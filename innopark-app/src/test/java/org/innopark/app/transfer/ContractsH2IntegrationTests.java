package org.innopark.app.transfer;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@H2IntegrationTest
class ContractsH2IntegrationTests extends ContractsContract {

    static final RequestPostProcessor CC_ANALYST = user(DemoRegistry.CC_ANALYST).roles("PARK_ANALYST");
    static final RequestPostProcessor CZ_ANALYST = user(DemoRegistry.CZ_ANALYST).roles("PARK_ANALYST");
    static final RequestPostProcessor YUANYU = user(DemoRegistry.YUANYU_USER).roles("ENTERPRISE");

    @Autowired
    MockMvc mvc;

    @Test
    void theApiAndThePageShowTheYearToTheParksStaffOnly() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file", "contracts.csv", "text/csv", goodFile().getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/parks/CCHTZ/transfer/contracts/imports")
                        .file(file)
                        .with(CC_ANALYST)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));
        mvc.perform(get("/api/v1/parks/CCHTZ/transfer/contracts/statistics?year=2000")
                        .with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outflow.totals.current.amountYuan").value(1500000.00))
                .andExpect(
                        jsonPath("$.inflow.totals.current.technologyAmountYuan").value(102500.00))
                .andExpect(jsonPath("$.outflow.totals.amountChangePercent").value(50.0));
        mvc.perform(get("/parks/CCHTZ/transfer/contracts?year=2000").with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2000年输出技术合同1项，成交额150.00万元")))
                .andExpect(content().string(containsString("chart-flows")))
                .andExpect(content().string(containsString("车载以太网通信模块专利实施许可")));
        MockMultipartFile bad = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                (HEADER + "TC-9,某项目,甲方," + seller + "," + region + ",某买方,,310115,技术入股,10,5,农业,专利,,2000-01-01\n")
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/parks/CCHTZ/transfer/contracts/imports")
                        .file(bad)
                        .with(CC_ANALYST)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("合同类型"));
        mvc.perform(get("/api/v1/transfer/templates/contracts").with(CC_ANALYST))
                .andExpect(status().isOk());
        // another park's analyst and an enterprise user see nothing of it
        mvc.perform(get("/parks/CCHTZ/transfer/contracts").with(CZ_ANALYST)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/CCHTZ/transfer/contracts").with(CZ_ANALYST))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/CCHTZ/transfer/contracts/statistics").with(YUANYU))
                .andExpect(status().isNotFound());
    }
}
