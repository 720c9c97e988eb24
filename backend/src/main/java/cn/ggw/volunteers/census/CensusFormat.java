package cn.ggw.volunteers.census;

/** The kinds of census file we read; detected from the content, never from the file name. */
public enum CensusFormat {
    XLSX,
    CSV
}
