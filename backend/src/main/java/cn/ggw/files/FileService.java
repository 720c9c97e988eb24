package cn.ggw.files;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Localized;
import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stored files for every line of work: photos from phones, attachments. An upload is checked by its
 * content (kind, size, structure), cleaned of metadata (photos' GPS above all), and kept *unattached*
 * until a record claims it ({@link #attach}); unclaimed uploads are deleted after a day ({@link FileCleanup}).
 * Reads follow the scope: a file is seen by whoever sees its unit, or once attached, its record's unit.
 */
@ApplicationScoped
public class FileService {

    /** More pixels than any phone camera: a PNG declaring more is a decompression bomb, not a photo. */
    static final long MAX_PIXELS = 100_000_000L;
    /** Files one record may claim in one call. */
    static final int MAX_ATTACH = 200;

    @Inject
    StoredFileRepository files;

    @Inject
    FileContent content;

    @Inject
    HierarchyService hierarchy;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @ConfigProperty(name = "ggw.files.max-image-bytes", defaultValue = "10485760")
    long maxImageBytes;

    @ConfigProperty(name = "ggw.files.max-document-bytes", defaultValue = "20971520")
    long maxDocumentBytes;

    // ---- upload ----------------------------------------------------------------------------------

    /**
     * Stores a file for the caller in a unit of their scope (400 on {@code unitId} outside it, 409 when the
     * unit is inactive). The kind is read from the content; a name whose extension names another kind is
     * refused; size caps per kind (413); images lose EXIF/XMP/IPTC (GPS above all) but keep their orientation.
     */
    @Transactional
    public StoredFileView upload(long unitId, String fileName, InputStream in, Set<FileKind> allowed) {
        if (allowed == null || allowed.isEmpty()) {
            throw new IllegalArgumentException("no kinds allowed");
        }
        String name = FileNames.clean(fileName);
        VisibleUnit unit = hierarchy.requireHomeUnit(unitId);
        long cap = allowed.stream().mapToLong(this::cap).max().orElseThrow();
        byte[] data;
        try {
            data = FileSniffer.readAtMost(in, cap);
        } catch (IOException e) {
            throw ProblemException.invalid("file", "files.read-failed");
        }
        if (data.length == 0) {
            throw ProblemException.invalid("file", "files.empty");
        }
        if (data.length > cap) {
            throw tooLarge(cap);
        }
        FileKind kind = kindOf(data, name, allowed);
        if (data.length > cap(kind)) {
            throw tooLarge(cap(kind));
        }
        Integer width = null;
        Integer height = null;
        byte[] thumbnail = null;
        if (kind.isImage()) {
            try {
                Images.Info info = Images.info(data);
                if ((long) info.width() * info.height() > MAX_PIXELS) {
                    throw ProblemException.invalid("file", "files.image.too-many-pixels", info.width(), info.height());
                }
                data = Images.scrub(data);
                width = info.width();
                height = info.height();
                thumbnail = Thumbnails.of(data, info).orElse(null);
            } catch (Images.DamagedImage e) {
                throw ProblemException.invalid("file", "files.image.damaged");
            }
        }
        StoredFile f = new StoredFile();
        f.orgUnitId = unit.ref().id();
        f.orgPath = unit.orgPath();
        f.name = FileNames.withExtension(name, kind, "upload");
        f.mediaType = kind.mediaType();
        f.kind = kind;
        f.size = data.length;
        f.sha256 = sha256(data);
        f.widthPx = width;
        f.heightPx = height;
        f.createdAt = Instant.now();
        f.createdBy = caller.username();
        files.persist(f);
        files.flush();
        content.put(f.id, FileVariant.ORIGINAL, data);
        if (thumbnail != null) {
            content.put(f.id, FileVariant.THUMBNAIL, thumbnail);
        }
        StoredFileView view = StoredFileView.of(f);
        audit.record("file.upload", "StoredFile", f.id, f.orgPath, null, auditState(f));
        return view;
    }

    private FileKind kindOf(byte[] data, String name, Set<FileKind> allowed) {
        Optional<FileKind> claimed = FileKind.claimedBy(name);
        String ext = FileKind.extensionOf(name);
        Localized.ListOf allowedNames = new Localized.ListOf(allowed.stream().sorted().map(k -> "files.kind." + k.name()).toList());
        FileSniffer.Sniffed sniffed = FileSniffer.sniff(data);
        if (sniffed instanceof FileSniffer.Refused refused) {
            throw ProblemException.invalid("file", refused.reason());
        }
        if (sniffed instanceof FileSniffer.Unknown unknown) {
            if (claimed.isPresent()) {
                throw ProblemException.invalid("file", "files.name.lies", ext, new Localized.Text("files.kind.content." + unknown.what()));
            }
            throw ProblemException.invalid("file", "files.kind.unknown", new Localized.Text("files.kind.content." + unknown.what()), allowedNames);
        }
        FileKind kind = ((FileSniffer.Known) sniffed).kind();
        if (claimed.isPresent() && claimed.get() != kind) {
            throw ProblemException.invalid("file", "files.name.lies", ext, new Localized.Text("files.kind." + kind.name()));
        }
        if (!allowed.contains(kind)) {
            throw ProblemException.invalid("file", "files.kind.not-allowed", new Localized.Text("files.kind." + kind.name()), allowedNames);
        }
        return kind;
    }

    private long cap(FileKind kind) {
        return kind.isImage() ? maxImageBytes : maxDocumentBytes;
    }

    private static ProblemException tooLarge(long cap) {
        String key = "files.too-large";
        return new ProblemException(413, "payload-too-large", key, List.of(new ProblemException.FieldViolation("file", key,
                new Object[] {megabytes(cap)})), megabytes(cap));
    }

    private static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb * 1024 * 1024 == bytes ? String.valueOf(mb) : String.format("%.1f", bytes / (1024.0 * 1024));
    }

    // ---- attaching ----------------------------------------------------------------------------

    /**
     * Claims uploaded files for a record, in the caller's transaction: each id must be visible to the caller,
     * unattached or already this owner's, of an allowed kind. The files take the record's path, so that they
     * are read exactly where the record is. 400 naming {@code fileIds} otherwise. Returns the files in the
     * order given (duplicates once); files the owner had already keep their place.
     */
    @Transactional
    public List<StoredFileView> attach(Collection<Long> fileIds, FileOwner owner, String orgPath, Set<FileKind> allowed) {
        caller.requireCovers(orgPath, "files.owner.not-found");
        List<Long> ids = distinct(fileIds);
        if (ids.size() > MAX_ATTACH) {
            throw ProblemException.invalid("fileIds", "files.attach.too-many", MAX_ATTACH);
        }
        int position = files.nextPosition(owner);
        List<StoredFileView> views = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            String field = "fileIds[" + i + "]";
            StoredFile f = files.findVisibleForUpdate(id)
                    .orElseThrow(() -> ProblemException.invalid(field, "files.attach.unknown", id));
            if (f.attached() && !f.ownedBy(owner)) {
                throw ProblemException.invalid(field, "files.attach.taken", id, f.name);
            }
            if (!allowed.contains(f.kind)) {
                throw ProblemException.invalid(field, "files.attach.kind", f.name, new Localized.Text("files.kind." + f.kind.name()));
            }
            if (!f.ownedBy(owner) || !orgPath.equals(f.orgPath)) {
                Map<String, Object> before = auditState(f);
                if (!f.ownedBy(owner)) {
                    f.ownerPosition = position++;
                    f.attachedAt = Instant.now();
                }
                f.ownerType = owner.type();
                f.ownerId = owner.id();
                f.orgPath = orgPath;
                audit.record("file.attach", "StoredFile", f.id, orgPath, before, auditState(f));
            }
            views.add(StoredFileView.of(f));
        }
        return views;
    }

    /**
     * Makes the owner's files exactly these (in this order): attaches the new ones like {@link #attach} and
     * deletes the owner's files that are not in the list — for editing a record's photos.
     */
    @Transactional
    public List<StoredFileView> replaceAttachments(Collection<Long> fileIds, FileOwner owner, String orgPath, Set<FileKind> allowed) {
        List<Long> keep = distinct(fileIds);
        List<StoredFile> gone = files.ownedBy(owner).stream().filter(f -> !keep.contains(f.id)).toList();
        delete(gone, "file.release");
        List<StoredFileView> views = attach(keep, owner, orgPath, allowed);
        for (int i = 0; i < keep.size(); i++) {
            int position = i;
            files.findVisible(keep.get(i)).ifPresent(f -> f.ownerPosition = position);
        }
        return views;
    }

    /** The owner's files the caller may see, in their order. */
    public List<StoredFileView> ownedBy(FileOwner owner) {
        return files.ownedBy(owner).stream().map(StoredFileView::of).toList();
    }

    /** Deletes the owner's files (a discarded draft, a deleted record), in the caller's transaction. */
    @Transactional
    public void release(FileOwner owner) {
        delete(files.ownedBy(owner), "file.release");
    }

    /** The files with these ids that the caller may see, in the order asked; others are left out. */
    public List<StoredFileView> views(Collection<Long> ids) {
        Map<Long, StoredFile> found = files.visible(distinct(ids)).stream()
                .collect(Collectors.toMap(f -> f.id, Function.identity()));
        return distinct(ids).stream().map(found::get).filter(java.util.Objects::nonNull).map(StoredFileView::of).toList();
    }

    /**
     * The owner's files without the scope check, for a record read outside its subtree (a bulletin by the units
     * it was sent to): call only after deciding that the caller may read the record.
     */
    public List<StoredFileView> ownedByRecordReader(FileOwner owner) {
        return files.ownedByUnscoped(owner).stream().map(StoredFileView::of).toList();
    }

    /**
     * One of the owner's files for download, without the scope check (see {@link #ownedByRecordReader});
     * 404 when the file is not the owner's.
     */
    public FileDownload openForRecordReader(FileOwner owner, long id) {
        StoredFile f = files.ownedByUnscoped(owner).stream().filter(x -> x.id == id).findFirst()
                .orElseThrow(() -> ProblemException.notFound("files.not-found"));
        InputStream in = content.open(f.id, FileVariant.ORIGINAL).orElseThrow(() -> ProblemException.notFound("files.not-found"));
        return new FileDownload(f.name, f.mediaType, f.size, in);
    }

    // ---- reading ------------------------------------------------------------------------------

    /** The file for download; 404 when unknown or outside the caller's scope (the same answer). */
    public FileDownload open(long id) {
        StoredFile f = visible(id);
        InputStream in = content.open(f.id, FileVariant.ORIGINAL).orElseThrow(() -> ProblemException.notFound("files.not-found"));
        return new FileDownload(f.name, f.mediaType, f.size, in);
    }

    /**
     * An image's small JPEG (≤ 480 px) for lists; when Java could not make one (a CMYK JPEG), the image itself.
     * 404 for files that are not images.
     */
    public FileDownload thumbnail(long id) {
        StoredFile f = visible(id);
        if (!f.kind.isImage()) {
            throw ProblemException.notFound("files.thumbnail.none");
        }
        Optional<byte[]> small = content.read(f.id, FileVariant.THUMBNAIL);
        if (small.isPresent()) {
            return new FileDownload(thumbnailName(f.name), FileKind.JPEG.mediaType(), small.get().length,
                    new java.io.ByteArrayInputStream(small.get()));
        }
        return open(id);
    }

    /** The bytes of a file the caller may see (404 otherwise): for DOCX writers that embed photos. */
    public byte[] bytes(long id) {
        StoredFile f = visible(id);
        return content.read(f.id, FileVariant.ORIGINAL).orElseThrow(() -> ProblemException.notFound("files.not-found"));
    }

    /**
     * For DOCX writers that embed many photos: which of them the caller may see is decided in one statement, and
     * each file's bytes are read only when asked (one photo in the heap at a time); null for a file not visible.
     */
    public Function<Long, byte[]> reader(Collection<Long> ids) {
        // the scope filter decides which are visible; no second check here
        Set<Long> allowed = files.visible(new LinkedHashSet<>(ids)).stream().map(f -> f.id).collect(Collectors.toSet());
        return id -> id != null && allowed.contains(id) ? content.read(id, FileVariant.ORIGINAL).orElse(null) : null;
    }

    /**
     * The bytes without a scope check, for system callers that have decided access themselves (the city
     * system reading a submitted exemplar's photos, a background job). 404 when the file does not exist.
     */
    public byte[] bytesForSystem(long id) {
        return content.read(id, FileVariant.ORIGINAL).orElseThrow(() -> ProblemException.notFound("files.not-found"));
    }

    private StoredFile visible(long id) {
        StoredFile f = files.findVisible(id).orElseThrow(() -> ProblemException.notFound("files.not-found"));
        caller.requireCovers(f.orgPath, "files.not-found");
        return f;
    }

    // ---- deleting -----------------------------------------------------------------------------

    private void delete(List<StoredFile> doomed, String action) {
        if (doomed.isEmpty()) {
            return;
        }
        content.delete(doomed.stream().map(f -> f.id).toList());
        for (StoredFile f : doomed) {
            audit.record(action, "StoredFile", f.id, f.orgPath, auditState(f), null);
            files.delete(f);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static List<Long> distinct(Collection<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        LinkedHashSet<Long> set = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id != null) {
                set.add(id);
            }
        }
        return List.copyOf(set);
    }

    private static Map<String, Object> auditState(StoredFile f) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", f.name);
        state.put("kind", f.kind);
        state.put("size", f.size);
        state.put("sha256", f.sha256);
        if (f.ownerType != null) {
            state.put("owner", f.ownerType + ":" + f.ownerId);
        }
        return state;
    }

    private static String thumbnailName(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-thumbnail.jpg";
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
