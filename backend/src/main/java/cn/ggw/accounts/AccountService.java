package cn.ggw.accounts;

import cn.ggw.accounts.AccountDtos.AccountView;
import cn.ggw.accounts.AccountDtos.CreateAccountRequest;
import cn.ggw.accounts.AccountDtos.UpdateAccountRequest;
import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.LikePatterns;
import cn.ggw.common.Localized;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff accounts: provisioned in Keycloak, listed and changed within the caller's scope. */
@ApplicationScoped
public class AccountService {

    private static final String ENTITY = "StaffAccount";

    /** Which kinds of unit each staff role can be held at. */
    static final Map<String, Set<OrgUnitKind>> ROLE_UNIT_KINDS = Map.of(
            Roles.DISTRICT_ADMIN, Set.of(OrgUnitKind.PROVINCE, OrgUnitKind.CITY, OrgUnitKind.DISTRICT),
            Roles.DISTRICT_VIEWER, Set.of(OrgUnitKind.PROVINCE, OrgUnitKind.CITY, OrgUnitKind.DISTRICT),
            Roles.TOWNSHIP_STAFF, Set.of(OrgUnitKind.TOWNSHIP, OrgUnitKind.STREET, OrgUnitKind.DEPARTMENT),
            Roles.VILLAGE_STAFF, Set.of(OrgUnitKind.VILLAGE, OrgUnitKind.COMMUNITY));

    @Inject
    EntityManager em;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    HierarchyService hierarchy;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    public Page<AccountView> list(Long unitId, String text, int limit, String cursor) {
        String after = Cursors.decode(cursor);
        StringBuilder jpql = new StringBuilder("from StaffAccount where 1 = 1");
        VisibleUnit unit = null;
        if (unitId != null) {
            unit = hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.notFound("orgunit.not-found"));
            jpql.append(" and orgUnitId = :unit");
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" and (username like :text escape '\\' or displayName like :text escape '\\')");
        }
        if (after != null) {
            jpql.append(" and username > :after");
        }
        var query = em.createQuery(jpql + " order by username", StaffAccount.class);
        if (unit != null) {
            query.setParameter("unit", unitId);
        }
        if (text != null && !text.isBlank()) {
            query.setParameter("text", LikePatterns.containing(text.trim()));
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        List<StaffAccount> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<StaffAccount> shown = more ? rows.subList(0, limit) : rows;
        Map<Long, OrgUnitRef> units = unitsOf(shown);
        return new Page<>(shown.stream().map(a -> view(a, units.get(a.orgUnitId))).toList(),
                more ? Cursors.encode(shown.get(shown.size() - 1).username) : null);
    }

    public AccountView get(String id) {
        StaffAccount account = visible(id);
        return view(account, hierarchy.ref(account.orgUnitId));
    }

    @Transactional
    public AccountView create(CreateAccountRequest request) {
        caller.requireRoot();
        VisibleUnit unit = hierarchy.requireHomeUnit(request.unitId());
        requireRoleFits(request.role(), unit);
        String username = request.username().trim();
        Long taken = em.createQuery("select count(*) from StaffAccount where username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
        if (taken > 0) {
            throw ProblemException.conflict("username", "account.username.duplicate", username);
        }
        String id = keycloak.create(username, request.displayName().trim(), request.role(), unit.ref().code(), request.temporaryPassword());
        try {
            StaffAccount account = new StaffAccount();
            account.id = id;
            account.username = username;
            account.displayName = request.displayName().trim();
            account.role = request.role();
            account.orgUnitId = unit.ref().id();
            account.orgPath = unit.orgPath();
            account.createdAt = Instant.now();
            account.updatedAt = account.createdAt;
            em.persist(account);
            em.flush();
            AccountView view = view(account, unit.ref());
            audit.record("CREATE", ENTITY, id, account.orgPath, null, view);
            return view;
        } catch (RuntimeException e) {
            keycloak.delete(id);
            throw e;
        }
    }

    @Transactional
    public AccountView update(String id, UpdateAccountRequest request) {
        StaffAccount account = writable(id);
        VisibleUnit unit = hierarchy.requireHomeUnit(request.unitId());
        requireRoleFits(request.role(), unit);
        if (id.equals(caller.subject()) && !request.role().equals(account.role)) {
            throw ProblemException.conflict("role", "account.self");
        }
        AccountView before = view(account, hierarchy.ref(account.orgUnitId));
        String oldRole = account.role;
        boolean scopeChanged = !oldRole.equals(request.role()) || account.orgUnitId != unit.ref().id();
        account.displayName = request.displayName().trim();
        account.role = request.role();
        account.orgUnitId = unit.ref().id();
        account.orgPath = unit.orgPath();
        account.updatedAt = Instant.now();
        em.flush();
        if (scopeChanged) {
            // First: if the sessions cannot be ended, nothing is changed anywhere (this transaction rolls back).
            keycloak.endSessions(id);
        }
        keycloak.update(id, account.displayName, oldRole, account.role, unit.ref().code());
        if (scopeChanged) {
            // Again after the change: a session begun in between carries the old scope.
            keycloak.endSessions(id);
        }
        AccountView after = view(account, unit.ref());
        audit.record("UPDATE", ENTITY, id, account.orgPath, before, after);
        return after;
    }

    @Transactional
    public AccountView setEnabled(String id, boolean enabled) {
        StaffAccount account = writable(id);
        if (account.enabled == enabled) {
            throw ProblemException.conflict(null, enabled ? "account.already-enabled" : "account.already-disabled");
        }
        if (!enabled && id.equals(caller.subject())) {
            throw ProblemException.conflict(null, "account.self");
        }
        OrgUnitRef unit = hierarchy.ref(account.orgUnitId);
        AccountView before = view(account, unit);
        account.enabled = enabled;
        account.updatedAt = Instant.now();
        em.flush();
        keycloak.setEnabled(id, enabled);
        if (!enabled) {
            keycloak.endSessions(id);
        }
        AccountView after = view(account, unit);
        audit.record(enabled ? "ENABLE" : "DISABLE", ENTITY, id, account.orgPath, before, after);
        return after;
    }

    @Transactional
    public void resetPassword(String id, String temporaryPassword) {
        StaffAccount account = writable(id);
        keycloak.setPassword(id, temporaryPassword);
        audit.record("RESET_PASSWORD", ENTITY, id, account.orgPath, null, null);
    }

    /**
     * Adopts accounts created directly in Keycloak (e.g. the realm's bootstrap administrator) whose
     * unit lies in the given scope. Returns how many were added.
     */
    @Transactional
    public int adopt(java.util.function.Predicate<String> inScope, java.util.function.Function<String, VisibleUnit> unitByCode) {
        int added = 0;
        for (KeycloakAccounts.ExistingUser user : keycloak.staffUsers(Roles.STAFF_ROLES)) {
            VisibleUnit unit = unitByCode.apply(user.unitCode());
            if (unit == null || !inScope.test(unit.orgPath()) || em.find(StaffAccount.class, user.id()) != null) {
                continue;
            }
            Long sameName = em.createQuery("select count(*) from StaffAccount where username = :u", Long.class)
                    .setParameter("u", user.username()).getSingleResult();
            if (sameName > 0) {
                continue;
            }
            StaffAccount account = new StaffAccount();
            account.id = user.id();
            account.username = user.username();
            account.displayName = user.displayName();
            account.role = user.role();
            account.orgUnitId = unit.ref().id();
            account.orgPath = unit.orgPath();
            account.enabled = user.enabled();
            account.createdAt = Instant.now();
            account.updatedAt = account.createdAt;
            em.persist(account);
            audit.record("ADOPT", ENTITY, account.id, account.orgPath, null, view(account, unit.ref()));
            added++;
        }
        return added;
    }

    private StaffAccount visible(String id) {
        StaffAccount account = em.find(StaffAccount.class, id);
        if (account == null) {
            throw ProblemException.notFound("account.not-found");
        }
        return account;
    }

    private StaffAccount writable(String id) {
        caller.requireRoot();
        StaffAccount account = visible(id);
        caller.requireCovers(account.orgPath, "account.not-found");
        return account;
    }


    private static void requireRoleFits(String role, VisibleUnit unit) {
        Set<OrgUnitKind> kinds = ROLE_UNIT_KINDS.get(role);
        if (kinds == null) {
            throw ProblemException.invalid("role", "account.role.not-grantable", role);
        }
        if (!kinds.contains(unit.ref().kind())) {
            throw ProblemException.invalid("role", "account.role.unit-mismatch", role,
                    new Localized.ListOf(kinds.stream().sorted().map(k -> "kind." + k).toList()));
        }
    }

    private Map<Long, OrgUnitRef> unitsOf(List<StaffAccount> accounts) {
        return hierarchy.refs(accounts.stream().map(a -> a.orgUnitId).collect(Collectors.toSet()));
    }

    private static AccountView view(StaffAccount a, OrgUnitRef unit) {
        return new AccountView(a.id, a.username, a.displayName, a.role, unit, a.enabled, a.createdAt);
    }

}
