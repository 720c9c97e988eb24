package cn.ggw.exemplars;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExemplarReviewLevel", description = "TOWNSHIP 乡镇（街道）审核, DISTRICT 区审核")
public enum ReviewLevel {
    TOWNSHIP, DISTRICT
}
