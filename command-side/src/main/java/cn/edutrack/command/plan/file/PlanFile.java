package cn.edutrack.command.plan.file;

import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.OrganisationId;
import cn.edutrack.events.ProjectId;
import cn.edutrack.events.ProjectKind;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.Firmness;
import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.JurisdictionLevel;
import cn.edutrack.events.plan.PlanType;
import cn.edutrack.events.plan.ProgrammeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A validated plan file ({@code format: edutrack-plan/1}, see {@code docs/plan-files.md}): one plan of one
 * jurisdiction with its indicators, programmes, programme targets and projects. Only {@link PlanFileParser}
 * builds one, and only when the file has no error, so every reference in it resolves. Fields documented as
 * optional are {@code null} when the file leaves them out; lists are never null and are immutable.
 */
public record PlanFile(
        String fileName,
        String format,
        Jurisdiction jurisdiction,
        Plan plan,
        List<Indicator> indicators,
        List<Programme> programmes,
        List<Project> projects) {

    /** The one format version this code reads. */
    public static final String FORMAT_V1 = "edutrack-plan/1";

    public PlanFile {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(plan, "plan");
        indicators = List.copyOf(indicators);
        programmes = List.copyOf(programmes);
        projects = List.copyOf(projects);
    }

    /** Every programme target of the plan, in file order. */
    public List<Target> targets() {
        return programmes.stream().flatMap(p -> p.targets().stream()).toList();
    }

    public Indicator indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    public Programme programme(String id) {
        return programmes.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    public Target target(String id) {
        return targets().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    public Project project(String key) {
        return projects.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    /** Projects whose {@code parent} is {@code key} (the children of a portfolio). */
    public List<Project> childrenOf(String key) {
        return projects.stream().filter(p -> key.equals(p.parent())).toList();
    }

    // ---------------------------------------------------------------------------------------------------

    /** Verbatim source sentence kept as provenance; {@code ref} (optional) says where it is (section, table, page). */
    public record Source(String quote, String ref) {
    }

    /** The jurisdiction the plan belongs to; {@code name} as written (anonymised names such as XX区 kept). */
    public record Jurisdiction(JurisdictionCode code, String name, JurisdictionLevel level, ParentJurisdiction parent, Source source) {
    }

    /** Optional parent jurisdiction; its code is a prefix of the child's code. */
    public record ParentJurisdiction(JurisdictionCode code, String name, JurisdictionLevel level) {
    }

    /**
     * The plan document. {@code baselineYear}, {@code issuer}, {@code documentNumber} are optional;
     * {@code published} is null when the file says {@code unknown} or leaves it out.
     */
    public record Plan(
            String id,
            String title,
            PlanType type,
            int periodFrom,
            int periodTo,
            Integer baselineYear,
            String issuer,
            String documentNumber,
            LocalDate published,
            List<String> flags,
            Source source) {

        public Plan {
            flags = List.copyOf(flags);
        }
    }

    /**
     * A parsed figure with the text it was parsed from. Exactly one of: {@code value} (most comparators),
     * {@code min}+{@code max} ({@link Comparator#RANGE}), or none ({@link Comparator#takesNoValue()}).
     * {@code asWritten} is the figure exactly as printed in the source (may be null only for derived figures).
     */
    public record Quantity(Comparator comparator, BigDecimal value, BigDecimal min, BigDecimal max, String asWritten) {
    }

    /** A baseline: the figure of a year before the plan. */
    public record Baseline(int year, BigDecimal value, String asWritten) {
    }

    /** An indicator target; {@code year} is optional for yearly rules (maintain every year, never decrease). */
    public record IndicatorTarget(Integer year, Quantity quantity) {

        public Comparator comparator() {
            return quantity.comparator();
        }
    }

    /** An indicator of the plan; {@code unit}, {@code concept} and {@code baseline} are optional. */
    public record Indicator(
            String id,
            String name,
            String unit,
            IndicatorAttribute attribute,
            String concept,
            Baseline baseline,
            IndicatorTarget target,
            List<String> flags,
            Source source) {

        public Indicator {
            flags = List.copyOf(flags);
        }
    }

    public record Programme(String id, String name, ProgrammeKind kind, String number, List<Target> targets, Source source) {

        public Programme {
            targets = List.copyOf(targets);
        }
    }

    /**
     * A quantitative target of a programme. {@code planned} is null only for a target flagged
     * {@code unquantified} (e.g. 一批). {@code indicator} optionally names the indicator it restates;
     * {@code per} optionally says the target applies per sub-unit (e.g. 县(市、区)).
     */
    public record Target(
            String id,
            String programme,
            String name,
            Counted counts,
            Quantity planned,
            Firmness firmness,
            String indicator,
            String per,
            List<String> flags,
            Source source) {

        public Target {
            flags = List.copyOf(flags);
        }

        public boolean soft() {
            return firmness == Firmness.SOFT;
        }
    }

    /**
     * What a project declares it adds to a target, e.g. +1 kindergarten, +360 places. {@code target} is the
     * target id given on the contribution itself; null means the project's own target ({@link #targetOf}).
     */
    public record Contribution(String target, Counted counts, BigDecimal value, String asWritten) {

        /** The id of the target this contribution counts towards. */
        public String targetOf(Project project) {
            return target != null ? target : project.target();
        }
    }

    /**
     * A per-sub-unit, per-year quota (每个乡镇每年1—2所): one obligation per {@code per} unit and year from
     * {@code fromYear} to {@code toYear}, each for {@code perYear}.
     */
    public record Quota(String per, Quantity perYear, int fromYear, int toYear) {
    }

    /**
     * A project of the plan. {@code key} names it inside the file; {@code projectId} (optional) is its id in
     * Edutrack. {@code programme}, {@code target}, {@code parent} (key of its portfolio), {@code quota},
     * {@code due} are optional. {@code jurisdiction} defaults to the plan's jurisdiction.
     */
    public record Project(
            String key,
            ProjectId projectId,
            String title,
            ProjectKind kind,
            JurisdictionCode jurisdiction,
            OrganisationId owner,
            String programme,
            String target,
            List<Contribution> contributions,
            String parent,
            Quota quota,
            Integer due,
            List<String> flags,
            Source source) {

        public Project {
            contributions = List.copyOf(contributions);
            flags = List.copyOf(flags);
        }
    }

    /** Flags every record may carry (data, shown to users, never dropped). */
    public static final List<String> KNOWN_FLAGS = cn.edutrack.events.plan.Flags.KNOWN;

    static Stream<String> knownFlags() {
        return KNOWN_FLAGS.stream();
    }
}
