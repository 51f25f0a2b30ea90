package cn.edutrack.events.project;

import cn.edutrack.events.ProjectId;
import java.time.Instant;
import java.time.LocalDate;

/** A fact about one project. */
public sealed interface ProjectEvent permits
        ProjectRegistered, ProjectApproved, FundingAllocated, ConstructionStarted, ProgressReported,
        ConstructionCompleted, AcceptancePassed, AcceptanceFailed, PutIntoService, ProjectSuspended,
        ProjectResumed, ScheduleRebaselined, BudgetRevised, ScopeRevised, ProjectHandedOver,
        SiteDecommissioned, ProjectCancelled, ReformLaunched, ReformEvaluated, ReformConcluded,
        DesignationApplied, DesignationGranted, DesignationRejected {

    ProjectId projectId();

    /** When it happened. Never after the day it was recorded. */
    LocalDate businessDate();

    /** When Edutrack recorded it. */
    Instant recordedAt();
}
