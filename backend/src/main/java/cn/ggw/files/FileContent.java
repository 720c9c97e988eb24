package cn.ggw.files;

import java.io.InputStream;
import java.util.Collection;
import java.util.Optional;

/**
 * Where the bytes of stored files live, apart from their description ({@link StoredFile}), so that a file
 * system or an object store can replace the database. Calls join the caller's transaction where the
 * implementation can (the PostgreSQL one does: a file and its bytes are written or not at all).
 */
public interface FileContent {

    void put(long fileId, FileVariant variant, byte[] content);

    /** The bytes, or empty when this variant was never stored. */
    Optional<byte[]> read(long fileId, FileVariant variant);

    /** The bytes as a stream, or empty when this variant was never stored. */
    Optional<InputStream> open(long fileId, FileVariant variant);

    /** Every variant of these files. */
    void delete(Collection<Long> fileIds);
}
