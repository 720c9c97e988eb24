-- The year-end inspection's view of a round (issue 10: the district's inspection summary) is kept between writes like
-- the figures (cn.ggw.figures.FigureFreshness): it reads the rules' line (rules, versions in force, evidence, bulletin
-- receipts, units) and the round's own rows, so those carry the figures' statement trigger too — a score, a
-- finalisation or a new round moves the stamp of every kept view of it.
create trigger inspection_round_figure_change after insert or update or delete or truncate on inspection_round
    for each statement execute function figure_changed();
create trigger inspection_score_figure_change after insert or update or delete or truncate on inspection_score
    for each statement execute function figure_changed();
