package cn.ggw.rules;

import cn.ggw.documents.OfficialDocument;
import cn.ggw.rules.RuleDtos.RuleInForce;
import cn.ggw.rules.RuleDtos.Rulebook;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.format.DateTimeFormatter;

/**
 * 制度上墙: the rulebook in force for a unit as a Word document in the layout of a Chinese official document
 * (GB/T 9704), one rule after the other, each headed by its title, with its clauses as written. Pictures in a
 * rule's body are not reproduced (a note stands in their place): rule bodies carry text.
 */
@ApplicationScoped
public class RulebookDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    public byte[] docx(Rulebook book) {
        OfficialDocument doc = OfficialDocument.create()
                .title(book.unit().name() + "关心下一代工作委员会规章制度")
                .subtitle("（" + DAY.format(book.on()) + "施行）");
        if (book.rules().isEmpty()) {
            doc.paragraph("该日没有施行中的制度。");
        }
        for (RuleInForce rule : book.rules()) {
            doc.heading(1, rule.title());
            doc.paragraph("（" + rule.owner().name() + "，第" + rule.number() + "版，" + DAY.format(rule.effectiveFrom()) + "起施行）");
            doc.richText(rule.body(), id -> null);
        }
        return doc.toBytes();
    }
}
