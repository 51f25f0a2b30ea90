package cn.edutrack.command.project.web;

import cn.edutrack.command.plan.web.PlanInputs;
import cn.edutrack.command.plan.web.QuantityInput;
import cn.edutrack.command.plan.web.SourceInput;
import cn.edutrack.command.project.domain.AllocateFunding;
import cn.edutrack.command.project.domain.ApplyForDesignation;
import cn.edutrack.command.project.domain.ApproveProject;
import cn.edutrack.command.project.domain.AssignProjectToPlan;
import cn.edutrack.command.project.domain.CancelProject;
import cn.edutrack.command.project.domain.CompleteConstruction;
import cn.edutrack.command.project.domain.CorrectEvent;
import cn.edutrack.command.project.domain.ConcludeReform;
import cn.edutrack.command.project.domain.DecommissionSite;
import cn.edutrack.command.project.domain.EvaluateReform;
import cn.edutrack.command.project.domain.FailAcceptance;
import cn.edutrack.command.project.domain.IssueSummons;
import cn.edutrack.command.project.domain.OrderRectification;
import cn.edutrack.command.project.domain.GrantDesignation;
import cn.edutrack.command.project.domain.LaunchReform;
import cn.edutrack.command.project.domain.PassAcceptance;
import cn.edutrack.command.project.domain.ProjectCommand;
import cn.edutrack.command.project.domain.PutProjectIntoService;
import cn.edutrack.command.project.domain.RebaselineSchedule;
import cn.edutrack.command.project.domain.ReceiveHandover;
import cn.edutrack.command.project.domain.RecordRecheck;
import cn.edutrack.command.project.domain.RegisterProject;
import cn.edutrack.command.project.domain.RejectDesignation;
import cn.edutrack.command.project.domain.ReportProgress;
import cn.edutrack.command.project.domain.ResumeProject;
import cn.edutrack.command.project.domain.ReviseBudget;
import cn.edutrack.command.project.domain.ReviseScope;
import cn.edutrack.command.project.domain.StartConstruction;
import cn.edutrack.command.project.domain.SuspendProject;
import cn.edutrack.events.EventJson;
import cn.edutrack.events.FundingSource;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.PersonId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.RecheckResult;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.project.ProjectAssignedToPlan;
import cn.edutrack.command.metadata.CommentedRequest;
import cn.edutrack.command.metadata.MetadataKeys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.node.NullNode;

/**
 * The JSON bodies of the command API, one per command, with their validation. {@code businessDate}
 * is when the fact happened; {@code expectedVersion}, when given, must be the project's current
 * version; {@code comment}, optional in every body, is the user's remark for the events' metadata
 * ({@link CommentedRequest}). Unknown properties are rejected (see application.yml).
 */
public final class ProjectRequests {

    private ProjectRequests() {
    }

    /** A request that becomes one command on the project named in the path; it may carry the user's comment. */
    public interface CommandRequest extends CommentedRequest {
        ProjectCommand toCommand(ProjectId projectId);
    }

    public record RegisterRequest(
            @NotNull LocalDate businessDate,
            @Pattern(regexp = "PRJ-[A-Z0-9][A-Z0-9-]{2,46}", message = "must look like PRJ-XXXX (upper-case letters, digits, '-')") String projectId,
            @NotNull ProjectKind kind,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 200) String jurisdiction,
            @NotBlank @Size(max = 100) String ownerOrganisation,
            @NotBlank @Size(max = 100) String responsiblePerson,
            @NotNull @Valid CapacityInput plannedCapacity,
            @Size(max = 200) String planReference,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public RegisterProject toCommand(ProjectId projectId) {
            return new RegisterProject(
                    projectId,
                    businessDate,
                    kind,
                    title,
                    jurisdictionCode(),
                    OrganisationId.of(ownerOrganisation),
                    PersonId.of(responsiblePerson),
                    plannedCapacity.toCapacity(),
                    planReference);
        }

        private JurisdictionCode jurisdictionCode() {
            try {
                return JurisdictionCode.of(jurisdiction);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("jurisdiction", e.getMessage());
            }
        }
    }

    public record ApproveRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String approvingBody,
            @NotBlank @Size(max = 200) String documentNumber,
            @NotNull @Valid MoneyInput approvedBudget,
            @NotBlank @Size(max = 2000) String scope,
            @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedCompletion,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public ApproveProject toCommand(ProjectId projectId) {
            return new ApproveProject(
                    projectId,
                    businessDate,
                    expectedVersion,
                    approvingBody,
                    documentNumber,
                    approvedBudget.toMoney("approvedBudget"),
                    scope,
                    plannedStart,
                    plannedCompletion);
        }
    }

    public record AllocateRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @Size(max = 100) String allocationId,
            @NotNull FundingSource source,
            @NotNull @Valid MoneyInput amount,
            @NotBlank @Size(max = 200) String documentNumber,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public AllocateFunding toCommand(ProjectId projectId) {
            return new AllocateFunding(
                    projectId,
                    businessDate,
                    expectedVersion,
                    allocationId,
                    source,
                    amount.toMoney("amount"),
                    documentNumber);
        }
    }

    public record StartConstructionRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String contractor,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public StartConstruction toCommand(ProjectId projectId) {
            return new StartConstruction(
                    projectId,
                    businessDate,
                    expectedVersion,
                    contractor);
        }
    }

    public record ReportProgressRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotNull @Min(0) @Max(100) Integer percentComplete,
            @NotBlank @Size(max = 2000) String note,
            @Size(max = 200) String evidenceReference,
            @PositiveOrZero Long correctsSequence,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public ReportProgress toCommand(ProjectId projectId) {
            return new ReportProgress(
                    projectId,
                    businessDate,
                    expectedVersion,
                    percentComplete,
                    note,
                    evidenceReference,
                    correctsSequence);
        }
    }

    public record CompleteRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotNull @Valid CapacityInput actualCapacity,
            @Positive @DecimalMax("10000000") BigDecimal floorAreaSquareMetres,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public CompleteConstruction toCommand(ProjectId projectId) {
            return new CompleteConstruction(
                    projectId,
                    businessDate,
                    expectedVersion,
                    actualCapacity.toCapacity(),
                    floorAreaSquareMetres);
        }
    }

    public record PassAcceptanceRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String inspectingBody,
            @Size(max = 200) String documentNumber,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public PassAcceptance toCommand(ProjectId projectId) {
            return new PassAcceptance(
                    projectId,
                    businessDate,
                    expectedVersion,
                    inspectingBody,
                    documentNumber);
        }
    }

    public record FailAcceptanceRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String inspectingBody,
            @NotBlank @Size(max = 2000) String findings,
            @NotNull LocalDate rectificationDeadline,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public FailAcceptance toCommand(ProjectId projectId) {
            return new FailAcceptance(
                    projectId,
                    businessDate,
                    expectedVersion,
                    inspectingBody,
                    findings,
                    rectificationDeadline);
        }
    }

    public record PutIntoServiceRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotNull @PositiveOrZero @Max(100_000) Integer firstEnrolment,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public PutProjectIntoService toCommand(ProjectId projectId) {
            return new PutProjectIntoService(
                    projectId,
                    businessDate,
                    expectedVersion,
                    firstEnrolment);
        }
    }

    public record SuspendRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public SuspendProject toCommand(ProjectId projectId) {
            return new SuspendProject(
                    projectId,
                    businessDate,
                    expectedVersion,
                    reason);
        }
    }

    public record ResumeRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @Size(max = 2000) String note,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public ResumeProject toCommand(ProjectId projectId) {
            return new ResumeProject(
                    projectId,
                    businessDate,
                    expectedVersion,
                    note);
        }
    }

    public record RebaselineScheduleRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedCompletion,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public RebaselineSchedule toCommand(ProjectId projectId) {
            return new RebaselineSchedule(
                    projectId,
                    businessDate,
                    expectedVersion,
                    plannedStart,
                    plannedCompletion,
                    reason);
        }
    }

    public record ReviseBudgetRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotNull @Valid MoneyInput approvedBudget,
            @Size(max = 200) String documentNumber,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public ReviseBudget toCommand(ProjectId projectId) {
            return new ReviseBudget(
                    projectId,
                    businessDate,
                    expectedVersion,
                    approvedBudget.toMoney("approvedBudget"),
                    documentNumber,
                    reason);
        }
    }

    public record ReviseScopeRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String scope,
            @NotNull @Valid CapacityInput plannedCapacity,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public ReviseScope toCommand(ProjectId projectId) {
            return new ReviseScope(
                    projectId,
                    businessDate,
                    expectedVersion,
                    scope,
                    plannedCapacity.toCapacity(),
                    reason);
        }
    }

    public record ReceiveHandoverRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String handedOverBy,
            @NotNull @Valid CapacityInput actualCapacity,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public ReceiveHandover toCommand(ProjectId projectId) {
            return new ReceiveHandover(
                    projectId,
                    businessDate,
                    expectedVersion,
                    handedOverBy,
                    actualCapacity.toCapacity());
        }
    }

    public record DecommissionSiteRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String siteDescription,
            @NotNull @PositiveOrZero @Max(100_000) Integer placesRemoved,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public DecommissionSite toCommand(ProjectId projectId) {
            return new DecommissionSite(
                    projectId,
                    businessDate,
                    expectedVersion,
                    siteDescription,
                    placesRemoved);
        }
    }

    public record CancelRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public CancelProject toCommand(ProjectId projectId) {
            return new CancelProject(
                    projectId,
                    businessDate,
                    expectedVersion,
                    reason);
        }
    }

    public record LaunchReformRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 100) String> participatingUnits,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public LaunchReform toCommand(ProjectId projectId) {
            return new LaunchReform(
                    projectId,
                    businessDate,
                    expectedVersion,
                    participatingUnits.stream().map(OrganisationId::of).toList());
        }
    }

    public record EvaluateReformRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String evaluator,
            @NotBlank @Size(max = 200) String rating,
            @NotNull Boolean passed,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public EvaluateReform toCommand(ProjectId projectId) {
            return new EvaluateReform(
                    projectId,
                    businessDate,
                    expectedVersion,
                    evaluator,
                    rating,
                    passed);
        }
    }

    public record ConcludeReformRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotNull Boolean scaledUp,
            @NotBlank @Size(max = 2000) String outcome,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public ConcludeReform toCommand(ProjectId projectId) {
            return new ConcludeReform(
                    projectId,
                    businessDate,
                    expectedVersion,
                    scaledUp,
                    outcome);
        }
    }

    public record ApplyForDesignationRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String designation,
            @NotBlank @Size(max = 200) String level,
            @NotBlank @Size(max = 200) String applicationBody,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public ApplyForDesignation toCommand(ProjectId projectId) {
            return new ApplyForDesignation(
                    projectId,
                    businessDate,
                    expectedVersion,
                    designation,
                    level,
                    applicationBody);
        }
    }

    public record GrantDesignationRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String level,
            @NotBlank @Size(max = 200) String grantingBody,
            @Size(max = 200) String documentNumber,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public GrantDesignation toCommand(ProjectId projectId) {
            return new GrantDesignation(
                    projectId,
                    businessDate,
                    expectedVersion,
                    level,
                    grantingBody,
                    documentNumber);
        }
    }

    public record RejectDesignationRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public RejectDesignation toCommand(ProjectId projectId) {
            return new RejectDesignation(
                    projectId,
                    businessDate,
                    expectedVersion,
                    reason);
        }
    }

    /** A supervisor's order to rectify the findings by the deadline (not before {@code businessDate}). */
    public record RectificationOrderRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String issuingBody,
            @NotBlank @Size(max = 2000) String findings,
            @NotNull LocalDate deadline,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public OrderRectification toCommand(ProjectId projectId) {
            return new OrderRectification(
                    projectId,
                    businessDate,
                    expectedVersion,
                    issuingBody,
                    findings,
                    deadline);
        }
    }

    /** A supervisor's summons of the project's responsible party to a supervisory interview (约谈). */
    public record SummonsRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String issuingBody,
            @NotBlank @Size(max = 200) String summonedParty,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public IssueSummons toCommand(ProjectId projectId) {
            return new IssueSummons(
                    projectId,
                    businessDate,
                    expectedVersion,
                    issuingBody,
                    summonedParty,
                    reason);
        }
    }

    /** The re-check of rectification order {@code orderNumber}; {@code newDeadline} only when NOT_RECTIFIED. */
    public record RecheckRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotNull @Positive @Max(100_000) Integer orderNumber,
            @NotNull RecheckResult result,
            @NotBlank @Size(max = 2000) String findings,
            LocalDate newDeadline,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public RecordRecheck toCommand(ProjectId projectId) {
            return new RecordRecheck(
                    projectId,
                    businessDate,
                    expectedVersion,
                    orderNumber,
                    result,
                    findings,
                    newDeadline);
        }
    }

    /**
     * Places the project in a plan. {@code contributions[].targetId} left out means the project's main target;
     * {@code parentProjectId} names the portfolio the project belongs to.
     */
    public record AssignToPlanRequest(
            @NotNull LocalDate businessDate,
            @PositiveOrZero Long expectedVersion,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,79}",
                    message = "must be 1 to 80 lower-case letters, digits, '.', '_' or '-' (starting with a letter or digit)")
            String planId,
            @Pattern(regexp = PlanInputs.LOCAL_ID, message = PlanInputs.LOCAL_ID_MESSAGE) String programmeId,
            @Pattern(regexp = PlanInputs.LOCAL_ID, message = PlanInputs.LOCAL_ID_MESSAGE) String targetId,
            @Size(max = 100) List<@NotNull @Valid ContributionInput> contributions,
            @Pattern(regexp = "PRJ-[A-Z0-9][A-Z0-9-]{2,46}", message = "must look like PRJ-XXXX (upper-case letters, digits, '-')")
            String parentProjectId,
            @Valid QuotaInput quota,
            @Min(1949) @Max(2100) Integer dueYear,
            @Size(max = 20) List<@NotBlank String> flags,
            @Valid SourceInput source,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommandRequest {

        @Override
        public AssignProjectToPlan toCommand(ProjectId projectId) {
            List<ProjectAssignedToPlan.Contribution> contributed = new ArrayList<>();
            for (int i = 0; contributions != null && i < contributions.size(); i++) {
                contributed.add(contributions.get(i).toContribution("contributions[" + i + "]"));
            }
            return new AssignProjectToPlan(
                    projectId,
                    businessDate,
                    PlanInputs.planId(planId, "planId"),
                    programmeId,
                    targetId,
                    contributed,
                    parentProjectId == null ? null : ProjectId.of(parentProjectId),
                    quota == null ? null : quota.toQuota(),
                    dueYear,
                    PlanInputs.flags(flags, "flags"),
                    source == null ? null : source.toSource(),
                    expectedVersion);
        }
    }

    /** What the project adds to a target, in the target's unit (e.g. 360 PLACES). */
    public record ContributionInput(
            @Pattern(regexp = PlanInputs.LOCAL_ID, message = PlanInputs.LOCAL_ID_MESSAGE) String targetId,
            @NotNull Counted counts,
            @NotNull @Positive BigDecimal value,
            @Size(max = 200) String asWritten) {

        /** @param path where the contribution is in the request, for the error that names the field */
        ProjectAssignedToPlan.Contribution toContribution(String path) {
            try {
                return new ProjectAssignedToPlan.Contribution(targetId, counts, value, asWritten);
            } catch (IllegalArgumentException e) {
                // e.g. a value with more than 15 digits before the decimal point
                throw new InvalidFieldException(path + ".value", e.getMessage());
            }
        }
    }

    /** A per-sub-unit, per-year obligation (每个乡镇每年1—2所), from one year to another. */
    public record QuotaInput(
            @NotBlank @Size(max = 100) String per,
            @NotNull @Valid QuantityInput perYear,
            @NotNull @Min(1949) @Max(2100) Integer fromYear,
            @NotNull @Min(1949) @Max(2100) Integer toYear) {

        ProjectAssignedToPlan.Quota toQuota() {
            if (fromYear > toYear) {
                throw new InvalidFieldException("quota.toYear", "quota.toYear " + toYear + " is before quota.fromYear " + fromYear);
            }
            return new ProjectAssignedToPlan.Quota(per, perYear.toQuantity("quota.perYear"), fromYear, toYear);
        }
    }

    /**
     * A correction of event {@code correctedSequence}: {@code changes} maps payload field names of that event to their
     * corrected values, written as in the event's payload ({@code {"amount": "3000000.00"}}, {@code {"businessDate":
     * "2024-03-15"}}); decimals keep the digits they are written with. Dated today: the correction's own business
     * date is the day it is recorded.
     */
    public record CorrectionRequest(
            @PositiveOrZero Long expectedVersion,
            @NotNull @PositiveOrZero Long correctedSequence,
            @NotEmpty @Size(max = 100) @JsonDeserialize(contentUsing = ExactJsonValue.class) Map<String, JsonNode> changes,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommentedRequest {

        public CorrectEvent toCommand(ProjectId projectId, LocalDate today) {
            Map<String, String> values = new LinkedHashMap<>();
            changes.forEach((field, value) -> values.put(field,
                    new String(EventJson.writeTree(value == null ? NullNode.getInstance() : value), StandardCharsets.UTF_8)));
            return new CorrectEvent(projectId, today, expectedVersion, correctedSequence, values, reason);
        }
    }
}
