package cn.edutrack.command.plan.web;

import cn.edutrack.command.plan.domain.DefineIndicator;
import cn.edutrack.command.plan.domain.DefineProgramme;
import cn.edutrack.command.plan.domain.RecordIndicatorMeasurement;
import cn.edutrack.command.plan.domain.RegisterJurisdiction;
import cn.edutrack.command.plan.domain.RegisterPlan;
import cn.edutrack.command.plan.domain.ReviseIndicatorTarget;
import cn.edutrack.command.plan.domain.ReviseTarget;
import cn.edutrack.command.plan.domain.SetTarget;
import cn.edutrack.events.PlanId;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.events.plan.PlanType;
import cn.edutrack.events.plan.ProgrammeKind;
import cn.edutrack.command.metadata.CommentedRequest;
import cn.edutrack.command.metadata.MetadataKeys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON bodies of the plan and jurisdiction API, one per command, with their validation. Enumerations are
 * written in upper case ({@code FIVE_YEAR_PLAN}, {@code AT_LEAST}); numbers are read exactly as decimals;
 * {@code businessDate} is when the fact happened (never in the future); {@code comment}, optional in every body, is
 * the user's remark for the events' metadata ({@link CommentedRequest}). Unknown properties are rejected.
 */
public final class PlanRequests {

    private PlanRequests() {
    }

    public record RegisterJurisdictionRequest(
            @NotNull LocalDate businessDate,
            @NotBlank @Size(max = 200) String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull JurisdictionLevel level,
            @Size(max = 200) String parent,
            @Valid SourceInput source,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommentedRequest {

        RegisterJurisdiction toCommand() {
            return new RegisterJurisdiction(PlanInputs.jurisdiction(code, "code"), businessDate, name, level,
                    PlanInputs.jurisdiction(parent, "parent"), SourceInput.of(source));
        }
    }

    public record RegisterPlanRequest(
            @NotNull LocalDate businessDate,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,79}",
                    message = "must be 1 to 80 lower-case letters, digits, '.', '_' or '-' (starting with a letter or digit)")
            String planId,
            @NotBlank @Size(max = 200) String jurisdiction,
            @NotBlank @Size(max = 300) String title,
            @NotNull PlanType type,
            @NotNull @Min(1949) @Max(2100) Integer periodFrom,
            @NotNull @Min(1949) @Max(2100) Integer periodTo,
            @Min(1949) @Max(2100) Integer baselineYear,
            @Size(max = 200) String issuer,
            @Size(max = 100) String documentNumber,
            LocalDate published,
            @Size(max = 20) List<@NotBlank String> flags,
            @Valid SourceInput source,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommentedRequest {

        RegisterPlan toCommand() {
            return new RegisterPlan(PlanInputs.planId(planId, "planId"), businessDate,
                    PlanInputs.jurisdiction(jurisdiction, "jurisdiction"), title, type, periodFrom, periodTo, baselineYear,
                    issuer, documentNumber, published, PlanInputs.flags(flags, "flags"), SourceInput.of(source));
        }
    }

    public record DefineIndicatorRequest(
            @NotNull LocalDate businessDate,
            @NotNull @Pattern(regexp = PlanInputs.LOCAL_ID, message = PlanInputs.LOCAL_ID_MESSAGE) String indicatorId,
            @NotBlank @Size(max = 300) String name,
            @Size(max = 40) String unit,
            @NotNull IndicatorAttribute attribute,
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,79}", message = "must be an upper-case code such as COMPULSORY_RETENTION_RATE")
            String concept,
            @Valid BaselineInput baseline,
            @Min(1949) @Max(2100) Integer targetYear,
            @NotNull @Valid QuantityInput target,
            @Size(max = 20) List<@NotBlank String> flags,
            @Valid SourceInput source,
            @Size(max = 1000) String revisionReason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommentedRequest {

        DefineIndicator toCommand(PlanId planId) {
            return new DefineIndicator(planId, businessDate, indicatorId, name, unit, attribute, concept,
                    baseline == null ? null : baseline.toBaseline(), targetYear, target.toQuantity("target"),
                    PlanInputs.flags(flags, "flags"), SourceInput.of(source), revisionReason);
        }
    }

    /** A new target of an indicator, in full: {@code targetYear} is left out only for a yearly rule. */
    public record ReviseIndicatorTargetRequest(
            @NotNull LocalDate businessDate,
            @Min(1949) @Max(2100) Integer targetYear,
            @NotNull @Valid QuantityInput target,
            @NotBlank @Size(max = 1000) String reason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommentedRequest {

        ReviseIndicatorTarget toCommand(PlanId planId, String indicatorId) {
            return new ReviseIndicatorTarget(planId, businessDate, indicatorId, targetYear, target.toQuantity("target"),
                    reason);
        }
    }

    /** The year is checked by the plan (from 1949 to the current year), so that the refusal names its rule. */
    public record RecordMeasurementRequest(
            @NotNull LocalDate businessDate,
            @NotNull Integer year,
            @NotNull BigDecimal value,
            @Size(max = 200) String asWritten,
            @Size(max = 20) List<@NotBlank String> flags,
            @Size(max = 300) String sourceReference,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommentedRequest {

        RecordIndicatorMeasurement toCommand(PlanId planId, String indicatorId) {
            return new RecordIndicatorMeasurement(planId, businessDate, indicatorId, year, value, asWritten,
                    PlanInputs.flags(flags, "flags"), sourceReference);
        }
    }

    public record DefineProgrammeRequest(
            @NotNull LocalDate businessDate,
            @NotNull @Pattern(regexp = PlanInputs.LOCAL_ID, message = PlanInputs.LOCAL_ID_MESSAGE) String programmeId,
            @NotBlank @Size(max = 300) String name,
            @NotNull ProgrammeKind kind,
            @Size(max = 40) String number,
            @Valid SourceInput source,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommentedRequest {

        DefineProgramme toCommand(PlanId planId) {
            return new DefineProgramme(planId, businessDate, programmeId, name, kind, number, SourceInput.of(source));
        }
    }

    /** {@code planned} may be left out only for a target flagged {@code unquantified}; firmness defaults to FIRM. */
    public record SetTargetRequest(
            @NotNull LocalDate businessDate,
            @NotNull @Pattern(regexp = PlanInputs.LOCAL_ID, message = PlanInputs.LOCAL_ID_MESSAGE) String targetId,
            @NotNull @Pattern(regexp = PlanInputs.LOCAL_ID, message = PlanInputs.LOCAL_ID_MESSAGE) String programmeId,
            @NotBlank @Size(max = 300) String name,
            @NotNull Counted counts,
            @Valid QuantityInput planned,
            Firmness firmness,
            @Pattern(regexp = PlanInputs.LOCAL_ID, message = PlanInputs.LOCAL_ID_MESSAGE) String indicatorId,
            @Size(max = 100) String per,
            @Size(max = 20) List<@NotBlank String> flags,
            @Valid SourceInput source,
            @Size(max = 1000) String revisionReason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommentedRequest {

        SetTarget toCommand(PlanId planId) {
            return new SetTarget(planId, businessDate, targetId, programmeId, name, counts,
                    planned == null ? null : planned.toQuantity("planned"), firmness == null ? Firmness.FIRM : firmness,
                    indicatorId, per, PlanInputs.flags(flags, "flags"), SourceInput.of(source), revisionReason);
        }
    }

    /** A new planned figure of a target; {@code firmness} left out keeps the one in force. */
    public record ReviseTargetRequest(
            @NotNull LocalDate businessDate,
            @NotNull @Valid QuantityInput planned,
            Firmness firmness,
            @NotBlank @Size(max = 1000) String reason,
            @Size(max = MetadataKeys.MAX_COMMENT_LENGTH) String comment) implements CommentedRequest {

        ReviseTarget toCommand(PlanId planId, String targetId) {
            return new ReviseTarget(planId, businessDate, targetId, planned.toQuantity("planned"), firmness, reason);
        }
    }
}
