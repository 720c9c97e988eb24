package cn.ggw.rules;

import cn.ggw.figures.FigureDef;
import cn.ggw.figures.FigureDef.Temporal;
import cn.ggw.figures.FigureSink;
import cn.ggw.figures.FigureSource;
import cn.ggw.figures.Period;
import cn.ggw.figures.WorkLine;
import cn.ggw.rules.ObligationLedger.Tally;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * 抓制度's figures: the rules in force (at the unit that issued them), the bulletins' receipts and
 * acknowledgements (at the recipient), the obligations due and met (each calendar period wholly within the
 * period, at the unit bound by it) and the meetings held. Aggregates only.
 */
@ApplicationScoped
public class RuleFigures implements FigureSource {

    static final String IN_FORCE = "rules.rulesInForce";
    static final String RECEIPTS = "rules.bulletinReceipts";
    static final String ACKNOWLEDGED = "rules.bulletinsAcknowledged";
    static final String ACKNOWLEDGED_SHARE = "rules.acknowledgedShare";
    static final String DUE = "rules.obligationsDue";
    static final String MET = "rules.obligationsMet";
    static final String MET_SHARE = "rules.obligationsMetShare";
    static final String MEETINGS = "rules.meetingsHeld";

    private static final List<FigureDef> DEFINITIONS = List.of(
            FigureDef.count(IN_FORCE, WorkLine.RULES, Temporal.STOCK, false),
            FigureDef.count(RECEIPTS, WorkLine.RULES, Temporal.FLOW, false),
            FigureDef.count(ACKNOWLEDGED, WorkLine.RULES, Temporal.FLOW, false),
            FigureDef.ratio(ACKNOWLEDGED_SHARE, WorkLine.RULES, ACKNOWLEDGED, RECEIPTS),
            FigureDef.count(DUE, WorkLine.RULES, Temporal.FLOW, false),
            FigureDef.count(MET, WorkLine.RULES, Temporal.FLOW, false),
            FigureDef.ratio(MET_SHARE, WorkLine.RULES, MET, DUE),
            FigureDef.count(MEETINGS, WorkLine.RULES, Temporal.FLOW, false));

    @Inject
    EntityManager em;

    @Inject
    ObligationLedger ledger;

    @Override
    public WorkLine line() {
        return WorkLine.RULES;
    }

    @Override
    public List<FigureDef> definitions() {
        return DEFINITIONS;
    }

    @Override
    public void collect(Subtree subtree, Period period, FigureSink sink) {
        for (Object[] row : subtree.rows(em, """
                select r.owner_path, count(distinct r.id) from rule r join rule_version v on v.rule_id = r.id
                 where %s and v.status in ('PUBLISHED', 'SUPERSEDED') and v.effective_from <= ?4
                   and (v.effective_to is null or v.effective_to > ?4) and ?3 <= ?4
                 group by r.owner_path""", "r.owner_path", period.from(), period.to())) {
            sink.add((String) row[0], IN_FORCE, ((Number) row[1]).longValue());
        }
        for (Object[] row : subtree.rows(em, """
                select r.org_path, count(*), count(*) filter (where r.acknowledged_at < cast(?4 as date) + 1)
                  from bulletin_receipt r join bulletin b on b.id = r.bulletin_id
                 where %s and b.sent_at >= cast(?3 as date) and b.sent_at < cast(?4 as date) + 1
                 group by r.org_path""", "r.org_path", period.from(), period.to())) {
            sink.add((String) row[0], RECEIPTS, ((Number) row[1]).longValue());
            sink.add((String) row[0], ACKNOWLEDGED, ((Number) row[2]).longValue());
        }
        for (Object[] row : subtree.rows(em, """
                select e.org_path, count(*) from rule_evidence e
                 where %s and e.held_on between ?3 and ?4
                   and exists (select 1 from rule_version v where v.rule_id = e.rule_id and v.obligation_kind = 'MEETING'
                               and v.status in ('PUBLISHED', 'SUPERSEDED') and v.effective_from <= e.held_on
                               and (v.effective_to is null or v.effective_to > e.held_on))
                 group by e.org_path""", "e.org_path", period.from(), period.to())) {
            sink.add((String) row[0], MEETINGS, ((Number) row[1]).longValue());
        }
        for (Tally t : ledger.tally(subtree, period.from(), period.to())) {
            sink.add(t.unitPath(), DUE, t.due());
            sink.add(t.unitPath(), MET, t.met());
        }
    }
}
