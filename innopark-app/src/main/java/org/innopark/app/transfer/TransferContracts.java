package org.innopark.app.transfer;

import static org.innopark.app.registry.imports.AnalystSheet.text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.registry.imports.AnalystSheet.Row;
import org.innopark.app.registry.imports.AnalystSheet.Spec;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.TechContract;
import org.innopark.engine.transfer.ContractDetails;
import org.innopark.engine.transfer.ContractLists;
import org.innopark.engine.transfer.ContractStatistics;
import org.innopark.engine.transfer.RegisteredContract;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 技术合同登记: a park's registered technology contracts. The registry keeps the facts every feature shares (登记编号,
 * the parties, the four-way contract class, 成交额, 登记日期: table tech_contract, written through
 * {@link RegistryStore}); this class keeps the registration form's own fields in transfer_contract, keyed by the
 * 登记编号 (the type of the five, 技术交易额, 技术领域, 知识产权类型, the parties' region codes, 登记机构, 项目名称). The import
 * takes one file with both, whole or nothing, writing both in one transaction and auditing each contract created or
 * changed; the statistics read both.
 *
 * <p>A contract registered without the form's fields (through the registry's own import) counts with its registry
 * class's first type, its turnover as its technology amount, 技术领域 and 知识产权类型 "未登记", and a party outside the
 * park in region 000000 (地区未登记).
 */
@Service
public class TransferContracts {

    /** What an import did. */
    public record Outcome(int rows, int created, int updated, int unchanged) {}

    /** A contract with its credit codes, as the API lists it (money in yuan). */
    public record ContractRow(
            RegisteredContract contract, String sellerCreditCode, String buyerCreditCode, String typeZh) {}

    static final String UNKNOWN = "未登记";

    static final String UNKNOWN_REGION = "000000";

    private static final String COLUMNS = "registration_no, park_code, project_name, type_code, technology_amount,"
            + " field, ip_type, seller_region, buyer_region, registration_body";

    private static final List<String> NOTES = List.of(
            "每行一份合同,登记编号唯一;带*的列必填;金额以万元计,精确到分 / one contract a row; amounts in 10,000 yuan",
            "买方或卖方为本园区企业时填写其统一社会信用代码 / give the credit code of a party that is a park enterprise",
            "整个文件有任一错误则全部不导入,错误列出行与列 / a file with any error is rejected whole, with row and column");

    private final JdbcClient jdbc;
    private final RegistryReads reads;
    private final RegistryStore store;
    private final AuditLog audit;
    private final ContractLists lists = ContractLists.builtIn();

    TransferContracts(JdbcClient jdbc, RegistryReads reads, RegistryStore store, AuditLog audit) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.store = store;
        this.audit = audit;
    }

    public ContractLists lists() {
        return lists;
    }

    /** The import template's columns. */
    public Spec spec() {
        return new Spec(
                "contracts",
                "技术合同",
                "Technology contracts",
                List.of(
                        text("id", "登记编号", "registration_no", true, "2025220173000123")
                                .alias("合同登记编号", "合同编号"),
                        text("project", "项目名称", "project_name", false, "焊装生产线柔性夹具联合开发"),
                        text("seller", "卖方名称", "seller_name", true, "长春示例光电科技有限公司"),
                        AnalystSheet.creditCode("seller_code", "卖方统一社会信用代码", "seller_credit_code", false, "")
                                .alias("卖方信用代码"),
                        text("seller_region", "卖方行政区划代码", "seller_region", true, "220173")
                                .meaning("GB/T 2260 六位代码 / six-digit region code"),
                        text("buyer", "买方名称", "buyer_name", true, "上海示例汽车零部件有限公司"),
                        AnalystSheet.creditCode("buyer_code", "买方统一社会信用代码", "buyer_credit_code", false, "")
                                .alias("买方信用代码"),
                        text("buyer_region", "买方行政区划代码", "buyer_region", true, "310115")
                                .meaning("GB/T 2260 六位代码 / six-digit region code"),
                        text("type", "合同类型", "contract_type", true, "技术开发").meaning(lists.typeNames()),
                        text("amount", "成交额(万元)", "amount", true, "120.5").alias("成交额", "合同成交额(万元)"),
                        text("tech_amount", "技术交易额(万元)", "technology_amount", true, "100")
                                .alias("技术交易额"),
                        text("field", "技术领域", "field", true, lists.fields().get(2))
                                .meaning(String.join("、", lists.fields())),
                        text("ip", "知识产权类型", "ip_type", true, lists.ipTypes().get(1))
                                .meaning(String.join("、", lists.ipTypes())),
                        text("body", "登记机构", "registration_body", false, "长春市技术合同登记处"),
                        AnalystSheet.date("date", "登记日期", "registration_date", true, "2025-08-15")),
                null,
                NOTES);
    }

    /**
     * Reads a park's contract file and writes it: all rows or none.
     *
     * @throws org.innopark.app.registry.imports.AnalystInputException with every error by row and column
     */
    @Transactional
    public Outcome importFile(String username, String park, Path file) {
        String parkRegion = reads.parkRegion(park).orElseThrow(() -> new TransferNotFound("无此园区 / no such park"));
        Set<String> parkFirms = reads.creditCodes(park);
        List<ContractRow> rows = TransferFiles.read(file, spec(), r -> row(r, park, parkRegion, parkFirms));
        return write(username, park, rows);
    }

    /**
     * Registers one contract (the listing flow's 登记) by the import's rules and through its write: the registry's
     * facts and the form's fields in the caller's transaction, audited.
     *
     * @throws TransferRefused naming every rule the contract breaks, or when its 登记编号 is registered already
     */
    @Transactional
    public ContractRow register(String username, String park, ContractRow c) {
        RegisteredContract r = c.contract();
        List<String> problems = new ArrayList<>();
        rules(park, r.registrationNo(), r.typeCode(), r.field(), r.ipType(), r.sellerRegion(), r.buyerRegion())
                .forEach(p -> problems.add(p.zh()));
        if (reads.techContractPark(r.registrationNo()).isPresent() && problems.isEmpty()) {
            problems.add("该登记编号已登记");
        }
        Set<String> parkFirms = reads.creditCodes(park);
        boolean buyerIn = c.buyerCreditCode() != null && parkFirms.contains(c.buyerCreditCode());
        boolean sellerIn = c.sellerCreditCode() != null && parkFirms.contains(c.sellerCreditCode());
        if (!buyerIn && !sellerIn) {
            problems.add("买卖双方都不是本园区企业:本园区只登记本园区企业输出或吸纳的合同");
        }
        if (!problems.isEmpty()) {
            throw TransferRefused.value(String.join(";", problems));
        }
        write(username, park, List.of(c));
        return c;
    }

    /** Writes contracts to the registry and the forms, auditing each one created or changed. */
    private Outcome write(String username, String park, List<ContractRow> rows) {
        Map<String, ContractRow> before = new HashMap<>();
        for (ContractRow c : contracts(park)) {
            before.put(c.contract().registrationNo(), c);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<TechContract> registry = new ArrayList<>();
        for (ContractRow c : rows) {
            ContractRow old = before.get(c.contract().registrationNo());
            Map<String, Object> after = view(c);
            if (old != null && view(old).equals(after)) {
                unchanged++;
                continue;
            }
            registry.add(techContract(park, c));
            writeDetails(park, details(c.contract()));
            audit.record(
                    username,
                    old == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                    "transfer_contract",
                    c.contract().registrationNo(),
                    park,
                    old == null ? null : view(old),
                    after);
            if (old == null) {
                created++;
            } else {
                updated++;
            }
        }
        store.saveContracts(registry);
        return new Outcome(rows.size(), created, updated, unchanged);
    }

    /**
     * The rules a contract's terms break before it has a 登记编号 (the listing flow's 签约), by the import's rules:
     * type, 技术领域, 知识产权类型, region codes; in Chinese, empty when none.
     */
    public List<String> termProblems(String type, String field, String ip, String sellerRegion, String buyerRegion) {
        return rules(null, null, type, field, ip, sellerRegion, buyerRegion).stream()
                .map(Problem::zh)
                .toList();
    }

    /** A rule a contract breaks: the import's column key and the reason. */
    private record Problem(String key, String zh, String en) {}

    /**
     * The rules of the registration form's coded fields, for the import and the listing flow alike: the 登记编号's
     * form and park, the type, 技术领域 and 知识产权类型 from the code lists, the region codes.
     */
    private List<Problem> rules(
            String park, String no, String type, String field, String ip, String sellerRegion, String buyerRegion) {
        List<Problem> out = new ArrayList<>();
        if (park != null && (no == null || !no.matches("[0-9A-Za-z-]{1,64}"))) {
            out.add(new Problem(
                    "id", "登记编号应为数字或字母(至多64位)", "the registration number is digits or letters (at most 64)"));
        }
        Optional<String> registeredFor = no == null ? Optional.empty() : reads.techContractPark(no);
        if (registeredFor.isPresent() && !registeredFor.get().equals(park)) {
            out.add(new Problem("id", "该登记编号已登记在其他园区", "this registration number is registered for another park"));
        }
        if (lists.type(type).isEmpty()) {
            out.add(new Problem(
                    "type", "合同类型应为:" + lists.typeNames(), "the contract type is one of: " + lists.typeNames()));
        }
        listed("field", field, lists.fields(), "技术领域", "the technology field").ifPresent(out::add);
        listed("ip", ip, lists.ipTypes(), "知识产权类型", "the IP type").ifPresent(out::add);
        region("seller_region", sellerRegion).ifPresent(out::add);
        region("buyer_region", buyerRegion).ifPresent(out::add);
        return out;
    }

    private static Optional<Problem> listed(String key, String v, List<String> valid, String zh, String en) {
        return v == null || valid.contains(v)
                ? Optional.empty()
                : Optional.of(new Problem(
                        key, zh + "应为:" + String.join("、", valid), en + " is one of: " + String.join(", ", valid)));
    }

    /** Imports an uploaded file, copied under its own name (which the errors name) and deleted after. */
    @Transactional
    public Outcome importUpload(String username, String park, String fileName, InputStream in) throws IOException {
        return TransferImport.uploaded(fileName, in, "innopark-contracts-", file -> importFile(username, park, file));
    }

    /**
     * Writes contracts the registry holds already with their forms (the demo), without auditing each: the caller
     * writes the registry's part.
     */
    @Transactional
    public void saveDetails(String park, List<ContractDetails> details) {
        for (ContractDetails d : details) {
            writeDetails(park, d);
        }
    }

    private void writeDetails(String park, ContractDetails d) {
        jdbc.sql("DELETE FROM transfer_contract WHERE registration_no = ?")
                .param(d.registrationNo())
                .update();
        jdbc.sql("INSERT INTO transfer_contract (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.registrationNo(),
                        park,
                        d.projectName(),
                        d.typeCode(),
                        d.technologyAmountYuan(),
                        d.field(),
                        d.ipType(),
                        d.sellerRegion(),
                        d.buyerRegion(),
                        d.registrationBody())
                .update();
    }

    private static ContractDetails details(RegisteredContract c) {
        return new ContractDetails(
                c.registrationNo(),
                c.projectName(),
                c.typeCode(),
                c.technologyAmountYuan(),
                c.field(),
                c.ipType(),
                c.sellerRegion(),
                c.buyerRegion(),
                c.registrationBody());
    }

    private TechContract techContract(String park, ContractRow c) {
        RegisteredContract r = c.contract();
        return new TechContract(
                r.registrationNo(),
                park,
                c.sellerCreditCode() == null ? null : CreditCode.of(c.sellerCreditCode()),
                r.sellerName(),
                c.buyerCreditCode() == null ? null : CreditCode.of(c.buyerCreditCode()),
                r.buyerName(),
                lists.typeOf(r.typeCode()).registry(),
                r.amountYuan(),
                r.registrationDate());
    }

    private static Map<String, Object> view(ContractRow c) {
        RegisteredContract r = c.contract();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project_name", r.projectName());
        m.put("seller_name", r.sellerName());
        m.put("seller_credit_code", c.sellerCreditCode());
        m.put("seller_region", r.sellerRegion());
        m.put("buyer_name", r.buyerName());
        m.put("buyer_credit_code", c.buyerCreditCode());
        m.put("buyer_region", r.buyerRegion());
        m.put("type", r.typeCode());
        m.put("amount", r.amountYuan().setScale(2).toPlainString());
        m.put("technology_amount", r.technologyAmountYuan().setScale(2).toPlainString());
        m.put("field", r.field());
        m.put("ip_type", r.ipType());
        m.put("registration_body", r.registrationBody());
        m.put("registration_date", r.registrationDate().toString());
        return m;
    }

    private ContractRow row(Row r, String park, String parkRegion, Set<String> parkFirms) {
        String no = r.text("id");
        List<Problem> problems = rules(
                park,
                no,
                r.text("type"),
                r.text("field"),
                r.text("ip"),
                r.text("seller_region"),
                r.text("buyer_region"));
        problems.forEach(p -> r.reject(p.key(), p.zh(), p.en()));
        boolean ok = problems.isEmpty();
        Optional<ContractLists.Kind> type = lists.type(r.text("type"));
        BigDecimal amount = TransferImport.tenThousands(r, "amount");
        BigDecimal tech = TransferImport.tenThousands(r, "tech_amount");
        if (amount != null && tech != null && tech.compareTo(amount) > 0) {
            r.reject("tech_amount", "技术交易额不能大于成交额", "the technology amount cannot exceed the turnover");
            ok = false;
        }
        CreditCode seller = r.value("seller_code");
        CreditCode buyer = r.value("buyer_code");
        boolean sellerIn = seller != null && parkFirms.contains(seller.value());
        boolean buyerIn = buyer != null && parkFirms.contains(buyer.value());
        if (!sellerIn && !buyerIn && seller != null | buyer != null) {
            r.reject(
                    seller != null ? "seller_code" : "buyer_code",
                    "买卖双方都不是本园区企业:本园区只登记本园区企业输出或吸纳的合同",
                    "neither party is an enterprise of the park: a park registers what its enterprises sell or buy");
            ok = false;
        } else if (!sellerIn && !buyerIn) {
            r.reject(
                    "seller_code",
                    "请填写本园区卖方或买方企业的统一社会信用代码",
                    "give the credit code of the seller or the buyer that is an enterprise of the park");
            ok = false;
        }
        LocalDate date = r.value("date");
        if (!ok || amount == null || tech == null || date == null) {
            return null;
        }
        try {
            return new ContractRow(
                    new RegisteredContract(
                            no,
                            r.text("project"),
                            r.text("seller"),
                            sellerIn,
                            r.text("buyer"),
                            buyerIn,
                            type.get().code(),
                            amount,
                            tech,
                            r.text("field"),
                            r.text("ip"),
                            r.text("seller_region"),
                            r.text("buyer_region"),
                            r.text("body"),
                            date),
                    seller == null ? null : seller.value(),
                    buyer == null ? null : buyer.value(),
                    type.get().zh());
        } catch (IllegalArgumentException e) {
            r.reject("id", e.getMessage(), e.getMessage());
            return null;
        }
    }

    private Optional<Problem> region(String key, String v) {
        return RegisteredContract.isRegion(v) && lists.province(v).isPresent()
                ? Optional.empty()
                : Optional.of(new Problem(
                        key, "应为 GB/T 2260 六位行政区划代码,如 220173", "a six-digit GB/T 2260 region code, such as 220173"));
    }

    /** A park's contracts with their forms, by registration number. */
    @Transactional(readOnly = true)
    public List<ContractRow> contracts(String park) {
        String parkRegion = reads.parkRegion(park).orElse(UNKNOWN_REGION);
        Set<String> parkFirms = reads.creditCodes(park);
        Map<String, ContractDetails> forms = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM transfer_contract WHERE park_code = ?")
                .param(park)
                .query((rs, n) -> new ContractDetails(
                        rs.getString(1),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8).strip(),
                        rs.getString(9).strip(),
                        rs.getString(10)))
                .list()
                .forEach(d -> forms.put(d.registrationNo(), d));
        List<ContractRow> out = new ArrayList<>();
        for (TechContract t : reads.techContracts(park)) {
            String seller =
                    t.sellerCreditCode() == null ? null : t.sellerCreditCode().value();
            String buyer =
                    t.buyerCreditCode() == null ? null : t.buyerCreditCode().value();
            boolean sellerIn = seller != null && parkFirms.contains(seller);
            boolean buyerIn = buyer != null && parkFirms.contains(buyer);
            ContractDetails d = forms.get(t.registrationNo());
            if (d == null || lists.type(d.typeCode()).isEmpty()) {
                d = new ContractDetails(
                        t.registrationNo(),
                        null,
                        lists.typeFor(t.type()).code(),
                        t.amount(),
                        UNKNOWN,
                        UNKNOWN,
                        sellerIn ? parkRegion : UNKNOWN_REGION,
                        buyerIn ? parkRegion : UNKNOWN_REGION,
                        null);
            }
            BigDecimal tech = d.technologyAmountYuan().min(t.amount());
            out.add(new ContractRow(
                    new RegisteredContract(
                            t.registrationNo(),
                            d.projectName(),
                            t.sellerName(),
                            sellerIn,
                            t.buyerName(),
                            buyerIn,
                            d.typeCode(),
                            t.amount(),
                            tech,
                            d.field(),
                            d.ipType(),
                            d.sellerRegion(),
                            d.buyerRegion(),
                            d.registrationBody(),
                            t.registrationDate()),
                    seller,
                    buyer,
                    lists.typeOf(d.typeCode()).zh()));
        }
        return out;
    }

    /** The park's 输出 and 吸纳 of a year (the latest year with a contract when null; empty with no contract). */
    @Transactional(readOnly = true)
    public Optional<ContractStatistics.Report> statistics(String park, Integer year) {
        String parkRegion = reads.parkRegion(park).orElseThrow(() -> new TransferNotFound("无此园区 / no such park"));
        List<RegisteredContract> all =
                contracts(park).stream().map(ContractRow::contract).toList();
        if (all.isEmpty() && year == null) {
            return Optional.empty();
        }
        return Optional.of(ContractStatistics.of(park, parkRegion, lists, all, year));
    }
}
