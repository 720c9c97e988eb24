package cn.ggw.files;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored files, limited to the caller's subtree by the scope filter (every query and load by id here). */
@ApplicationScoped
public class StoredFileRepository implements PanacheRepository<StoredFile> {

    public Optional<StoredFile> findVisible(long id) {
        return findByIdOptional(id);
    }

    /** Locked for the caller's transaction: two records cannot claim one upload at the same time. */
    public Optional<StoredFile> findVisibleForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<StoredFile> visible(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", List.copyOf(ids));
    }

    public List<StoredFile> ownedBy(FileOwner owner) {
        return list("ownerType = ?1 and ownerId = ?2 order by ownerPosition, id", owner.type(), owner.id());
    }

    /**
     * Native, no scope: the owner's files for a record whose readers are not its subtree (a bulletin is read by
     * the units it was sent to, below its sender). The caller has already decided that the record is readable.
     */
    @SuppressWarnings("unchecked")
    public List<StoredFile> ownedByUnscoped(FileOwner owner) {
        return getEntityManager()
                .createNativeQuery("select * from stored_file where owner_type = ?1 and owner_id = ?2 order by owner_position, id", StoredFile.class)
                .setParameter(1, owner.type())
                .setParameter(2, owner.id())
                .getResultList();
    }

    public int nextPosition(FileOwner owner) {
        Integer max = getEntityManager()
                .createQuery("select max(ownerPosition) from StoredFile where ownerType = ?1 and ownerId = ?2", Integer.class)
                .setParameter(1, owner.type())
                .setParameter(2, owner.id())
                .getSingleResult();
        return max == null ? 0 : max + 1;
    }

    /**
     * Native, no scope: for the clean-up job, which runs as the system. Unattached uploads older than the
     * cut-off, oldest first, locked (skipping rows a claim holds) until the caller's transaction ends.
     */
    public List<Long> unattachedBefore(Instant cutoff, int limit) {
        return getEntityManager()
                .createNativeQuery("select id from stored_file where owner_type is null and created_at < ?1 order by created_at limit ?2"
                                + " for update skip locked",
                        Long.class)
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .getResultList();
    }
}
