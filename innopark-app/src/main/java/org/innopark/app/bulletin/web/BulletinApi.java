package org.innopark.app.bulletin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.innopark.app.bulletin.BulletinInputException;
import org.innopark.app.bulletin.BulletinNotFoundException;
import org.innopark.app.bulletin.BulletinStore;
import org.innopark.app.bulletin.PeerTables;
import org.innopark.app.bulletin.ReviewState;
import org.innopark.app.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bulletin API (公报情报): a park's bulletins uploaded (one file, whole or nothing), listed and read with their
 * facts, the reviews of the facts (accept, correct, reject; audited), and the peer table as JSON or XLSX. For the
 * park's staff: enterprise and bank users get 403, another park's bulletins are "not found".
 */
@RestController
@RequestMapping("/api/v1/parks/{code}/bulletins")
@Tag(name = "bulletins", description = "公报情报 / bulletin intelligence")
class BulletinApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BulletinStore store;
    private final PeerTables peers;
    private final CurrentUser user;

    BulletinApi(BulletinStore store, PeerTables peers, CurrentUser user) {
        this.store = store;
        this.peers = peers;
        this.user = user;
    }

    record BulletinView(BulletinStore.BulletinRow bulletin, String text, List<BulletinStore.StoredFact> facts) {}

    record ReviewBody(
            String verb, String subject, String metric, String value, String unit, String period, String note) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入公报文件(txt/html/docx/pdf),整份导入或不导入(审计) / import a bulletin file, whole or nothing")
    ResponseEntity<BulletinStore.Imported> upload(
            @PathVariable String code,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String sourceName,
            @RequestParam(required = false) String sourceUrl,
            @RequestParam(required = false) String publishedOn)
            throws IOException {
        BulletinStore.staffOf(user.account(), code);
        BulletinStore.Imported imported = store.importFile(
                user.account(),
                code,
                file.getOriginalFilename(),
                file.getBytes(),
                new BulletinStore.Meta(title, sourceName, sourceUrl, BulletinStore.Meta.date(publishedOn)));
        return ResponseEntity.status(HttpStatus.CREATED).body(imported);
    }

    @GetMapping
    @Operation(summary = "本园区导入的公报 / the park's bulletins")
    List<BulletinStore.BulletinRow> list(@PathVariable String code) {
        return store.list(user.account(), code);
    }

    @GetMapping("/{id}")
    @Operation(summary = "公报全文及其事实(原文位置、审核状态) / a bulletin's text and its facts with quote offsets and reviews")
    BulletinView bulletin(@PathVariable String code, @PathVariable long id) {
        BulletinStore.Bulletin b = store.find(user.account(), code, id)
                .orElseThrow(() -> new BulletinNotFoundException("无此公报 / no bulletin " + id));
        return new BulletinView(b.row(), b.text(), store.facts(user.account(), code, id));
    }

    @PutMapping("/{id}/facts/{fact}/review")
    @Operation(summary = "审核事实:采纳、更正(数值、单位、时期、主体、指标)或驳回(审计) / review a fact (audited)")
    BulletinStore.StoredFact review(
            @PathVariable String code, @PathVariable long id, @PathVariable long fact, @RequestBody ReviewBody body) {
        BulletinStore.staffOf(user.account(), code);
        ReviewState state = ReviewState.ofVerb(body.verb());
        if (state == null) {
            throw new IllegalArgumentException(
                    "verb 应为 accept、correct、reject 或 pending / verb is accept, correct, reject or pending");
        }
        return store.review(
                user.account(),
                code,
                id,
                fact,
                new BulletinStore.Review(
                        state, body.subject(), body.metric(), body.value(), body.unit(), body.period(), body.note()));
    }

    @GetMapping("/peers")
    @Operation(summary = "对标表:同行公报数字与本园区登记库数字并列,附来源与日期 / the peer table")
    PeerTables.PeerTable peerTable(@PathVariable String code, @RequestParam(defaultValue = "false") boolean all) {
        return peers.table(user.account(), code, !all);
    }

    @GetMapping("/peers.xlsx")
    @Operation(summary = "对标表 XLSX / the peer table as XLSX")
    ResponseEntity<byte[]> peerTableXlsx(@PathVariable String code, @RequestParam(defaultValue = "false") boolean all) {
        PeerTables.PeerTable table = peers.table(user.account(), code, !all);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PeerTables.xlsx(table, out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"peers-" + code + ".xlsx\"")
                .body(out.toByteArray());
    }

    @ExceptionHandler(BulletinNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(BulletinNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler({BulletinInputException.class, IllegalArgumentException.class})
    ResponseEntity<Map<String, String>> badRequest(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
    }
}
