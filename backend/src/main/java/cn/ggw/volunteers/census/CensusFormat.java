package cn.ggw.volunteers.census;

/** The kinds of census file we read; detected from the content, never from the file name. */
public enum CensusFormat {
    XLSX,
    /** Excel 97–2003 (.xls). */
    XLS,
    CSV
}
