package cn.ggw.dashboard;

import cn.ggw.common.Messages;
import cn.ggw.dashboard.DashboardDtos.ChildFigures;
import cn.ggw.dashboard.DashboardDtos.DashboardView;
import cn.ggw.dashboard.DashboardDtos.Kpi;
import cn.ggw.dashboard.DashboardDtos.LineView;
import cn.ggw.documents.OfficialDocument;
import cn.ggw.figures.FigureDef.Kind;
import cn.ggw.figures.Period;
import cn.ggw.figures.WorkLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * 年度工作总结: the dashboard's figures written out as a Chinese official document (GB/T 9704 through
 * {@link OfficialDocument}) in the report's own structure — the five lines of work in order, each with its
 * figures in a sentence and a table against the previous period, its units one level below, the units
 * at 100 % of each share, and what needs attention. Every number comes from {@link DashboardService}
 * (and so from the figure sources); the same period gives the same numbers. Always in Chinese.
 */
@ApplicationScoped
public class WorkReport {

    private static final Locale ZH = Messages.CHINESE;
    /** Columns of figures per unit in a line's breakdown table (ratios first). */
    private static final int UNIT_COLUMNS = 4;

    @Inject
    DashboardService dashboard;

    public record Report(String fileName, byte[] bytes) {
    }

    public Report build(Long unitId, Period period) {
        DashboardView d = dashboard.dashboard(unitId, period, ZH);
        String issuer = t("dashboard.report.issuer", d.unit().name());
        boolean oneYear = period.from().getYear() == period.to().getYear() && period.from().getDayOfYear() == 1;
        String title = oneYear ? t("dashboard.report.title.year", issuer, String.valueOf(period.from().getYear())) : t("dashboard.report.title", issuer);
        OfficialDocument doc = OfficialDocument.create()
                .title(title)
                .subtitle(t("dashboard.report.period", day(period.from()), day(period.to())))
                .paragraph(t("dashboard.report.intro", day(period.from()), day(period.to()), d.unit().name()));
        if (empty(d)) {
            doc.paragraph(t("dashboard.report.empty", d.unit().name()));
        }
        for (WorkLine line : WorkLine.values()) {
            LineView view = d.lines().stream().filter(l -> l.line() == line).findFirst().orElse(null);
            doc.heading(1, t("dashboard.report.line." + line));
            if (view == null) {
                doc.paragraph(t("dashboard.report.line.missing"));
                continue;
            }
            section(doc, view, d);
        }
        doc.signature(issuer, DashboardService.today());
        String fileName = (oneYear ? t("dashboard.report.file.year", d.unit().name(), String.valueOf(period.from().getYear()))
                : t("dashboard.report.file", d.unit().name(), period.from().toString(), period.to().toString())) + ".docx";
        return new Report(fileName, doc.toBytes());
    }

    private void section(OfficialDocument doc, LineView view, DashboardView d) {
        List<String> parts = new ArrayList<>();
        for (Kpi k : view.kpis()) {
            parts.add(k.label() + "：" + value(k));
        }
        doc.paragraph(t("dashboard.report.line.summary", String.join("；", parts)));

        doc.heading(2, t("dashboard.report.figures"));
        List<List<String>> rows = new ArrayList<>();
        for (Kpi k : view.kpis()) {
            rows.add(List.of(k.label(), value(k), previous(k), change(k)));
        }
        doc.table(List.of(t("dashboard.report.col.figure"), t("dashboard.report.col.period"), t("dashboard.report.col.previous", day(d.previousFrom()), day(d.previousTo())),
                t("dashboard.report.col.change")), rows);

        if (!d.children().isEmpty()) {
            List<Kpi> columns = new ArrayList<>(view.kpis().stream().filter(k -> k.kind() == Kind.RATIO).toList());
            view.kpis().stream().filter(k -> k.kind() == Kind.COUNT).forEach(columns::add);
            columns = columns.subList(0, Math.min(UNIT_COLUMNS, columns.size()));
            doc.heading(2, t("dashboard.report.units"));
            List<String> header = new ArrayList<>();
            header.add(t("dashboard.report.col.unit"));
            columns.forEach(k -> header.add(k.label()));
            List<List<String>> unitRows = new ArrayList<>();
            for (ChildFigures c : d.children()) {
                List<String> row = new ArrayList<>();
                row.add(c.unit().name());
                for (Kpi k : columns) {
                    row.add(k.kind() == Kind.RATIO ? percent(c.ratios().get(k.key())) : String.valueOf(c.counts().getOrDefault(k.key(), 0L)));
                }
                unitRows.add(row);
            }
            doc.table(header, unitRows);
            for (Kpi k : view.kpis()) {
                if (k.kind() != Kind.RATIO) {
                    continue;
                }
                List<String> full = d.children().stream()
                        .filter(c -> Objects.equals(c.ratios().get(k.key()), 1.0))
                        .map(c -> c.unit().name()).toList();
                doc.paragraph(full.isEmpty() ? t("dashboard.report.full.none", k.label())
                        : t("dashboard.report.full", k.label(), full.size(), String.join("、", full)));
            }
        }

        List<AttentionItem> items = d.attention().stream().filter(i -> i.line() == view.line()).toList();
        if (!items.isEmpty()) {
            doc.heading(2, t("dashboard.report.attention"));
            doc.table(List.of(t("dashboard.report.col.unit"), t("dashboard.report.col.item"), t("dashboard.report.col.since")),
                    items.stream().map(i -> List.of(i.unit().name(), i.text(), i.since() == null ? "" : day(i.since()))).toList());
        }
    }

    /** Nothing at all happened and nothing stands: every count of every line is 0. */
    static boolean empty(DashboardView d) {
        return d.lines().stream().flatMap(l -> l.kpis().stream())
                .filter(k -> k.kind() == Kind.COUNT)
                .allMatch(k -> k.value() == null || k.value() == 0);
    }

    static String value(Kpi k) {
        if (k.kind() == Kind.COUNT) {
            return count(k.value());
        }
        return k.value() == null ? "—" : percent(k.value()) + "（" + k.numerator() + "/" + k.denominator() + "）";
    }

    static String previous(Kpi k) {
        return k.kind() == Kind.COUNT ? count(k.previous()) : percent(k.previous());
    }

    static String change(Kpi k) {
        if (k.change() == null) {
            return "—";
        }
        if (k.kind() == Kind.COUNT) {
            long c = Math.round(k.change());
            return c > 0 ? "+" + c : String.valueOf(c);
        }
        double points = Math.round(k.change() * 1000) / 10.0;
        return (points > 0 ? "+" : "") + points + t("dashboard.report.points");
    }

    static String count(Double value) {
        return value == null ? "—" : String.valueOf(Math.round(value));
    }

    static String percent(Double ratio) {
        return ratio == null ? "—" : Math.round(ratio * 100) + "%";
    }

    static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String t(String key, Object... args) {
        return Messages.text(ZH, key, args);
    }
}
