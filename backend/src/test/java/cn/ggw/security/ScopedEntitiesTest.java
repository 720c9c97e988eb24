package cn.ggw.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.annotations.Filter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scope mechanism only protects what carries it: every entity with an org_path column must
 * carry the scope filter. A new entity that forgets it fails here, before it can leak.
 */
@QuarkusTest
class ScopedEntitiesTest {

    @Inject
    EntityManager em;

    @Test
    @DisplayName("every entity with an org_path column carries the scope filter")
    void everyScopedEntityIsFiltered() {
        List<String> scoped = new ArrayList<>();
        List<String> unfiltered = new ArrayList<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (hasOrgPath(type)) {
                scoped.add(type.getSimpleName());
                Filter filter = type.getAnnotation(Filter.class);
                if (filter == null || !ScopeFilter.NAME.equals(filter.name())) {
                    unfiltered.add(type.getSimpleName());
                }
            }
        }
        assertTrue(scoped.containsAll(List.of("OrgUnit", "AuditEvent", "StaffAccount", "Volunteer", "VolunteerStatusChange",
                "VolunteerActivity", "CareRecord", "CensusImport",
                "Committee", "Appointment", "Assessment", "Adjustment", "CommitteeSetting", "StoredFile")), "scoped entities found: " + scoped);
        assertEquals(List.of(), unfiltered, "entities with org_path but without @Filter(name = \"scope\")");
    }

    @Test
    @DisplayName("the filter condition cannot leak a sibling whose path shares a prefix")
    void prefixSiblingsAreApart() {
        assertTrue(ScopeFilter.covers("1.12", "1.12"));
        assertTrue(ScopeFilter.covers("1.12", "1.12.7"));
        assertTrue(!ScopeFilter.covers("1.12", "1.123"));
        assertTrue(!ScopeFilter.covers("1.12", "1.1"));
        assertTrue(!ScopeFilter.covers(null, "1"));
    }

    private static boolean hasOrgPath(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (column != null && "org_path".equals(column.name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
