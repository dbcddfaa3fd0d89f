package org.innopark.engine.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A patent publication in the fields of public patent data (CNIPA's bibliographic data, Google Patents'
 * {@code publications} table).
 *
 * @param publicationNumber 公开(公告)号, e.g. CN115000001A
 * @param applicationNumber 申请号, may be empty
 * @param kind the publication's kind code (A, B, U, S…)
 * @param filingDate 申请日
 * @param publicationDate 公开(公告)日, null when not given
 * @param grantDate 授权日, null when not granted or not given
 * @param ipcMain 主分类号: the first of {@code ipcAll}
 * @param ipcAll 全部IPC分类号, the main one first
 * @param cpc CPC symbols as written, may be empty
 * @param applicants 申请人(专利权人), as written, the first one first
 * @param citations cited publication numbers
 * @param familyId 同族号, may be empty
 */
public record PatentRecord(
        String publicationNumber,
        String applicationNumber,
        String kind,
        LocalDate filingDate,
        LocalDate publicationDate,
        LocalDate grantDate,
        String title,
        String abstractText,
        IpcSymbol ipcMain,
        List<IpcSymbol> ipcAll,
        List<String> cpc,
        List<String> applicants,
        List<String> inventors,
        LegalStatus legalStatus,
        List<String> citations,
        String familyId) {

    public PatentRecord {
        if (publicationNumber == null || publicationNumber.isBlank()) {
            throw new IllegalArgumentException("a patent needs its publication number / 缺少公开(公告)号");
        }
        if (filingDate == null) {
            throw new IllegalArgumentException("a patent needs its filing date / 缺少申请日");
        }
        if (publicationDate != null && publicationDate.isBefore(filingDate)) {
            throw new IllegalArgumentException("the publication date " + publicationDate + " is before the filing date "
                    + filingDate + " / 公开日早于申请日");
        }
        if (grantDate != null && grantDate.isBefore(filingDate)) {
            throw new IllegalArgumentException(
                    "the grant date " + grantDate + " is before the filing date " + filingDate + " / 授权日早于申请日");
        }
        List<IpcSymbol> all = new ArrayList<>();
        if (ipcMain != null) {
            all.add(ipcMain);
        }
        for (IpcSymbol s : ipcAll == null ? List.<IpcSymbol>of() : ipcAll) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        if (ipcMain == null && !all.isEmpty()) {
            ipcMain = all.get(0);
        }
        ipcAll = List.copyOf(all);
        kind = kind == null ? "" : kind.strip();
        applicationNumber = applicationNumber == null ? "" : applicationNumber.strip();
        title = title == null ? "" : title.strip();
        abstractText = abstractText == null ? "" : abstractText.strip();
        cpc = cpc == null ? List.of() : List.copyOf(cpc);
        applicants = applicants == null ? List.of() : List.copyOf(applicants);
        inventors = inventors == null ? List.of() : List.copyOf(inventors);
        legalStatus = legalStatus == null ? LegalStatus.UNKNOWN : legalStatus;
        citations = citations == null ? List.of() : List.copyOf(citations);
        familyId = familyId == null ? "" : familyId.strip();
    }

    /** The type from the kind code, or from the publication number's last letter when the kind is empty. */
    public PatentType type() {
        String k = kind.isEmpty() ? publicationNumber.replaceAll("^.*?([A-Z]\\d?)$", "$1") : kind;
        return PatentType.ofKind(k);
    }

    /** Whether the patent is granted: a grant date, or a grant kind (B, C, U, Y, S). */
    public boolean granted() {
        return grantDate != null || PatentType.isGrantKind(kind) || kind.startsWith("U") || kind.startsWith("S");
    }
}
