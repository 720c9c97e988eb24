package cn.ggw.rules;

import cn.ggw.documents.RichText;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.files.StoredFileView;
import cn.ggw.hierarchy.OrgUnitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the bulletin API reads and writes. */
public final class BulletinDtos {

    private BulletinDtos() {
    }

    @Schema(name = "BulletinRecipients", description = "Either a list of units, or a subtree (default the sender's) optionally limited to unit kinds;"
            + " always strictly below the sender")
    public record Recipients(
            @Schema(nullable = true, description = "These units only") List<Long> unitIds,
            @Schema(nullable = true, description = "Every unit below this one (default: the sender)") Long subtreeUnitId,
            @Schema(nullable = true, description = "Only units of these kinds") List<OrgUnitKind> kinds) {
    }

    @Schema(name = "SendBulletinRequest")
    public record SendBulletinRequest(
            @Schema(required = true, examples = "关于印发修订后的《洮北区关工委工作制度》的通知") String title,
            @Schema(required = true) RichText body,
            @Schema(required = true) Recipients recipients,
            @Schema(nullable = true, description = "The rule version it carries") Long ruleVersionId,
            @Schema(nullable = true, description = "Attachments uploaded first (POST /files, for the sender's unit): PDF, Word, Excel or photos;"
                    + " read by every recipient at GET /bulletins/{id}/attachments/{fileId}") List<Long> fileIds) {
    }

    @Schema(name = "BulletinReceiptState", description = "The caller's own unit's copy")
    public record OwnReceipt(long unitId, @Schema(nullable = true) Instant acknowledgedAt, @Schema(nullable = true) String acknowledgedBy) {
    }

    @Schema(name = "BulletinSummary", description = "Counts are of the receipts in the caller's scope")
    public record BulletinSummary(
            long id,
            OrgUnitRef sender,
            @Schema(examples = "2013") int year,
            @Schema(examples = "7") int issueNo,
            @Schema(examples = "2013年第7期") String issueLabel,
            String title,
            Instant sentAt,
            @Schema(nullable = true) Long ruleVersionId,
            @Schema(description = "Receipts in the caller's scope") long recipients,
            long acknowledged,
            @Schema(nullable = true, description = "acknowledged ÷ recipients, null without recipients", examples = "0.95") Double acknowledgedShare,
            @Schema(nullable = true) OwnReceipt ownReceipt,
            @Schema(description = "The caller may remind the units that have not acknowledged") boolean senderSide) {
    }

    @Schema(name = "Bulletin")
    public record BulletinView(BulletinSummary summary, RichText body, String sentBy,
                               @Schema(description = "Attached files, in order; download at GET /bulletins/{id}/attachments/{fileId}")
                               List<StoredFileView> attachments) {
    }

    @Schema(name = "BulletinReceipt")
    public record ReceiptView(long id, OrgUnitRef unit, @Schema(nullable = true) Instant acknowledgedAt,
                              @Schema(nullable = true) String acknowledgedBy, @Schema(nullable = true) Instant remindedAt) {
    }

    @Schema(name = "BulletinReminders", description = "How many units were reminded")
    public record RemindersView(int reminded) {
    }

    @Schema(name = "BulletinBox")
    public enum Box {
        SENT, RECEIVED
    }

    @Schema(name = "BulletinReceiptFilter")
    public enum ReceiptFilter {
        ALL, PENDING, ACKNOWLEDGED
    }
}
