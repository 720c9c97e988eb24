package cn.ggw.exemplars;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an exemplar of a category may be about. */
@Schema(name = "ExemplarSubjectKind", description = "PERSON a person of the 五老 registry (volunteerId), TEAM a committee team, "
        + "UNIT the unit itself, GROUP a named group")
public enum SubjectKind {
    PERSON, TEAM, UNIT, GROUP
}
