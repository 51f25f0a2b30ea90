package cn.edutrack.query.plan.api;

import cn.edutrack.query.readmodel.SourceView;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan document: whose ({@code jurisdiction}, with its name when registered), what ({@code type}), for which
 * years ({@code periodFrom}-{@code periodTo}), and {@code version}, the sequence of the plan's last event applied.
 */
public record PlanView(
        String planId,
        String jurisdiction,
        String jurisdictionName,
        String title,
        String type,
        int periodFrom,
        int periodTo,
        Integer baselineYear,
        String issuer,
        String documentNumber,
        LocalDate published,
        List<String> flags,
        SourceView source,
        LocalDate registeredOn,
        LocalDate lastEventOn,
        long version) {
}
