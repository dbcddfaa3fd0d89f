package org.innopark.app.incubation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.incubation.IncubationViews.SurveyRow;
import org.innopark.app.incubation.IncubationViews.SurveyTable;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.spreadsheet.TextCells;
import org.innopark.engine.incubation.IncubateeFacts;
import org.innopark.engine.incubation.SurveyForms;
import org.innopark.engine.incubation.Tenancy;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.ReportField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Torch carrier survey tables of a year (科技企业孵化器运营综合情况统计表, 众创空间综合运行情况统计表): each carrier's
 * row, its figures computed from the tenancies and the firms' annual reports (as of 31 December, money in 千元) or
 * declared by the carrier, and the form's consistency checks it breaks; written as XLSX ready to file and read back.
 */
@Service
public class TorchSurvey {

    /** The sheet of check results in the workbook. */
    public static final String CHECKS_SHEET = "校验结果";

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final int FIRST_DATA_ROW = 4;

    private final Incubation incubation;

    TorchSurvey(Incubation incubation) {
        this.incubation = incubation;
    }

    @Transactional(readOnly = true)
    public List<SurveyTable> tables(Account account, String park, int year) {
        incubation.checkStaff(account, park);
        return tables(park, year);
    }

    /** The tables without a caller (the CLI). */
    @Transactional(readOnly = true)
    public List<SurveyTable> tables(String park, int year) {
        SurveyForms forms = incubation.forms();
        Map<String, List<SurveyRow>> rows = new LinkedHashMap<>();
        forms.forms().forEach(f -> rows.put(f.id(), new ArrayList<>()));
        for (Incubation.CarrierMembers m : incubation.members(park, year)) {
            SurveyForms.Form form = forms.formFor(m.carrier().type()).orElse(null);
            if (form == null) {
                continue;
            }
            Map<String, BigDecimal> figures = figures(form, m, year);
            rows.get(form.id())
                    .add(new SurveyRow(m.carrier().name(), m.carrier().type().zh(), figures, form.check(figures)));
        }
        List<SurveyTable> out = new ArrayList<>();
        for (SurveyForms.Form f : forms.forms()) {
            out.add(new SurveyTable(f, year, List.copyOf(rows.get(f.id()))));
        }
        return out;
    }

    /** A carrier's figures for the form: declared ones as declared, the others from its tenancies. */
    static Map<String, BigDecimal> figures(SurveyForms.Form form, Incubation.CarrierMembers m, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate start = LocalDate.of(year, 1, 1);
        long incubatees = 0;
        long added = 0;
        long graduates = 0;
        long graduatesYear = 0;
        long funded = 0;
        long ipHolders = 0;
        BigDecimal area = BigDecimal.ZERO;
        Map<ReportField, BigDecimal> sums = new HashMap<>();
        for (int i = 0; i < m.tenancies().size(); i++) {
            Tenancy t = m.tenancies().get(i);
            IncubateeFacts f = m.facts().get(i);
            if (t.graduated() && !t.graduationDate().isAfter(end)) {
                graduates++;
                if (!t.graduationDate().isBefore(start)) {
                    graduatesYear++;
                }
            }
            if (!t.state().incubating()
                    || t.entryDate() == null
                    || t.entryDate().isAfter(end)) {
                continue;
            }
            incubatees++;
            if (!t.entryDate().isBefore(start)) {
                added++;
            }
            if (t.areaM2() != null) {
                area = area.add(t.areaM2());
            }
            AnnualReport r = f.reports().stream()
                    .filter(x -> x.year() == year)
                    .findFirst()
                    .orElse(null);
            if (r == null) {
                continue;
            }
            for (ReportField field : List.of(
                    ReportField.EMPLOYEES,
                    ReportField.FRESH_GRADUATES,
                    ReportField.OPERATING_REVENUE,
                    ReportField.RD_EXPENSE,
                    ReportField.VENTURE_CAPITAL)) {
                BigDecimal v = r.get(field);
                if (v != null) {
                    sums.merge(field, v, BigDecimal::add);
                }
            }
            if (positive(r.get(ReportField.VENTURE_CAPITAL))) {
                funded++;
            }
            if (positive(r.get(ReportField.IP_CLASS1)) || positive(r.get(ReportField.IP_CLASS2))) {
                ipHolders++;
            }
        }
        Map<String, BigDecimal> derived = new HashMap<>();
        derived.put("incubatees", BigDecimal.valueOf(incubatees));
        derived.put("startups", BigDecimal.valueOf(incubatees));
        derived.put("newIncubatees", BigDecimal.valueOf(added));
        derived.put("incubateeArea", area);
        derived.put("graduatesTotal", BigDecimal.valueOf(graduates));
        derived.put("graduatesYear", BigDecimal.valueOf(graduatesYear));
        derived.put("fundedIncubatees", BigDecimal.valueOf(funded));
        derived.put("fundedStartups", BigDecimal.valueOf(funded));
        derived.put("incubateeIpHolders", BigDecimal.valueOf(ipHolders));
        BigDecimal employees = sums.getOrDefault(ReportField.EMPLOYEES, BigDecimal.ZERO);
        BigDecimal fresh = sums.getOrDefault(ReportField.FRESH_GRADUATES, BigDecimal.ZERO);
        derived.put("incubateeEmployees", employees);
        derived.put("startupJobs", employees);
        derived.put("incubateeFreshGraduates", fresh);
        derived.put("startupFreshGraduates", fresh);
        derived.put("incubateeRevenue", thousands(sums.get(ReportField.OPERATING_REVENUE)));
        derived.put("incubateeRd", thousands(sums.get(ReportField.RD_EXPENSE)));
        BigDecimal funding = thousands(sums.get(ReportField.VENTURE_CAPITAL));
        derived.put("incubateeFunding", funding);
        derived.put("startupFunding", funding);
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (SurveyForms.Field field : form.fields()) {
            BigDecimal v = field.from() == SurveyForms.Source.DECLARED
                    ? m.declared().get(field.key())
                    : derived.get(field.key());
            if (v == null && "area".equals(field.key())) {
                v = m.carrier().areaSquareMetres();
            }
            if (v != null) {
                out.put(field.key(), v);
            }
        }
        return out;
    }

    /** Writes the tables: one sheet per form (names, codes, units, a row per carrier) and the check results. */
    public static void xlsx(List<SurveyTable> tables, String parkName, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TextCells text = new TextCells(wb);
            List<String[]> failures = new ArrayList<>();
            for (SurveyTable t : tables) {
                Sheet sheet = wb.createSheet(t.form().nameZh());
                text.set(
                        sheet.createRow(0).createCell(0),
                        parkName + " " + t.form().nameZh() + "(" + t.year() + "年度) 金额单位:千元");
                Row names = sheet.createRow(1);
                Row codes = sheet.createRow(2);
                Row units = sheet.createRow(3);
                text.set(names.createCell(0), "载体名称");
                text.set(names.createCell(1), "载体类型");
                text.set(codes.createCell(0), "代码");
                text.set(units.createCell(0), "计量单位");
                List<SurveyForms.Field> fields = t.form().fields();
                for (int i = 0; i < fields.size(); i++) {
                    text.set(names.createCell(i + 2), fields.get(i).nameZh());
                    text.set(codes.createCell(i + 2), fields.get(i).code());
                    text.set(units.createCell(i + 2), fields.get(i).unit());
                }
                int r = FIRST_DATA_ROW;
                for (SurveyRow row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    text.set(x.createCell(0), row.carrier());
                    text.set(x.createCell(1), row.type());
                    for (int i = 0; i < fields.size(); i++) {
                        BigDecimal v = row.figures().get(fields.get(i).key());
                        if (v != null) {
                            x.createCell(i + 2).setCellValue(v.doubleValue());
                        }
                    }
                    row.failures()
                            .forEach(f -> failures.add(
                                    new String[] {t.form().nameZh(), row.carrier(), f.nameZh(), f.reasonZh()}));
                }
            }
            Sheet checks = wb.createSheet(CHECKS_SHEET);
            Row head = checks.createRow(0);
            String[] titles = {"统计表", "载体名称", "校验规则", "原因"};
            for (int i = 0; i < titles.length; i++) {
                text.set(head.createCell(i), titles[i]);
            }
            int r = 1;
            if (failures.isEmpty()) {
                text.set(checks.createRow(r).createCell(0), "全部通过 / every check passes");
            }
            for (String[] f : failures) {
                Row x = checks.createRow(r++);
                for (int i = 0; i < f.length; i++) {
                    text.set(x.createCell(i), f[i]);
                }
            }
            wb.write(out);
        }
    }

    /**
     * Reads a workbook written by {@link #xlsx} (or filled in by hand in its layout) back into tables, the checks run
     * again on what it holds. A sheet of a form that is missing gives no table; a cell that is not a number is an
     * error naming the sheet, row and column.
     */
    public static List<SurveyTable> read(SurveyForms forms, int year, InputStream in) throws IOException {
        List<SurveyTable> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (Workbook wb = new XSSFWorkbook(in)) {
            for (SurveyForms.Form form : forms.forms()) {
                Sheet sheet = wb.getSheet(form.nameZh());
                if (sheet == null) {
                    continue;
                }
                Row codes = sheet.getRow(2);
                Map<Integer, SurveyForms.Field> byColumn = new HashMap<>();
                for (int c = 2; codes != null && c < codes.getLastCellNum(); c++) {
                    String code = fmt.formatCellValue(codes.getCell(c)).strip();
                    final int col = c;
                    form.fields().stream()
                            .filter(f -> f.code().equals(code))
                            .findFirst()
                            .ifPresent(f -> byColumn.put(col, f));
                }
                List<SurveyRow> rows = new ArrayList<>();
                for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null || fmt.formatCellValue(row.getCell(0)).isBlank()) {
                        continue;
                    }
                    Map<String, BigDecimal> figures = new LinkedHashMap<>();
                    for (Map.Entry<Integer, SurveyForms.Field> e : byColumn.entrySet()) {
                        Cell cell = row.getCell(e.getKey());
                        if (cell == null || cell.getCellType() == CellType.BLANK) {
                            continue;
                        }
                        if (cell.getCellType() != CellType.NUMERIC) {
                            throw new IncubationException(List.of(form.nameZh() + " 第" + (r + 1) + "行 "
                                    + e.getValue().nameZh() + "(" + e.getValue().code() + "): 应为数字, 实际为'"
                                    + fmt.formatCellValue(cell) + "' / row " + (r + 1) + ", "
                                    + e.getValue().code()
                                    + ": expected a number"));
                        }
                        figures.put(
                                e.getValue().key(),
                                BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
                    }
                    rows.add(new SurveyRow(
                            fmt.formatCellValue(row.getCell(0)),
                            fmt.formatCellValue(row.getCell(1)),
                            figures,
                            form.check(figures)));
                }
                out.add(new SurveyTable(form, year, rows));
            }
        }
        return out;
    }

    private static BigDecimal thousands(BigDecimal yuan) {
        return yuan == null ? BigDecimal.ZERO : yuan.divide(THOUSAND, 2, RoundingMode.HALF_UP);
    }

    private static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }
}
