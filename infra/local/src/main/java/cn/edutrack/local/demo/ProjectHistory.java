package cn.edutrack.local.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import cn.edutrack.events.Capacity;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.plan.Counted;

/**
 * What the generator recorded for one construction project of a demo plan, as of the history's "today": who and
 * where it is, what it declares to which targets, and the business date (and figures) of every lifecycle step it
 * reached. A step it has not reached is null or empty. Tests compute expected answers from these facts.
 *
 * @param parentProjectId the portfolio project of the plan file this project is a child of
 * @param schoolType      kindergarten, primary, junior ... (the plan's breakdown by type)
 * @param ownership       public (公办) or private (民办); a private project is owned by its sponsor, says 民办 in its
 *                        title and, in 施甸县, also contributes to the plan's "of which private" target
 * @param rectificationOrders what the supervisor of its district or county ordered rectified (责令整改), by when;
 *                        with {@code rechecks} (复查) and {@code summonses} (约谈) the supervision of the project, which
 *                        changes no stage
 */
public record ProjectHistory(
        String projectId, String planId, String programmeId, String targetId, String parentProjectId,
        String title, ProjectKind kind, SchoolType schoolType, Ownership ownership,
        String jurisdiction, String ownerOrganisation, String responsiblePerson,
        Capacity plannedCapacity, List<Contribution> contributions, List<String> flags, Integer dueYear,
        LocalDate registeredOn, LocalDate assignedOn,
        Approval approval, List<Allocation> allocations,
        Start start, List<Progress> progressReports,
        Completion completion, List<AcceptanceFailure> acceptanceFailures, Acceptance acceptance,
        Service service, Cancellation cancellation,
        List<RectificationOrder> rectificationOrders, List<Recheck> rechecks, List<Summons> summonses) {

    public ProjectHistory {
        Objects.requireNonNull(projectId, "projectId");
        contributions = List.copyOf(contributions);
        flags = List.copyOf(flags);
        allocations = List.copyOf(allocations);
        progressReports = List.copyOf(progressReports);
        acceptanceFailures = List.copyOf(acceptanceFailures);
        rectificationOrders = List.copyOf(rectificationOrders);
        rechecks = List.copyOf(rechecks);
        summonses = List.copyOf(summonses);
    }

    public enum SchoolType {
        KINDERGARTEN("幼儿园"), PRIMARY("小学"), NINE_YEAR("九年一贯制学校"), JUNIOR("初级中学"), SENIOR("高级中学"),
        VOCATIONAL("中等职业学校");

        private final String chinese;

        SchoolType(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    public enum Ownership { PUBLIC, PRIVATE }

    /** The stages a supervisor counts, in lifecycle order. */
    public enum Stage {
        REGISTERED, APPROVED, FUNDED, CONSTRUCTION_STARTED, COMPLETED, ACCEPTANCE_FAILED, ACCEPTED, IN_SERVICE, CANCELLED
    }

    /** 立项: budget in yuan (sent in 万元). */
    public record Approval(LocalDate date, String approvingBody, String documentNumber, BigDecimal budgetYuan,
                           String scope, LocalDate plannedStart, LocalDate plannedCompletion) {
    }

    public record Allocation(LocalDate date, String allocationId, FundingSource source, BigDecimal amountYuan,
                             String documentNumber) {
    }

    public record Start(LocalDate date, String contractor) {
    }

    public record Progress(LocalDate date, int percentComplete, String note) {
    }

    /** 竣工: the capacity actually built (what the progress read model counts as delivered). */
    public record Completion(LocalDate date, Capacity actualCapacity, BigDecimal floorAreaSquareMetres) {
    }

    public record AcceptanceFailure(LocalDate date, String inspectingBody, String findings,
                                    LocalDate rectificationDeadline) {
    }

    public record Acceptance(LocalDate date, String inspectingBody, String documentNumber) {
    }

    public record Service(LocalDate date, int firstEnrolment) {
    }

    public record Cancellation(LocalDate date, String reason) {
    }

    /** 责令整改: numbered 1, 2 ... within the project, in the order the command side numbers them. */
    public record RectificationOrder(LocalDate date, int orderNumber, String issuingBody, String findings,
                                     LocalDate deadline) {
    }

    /** 复查 of an order: rectified, or not (then perhaps with a new deadline). */
    public record Recheck(LocalDate date, int orderNumber, RecheckResult result, String findings,
                          LocalDate newDeadline) {
    }

    /** 约谈: who was summoned, and why. */
    public record Summons(LocalDate date, String issuingBody, String summonedParty, String reason) {
    }

    /** The same project with this supervision (the history before it had none). */
    ProjectHistory withSupervision(List<RectificationOrder> orders, List<Recheck> checks, List<Summons> summoned) {
        return new ProjectHistory(projectId, planId, programmeId, targetId, parentProjectId, title, kind, schoolType,
                ownership, jurisdiction, ownerOrganisation, responsiblePerson, plannedCapacity, contributions, flags,
                dueYear, registeredOn, assignedOn, approval, allocations, start, progressReports, completion,
                acceptanceFailures, acceptance, service, cancellation, orders, checks, summoned);
    }

    // ------------------------------------------------------------------------------------------- questions

    /** The business date the project reached the stage, or null. Funded = its first allocation. */
    public LocalDate reachedOn(Stage stage) {
        return switch (stage) {
            case REGISTERED -> registeredOn;
            case APPROVED -> approval == null ? null : approval.date();
            case FUNDED -> allocations.isEmpty() ? null : allocations.get(0).date();
            case CONSTRUCTION_STARTED -> start == null ? null : start.date();
            case COMPLETED -> completion == null ? null : completion.date();
            case ACCEPTANCE_FAILED -> acceptanceFailures.isEmpty() ? null : acceptanceFailures.get(0).date();
            case ACCEPTED -> acceptance == null ? null : acceptance.date();
            case IN_SERVICE -> service == null ? null : service.date();
            case CANCELLED -> cancellation == null ? null : cancellation.date();
        };
    }

    /** Whether the project had reached the stage by the end of {@code asOf}. */
    public boolean reached(Stage stage, LocalDate asOf) {
        LocalDate on = reachedOn(stage);
        return on != null && !on.isAfter(asOf);
    }

    /** Where it stood at the end of {@code asOf}: the furthest stage reached (a failed acceptance until it passes). */
    public Stage stageAsOf(LocalDate asOf) {
        if (reached(Stage.CANCELLED, asOf)) {
            return Stage.CANCELLED;
        }
        for (Stage stage : List.of(Stage.IN_SERVICE, Stage.ACCEPTED, Stage.ACCEPTANCE_FAILED, Stage.COMPLETED,
                Stage.CONSTRUCTION_STARTED, Stage.FUNDED, Stage.APPROVED)) {
            if (reached(stage, asOf)) {
                return stage;
            }
        }
        return Stage.REGISTERED;
    }

    /** The current stage, as of the history's today. */
    public Stage stage() {
        return stageAsOf(LocalDate.MAX);
    }

    /** Accepted and in service by {@code asOf}: what counts as delivered. */
    public boolean delivered(LocalDate asOf) {
        return reached(Stage.ACCEPTED, asOf) && reached(Stage.IN_SERVICE, asOf);
    }

    /** The contribution to a target, if the project declares one. */
    public Optional<Contribution> contributionTo(String target) {
        return contributions.stream().filter(c -> c.targetId().equals(target)).findFirst();
    }

    /**
     * What the project has delivered to a target by {@code asOf}: nothing unless accepted and in service; then for
     * places, streams and classes the capacity actually built, for anything else the declared contribution.
     */
    public BigDecimal deliveredTo(String target, LocalDate asOf) {
        Optional<Contribution> contribution = contributionTo(target);
        if (contribution.isEmpty() || !delivered(asOf)) {
            return BigDecimal.ZERO;
        }
        Counted counts = contribution.get().counts();
        Capacity actual = completion == null ? null : completion.actualCapacity();
        if (actual != null && counts == Counted.PLACES) {
            return BigDecimal.valueOf(actual.places());
        }
        if (actual != null && counts == Counted.STREAMS) {
            return BigDecimal.valueOf(actual.streams());
        }
        if (actual != null && counts == Counted.CLASSES) {
            return BigDecimal.valueOf(actual.classes());
        }
        return contribution.get().value();
    }

    public BigDecimal allocatedYuan() {
        return allocations.stream().map(Allocation::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The business date of its latest event. */
    public LocalDate lastEventOn() {
        return allDates().max(LocalDate::compareTo).orElse(registeredOn);
    }

    /** Planned completion passed by {@code asOf} and not completed by then (nor cancelled). */
    public boolean overdue(LocalDate asOf) {
        return approval != null && approval.plannedCompletion().isBefore(asOf) && !reached(Stage.COMPLETED, asOf)
                && !reached(Stage.CANCELLED, asOf);
    }

    /** Failed acceptance and not (yet) passed by {@code asOf}. */
    public boolean awaitingReinspection(LocalDate asOf) {
        return stageAsOf(asOf) == Stage.ACCEPTANCE_FAILED;
    }

    /**
     * The rectification orders open at the end of {@code asOf}: issued by then and not found rectified by a re-check by
     * then.
     */
    public List<RectificationOrder> openRectificationOrders(LocalDate asOf) {
        return rectificationOrders.stream().filter(o -> !o.date().isAfter(asOf))
                .filter(o -> rechecks.stream().noneMatch(r -> r.orderNumber() == o.orderNumber()
                        && r.result() == RecheckResult.RECTIFIED && !r.date().isAfter(asOf)))
                .toList();
    }

    /**
     * The deadline of an order in force at the end of {@code asOf}: the new deadline of the latest re-check that set
     * one by then, else the order's.
     */
    public LocalDate deadlineInForce(RectificationOrder order, LocalDate asOf) {
        LocalDate deadline = order.deadline();
        for (Recheck r : rechecks) {
            if (r.orderNumber() == order.orderNumber() && !r.date().isAfter(asOf) && r.newDeadline() != null) {
                deadline = r.newDeadline();
            }
        }
        return deadline;
    }

    /** The open orders whose deadline in force lies before {@code asOf}. */
    public List<RectificationOrder> rectificationOverdue(LocalDate asOf) {
        return openRectificationOrders(asOf).stream().filter(o -> deadlineInForce(o, asOf).isBefore(asOf)).toList();
    }

    /** Number of events the project's own requests record (its version on the query side is this minus one). */
    public int eventCount() {
        return 2 + (approval == null ? 0 : 1) + allocations.size() + (start == null ? 0 : 1) + progressReports.size()
                + (completion == null ? 0 : 1) + acceptanceFailures.size() + (acceptance == null ? 0 : 1)
                + (service == null ? 0 : 1) + (cancellation == null ? 0 : 1)
                + rectificationOrders.size() + rechecks.size() + summonses.size();
    }

    private Stream<LocalDate> allDates() {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(registeredOn);
        dates.add(assignedOn);
        if (approval != null) {
            dates.add(approval.date());
        }
        allocations.forEach(a -> dates.add(a.date()));
        if (start != null) {
            dates.add(start.date());
        }
        progressReports.forEach(p -> dates.add(p.date()));
        if (completion != null) {
            dates.add(completion.date());
        }
        acceptanceFailures.forEach(f -> dates.add(f.date()));
        if (acceptance != null) {
            dates.add(acceptance.date());
        }
        if (service != null) {
            dates.add(service.date());
        }
        if (cancellation != null) {
            dates.add(cancellation.date());
        }
        rectificationOrders.forEach(o -> dates.add(o.date()));
        rechecks.forEach(r -> dates.add(r.date()));
        summonses.forEach(s -> dates.add(s.date()));
        return dates.stream();
    }
}
