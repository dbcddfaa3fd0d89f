package org.innopark.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.innopark.app.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@H2IntegrationTest
class ListingsH2IntegrationTests extends ListingsContract {

    static final RequestPostProcessor CC_ANALYST = ContractsH2IntegrationTests.CC_ANALYST;
    static final RequestPostProcessor CZ_ANALYST = ContractsH2IntegrationTests.CZ_ANALYST;
    static final RequestPostProcessor YUANYU = ContractsH2IntegrationTests.YUANYU;

    @Autowired
    MockMvc mvc;

    @Test
    void theBoardTheListingsPageAndTheApiTakeTheFlowAndRefuseAnIllegalMove() throws Exception {
        // park A lists its shared result from the result's page, and lands on the listing's page
        String location = mvc.perform(post("/parks/CCHTZ/transfer/listings")
                        .param("resultNo", "L-1")
                        .param("priceWan", "150")
                        .with(CC_ANALYST)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(location).isEqualTo("/parks/CCHTZ/transfer/listings/" + id);
        mvc.perform(get("/parks/CCHTZ/transfer/listings?state=LISTED").with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("高镍三元正极材料表面包覆改性技术")))
                .andExpect(content().string(containsString("150.00")))
                .andExpect(content().string(containsString("挂牌中")));
        // park B's analyst expresses its enterprise's intent through the API; park B's badge counts it
        mvc.perform(post("/api/v1/parks/CZHTZ/transfer/listings/" + id + "/intents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"creditCode\":\"" + bFirm + "\",\"contact\":\"王磊\",\"message\":\"想了解中试数据\"}")
                        .with(CZ_ANALYST)
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
        mvc.perform(get("/parks/CZHTZ/transfer/listings").with(CZ_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notice-badge\">1<")));
        // an illegal move answers 409 with the state and the allowed moves, in Chinese
        mvc.perform(post("/api/v1/parks/CCHTZ/transfer/listings/" + id + "/moves")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"move\":\"DELIST\"}")
                        .with(CZ_ANALYST)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/parks/CZHTZ/transfer/listings/" + id + "/moves")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"move\":\"REGISTER\",\"registrationNo\":\"LST0000000000009\"}")
                        .with(CZ_ANALYST)
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("挂牌当前状态为「挂牌中」")));
        // park A's page shows the intent, its enterprise, the timeline and the moves park A may make
        mvc.perform(get("/parks/CCHTZ/transfer/listings/" + id).with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(bFirmName)))
                .andExpect(content().string(containsString("想了解中试数据")))
                .andExpect(content().string(containsString("进入洽谈")))
                .andExpect(content().string(containsString("id=\"delist-form\"")))
                .andExpect(content().string(not(containsString("id=\"sign-form\""))));
        Long intent = jdbc.queryForObject("SELECT id FROM transfer_intent WHERE listing_id = ?", Long.class, id);
        mvc.perform(post("/parks/CCHTZ/transfer/listings/" + id + "/moves")
                        .param("move", "NEGOTIATE")
                        .param("intentId", String.valueOf(intent))
                        .with(CC_ANALYST)
                        .with(csrf()))
                .andExpect(redirectedUrl("/parks/CCHTZ/transfer/listings/" + id));
        // signing on the page with a 技术交易额 above the turnover is refused and shown
        mvc.perform(post("/parks/CCHTZ/transfer/listings/" + id + "/moves")
                        .param("move", "SIGN")
                        .param("contractType", "LICENSING")
                        .param("amountWan", "100")
                        .param("technologyAmountWan", "120")
                        .param("field", "新能源与高效节能")
                        .param("ipType", "专利")
                        .with(CC_ANALYST)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("技术交易额应在0与成交额之间")));
        mvc.perform(post("/parks/CCHTZ/transfer/listings/" + id + "/moves")
                        .param("move", "SIGN")
                        .param("contractType", "LICENSING")
                        .param("amountWan", "100")
                        .param("technologyAmountWan", "85")
                        .param("field", "新能源与高效节能")
                        .param("ipType", "专利")
                        .with(CC_ANALYST)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // park B registers on its page; the contract then is on park B's contracts page
        mvc.perform(get("/parks/CZHTZ/transfer/listings/" + id).with(CZ_ANALYST))
                .andExpect(content().string(containsString("id=\"register-form\"")))
                .andExpect(content().string(containsString("已签约")));
        mvc.perform(post("/parks/CZHTZ/transfer/listings/" + id + "/moves")
                        .param("move", "REGISTER")
                        .param("registrationNo", "LST0000000000010")
                        .param("registrationBody", "常州市技术合同登记处")
                        .with(CZ_ANALYST)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/parks/CZHTZ/transfer/listings/" + id).with(CZ_ANALYST))
                .andExpect(jsonPath("$.listing.state").value("REGISTERED"))
                .andExpect(jsonPath("$.listing.registrationNo").value("LST0000000000010"))
                .andExpect(jsonPath("$.steps.length()").value(8));
        mvc.perform(get("/api/v1/parks/CZHTZ/transfer/contracts").with(CZ_ANALYST))
                .andExpect(content().string(containsString("LST0000000000010")));
        // the notifications, in English too, and marking them read empties the badge
        mvc.perform(get("/parks/CZHTZ/transfer/notifications?lang=en").with(CZ_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the contract with " + bFirmName + " is registered")));
        mvc.perform(post("/parks/CZHTZ/transfer/notifications/read")
                        .with(CZ_ANALYST)
                        .with(csrf()))
                .andExpect(redirectedUrl("/parks/CZHTZ/transfer/notifications"));
        mvc.perform(get("/parks/CZHTZ/transfer/notifications").with(CZ_ANALYST))
                .andExpect(content().string(not(containsString("id=\"notice-badge\""))))
                .andExpect(content().string(containsString("登记了意向")));
        // an enterprise user and another park's staff get nothing
        mvc.perform(get("/parks/CCHTZ/transfer/listings").with(YUANYU)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/CCHTZ/transfer/listings").with(CZ_ANALYST))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/CCHTZ/transfer/notifications").with(CZ_ANALYST))
                .andExpect(status().isNotFound());
    }
}
