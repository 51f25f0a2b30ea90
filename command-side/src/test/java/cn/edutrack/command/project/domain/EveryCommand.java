package cn.edutrack.command.project.domain;

import static cn.edutrack.command.project.domain.ProjectEvents.*;
import static cn.edutrack.command.project.domain.ProjectFixtures.*;

import cn.edutrack.events.FundingSource;
import cn.edutrack.events.Money;
import cn.edutrack.events.PlanId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.Track;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Every command on an existing project, built for a given business date and expected version, with a
 * kind of project whose track it applies to. Used by the rules that every handler must check.
 */
record EveryCommand(String name, ProjectKind kind, List<Track> tracks,
                    BiFunction<LocalDate, Long, ProjectCommand> build) {

    private static final List<Track> ALL = List.of(Track.CONSTRUCTION, Track.REFORM, Track.DESIGNATION);
    private static final List<Track> CONSTRUCTION_OR_REFORM = List.of(Track.CONSTRUCTION, Track.REFORM);
    private static final List<Track> CONSTRUCTION = List.of(Track.CONSTRUCTION);
    private static final List<Track> REFORM = List.of(Track.REFORM);
    private static final List<Track> DESIGNATION = List.of(Track.DESIGNATION);

    /** The lifecycle steps that may not happen while the project is suspended. */
    private static final List<String> STEPS = List.of("ApproveProject", "AllocateFunding", "ReportProgress",
            "StartConstruction", "CompleteConstruction", "ReceiveHandover", "PassAcceptance", "FailAcceptance",
            "PutProjectIntoService", "LaunchReform", "EvaluateReform", "ConcludeReform", "ApplyForDesignation",
            "GrantDesignation", "RejectDesignation");

    static List<EveryCommand> all() {
        return List.of(
                new EveryCommand("ApproveProject", ProjectKind.NEW_BUILD, CONSTRUCTION_OR_REFORM,
                        (on, v) -> new ApproveProject(ID, on, v, "XX区发展和改革局", "X发改〔2024〕1号", BUDGET, "scope",
                                PLANNED_START, PLANNED_COMPLETION)),
                new EveryCommand("AllocateFunding", ProjectKind.NEW_BUILD, CONSTRUCTION_OR_REFORM,
                        (on, v) -> new AllocateFunding(ID, on, v, "A-9", FundingSource.CENTRAL_FISCAL, Money.ofYuan(1000), "doc")),
                new EveryCommand("ReportProgress", ProjectKind.NEW_BUILD, CONSTRUCTION_OR_REFORM,
                        (on, v) -> new ReportProgress(ID, on, v, 10, "note", "evidence", null)),
                new EveryCommand("SuspendProject", ProjectKind.NEW_BUILD, ALL,
                        (on, v) -> new SuspendProject(ID, on, v, "reason")),
                new EveryCommand("ResumeProject", ProjectKind.NEW_BUILD, ALL,
                        (on, v) -> new ResumeProject(ID, on, v, "note")),
                new EveryCommand("RebaselineSchedule", ProjectKind.NEW_BUILD, CONSTRUCTION_OR_REFORM,
                        (on, v) -> new RebaselineSchedule(ID, on, v, PLANNED_START, PLANNED_COMPLETION, "reason")),
                new EveryCommand("ReviseBudget", ProjectKind.NEW_BUILD, CONSTRUCTION_OR_REFORM,
                        (on, v) -> new ReviseBudget(ID, on, v, BUDGET, "doc", "reason")),
                new EveryCommand("ReviseScope", ProjectKind.NEW_BUILD, CONSTRUCTION_OR_REFORM,
                        (on, v) -> new ReviseScope(ID, on, v, "scope", REVISED_CAPACITY, "reason")),
                new EveryCommand("CancelProject", ProjectKind.NEW_BUILD, ALL,
                        (on, v) -> new CancelProject(ID, on, v, "reason")),
                new EveryCommand("StartConstruction", ProjectKind.NEW_BUILD, CONSTRUCTION,
                        (on, v) -> new StartConstruction(ID, on, v, "contractor")),
                new EveryCommand("CompleteConstruction", ProjectKind.NEW_BUILD, CONSTRUCTION,
                        (on, v) -> new CompleteConstruction(ID, on, v, BUILT_CAPACITY, FLOOR_AREA)),
                new EveryCommand("ReceiveHandover", ProjectKind.HANDOVER, CONSTRUCTION,
                        (on, v) -> new ReceiveHandover(ID, on, v, "developer", HANDED_OVER_CAPACITY)),
                new EveryCommand("PassAcceptance", ProjectKind.NEW_BUILD, CONSTRUCTION,
                        (on, v) -> new PassAcceptance(ID, on, v, "inspector", "doc")),
                new EveryCommand("FailAcceptance", ProjectKind.NEW_BUILD, CONSTRUCTION,
                        (on, v) -> new FailAcceptance(ID, on, v, "inspector", "findings", on.plusMonths(1))),
                new EveryCommand("PutProjectIntoService", ProjectKind.NEW_BUILD, CONSTRUCTION,
                        (on, v) -> new PutProjectIntoService(ID, on, v, 300)),
                new EveryCommand("DecommissionSite", ProjectKind.RELOCATION, CONSTRUCTION,
                        (on, v) -> new DecommissionSite(ID, on, v, "old site", 600)),
                new EveryCommand("LaunchReform", ProjectKind.SCHOOL_GROUP, REFORM,
                        (on, v) -> new LaunchReform(ID, on, v, PILOT_UNITS)),
                new EveryCommand("EvaluateReform", ProjectKind.SCHOOL_GROUP, REFORM,
                        (on, v) -> new EvaluateReform(ID, on, v, "evaluator", "良好", true)),
                new EveryCommand("ConcludeReform", ProjectKind.SCHOOL_GROUP, REFORM,
                        (on, v) -> new ConcludeReform(ID, on, v, false, "outcome")),
                new EveryCommand("ApplyForDesignation", ProjectKind.MODEL_SCHOOL, DESIGNATION,
                        (on, v) -> new ApplyForDesignation(ID, on, v, "designation", "level", "body")),
                new EveryCommand("GrantDesignation", ProjectKind.MODEL_SCHOOL, DESIGNATION,
                        (on, v) -> new GrantDesignation(ID, on, v, "level", "body", "doc")),
                new EveryCommand("RejectDesignation", ProjectKind.MODEL_SCHOOL, DESIGNATION,
                        (on, v) -> new RejectDesignation(ID, on, v, "reason")),
                new EveryCommand("AssignProjectToPlan", ProjectKind.NEW_BUILD, ALL,
                        (on, v) -> new AssignProjectToPlan(ID, on, PlanId.of("xx-2021"), "col7", "kg", List.of(), null, null,
                                null, null, null, v)),
                new EveryCommand("OrderRectification", ProjectKind.NEW_BUILD, ALL,
                        (on, v) -> new OrderRectification(ID, on, v, "督导室", "findings", on.plusMonths(1))),
                new EveryCommand("IssueSummons", ProjectKind.NEW_BUILD, ALL,
                        (on, v) -> new IssueSummons(ID, on, v, "督导室", "局长", "reason")),
                new EveryCommand("RecordRecheck", ProjectKind.NEW_BUILD, ALL,
                        (on, v) -> new RecordRecheck(ID, on, v, 1, RecheckResult.NOT_RECTIFIED, "findings", null)));
    }

    /** A supervisor's actions: allowed on closed projects, refused on a cancelled one by their own rule. */
    static final List<String> SUPERVISION = List.of("OrderRectification", "IssueSummons", "RecordRecheck");

    /** The commands that advance a lifecycle, refused while the project is suspended. */
    static Stream<EveryCommand> lifecycleSteps() {
        return all().stream().filter(c -> STEPS.contains(c.name()));
    }

    /** Every command paired with a kind of project on a track it does not apply to. */
    static Stream<Object[]> onAWrongTrack() {
        return all().stream().flatMap(c -> Stream.of(ProjectKind.NEW_BUILD, ProjectKind.SCHOOL_GROUP, ProjectKind.MODEL_SCHOOL)
                .filter(k -> !c.tracks().contains(k.track()))
                .map(k -> new Object[] {c, k}));
    }

    ProjectCommand on(LocalDate businessDate) {
        return build.apply(businessDate, null);
    }

    ProjectCommand expecting(long version) {
        return build.apply(TODAY, version);
    }

    @Override
    public String toString() {
        return name;
    }
}
