package org.innopark.engine.monitor.eval;

import java.util.List;
import org.innopark.engine.monitor.FirmProfile;
import org.innopark.engine.monitor.Panel;

/** A generated panel, the profiles of its firms and the labels of the trouble injected into it. */
public record LabelledPanel(Panel panel, List<FirmProfile> profiles, List<FaultLabel> labels) {

    public LabelledPanel {
        profiles = List.copyOf(profiles);
        labels = List.copyOf(labels);
    }
}
