package org.innopark.engine.registry;

import java.time.LocalDate;

/**
 * What an enterprise does and when it was in the park: 主营产品, 经营范围 (as registered), 入驻日期 and 迁出日期 (null
 * while it is in the park). The chain analysis maps it to chain nodes from the texts, and the back-test freezes the
 * park at a day by the dates.
 */
public record EnterpriseBusiness(
        CreditCode creditCode, String mainProducts, String businessScope, LocalDate arrivedOn, LocalDate departedOn) {

    /** The longest 主营产品 accepted. */
    public static final int MAX_PRODUCTS = 500;

    /** The longest 经营范围 accepted. */
    public static final int MAX_SCOPE = 4000;

    public EnterpriseBusiness {
        Require.present(creditCode, "统一社会信用代码", "credit code");
        mainProducts = blankToNull(mainProducts);
        businessScope = blankToNull(businessScope);
        if (mainProducts != null && mainProducts.length() > MAX_PRODUCTS) {
            throw new InvalidValueException(
                    "主营产品不能超过" + MAX_PRODUCTS + "个字符", "main products: at most " + MAX_PRODUCTS + " characters");
        }
        if (businessScope != null && businessScope.length() > MAX_SCOPE) {
            throw new InvalidValueException(
                    "经营范围不能超过" + MAX_SCOPE + "个字符", "business scope: at most " + MAX_SCOPE + " characters");
        }
        if (arrivedOn != null && departedOn != null && departedOn.isBefore(arrivedOn)) {
            throw new InvalidValueException(
                    "迁出日期" + departedOn + "早于入驻日期" + arrivedOn,
                    "departure " + departedOn + " is before arrival " + arrivedOn);
        }
    }

    /** Nothing known. */
    public static EnterpriseBusiness none(CreditCode creditCode) {
        return new EnterpriseBusiness(creditCode, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
