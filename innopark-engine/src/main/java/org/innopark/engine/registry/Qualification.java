package org.innopark.engine.registry;

import java.time.LocalDate;

/** 资质: a status an enterprise holds, with its certificate and validity. */
public record Qualification(
        CreditCode creditCode,
        QualificationType type,
        Level level,
        String certificateNo,
        LocalDate grantedOn,
        LocalDate expiresOn) {

    public Qualification {
        Require.present(creditCode, "统一社会信用代码", "credit code");
        Require.present(type, "资质类型", "qualification type");
        Require.present(grantedOn, "认定日期", "granted date");
        certificateNo = Require.optionalText(certificateNo, "证书编号", "certificate number", 64);
        Require.ordered(grantedOn, expiresOn, "认定日期", "有效期至", "the granted date", "the expiry date");
    }

    /** Whether the certificate is valid on the day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(grantedOn) && (expiresOn == null || !day.isAfter(expiresOn));
    }
}
