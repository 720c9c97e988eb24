package cn.ggw.volunteers;

/** 性别, as the ID number encodes it. */
public enum Gender {
    MALE,
    FEMALE
}
