package cn.ggw.volunteers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static cn.ggw.volunteers.VolunteerStatus.ACTIVE;
import static cn.ggw.volunteers.VolunteerStatus.CONTACTED;
import static cn.ggw.volunteers.VolunteerStatus.DECEASED;
import static cn.ggw.volunteers.VolunteerStatus.INACTIVE;
import static cn.ggw.volunteers.VolunteerStatus.REGISTERED;
import static cn.ggw.volunteers.VolunteerStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VolunteerStatusTest {

    private static Set<VolunteerStatus> next(VolunteerStatus from) {
        Set<VolunteerStatus> allowed = EnumSet.noneOf(VolunteerStatus.class);
        for (VolunteerStatus to : VolunteerStatus.values()) {
            if (from.mayBecome(to)) {
                allowed.add(to);
            }
        }
        return allowed;
    }

    @Test
    @DisplayName("the funnel: registered → contacted → active ⇄ inactive; any live status → withdrawn or deceased; deceased and withdrawn are final")
    void transitions() {
        assertEquals(EnumSet.of(CONTACTED, WITHDRAWN, DECEASED), next(REGISTERED));
        assertEquals(EnumSet.of(ACTIVE, WITHDRAWN, DECEASED), next(CONTACTED));
        assertEquals(EnumSet.of(INACTIVE, WITHDRAWN, DECEASED), next(ACTIVE));
        assertEquals(EnumSet.of(ACTIVE, WITHDRAWN, DECEASED), next(INACTIVE));
        assertEquals(EnumSet.noneOf(VolunteerStatus.class), next(WITHDRAWN));
        assertEquals(EnumSet.noneOf(VolunteerStatus.class), next(DECEASED));
    }
}
