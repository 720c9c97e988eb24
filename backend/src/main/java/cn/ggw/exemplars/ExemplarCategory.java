package cn.ggw.exemplars;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of exemplar the district looks for. */
@Schema(name = "ExemplarCategory", description = "FOUR_SELF_GROUP 四自小组, EXECUTIVE_VICE_DIRECTOR 村关工委常务副主任, "
        + "COMMUNITY_COMMITTEE 社区\"五好\"关工委, FIVE_ELDERS 五老, OTHER 其他")
public enum ExemplarCategory {
    /** 四自小组: rural groups leading young farmers in 两学一创. */
    FOUR_SELF_GROUP,
    /** 村关工委常务副主任: a person, who holds or held the seat. */
    EXECUTIVE_VICE_DIRECTOR,
    /** 社区"五好"关工委: a community's committee (the unit itself). */
    COMMUNITY_COMMITTEE,
    /** 五老: a person of the registry. */
    FIVE_ELDERS,
    OTHER;

    /** Categories whose subject is a person of the 五老 registry. */
    public boolean aboutPerson() {
        return this == EXECUTIVE_VICE_DIRECTOR || this == FIVE_ELDERS;
    }
}
