package cn.ggw.exemplars;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.ProblemException;
import cn.ggw.documents.RichText;
import cn.ggw.files.FileKind;
import cn.ggw.files.FileService;
import cn.ggw.files.StoredFileView;
import cn.ggw.rules.BulletinDtos.BulletinSummary;
import cn.ggw.rules.BulletinDtos.BulletinView;
import cn.ggw.rules.BulletinDtos.Recipients;
import cn.ggw.rules.BulletinDtos.SendBulletinRequest;
import cn.ggw.rules.BulletinService;
import cn.ggw.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 下发: a booklet sent down the tree as a 《情况反映》 bulletin carrying its Word file, with receipts like any
 * bulletin. The Word file is written once, stored (files) and attached; the bulletin is the rules line's own.
 */
@ApplicationScoped
public class BookletDistribution {

    @Schema(name = "DistributeBookletRequest", description = "The bulletin that carries the booklet: recipients chosen as for any bulletin")
    public record DistributeRequest(
            @Schema(nullable = true, description = "Default: 关于印发《booklet title》的通知") String title,
            @Schema(nullable = true, description = "A note above the booklet; default: a sentence asking the units to study it") String note,
            @Schema(required = true) Recipients recipients) {
    }

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    BookletService booklets;

    @Inject
    BulletinService bulletins;

    @Inject
    FileService files;

    @Inject
    AuditLog audit;

    /**
     * Writes the booklet's DOCX, stores it for the caller's unit and sends it in a bulletin from that unit, all in
     * one transaction: a refused recipient (400) leaves neither file nor bulletin.
     */
    @Transactional
    public BulletinView distribute(long bookletId, DistributeRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        String name = booklets.fileName(bookletId);
        String bookletTitle = name.substring(0, name.length() - ".docx".length());
        if (request.recipients() == null) {
            throw ProblemException.invalid("recipients", "rules.bulletin.no-recipients");
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try {
            booklets.writeDocx(bookletId, docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StoredFileView file = files.upload(root.unitId(), name, new ByteArrayInputStream(docx.toByteArray()), Set.of(FileKind.DOCX));
        String title = request.title() == null || request.title().isBlank() ? "关于印发《" + bookletTitle + "》的通知" : request.title();
        String note = request.note() == null || request.note().isBlank()
                ? "现将《" + bookletTitle + "》印发给你们，请认真组织学习，结合本单位实际学习借鉴。" : request.note().strip();
        RichText body = new RichText(List.of(RichText.Block.paragraph(note)));
        BulletinView sent = bulletins.send(new SendBulletinRequest(title, body, request.recipients(), null, List.of(file.id())));
        em.createNativeQuery("insert into booklet_bulletin (booklet_id, bulletin_id) values (?1, ?2)")
                .setParameter(1, bookletId).setParameter(2, sent.summary().id()).executeUpdate();
        audit.record("DISTRIBUTE", "Booklet", bookletId, root.path(), null,
                Map.of("bulletinId", sent.summary().id(), "recipients", sent.summary().recipients(), "fileId", file.id()));
        return sent;
    }

    /** The bulletins that carried the booklet and that the caller may read, newest first, with their receipt share. */
    public List<BulletinSummary> distributions(long bookletId) {
        booklets.fileName(bookletId); // 404 when the booklet is not the caller's to see
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select bulletin_id from booklet_bulletin where booklet_id = ?1 order by bulletin_id desc")
                .setParameter(1, bookletId).getResultList();
        return ids.stream().map(id -> bulletins.summaryIfReadable(id.longValue())).flatMap(Optional::stream).toList();
    }
}
