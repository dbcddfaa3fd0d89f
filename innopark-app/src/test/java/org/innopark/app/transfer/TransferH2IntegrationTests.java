package org.innopark.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.engine.demo.DemoTransfer;
import org.innopark.engine.transfer.TechnologyDemand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@H2IntegrationTest
class TransferH2IntegrationTests extends TransferContract {

    static final RequestPostProcessor CC_ANALYST = user(DemoRegistry.CC_ANALYST).roles("PARK_ANALYST");
    static final RequestPostProcessor CZ_ANALYST = user(DemoRegistry.CZ_ANALYST).roles("PARK_ANALYST");
    static final RequestPostProcessor YUANYU = user(DemoRegistry.YUANYU_USER).roles("ENTERPRISE");

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoFillsThePagesWithMatchesForTheParksStaffOnly() throws Exception {
        int n = demo.load(7, new DemoTransfer.Sizes(12, 6, 6, 5));
        assertThat(n).isGreaterThan(0);
        TechnologyDemand d = registry.all(TransferRegistry.DEMANDS, A).get(0);
        mvc.perform(get("/parks/CCHTZ/transfer").with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(d.name())))
                .andExpect(content().string(containsString("成果转化")));
        mvc.perform(get("/parks/CCHTZ/transfer/demands/" + d.id()).with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("匹配的科技成果")))
                .andExpect(content().string(containsString("found-RESULT")))
                .andExpect(content().string(containsString("关键词排名")));
        String result = registry.all(TransferRegistry.RESULTS, A).get(0).registrationNo();
        mvc.perform(get("/parks/CCHTZ/transfer/results/" + result).with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("可能需要这项成果的本区企业")));
        for (String kind : List.of("results", "experts", "instruments")) {
            mvc.perform(get("/parks/CCHTZ/transfer/lists/" + kind).with(CC_ANALYST))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/parks/CCHTZ/transfer/demands/" + d.id() + "/matches")
                        .with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matches.RESULT[0].reason").isNotEmpty())
                .andExpect(jsonPath("$.method").value("BM25"));
        // another park's analyst and an enterprise user see nothing of it
        mvc.perform(get("/parks/CCHTZ/transfer/demands/" + d.id()).with(CZ_ANALYST))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/CCHTZ/transfer/demands").with(YUANYU))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(d.name()))));
        // an import through the API: a bad file answers 422 with the cell
        MockMultipartFile bad = new MockMultipartFile(
                "file",
                "results.csv",
                "text/csv",
                (RESULT_HEADER + "R-X,某成果,某简介,甲,新材料,某大学,试验阶段,,,,\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(
                        multipart("/api/v1/parks/CCHTZ/transfer/imports/results")
                                .file(bad)
                                .with(CC_ANALYST)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("所处阶段"));
        mvc.perform(get("/api/v1/transfer/templates/demands").with(CC_ANALYST)).andExpect(status().isOk());
    }
}
