package org.innopark.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@H2IntegrationTest
class EnterpriseTransferH2IntegrationTests extends EnterpriseTransferContract {

    static final RequestPostProcessor X = user(DemoRegistry.YUANYU_USER).roles("ENTERPRISE");
    static final RequestPostProcessor Y = user(Y_USER).roles("ENTERPRISE");
    static final RequestPostProcessor CC_ANALYST = user(DemoRegistry.CC_ANALYST).roles("PARK_ANALYST");
    static final RequestPostProcessor CC_BANK = user(DemoRegistry.CC_BANK).roles("BANK");

    @Autowired
    MockMvc mvc;

    @Test
    void aParkAdministratorCreatesAnEnterpriseUserWhoseMenuShowsItsTransferPages() throws Exception {
        String username = "ev-firm-" + System.nanoTime() % 100_000;
        String password = "Qiye-Mima-2026";
        mvc.perform(post("/admin/users")
                        .with(user(DemoRegistry.CC_ADMIN).roles("PARK_ADMIN"))
                        .with(csrf())
                        .param("username", username)
                        .param("password", password)
                        .param("role", "ENTERPRISE")
                        .param("parkCode", A)
                        .param("creditCode", DemoRegistry.JUZHENG))
                .andExpect(redirectedUrl("/admin/users"));
        try {
            mvc.perform(get("/my/transfer/demands").with(httpBasic(username, password)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("长春聚正机器人有限公司")))
                    .andExpect(content().string(containsString("href=\"/my/transfer/demands\"")))
                    .andExpect(content().string(containsString("href=\"/my/transfer/intents\"")))
                    .andExpect(content().string(containsString("发布技术需求")));
            mvc.perform(get("/my/transfer/demands?lang=en").with(httpBasic(username, password)))
                    .andExpect(content().string(containsString("Post a technology demand")));
        } finally {
            jdbc.update("DELETE FROM app_user WHERE username = ?", username);
        }
    }

    @Test
    void anEnterprisePostsADemandAndSeesItsMatchesAnotherEnterpriseSeesNothingOfIt() throws Exception {
        // a form with bad fields answers the page again with an error under each, and writes nothing
        int before = demands();
        int audited = audited();
        mvc.perform(post("/my/transfer/demands")
                        .param("name", "电池用久了容量掉得厉害")
                        .param("description", "")
                        .param("industry", "电池制造")
                        .param("budgetWan", "五十")
                        .param("cooperation", "随便")
                        .with(X)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写需求描述")))
                .andExpect(content().string(containsString("应为以万元计的数字")))
                .andExpect(content().string(containsString("期望合作方式应为")));
        assertThat(demands()).isEqualTo(before);
        // a good one is saved for the account's own enterprise, audited, and its page shows the matched result
        String location = mvc.perform(post("/my/transfer/demands")
                        .param("name", "三元电池循环几百次后容量衰减明显")
                        .param("description", "我们做的锂电池循环几百次以后容量衰减明显,想找改善正极材料循环寿命的技术")
                        .param("industry", "电池制造")
                        .param("budgetWan", "50")
                        .param("cooperation", "技术转让")
                        .with(X)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(id).matches("QY\\d{8}-0747XF-01");
        assertThat(jdbc.queryForObject(
                        "SELECT credit_code FROM transfer_demand WHERE park_code = ? AND demand_id = ?",
                        String.class,
                        A,
                        id))
                .isEqualTo(DemoRegistry.YUANYU);
        assertThat(audited()).isEqualTo(audited + 1);
        mvc.perform(get(location).with(X))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("found-RESULT")))
                .andExpect(content().string(containsString("高镍三元正极材料表面包覆改性技术")))
                .andExpect(content().string(containsString("关闭需求")))
                .andExpect(content().string(containsString("href=\"/my/transfer/listings\"")));
        // park staff see it among the park's demands, as if imported
        mvc.perform(get("/parks/CCHTZ/transfer/demands/" + id).with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三元电池循环几百次后容量衰减明显")));
        // the budget is changed, then the demand closed; a closed demand cannot be changed
        mvc.perform(post(location)
                        .param("name", "三元电池循环几百次后容量衰减明显")
                        .param("description", "循环几百次以后容量衰减明显")
                        .param("industry", "电池制造")
                        .param("budgetWan", "80")
                        .with(X)
                        .with(csrf()))
                .andExpect(redirectedUrl(location));
        assertThat(audited()).isEqualTo(audited + 2);
        mvc.perform(get("/api/v1/my/transfer/demands/" + id).with(X))
                .andExpect(jsonPath("$.demand.budgetYuan").value(800000.0))
                .andExpect(jsonPath("$.matches.RESULT[0].id").value("EV-1"));
        mvc.perform(post("/api/v1/my/transfer/demands/" + id + "/close").with(X).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/my/transfer/demands/" + id + "/close").with(X).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get("/my/transfer/demands").with(X))
                .andExpect(content().string(containsString("已截止")))
                .andExpect(content().string(containsString(id)));
        // firm Y: the same 404 for X's demand as for one that does not exist, and nothing of it on its list
        for (String probe : List.of(id, "QY20000101-0747XF-01")) {
            mvc.perform(get("/my/transfer/demands/" + probe).with(Y)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/my/transfer/demands/" + probe).with(Y))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("无此需求 / no such demand: " + probe));
            mvc.perform(post("/api/v1/my/transfer/demands/" + probe + "/close")
                            .with(Y)
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/my/transfer/demands/" + id)
                        .param("name", "改写")
                        .param("description", "改写")
                        .param("industry", "改写")
                        .with(Y)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/transfer/demands").with(Y))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("三元电池循环几百次后容量衰减明显"))));
        assertThat(jdbc.queryForObject(
                        "SELECT name FROM transfer_demand WHERE park_code = ? AND demand_id = ?", String.class, A, id))
                .isEqualTo("三元电池循环几百次后容量衰减明显");
        // park staff and bank users have none of these pages; the enterprise none of the park's staff pages
        mvc.perform(get("/my/transfer/demands").with(CC_ANALYST)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/my/transfer/demands").with(CC_ANALYST)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/my/transfer/demands").with(CC_BANK)).andExpect(status().isForbidden());
        mvc.perform(get("/parks/CCHTZ/transfer").with(X)).andExpect(status().isNotFound());
        mvc.perform(get("/parks/CCHTZ/transfer/contracts").with(X)).andExpect(status().isNotFound());
        mvc.perform(get("/parks/CCHTZ").with(CC_ANALYST))
                .andExpect(content().string(not(containsString("/my/transfer"))));
    }

    @Test
    void anEnterpriseExpressesAndWithdrawsItsOwnIntentTheListingParkIsNotified() throws Exception {
        Accounts.Account ccStaff = accounts.find(DemoRegistry.CC_ANALYST).orElseThrow();
        Accounts.Account czStaff = accounts.find(DemoRegistry.CZ_ANALYST).orElseThrow();
        long own = listings.list(ccStaff, A, new TransferListings.ListingRequest("EV-1", null, null, null))
                .id();
        long unshared = listings.list(czStaff, B, new TransferListings.ListingRequest("EV-2", null, null, null))
                .id();
        // the board shows the park's own listing, not another park's listing of an unshared result
        mvc.perform(get("/my/transfer/listings").with(X))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("高镍三元正极材料表面包覆改性技术")))
                .andExpect(content().string(not(containsString("焊缝视觉跟踪与自适应焊接控制系统"))));
        mvc.perform(get("/my/transfer/listings/" + unshared).with(X)).andExpect(status().isNotFound());
        // X expresses intent for itself: the credit code in the body is ignored
        mvc.perform(post("/api/v1/my/transfer/listings/" + own + "/intents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"creditCode\":\"" + DemoRegistry.JUZHENG
                                + "\",\"contact\":\"李娜\",\"phone\":\"0431-85551234\",\"message\":\"想了解包覆工艺的中试数据\"}")
                        .with(X)
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.creditCode").value(DemoRegistry.YUANYU))
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
        long intent = jdbc.queryForObject("SELECT id FROM transfer_intent WHERE listing_id = ?", Long.class, own);
        // the listing park's staff see it and are notified
        mvc.perform(get("/api/v1/parks/CCHTZ/transfer/listings/" + own).with(CC_ANALYST))
                .andExpect(jsonPath("$.intents[0].enterprise").value(DemoRegistry.YUANYU_NAME));
        mvc.perform(get("/api/v1/parks/CCHTZ/transfer/notifications").with(CC_ANALYST))
                .andExpect(jsonPath("$[0].kind").value("INTENT"))
                .andExpect(jsonPath("$[0].enterprise").value(DemoRegistry.YUANYU_NAME));
        // X sees its intent, its step and the notification about it; not the park's listing notification
        mvc.perform(get("/my/transfer/intents").with(X))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已提交")))
                .andExpect(content().string(containsString(DemoRegistry.YUANYU_NAME + "对「高镍三元正极材料表面包覆改性技术」登记了意向")));
        mvc.perform(get("/api/v1/my/transfer/notifications").with(X))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("INTENT"));
        // firm Y sees the listing but not X's intent, cannot withdraw it, and gets no notification of it
        mvc.perform(get("/my/transfer/listings/" + own).with(Y))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"intent-form\"")))
                .andExpect(content().string(not(containsString("李娜"))))
                .andExpect(content().string(not(containsString("想了解包覆工艺的中试数据"))));
        for (long probe : List.of(intent, 999_999L)) {
            mvc.perform(post("/api/v1/my/transfer/listings/" + own + "/intents/" + probe + "/withdraw")
                            .with(Y)
                            .with(csrf()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("无此意向 / no such intent: " + probe));
        }
        mvc.perform(get("/api/v1/my/transfer/intents").with(Y))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/my/transfer/notifications").with(Y))
                .andExpect(jsonPath("$.length()").value(0));
        // X may not express a second open intent; it withdraws its own, and the park's staff are notified
        mvc.perform(get("/my/transfer/listings/" + own).with(X))
                .andExpect(content().string(not(containsString("id=\"intent-form\""))))
                .andExpect(content().string(containsString("撤回意向")));
        mvc.perform(post("/my/transfer/listings/" + own + "/intents/" + intent + "/withdraw")
                        .with(X)
                        .with(csrf()))
                .andExpect(redirectedUrl("/my/transfer/listings/" + own));
        assertThat(jdbc.queryForObject("SELECT state FROM transfer_intent WHERE id = ?", String.class, intent))
                .isEqualTo("WITHDRAWN");
        mvc.perform(get("/api/v1/parks/CCHTZ/transfer/notifications").with(CC_ANALYST))
                .andExpect(jsonPath("$[0].kind").value("WITHDRAW_INTENT"));
        mvc.perform(get("/my/transfer/intents?lang=en").with(X))
                .andExpect(content().string(containsString("withdrawn")))
                .andExpect(content().string(containsString("Notifications about your intents")));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'transfer_intent' AND username = ?",
                        Integer.class,
                        DemoRegistry.YUANYU_USER))
                .isGreaterThanOrEqualTo(2);
    }
}
