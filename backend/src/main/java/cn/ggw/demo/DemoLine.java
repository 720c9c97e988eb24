package cn.ggw.demo;

/**
 * The demo data of one line of work (rules, trainings, exemplars …), loaded by {@link DemoDistrict}
 * after the district, its 五老 and its committee teams, in {@link #order()}. Each loader checks for
 * itself whether its data is there already (a restart must not load it twice) and writes all of it
 * or nothing.
 */
public interface DemoLine {

    /** Lower loads first; the spine's loaders run before any line (rules 40, trainings 50, exemplars 60 …). */
    int order();

    /** What was loaded, for the log: "demo rulebook (16 rules in 3 versions)". */
    String describe();

    /** Loads into the demo district when its data is missing; returns how many records were written (0: nothing to do). */
    int load();
}
