package org.innopark.app.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.engine.chain.ParkFirm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2IntegrationTest
class ChainH2IntegrationTests extends ChainContract {

    static final String ANALYST = "chain-page-analyst";
    static final String PASSWORD = "Chain-Page-Passw0rd-26";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    /** The console's chain pages: the panorama with the peer comparison, a node's firms confirmed from its page. */
    @Test
    void anAnalystComparesWithPeersAndConfirmsAFirmOnTheNodesPage() throws Exception {
        if (accounts.find(ANALYST).isEmpty()) {
            accounts.create(ANALYST, PASSWORD, Role.PARK_ANALYST, PARK, null);
        }
        String panorama = mvc.perform(
                        get("/parks/{p}/chains?chain={c}", PARK, CHAIN).with(httpBasic(ANALYST, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(panorama)
                .contains("id=\"chain-peers\"")
                .contains(registry.parkName("CZHTZ").orElseThrow());
        ParkFirm placed = chains.analyse(ParkScope.park(PARK), PARK, CHAIN).firms().stream()
                .filter(f -> !f.nodes().isEmpty())
                .findFirst()
                .orElseThrow();
        String node = placed.nodes().get(0).nodeId();
        String url = "/parks/" + PARK + "/chains/" + CHAIN + "/nodes/" + node;
        assertThat(mvc.perform(get(url).with(httpBasic(ANALYST, PASSWORD)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"chain-decide\"")
                .contains(placed.name());
        mvc.perform(post(url + "/decisions")
                        .with(httpBasic(ANALYST, PASSWORD))
                        .with(csrf())
                        .param("creditCode", placed.creditCode())
                        .param("verb", "CONFIRM"))
                .andExpect(status().is3xxRedirection());
        assertThat(chains.analyse(ParkScope.park(PARK), PARK, CHAIN).firms().stream()
                        .filter(f -> f.creditCode().equals(placed.creditCode()))
                        .flatMap(f -> f.nodes().stream())
                        .filter(a -> a.nodeId().equals(node))
                        .findFirst()
                        .orElseThrow()
                        .confirmed())
                .isTrue();
        assertThat(mvc.perform(get(url).with(httpBasic(ANALYST, PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("已确认");
    }
}
