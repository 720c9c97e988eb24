package cn.ggw.exemplars;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExemplarReviewDecision", description = "Township: FORWARD (报区) or RETURN. District: APPROVE, RETURN or REJECT.")
public enum ReviewDecision {
    FORWARD, APPROVE, RETURN, REJECT
}
