package cn.ggw.volunteers.census;

import java.util.List;

/**
 * Where the header of a census file is and what its columns probably mean.
 *
 * @param headerRowNumber the spreadsheet row number of the (last) header row: data starts below it
 * @param columns         every column with a header or with data, left to right
 */
public record HeaderGuess(int headerRowNumber, List<CensusColumn> columns) {

    /** The column suggested for a field, or null. */
    public CensusColumn columnFor(ImportField field) {
        return columns.stream().filter(c -> c.suggested() == field).findFirst().orElse(null);
    }
}
