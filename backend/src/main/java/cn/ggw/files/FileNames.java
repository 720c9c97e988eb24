package cn.ggw.files;

import cn.ggw.common.ProblemException;

import java.text.Normalizer;

/** File names as people typed them, made safe to store and to hand back in a download. */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /**
     * The last segment of the name (browsers on Windows sent whole paths), NFC, without characters Windows
     * refuses in names. Control characters and direction overrides (which make "gpj.exe" look like ".jpg")
     * are refused: 400 on {@code file}.
     */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                throw ProblemException.invalid("file", "files.name.control");
            }
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[<>:\"|?*]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            String ext = FileKind.extensionOf(name);
            String suffix = ext == null || ext.length() > 10 ? "" : "." + ext;
            name = name.substring(0, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    /** The name with the kind's extension when it has none of the kind's own ("会议记录" → "会议记录.pdf"). */
    static String withExtension(String name, FileKind kind, String fallbackBase) {
        String base = name.isEmpty() ? fallbackBase : name;
        return FileKind.claimedBy(base).filter(k -> k == kind).isPresent() ? base : base + "." + kind.extension();
    }
}
