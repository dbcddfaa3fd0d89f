package org.innopark.engine.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Level;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleNode;
import org.innopark.engine.talent.TalentPerson.Selection;
import org.junit.jupiter.api.Test;

class TalentCountsTests {

    private static final TalentProgrammes P = TalentProgrammes.official();
    private static final CreditCode A = code(1);
    private static final CreditCode B = code(2);

    static CreditCode code(int n) {
        String first17 = "91320481MA" + String.format("%07d", n);
        return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
    }

    private static TalentPerson person(String name, CreditCode employer, Education e, String platform, Selection... s) {
        return new TalentPerson(name, employer, e, platform, null, "新能源", LocalDate.of(2024, 5, 1), false, List.of(s));
    }

    @Test
    void reproducesTheLiyangBulletinsSentenceFromPeopleCountedOneByOne() {
        // 溧阳: 10个科创平台已集聚人才1030人，其中硕士以上学历537人 (537 / 1030 = 52.14 %, written 52%).
        List<TalentPerson> people = new ArrayList<>();
        for (int i = 0; i < 1030; i++) {
            Education e = i < 120 ? Education.DOCTORATE : i < 537 ? Education.MASTER : Education.BACHELOR;
            people.add(person("人员" + i, i % 2 == 0 ? A : B, e, "平台" + (i % 10)));
        }
        people.add(person("不在平台的人", A, Education.COLLEGE, null));
        TalentCounts c = TalentCounts.of(people, List.of(), P, k -> k);
        assertThat(c.headline()).isEqualTo("10个科创平台已集聚人才1030人，其中硕士以上学历537人，占人才总数的52%");
        assertThat(c.total()).isEqualTo(1031);
        assertThat(c.platforms()).isEqualTo(10);
        assertThat(c.platformTalents()).isEqualTo(1030);
        assertThat(c.doctorates()).isEqualTo(120);
        // 537 / 1031 = 52.085 % → 52.1
        assertThat(c.masterOrAbovePercent()).isEqualByComparingTo("52.1");
        assertThat(c.byEducation())
                .extracting(TalentCounts.Share::label, TalentCounts.Share::count)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("博士", 120),
                        org.assertj.core.groups.Tuple.tuple("硕士", 417),
                        org.assertj.core.groups.Tuple.tuple("本科", 493),
                        org.assertj.core.groups.Tuple.tuple("大专", 1));
    }

    @Test
    void countsEachPersonOnceAtTheHighestLevelOfTheirProgrammes() {
        List<TalentPerson> people = List.of(
                person(
                        "张伟",
                        A,
                        Education.DOCTORATE,
                        "储能研究院",
                        new Selection("龙城英才计划", Level.MUNICIPAL, 2021),
                        new Selection("国家万人计划", Level.NATIONAL, 2024)),
                person("李娜", A, Education.MASTER, "储能研究院", new Selection("江苏双创计划", Level.PROVINCIAL, 2023)),
                person("王强", B, Education.BACHELOR, null, new Selection("常州市龙城英才计划", Level.MUNICIPAL, 2022)),
                person("赵敏", B, null, null));
        TalentCounts c = TalentCounts.of(people, List.of(), P, k -> k.equals(A.value()) ? "甲公司" : "乙公司");
        assertThat(c.byLevel())
                .extracting(TalentCounts.Share::key, TalentCounts.Share::count)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("NATIONAL", 1),
                        org.assertj.core.groups.Tuple.tuple("PROVINCIAL", 1),
                        org.assertj.core.groups.Tuple.tuple("MUNICIPAL", 1),
                        org.assertj.core.groups.Tuple.tuple(TalentCounts.NONE, 1));
        // aliases folded to the programme's name: 龙城英才计划 twice, under two spellings
        assertThat(c.byProgramme())
                .extracting(TalentCounts.Share::label, TalentCounts.Share::count)
                .first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple("龙城英才计划", 2));
        assertThat(c.selections()).isEqualTo(4);
        assertThat(c.byEmployer()).extracting(TalentCounts.Share::label).containsExactlyInAnyOrder("甲公司", "乙公司");
        assertThat(c.byEducation())
                .filteredOn(s -> s.key().equals(TalentCounts.NONE))
                .singleElement()
                .satisfies(s -> assertThat(s.percent()).isEqualByComparingTo("25.0"));
        assertThat(c.byPlatform()).singleElement().satisfies(p -> {
            assertThat(p.talents()).isEqualTo(2);
            assertThat(p.masterOrAbove()).isEqualTo(2);
            assertThat(p.doctorates()).isEqualTo(1);
        });
    }

    @Test
    void countsStudiosTeamsAndTheirMembers() {
        List<ResearchGroup> groups = List.of(
                new ResearchGroup(ResearchGroup.Kind.STUDIO, "固态电池科学家工作室", "陈立", A, null, 8, null, null),
                new ResearchGroup(ResearchGroup.Kind.STUDIO, "钠电材料科学家工作室", "周航", B, null, 5, null, null),
                new ResearchGroup(ResearchGroup.Kind.TEAM, "储能系统集成团队", "孙悦", B, null, 12, null, null));
        TalentCounts c = TalentCounts.of(List.of(), groups, P, k -> k);
        assertThat(c.studios()).isEqualTo(2);
        assertThat(c.teams()).isEqualTo(1);
        assertThat(c.groupMembers()).isEqualTo(25);
        assertThat(c.headline()).isEmpty();
        assertThatThrownBy(() -> new ResearchGroup(ResearchGroup.Kind.TEAM, "空团队", "某人", A, null, 0, null, null))
                .hasMessageContaining("members must be at least 1");
    }

    @Test
    void programmesCarryLevelsSourcesAndAParksFileAddsItsOwn() {
        assertThat(P.resolve("《龙城英才计划》").orElseThrow().level()).isEqualTo(Level.MUNICIPAL);
        assertThat(P.resolve("千人计划").orElseThrow().code()).isEqualTo("overseas-national");
        assertThat(P.resolve("江苏省双创计划").orElseThrow().level()).isEqualTo(Level.PROVINCIAL);
        assertThat(P.programmes()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        assertThat(P.resolve("天目湖英才计划")).isEmpty();
        String park = """
                id: liyang-programmes
                base: innopark-talent-programmes
                source: 溧阳市人才政策
                programmes:
                  - code: tianmuhu
                    name: 天目湖英才计划
                    level: 区县级
                """;
        TalentProgrammes withPark = P.with(RuleNode.parse("liyang.yaml", new StringReader(park)));
        TalentProgrammes.Programme t = withPark.resolve("天目湖英才计划").orElseThrow();
        assertThat(t.level()).isEqualTo(Level.DISTRICT);
        assertThat(t.confidence().key()).isEqualTo("unconfirmed");
        assertThat(t.source()).isEqualTo("溧阳市人才政策");
        assertThat(withPark.programmes()).hasSize(P.programmes().size() + 1);
        String bad = park.replace("level: 区县级", "level: 县级");
        assertThatThrownBy(() -> P.with(RuleNode.parse("liyang.yaml", new StringReader(bad))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("liyang.yaml:7:")
                .hasMessageContaining("国家级, 省级, 市级 or 区县级");
    }

    @Test
    void readsEducationAsPeopleWriteIt() {
        assertThat(Education.read("博士研究生")).contains(Education.DOCTORATE);
        assertThat(Education.read("研究生")).contains(Education.MASTER);
        assertThat(Education.read("大学本科")).contains(Education.BACHELOR);
        assertThat(Education.read("专科")).contains(Education.COLLEGE);
        assertThat(Education.read("高中及以下")).contains(Education.OTHER);
        assertThat(Education.read("小学毕业")).isEmpty();
        assertThat(Education.MASTER.masterOrAbove()).isTrue();
        assertThat(Education.BACHELOR.masterOrAbove()).isFalse();
    }
}
