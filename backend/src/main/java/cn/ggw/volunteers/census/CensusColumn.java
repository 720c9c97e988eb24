package cn.ggw.volunteers.census;

/**
 * A column of a census file as the mapping step shows it.
 *
 * @param index     0 for column A
 * @param letter    the column as Excel names it: "A", "AB"
 * @param header    its header text (or, under a merged group heading, that heading); "" when none
 * @param suggested the register field it most likely fills; null when we do not recognise it
 */
public record CensusColumn(int index, String letter, String header, ImportField suggested) {
}
