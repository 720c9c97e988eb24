package cn.ggw.common;

import jakarta.ws.rs.core.Response;

/** A generated document sent as a download: saved under its (Chinese) name, never cached. */
public final class Downloads {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static Response of(byte[] bytes, String mediaType, String fileName) {
        return Response.ok(bytes, mediaType)
                .header("Content-Disposition", ContentDisposition.attachment(fileName))
                .header("Cache-Control", "no-store")
                .build();
    }
}
