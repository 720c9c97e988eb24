package cn.ggw.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * File bytes in PostgreSQL (table stored_file_content, bytea), in the caller's transaction. The table has
 * no org_path: callers reach it only through {@link FileService}, which checks the file's scope first.
 * Files are at most 20 MB, so a whole file in memory is fine; a store for larger files would stream.
 */
@ApplicationScoped
public class PostgresFileContent implements FileContent {

    @Inject
    EntityManager em;

    @Override
    public void put(long fileId, FileVariant variant, byte[] content) {
        em.createNativeQuery("insert into stored_file_content (file_id, variant, content) values (?1, ?2, ?3)"
                        + " on conflict (file_id, variant) do update set content = excluded.content")
                .setParameter(1, fileId)
                .setParameter(2, variant.name())
                .setParameter(3, content)
                .executeUpdate();
    }

    @Override
    public Optional<byte[]> read(long fileId, FileVariant variant) {
        List<?> rows = em.createNativeQuery("select content from stored_file_content where file_id = ?1 and variant = ?2")
                .setParameter(1, fileId)
                .setParameter(2, variant.name())
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
    }

    @Override
    public Optional<InputStream> open(long fileId, FileVariant variant) {
        return read(fileId, variant).map(ByteArrayInputStream::new);
    }

    @Override
    public void delete(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from stored_file_content where file_id in (?1)")
                .setParameter(1, List.copyOf(fileIds))
                .executeUpdate();
    }
}
