package org.innopark.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleNodeTests {

    private static RuleNode yaml(String text) {
        return RuleNode.parse("scheme.yaml", new StringReader(text));
    }

    @Test
    void readsTypedValuesAndKeepsFileOrder() {
        RuleNode root = yaml("id: tech-sme\nversion: 2022\npass: 60\nitems:\n  - a\n  - b\neffective: 2022-01-01\n");
        assertThat(root.keys()).containsExactly("id", "version", "pass", "items", "effective");
        assertThat(root.require("pass").integer()).isEqualTo(60);
        assertThat(root.require("items").items()).extracting(RuleNode::text).containsExactly("a", "b");
        assertThat(root.require("effective").date()).hasYear(2022);
    }

    @Test
    void namesTheFileLineAndPathOfAWrongValue() {
        RuleNode root = yaml("id: x\nconditions:\n  - threshold: ten\n");
        assertThatThrownBy(() -> root.require("conditions")
                        .items()
                        .get(0)
                        .require("threshold")
                        .decimal())
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("scheme.yaml:3:")
                .hasMessageContaining("conditions[0].threshold")
                .hasMessageContaining("expected a number");
    }

    @Test
    void namesAMissingKeyAndAnUnknownKey() {
        RuleNode root = yaml("id: x\nname: y\n");
        assertThatThrownBy(() -> root.require("version")).hasMessageContaining("missing required key 'version'");
        assertThatThrownBy(() -> root.allowOnly(Set.of("id")))
                .hasMessageContaining("scheme.yaml:2:")
                .hasMessageContaining("unknown key 'name'");
    }

    @Test
    void rejectsBrokenYamlAndDuplicateKeysWithTheirLine() {
        assertThatThrownBy(() -> yaml("id: x\n  bad: [\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> yaml("id: x\nid: y\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("scheme.yaml:");
    }

    @Test
    void treatsAnExplicitNullAsAbsent() {
        assertThat(yaml("cap: null\n").get("cap")).isEmpty();
        assertThat(yaml("cap: ~\n").get("cap")).isEmpty();
    }
}
