package cn.ggw.files;

import java.io.InputStream;

/** A stored file on its way out: its name, media type, size and bytes. The caller closes the stream. */
public record FileDownload(String name, String mediaType, long size, InputStream content) {
}
