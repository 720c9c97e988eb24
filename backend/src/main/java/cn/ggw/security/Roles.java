package cn.ggw.security;

import java.util.List;

/** Realm roles of the ggw Keycloak realm. */
public final class Roles {

    /** 区关工委管理员: changes the tree and the accounts of the district. */
    public static final String DISTRICT_ADMIN = "district-admin";
    /** 区领导: reads everything in the district, changes nothing. */
    public static final String DISTRICT_VIEWER = "district-viewer";
    /** 乡镇/街道工作人员: their own township or street and the units under it. */
    public static final String TOWNSHIP_STAFF = "township-staff";
    /** 村/社区工作人员: their own village or community. */
    public static final String VILLAGE_STAFF = "village-staff";
    /** The city-level system, machine to machine, read mostly, no personal data. */
    public static final String CITY_API = "city-api";

    /** Roles a staff account (a person) can hold. */
    public static final List<String> STAFF_ROLES = List.of(DISTRICT_ADMIN, DISTRICT_VIEWER, TOWNSHIP_STAFF, VILLAGE_STAFF);

    private Roles() {
    }
}
