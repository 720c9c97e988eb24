package cn.ggw.volunteers;

/** What a volunteer does (发挥作用). */
public enum ActivityArea {
    /** 关爱帮扶 */
    CARE,
    /** 思想道德教育 */
    MORAL_EDUCATION,
    /** 网吧义务监督 */
    INTERNET_CAFE_SUPERVISION,
    /** 关工委领导岗位 */
    COMMITTEE_POST,
    /** 法制教育 */
    LEGAL_EDUCATION,
    /** 家庭教育 */
    FAMILY_EDUCATION,
    OTHER
}
