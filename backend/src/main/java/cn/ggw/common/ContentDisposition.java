package cn.ggw.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download's file name, in Chinese where the browser supports RFC 5987 and plain ASCII otherwise. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
