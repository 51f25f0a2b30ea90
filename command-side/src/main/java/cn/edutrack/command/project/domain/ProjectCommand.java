package cn.edutrack.command.project.domain;

import cn.edutrack.events.ProjectId;
import java.time.LocalDate;

/** A command on one project. */
public sealed interface ProjectCommand permits
        RegisterProject,
        ApproveProject,
        AllocateFunding,
        StartConstruction,
        ReportProgress,
        CompleteConstruction,
        PassAcceptance,
        FailAcceptance,
        PutProjectIntoService,
        SuspendProject,
        ResumeProject,
        RebaselineSchedule,
        ReviseBudget,
        ReviseScope,
        ReceiveHandover,
        DecommissionSite,
        CancelProject,
        LaunchReform,
        EvaluateReform,
        ConcludeReform,
        ApplyForDesignation,
        GrantDesignation,
        RejectDesignation,
        AssignProjectToPlan,
        OrderRectification,
        IssueSummons,
        RecordRecheck,
        CorrectEvent {

    ProjectId projectId();

    /** When the recorded fact happened; never in the future. */
    LocalDate businessDate();

    /** The version the client last saw, or null to skip the optimistic check. */
    default Long expectedVersion() {
        return null;
    }
}
