package cn.ggw.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list; pass {@code nextCursor} back as {@code cursor} for the next one (null at the end). */
public record Page<T>(
        List<T> items,
        @Schema(nullable = true, description = "Opaque cursor of the next page; null when this is the last page") String nextCursor) {
}
