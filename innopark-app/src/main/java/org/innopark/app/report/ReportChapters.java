package org.innopark.app.report;

import org.innopark.app.incubation.Incubation;
import org.innopark.app.patent.ParkPatents;
import org.innopark.app.talent.Talents;
import org.innopark.app.transfer.TransferContracts;
import org.innopark.app.transfer.TransferViews;
import org.springframework.stereotype.Component;

/**
 * The later capabilities' public reads a report's chapters use: incubation (孵化载体), talents (人才) and technology
 * transfer (技术合同, 成果与需求), and patent
 * navigation (专利导航: a chain's landscape, its scope and the peer parks' counts, read with the report's scope). Their calls without a caller are used: the report has checked the park's scope.
 */
@Component
record ReportChapters(
        Incubation incubation,
        Talents talents,
        TransferContracts contracts,
        TransferViews transfer,
        ParkPatents patents) {}
