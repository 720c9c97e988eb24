package cn.ggw.volunteers.census;

/** A field of the 五老 register that a census column can fill. */
public enum ImportField {
    /** 姓名 */
    NAME,
    /** 身份证号 */
    ID_NUMBER,
    /** 性别 (checked against the ID number) */
    GENDER,
    /** 出生日期 (checked against the ID number) */
    BIRTH_DATE,
    /** 联系电话 */
    PHONE,
    /** 家庭住址 */
    ADDRESS,
    /** 五老类别 (several, separated by 、 , ； or spaces) */
    CATEGORIES,
    /** 原工作单位 */
    FORMER_EMPLOYER,
    /** 原职务 */
    FORMER_POST,
    /** 离退休类别 */
    RETIREMENT_TYPE,
    /** 健康状况 */
    HEALTH,
    /** 特长 (several) */
    SKILLS,
    /** 发挥作用领域 (several) */
    ACTIVITY_AREAS,
    /** 所在村/社区 (or department): the home unit, by name or code */
    UNIT,
    /** 所属乡镇/街道: tells apart two villages of the same name */
    TOWNSHIP
}
