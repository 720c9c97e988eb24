package cn.ggw.volunteers;

import java.util.EnumSet;
import java.util.Set;

/** Where a person stands in the mobilisation funnel (组织动员). */
public enum VolunteerStatus {
    /** 已登记 */
    REGISTERED,
    /** 已联系 */
    CONTACTED,
    /** 发挥作用中 */
    ACTIVE,
    /** 暂不活跃 */
    INACTIVE,
    /** 已退出 */
    WITHDRAWN,
    /** 已故 */
    DECEASED;

    /** Statuses that still count as on the register (在册). */
    public static final Set<VolunteerStatus> ON_REGISTER = EnumSet.of(REGISTERED, CONTACTED, ACTIVE, INACTIVE);

    public boolean mayBecome(VolunteerStatus next) {
        return switch (this) {
            case REGISTERED -> next == CONTACTED || next == WITHDRAWN || next == DECEASED;
            case CONTACTED -> next == ACTIVE || next == WITHDRAWN || next == DECEASED;
            case ACTIVE -> next == INACTIVE || next == WITHDRAWN || next == DECEASED;
            case INACTIVE -> next == ACTIVE || next == WITHDRAWN || next == DECEASED;
            case WITHDRAWN, DECEASED -> false;
        };
    }
}
