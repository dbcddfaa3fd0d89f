package org.innopark.engine.registry;

/**
 * An assessment only experts make (高企's 知识产权, 科技成果转化能力, 研究开发组织管理水平 sub-scores), declared for an
 * enterprise and a data year by a named person: a verdict that uses it says it rests on a declaration.
 *
 * @param factId the id of the scheme fact it answers (e.g. {@code techAdvancementPoints})
 * @param value the answer as written: a number, {@code true}/{@code false}, or a choice's option
 */
public record DeclaredAssessment(CreditCode creditCode, int year, String factId, String value, String declaredBy) {

    public DeclaredAssessment {
        Require.present(creditCode, "统一社会信用代码", "credit code");
        Require.year(year, "年度", "year");
        factId = Require.text(factId, "评定项", "assessment", 64);
        value = Require.text(value, "评定值", "value", 64);
        declaredBy = Require.text(declaredBy, "声明人", "declared by", 100);
    }
}
