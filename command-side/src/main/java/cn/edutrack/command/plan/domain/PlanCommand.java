package cn.edutrack.command.plan.domain;

import java.time.LocalDate;

/**
 * A command to a plan or a jurisdiction. Definitions ({@link RegisterJurisdiction}, {@link RegisterPlan},
 * {@link DefineIndicator}, {@link DefineProgramme}, {@link SetTarget}) are idempotent: repeating one with the
 * same content records nothing, so a plan file can be imported again. Every command has a business date that
 * may not lie in the future.
 */
public sealed interface PlanCommand permits RegisterJurisdiction, RegisterPlan, DefineIndicator,
        ReviseIndicatorTarget, RecordIndicatorMeasurement, DefineProgramme, SetTarget, ReviseTarget {

    LocalDate businessDate();
}
