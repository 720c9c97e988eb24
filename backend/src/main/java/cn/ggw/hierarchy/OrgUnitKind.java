package cn.ggw.hierarchy;

import java.util.List;

/** The kinds of unit in the 关工委 hierarchy, and which kind may sit under which. */
public enum OrgUnitKind {
    /** 省 */
    PROVINCE,
    /** 市 */
    CITY,
    /** 区/县 */
    DISTRICT,
    /** 乡(镇) */
    TOWNSHIP,
    /** 街道 */
    STREET,
    /** 区直部门 (局, 政法系统 …); may have sub-units such as schools. */
    DEPARTMENT,
    /** 村 */
    VILLAGE,
    /** 社区 */
    COMMUNITY;

    public List<OrgUnitKind> allowedChildren() {
        return switch (this) {
            case PROVINCE -> List.of(CITY);
            case CITY -> List.of(DISTRICT);
            case DISTRICT -> List.of(TOWNSHIP, STREET, DEPARTMENT);
            case TOWNSHIP -> List.of(VILLAGE, COMMUNITY);
            case STREET -> List.of(COMMUNITY, VILLAGE);
            case DEPARTMENT -> List.of(DEPARTMENT);
            case VILLAGE, COMMUNITY -> List.of();
        };
    }

    public boolean mayContain(OrgUnitKind child) {
        return allowedChildren().contains(child);
    }
}
