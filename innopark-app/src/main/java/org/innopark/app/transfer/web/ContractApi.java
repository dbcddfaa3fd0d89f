package org.innopark.app.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.CurrentUser;
import org.innopark.app.transfer.TransferContracts;
import org.innopark.app.transfer.TransferNotFound;
import org.innopark.app.transfer.TransferViews;
import org.innopark.engine.transfer.ContractStatistics;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 技术合同登记 of a park: its registered contracts with the registration form's fields, their import (whole file or
 * nothing, errors by row and column; audited) and template, and the 输出/吸纳 statistics of a year against the year
 * before, exact in yuan. Park staff of the park only; anyone else gets "not found".
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "transfer", description = "科技成果转化 / technology transfer")
class ContractApi {

    private final TransferContracts contracts;
    private final CurrentUser user;

    ContractApi(TransferContracts contracts, CurrentUser user) {
        this.contracts = contracts;
        this.user = user;
    }

    @GetMapping("/parks/{code}/transfer/contracts")
    @Operation(summary = "本园区登记的技术合同(金额以元计) / the park's registered technology contracts, in yuan")
    List<TransferContracts.ContractRow> list(@PathVariable String code) {
        TransferViews.requireStaff(user.account(), code);
        return contracts.contracts(code);
    }

    @GetMapping("/parks/{code}/transfer/contracts/statistics")
    @Operation(
            summary = "技术合同输出与吸纳统计:按领域、类型、地区、月份,与上年比较 / 输出 and 吸纳 by field, type, region and month,"
                    + " against the year before")
    ResponseEntity<ContractStatistics.Report> statistics(
            @PathVariable String code, @RequestParam(required = false) Integer year) {
        TransferViews.requireStaff(user.account(), code);
        if (year != null && (year < 1985 || year > 2100)) {
            throw new org.springframework.web.server.ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "年份应在1985与2100之间 / the year is between 1985 and 2100");
        }
        return contracts
                .statistics(code, year)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    record ImportView(int rows, int created, int updated, int unchanged) {}

    @PostMapping(path = "/parks/{code}/transfer/contracts/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入技术合同登记(全部通过才写入,审计)/ import registered contracts, whole file or nothing")
    ResponseEntity<?> importFile(@PathVariable String code, @RequestParam("file") MultipartFile file)
            throws IOException {
        Account account = user.account();
        TransferViews.requireStaff(account, code);
        try {
            TransferContracts.Outcome o =
                    contracts.importUpload(account.username(), code, file.getOriginalFilename(), file.getInputStream());
            return ResponseEntity.ok(new ImportView(o.rows(), o.created(), o.updated(), o.unchanged()));
        } catch (AnalystInputException e) {
            return TransferApi.rejected(e);
        }
    }

    @GetMapping("/transfer/templates/contracts")
    @Operation(summary = "下载技术合同导入模板 / download the contracts' import template")
    ResponseEntity<byte[]> template() throws IOException {
        return TransferApi.template(contracts.spec(), "contracts");
    }

    @ExceptionHandler(TransferNotFound.class)
    ResponseEntity<Map<String, String>> notFound(TransferNotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
