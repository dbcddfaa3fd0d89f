package org.innopark.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sessions (a new id at sign-in, none after sign-out) and the roles allowed to import, export and get templates. */
@H2IntegrationTest
class SessionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void setUp() {
        new TwoParks(jdbc, store, accounts);
    }

    private MockHttpSession signIn(MockHttpSession before) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .session(before)
                        .with(csrf())
                        .param("username", "a-analyst")
                        .param("password", TwoParks.PASSWORD)
                        // The browser names its session (the JSESSIONID cookie), as a real one does.
                        .with(request -> {
                            request.setRequestedSessionId(before.getId());
                            return request;
                        }))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        MockHttpSession after = signIn(before);
        assertThat(after.getId()).isNotEqualTo(idBefore);
        mvc.perform(get("/api/v1/parks").session(after)).andExpect(status().isOk());
    }

    @Test
    void afterSignOutTheSessionIsInvalidAndOpensNothing() throws Exception {
        MockHttpSession session = signIn(new MockHttpSession());
        mvc.perform(get("/api/v1/parks").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/api/v1/parks").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void onlyParkStaffImportExportOrDownloadTemplates() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file", "park.csv", "text/csv", "代码,名称\nCCHTZ,长春\n".getBytes(StandardCharsets.UTF_8));
        for (String user : List.of("a-firm", "a-bank")) {
            var who = httpBasic(user, TwoParks.PASSWORD);
            mvc.perform(get("/api/v1/exports/enterprise").param("park", "CCHTZ").with(who))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/exports/annual_report").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/imports/templates/enterprise").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/imports").with(who)).andExpect(status().isForbidden());
            mvc.perform(multipart("/api/v1/imports").file(file).with(who)).andExpect(status().isForbidden());
        }
        var analyst = httpBasic("a-analyst", TwoParks.PASSWORD);
        mvc.perform(get("/api/v1/exports/enterprise").param("park", "CCHTZ").with(analyst))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/imports/templates/enterprise").with(analyst)).andExpect(status().isOk());
    }
}
