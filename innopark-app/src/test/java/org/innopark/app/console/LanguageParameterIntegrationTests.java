package org.innopark.app.console;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.innopark.app.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A {@code lang} parameter that is not a language is ignored: the page is served in the default language. */
@H2IntegrationTest
class LanguageParameterIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aLanguageThatIsNotALocaleLeavesTheLoginPageInChinese() throws Exception {
        mvc.perform(get("/login").param("lang", "../x"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk());
    }
}
