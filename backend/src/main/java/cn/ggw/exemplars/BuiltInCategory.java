package cn.ggw.exemplars;

/**
 * The categories every district has (rows of {@code exemplar_category} without a unit): the four of the report and
 * 其他. Some carry rules of their own beyond their subject kinds; a district adds further ones to the register.
 */
public enum BuiltInCategory {
    /** 四自小组: rural groups leading young farmers in 两学一创. */
    FOUR_SELF_GROUP,
    /** 村关工委常务副主任: a person, who holds or held the seat. */
    EXECUTIVE_VICE_DIRECTOR,
    /** 社区"五好"关工委: a community's committee (the unit itself). */
    COMMUNITY_COMMITTEE,
    /** 五老: a person of the registry. */
    FIVE_ELDERS,
    OTHER;

    public boolean is(String code) {
        return name().equals(code);
    }

    public static boolean isBuiltIn(String code) {
        for (BuiltInCategory c : values()) {
            if (c.is(code)) {
                return true;
            }
        }
        return false;
    }
}
