package org.innopark.engine.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 招商项目: an investment-attraction project from lead to production, holding its investor by credit code only. */
public record AttractionProject(
        String projectNo,
        String parkCode,
        String name,
        String investorName,
        CreditCode investorCreditCode,
        RegionCode sourceRegion,
        IndustryCode industry,
        BigDecimal contractedAmount,
        ProjectStage stage,
        LocalDate leadDate,
        LocalDate signedDate,
        LocalDate productionDate) {

    public AttractionProject {
        projectNo = Require.text(projectNo, "项目编号", "project number", 64);
        parkCode = ParkCode.check(parkCode);
        name = Require.text(name, "项目名称", "project name", 200);
        investorName = Require.optionalText(investorName, "投资方", "investor", 200);
        Require.present(stage, "项目阶段", "project stage");
        contractedAmount = Require.nonNegativeMoney(contractedAmount, "协议投资额", "contracted amount");
        Require.ordered(leadDate, signedDate, "线索日期", "签约日期", "the lead date", "the signing date");
        Require.ordered(signedDate, productionDate, "签约日期", "投产日期", "the signing date", "the production date");
    }
}
