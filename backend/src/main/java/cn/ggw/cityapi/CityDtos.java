package cn.ggw.cityapi;

import cn.ggw.exemplars.ExemplarDtos;
import cn.ggw.figures.FigureDef;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.OrgUnitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the city-level API answers: units by their administrative codes only (ids differ between platforms). */
public final class CityDtos {

    private CityDtos() {
    }

    @Schema(name = "DownTo", description = "The lowest level of the breakdown: UNIT = the asked unit only; TOWNSHIP = 乡镇/街道/区直部门; "
            + "VILLAGE = 村/社区 (and units under departments)")
    public enum DownTo {
        UNIT, TOWNSHIP, VILLAGE;

        /** Levels below a unit of this kind down to this level; negative when the unit lies below it. */
        int depthBelow(OrgUnitKind kind) {
            return switch (this) {
                case UNIT -> 0;
                case TOWNSHIP -> 3 - CityFigures.rank(kind);
                case VILLAGE -> 4 - CityFigures.rank(kind);
            };
        }
    }

    @Schema(name = "CityFigureDefinition", description = "A figure: its stable key (part of the contract), line of work, how it adds up, and its label")
    public record CityFigureDefinition(
            @Schema(examples = "volunteers.onRegister") String key,
            WorkLine line,
            @Schema(description = "COUNT adds up over a subtree; RATIO = numerator ÷ denominator of the summed counts") FigureDef.Kind kind,
            @Schema(nullable = true, description = "STOCK: state on the period's last day; FLOW: within the period; null for ratios")
            FigureDef.Temporal temporal,
            @Schema(description = "Counts people: small values are suppressed") boolean countsPeople,
            @Schema(nullable = true, examples = "volunteers.active") String numerator,
            @Schema(nullable = true, examples = "volunteers.onRegister") String denominator,
            @Schema(description = "The figure's name in the language of Accept-Language", examples = "在册五老") String label) {

        static CityFigureDefinition of(FigureDef d, String label) {
            return new CityFigureDefinition(d.key(), d.line(), d.kind(), d.temporal(), d.countsPeople(), d.numerator(), d.denominator(), label);
        }
    }

    @Schema(name = "CityUnitFigures", description = "One unit's figures over its whole subtree, keyed by its administrative code")
    public record CityUnitFigures(
            @Schema(description = "Administrative code (区划代码)", examples = "220802100") String code,
            @Schema(nullable = true, description = "The parent's code; null for the asked unit", examples = "220802") String parentCode,
            @Schema(examples = "平台镇") String name,
            OrgUnitKind kind,
            @Schema(description = "0 for the asked unit, 1 for its children …", examples = "1") int level,
            @Schema(description = "COUNT figures by key; null where suppressed") Map<String, Long> counts,
            @Schema(description = "RATIO figures by key, 0–1; null where the denominator is 0 or a part was suppressed") Map<String, Double> ratios,
            @Schema(description = "Keys withheld here because a small count of people could identify someone") List<String> suppressed) {
    }

    @Schema(name = "CityFigures", description = "The figures of every unit under a node down to a level, for a period")
    public record CityFiguresView(
            @Schema(examples = "220802") String unitCode,
            @Schema(examples = "洮北区") String unitName,
            OrgUnitKind unitKind,
            @Schema(examples = "2026-01-01") LocalDate from,
            @Schema(examples = "2026-12-06") LocalDate to,
            @Schema(description = "Since when these figures have been as shown (they are recomputed on every call; "
                    + "the time stays while nothing changes)") Instant asOf,
            DownTo downTo,
            @Schema(description = "Counts of people from 1 to this minus one are suppressed", examples = "3") int suppressionThreshold,
            List<CityFigureDefinition> definitions,
            @Schema(description = "The asked unit first, then each level below it, in the tree's order") List<CityUnitFigures> units) {
    }

    @Schema(name = "CityUnit", description = "A unit as the city system stores it, keyed by its administrative code")
    public record CityUnit(
            @Schema(examples = "220802100") String code,
            @Schema(examples = "平台镇") String name,
            OrgUnitKind kind,
            @Schema(nullable = true, description = "The parent's code; null at the top of the caller's scope", examples = "220802") String parentCode,
            @Schema(description = "Depth in the platform's tree (0 = its top)", examples = "1") int depth,
            @Schema(examples = "110") int sortOrder,
            boolean active) {
    }

    @Schema(name = "UnitChangeType", description = "CREATED, UPDATED (name, code, sort order), MOVED (new parent), DEACTIVATED and REACTIVATED "
            + "carry the unit's state after the change; REMOVED (deleted, or moved out of the caller's scope) is a tombstone without it")
    public enum UnitChangeType { CREATED, UPDATED, MOVED, DEACTIVATED, REACTIVATED, REMOVED }

    @Schema(name = "UnitChange", description = "One change of a unit. Apply in order, keyed by code; a MOVED item names the parent it left, "
            + "an UPDATED item whose code changed names the code it had")
    public record UnitChange(
            Instant changedAt,
            UnitChangeType change,
            @Schema(description = "The unit's code after the change", examples = "220802100") String code,
            @Schema(nullable = true, description = "The code it had before, when the change gave it another") String previousCode,
            @Schema(nullable = true, description = "MOVED: the parent it left (a tombstone of its old place)") String previousParentCode,
            @Schema(nullable = true, description = "The state after the change; null for REMOVED") CityUnit unit) {
    }

    @Schema(name = "UnitChangePage", description = "A page of the change feed. nextCursor is never null: store it and pass it next time; "
            + "hasMore says whether to ask again now")
    public record UnitChangePage(
            List<UnitChange> items,
            @Schema(description = "Where the next call continues (also when this page is empty)") String nextCursor,
            boolean hasMore) {
    }

    @Schema(name = "ExemplarChangeType", description = "SUBMITTED (sent to the city, or already there at a full read), UPDATED (write-up, "
            + "title, unit or the city's answer changed), ADOPTED (the city took it into its book) carry the exemplar; WITHDRAWN "
            + "(the submission was taken back) and REMOVED (deleted, or moved out of the caller's scope) are tombstones without it")
    public enum ExemplarChangeType { SUBMITTED, UPDATED, ADOPTED, WITHDRAWN, REMOVED }

    @Schema(name = "SubmittedExemplar", description = "An exemplar submitted to the city as the change feed carries it (the write-up "
            + "and photos: GET /city/exemplars/{id}). No ID numbers, no phones")
    public record SubmittedExemplar(
            @Schema(examples = "17") long id,
            @Schema(description = "The unit it belongs to, by administrative code", examples = "220802100001") String unitCode,
            @Schema(examples = "长庆村") String unitName,
            @Schema(description = ExemplarDtos.CATEGORY_DOC, examples = "FIVE_ELDERS") String category,
            @Schema(examples = "2012") int year,
            @Schema(examples = "长庆村“四自”小组：假期不离村，成长不离线") String title,
            @Schema(description = "Whom the write-up is about (a group or a 五老, by name)", examples = "长庆村“四自”小组") String subjectName,
            @Schema(examples = "2012-11-20") LocalDate submittedOn,
            @Schema(nullable = true, description = "The city's answer; null while undecided") Boolean adopted,
            @Schema(nullable = true) LocalDate decidedOn,
            @Schema(nullable = true, examples = "《“五老”光彩映后人》") String book,
            @Schema(nullable = true) String note) {
    }

    @Schema(name = "ExemplarChange", description = "One change of an exemplar submitted to the city. Apply in order, keyed by exemplarId")
    public record ExemplarChange(
            Instant changedAt,
            ExemplarChangeType change,
            @Schema(examples = "17") long exemplarId,
            @Schema(nullable = true, description = "The state after the change; null for WITHDRAWN and REMOVED") SubmittedExemplar exemplar) {
    }

    @Schema(name = "ExemplarChangePage", description = "A page of the exemplar change feed. nextCursor is never null: store it and pass it "
            + "next time; hasMore says whether to ask again now")
    public record ExemplarChangePage(
            List<ExemplarChange> items,
            @Schema(description = "Where the next call continues (also when this page is empty)") String nextCursor,
            boolean hasMore) {
    }
}
