package cn.ggw.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download's file name, in Chinese where the browser supports RFC 5987 and plain ASCII otherwise. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return "attachment; " + names(fileName);
    }

    /** Shown in the browser (images) rather than saved; the same name parameters. */
    public static String inline(String fileName) {
        return "inline; " + names(fileName);
    }

    private static String names(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
