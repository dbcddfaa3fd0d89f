package org.innopark.engine.pipeline;

import java.util.List;
import org.innopark.engine.registry.ProjectStage;

/**
 * One stage of a park's pipeline.
 *
 * @param code the stable code stored with every project and transition ({@code signed})
 * @param zh the Chinese name shown (签约), which a park may rename
 * @param dateZh what the transition's date is called (签约日期)
 * @param exit whether the stage ends the project (终止, 流失): reachable from any open stage
 * @param registry the registry's coarse stage this stage counts as
 * @param requires the fields a transition into this stage must give besides its date
 * @param pooled whether a project at this stage is a lead that the stale rule may return to the pool
 * @param aliases other names accepted on import (推介, 竣工投产)
 */
public record Stage(
        String code,
        String zh,
        String en,
        String dateZh,
        boolean exit,
        ProjectStage registry,
        List<PipelineField> requires,
        boolean pooled,
        List<String> aliases) {

    public Stage {
        requires = List.copyOf(requires);
        aliases = List.copyOf(aliases);
    }

    /** A copy with another Chinese (and English) name. */
    Stage renamed(String newZh, String newEn, String newDateZh) {
        return new Stage(
                code,
                newZh == null ? zh : newZh,
                newEn == null ? en : newEn,
                newDateZh == null ? dateZh : newDateZh,
                exit,
                registry,
                requires,
                pooled,
                aliases);
    }
}
