package cn.edutrack.web.page;

import static cn.edutrack.web.page.FormField.Type.AMOUNT;
import static cn.edutrack.web.page.FormField.Type.CONTRIBUTION;
import static cn.edutrack.web.page.FormField.Type.DATE;
import static cn.edutrack.web.page.FormField.Type.DECIMAL;
import static cn.edutrack.web.page.FormField.Type.LINES;
import static cn.edutrack.web.page.FormField.Type.OPEN_ORDER;
import static cn.edutrack.web.page.FormField.Type.PLAN_TARGET;
import static cn.edutrack.web.page.FormField.Type.TEXT;
import static cn.edutrack.web.page.FormField.Type.TEXTAREA;
import static cn.edutrack.web.page.FormField.Type.WHOLE_NUMBER;
import static cn.edutrack.web.page.FormField.Type.YES_NO;
import static cn.edutrack.web.page.FormField.choice;
import static cn.edutrack.web.page.FormField.optional;
import static cn.edutrack.web.page.FormField.required;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The table of every form a user records an event with: the form's operation (the link's id
 * {@code action-<operation>} and the page's path), the event it records ({@link #eventType()}: also what a correction
 * of such an event is typed by, {@link CorrectionForm}), the command API's path segment it posts to ({@code apiSegment}:
 * the operation itself unless {@link #postingTo} names another, as for the progress report's
 * {@code progress-reports}), who may use it, on which tracks and in which statuses (as the query side shows them) it
 * makes sense, and its fields besides {@code businessDate} and {@code comment}, which every form has. The command
 * side still decides: the tracks and statuses only keep the project page from offering what would be refused anyway.
 */
public record RecordingForm(String operation, String event, String apiSegment, Who who, Set<String> tracks,
        Set<String> statuses, List<FormField> fields, Set<String> kinds) {

    /** A form posting to its operation, for projects of the {@code kinds} given (any kind when empty). */
    public RecordingForm(String operation, String event, Who who, Set<String> tracks, Set<String> statuses,
            List<FormField> fields, Set<String> kinds) {
        this(operation, event, operation, who, tracks, statuses, fields, kinds);
    }

    /** A form posting to its operation, for projects of any kind on {@code tracks}. */
    public RecordingForm(String operation, String event, Who who, Set<String> tracks, Set<String> statuses,
            List<FormField> fields) {
        this(operation, event, who, tracks, statuses, fields, Set.of());
    }

    /** The same form posting to {@code POST /api/projects/{id}/<segment>} instead of its operation. */
    RecordingForm postingTo(String segment) {
        return new RecordingForm(operation, event, segment, who, tracks, statuses, fields, kinds);
    }

    /**
     * The CloudEvents type of what the form records, in the version whose payload fields are the form's fields:
     * {@code cn.edutrack.project.<event>.v1}.
     */
    public String eventType() {
        return "cn.edutrack.project." + event + ".v1";
    }

    /** Who records with the form. */
    public enum Who {
        /** a manager of the organisation owning the project. */
        MANAGER,
        /** a supervisor whose jurisdiction covers the project. */
        SUPERVISOR,
        /** a manager of the owning organisation, or an administrator whose jurisdiction covers the project. */
        MANAGER_OR_ADMINISTRATOR
    }

    static final String CONSTRUCTION = "CONSTRUCTION";
    static final String REFORM = "REFORM";
    static final String DESIGNATION = "DESIGNATION";

    /** The operation of the registration form ({@code /projects/new}, {@code POST /api/projects}). */
    public static final String REGISTER = "register";

    /** The operation of the plan assignment form ({@code POST /api/projects/{id}/plan-assignment}). */
    static final String PLAN_ASSIGNMENT = "plan-assignment";

    static final List<String> UNITS = List.of("WAN_YUAN", "YUAN");
    static final List<String> SOURCES = List.of("CENTRAL_FISCAL", "PROVINCIAL_FISCAL", "MUNICIPAL_FISCAL",
            "COUNTY_DISTRICT_FISCAL", "SPECIAL_FUND", "LOCAL_GOVERNMENT_SPECIAL_BOND", "SOCIAL_CAPITAL");
    static final List<String> KINDS = List.of("NEW_BUILD", "EXPANSION", "RELOCATION", "RENOVATION", "HANDOVER",
            "SCHOOL_GROUP", "TEACHER_EMPLOYMENT", "SCHOOL_DISTRICT", "DOUBLE_REDUCTION", "EVALUATION_PILOT",
            "PRIVATE_SCHOOL_TRANSFORMATION", "OTHER_REFORM", "MODEL_SCHOOL", "DEMONSTRATION_BASE", "BRAND",
            "CERTIFICATION", "OTHER_DESIGNATION");
    static final List<String> RECHECK_RESULTS = List.of("RECTIFIED", "NOT_RECTIFIED");

    private static final Set<String> ALL_TRACKS = Set.of(CONSTRUCTION, REFORM, DESIGNATION);
    private static final Set<String> CLOSED = Set.of("IN_SERVICE", "CONCLUDED", "SCALED_UP", "GRANTED", "CANCELLED");
    private static final Set<String> ALL_STATUSES = Set.of("REGISTERED", "APPROVED", "FUNDED", "UNDER_CONSTRUCTION",
            "COMPLETED", "HANDED_OVER", "ACCEPTANCE_FAILED", "ACCEPTED", "IN_SERVICE", "SUSPENDED", "CANCELLED",
            "LAUNCHED", "EVALUATED", "CONCLUDED", "SCALED_UP", "APPLIED", "GRANTED", "REJECTED");
    private static final Set<String> OPEN = Stream.of(ALL_STATUSES).flatMap(Set::stream)
            .filter(s -> !CLOSED.contains(s)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> AWAITING_ACCEPTANCE = Set.of("COMPLETED", "HANDED_OVER", "ACCEPTANCE_FAILED");

    private static List<FormField> money(String name) {
        return List.of(required(name + ".amount", AMOUNT), choice(name + ".unit", "unit.", UNITS));
    }

    private static List<FormField> capacity(String name) {
        return List.of(required(name + ".places", WHOLE_NUMBER), optional(name + ".streams", WHOLE_NUMBER),
                optional(name + ".classes", WHOLE_NUMBER));
    }

    @SafeVarargs
    private static List<FormField> fields(List<FormField>... groups) {
        List<FormField> all = new ArrayList<>();
        for (List<FormField> group : groups) {
            all.addAll(group);
        }
        return List.copyOf(all);
    }

    private static RecordingForm manager(String operation, String event, Set<String> tracks, Set<String> statuses,
            List<FormField> fields) {
        return new RecordingForm(operation, event, Who.MANAGER, tracks, statuses, fields);
    }

    private static final List<RecordingForm> ALL = List.of(
            new RecordingForm(REGISTER, "registered", Who.MANAGER, Set.of(), Set.of(), fields(
                    List.of(optional("projectId", TEXT), choice("kind", "kind.", KINDS), required("title", TEXT),
                            required("jurisdiction", TEXT), required("ownerOrganisation", TEXT),
                            required("responsiblePerson", TEXT)),
                    capacity("plannedCapacity"))),
            manager("approval", "approved", Set.of(CONSTRUCTION, REFORM), Set.of("REGISTERED"), fields(
                    List.of(required("approvingBody", TEXT), required("documentNumber", TEXT)),
                    money("approvedBudget"),
                    List.of(required("scope", TEXTAREA), required("plannedStart", DATE),
                            required("plannedCompletion", DATE)))),
            manager("allocations", "funding-allocated", Set.of(CONSTRUCTION, REFORM), Set.of("APPROVED", "FUNDED", "UNDER_CONSTRUCTION",
                    "COMPLETED", "HANDED_OVER", "ACCEPTANCE_FAILED", "ACCEPTED", "LAUNCHED", "EVALUATED"), fields(
                    List.of(choice("source", "source.", SOURCES)), money("amount"),
                    List.of(required("documentNumber", TEXT)))),
            manager("construction-start", "construction-started", Set.of(CONSTRUCTION), Set.of("APPROVED", "FUNDED"),
                    List.of(required("contractor", TEXT))),
            manager("progress", "progress-reported", Set.of(CONSTRUCTION, REFORM), Set.of("UNDER_CONSTRUCTION", "LAUNCHED", "EVALUATED"),
                    List.of(required("percentComplete", WHOLE_NUMBER), required("note", TEXTAREA),
                            optional("evidenceReference", TEXT))).postingTo("progress-reports"),
            manager("completion", "construction-completed", Set.of(CONSTRUCTION), Set.of("UNDER_CONSTRUCTION"), fields(
                    capacity("actualCapacity"), List.of(optional("floorAreaSquareMetres", DECIMAL)))),
            manager("acceptance-passes", "acceptance-passed", Set.of(CONSTRUCTION), AWAITING_ACCEPTANCE,
                    List.of(required("inspectingBody", TEXT), optional("documentNumber", TEXT))),
            manager("acceptance-failures", "acceptance-failed", Set.of(CONSTRUCTION), AWAITING_ACCEPTANCE,
                    List.of(required("inspectingBody", TEXT), required("findings", TEXTAREA),
                            required("rectificationDeadline", DATE))),
            manager("service-entry", "put-into-service", Set.of(CONSTRUCTION), Set.of("ACCEPTED"),
                    List.of(required("firstEnrolment", WHOLE_NUMBER))),
            manager("schedule-rebaselines", "schedule-rebaselined", Set.of(CONSTRUCTION, REFORM), without(OPEN, "REGISTERED"),
                    List.of(required("plannedStart", DATE), required("plannedCompletion", DATE),
                            required("reason", TEXTAREA))),
            manager("budget-revisions", "budget-revised", Set.of(CONSTRUCTION, REFORM), without(OPEN, "REGISTERED"), fields(
                    money("approvedBudget"),
                    List.of(optional("documentNumber", TEXT), required("reason", TEXTAREA)))),
            manager("scope-revisions", "scope-revised", Set.of(CONSTRUCTION, REFORM), Set.of("REGISTERED", "APPROVED", "FUNDED",
                    "UNDER_CONSTRUCTION", "SUSPENDED", "LAUNCHED", "EVALUATED"), fields(
                    List.of(required("scope", TEXTAREA)), capacity("plannedCapacity"),
                    List.of(required("reason", TEXTAREA)))),
            new RecordingForm("handover", "handed-over", Who.MANAGER, Set.of(CONSTRUCTION), Set.of("REGISTERED"), fields(
                    List.of(required("handedOverBy", TEXT)), capacity("actualCapacity")), Set.of("HANDOVER")),
            new RecordingForm("site-decommissioning", "site-decommissioned", Who.MANAGER, Set.of(CONSTRUCTION),
                    Set.of("COMPLETED", "ACCEPTED", "ACCEPTANCE_FAILED", "IN_SERVICE"),
                    List.of(required("siteDescription", TEXTAREA), required("placesRemoved", WHOLE_NUMBER)),
                    Set.of("RELOCATION")),
            manager("suspension", "suspended", ALL_TRACKS, without(OPEN, "SUSPENDED"),
                    List.of(required("reason", TEXTAREA))),
            manager("resumption", "resumed", ALL_TRACKS, Set.of("SUSPENDED"), List.of(optional("note", TEXTAREA))),
            manager("cancellation", "cancelled", ALL_TRACKS, OPEN, List.of(required("reason", TEXTAREA))),
            manager("reform-launch", "reform-launched", Set.of(REFORM), Set.of("APPROVED", "FUNDED"),
                    List.of(required("participatingUnits", LINES))),
            manager("reform-evaluations", "reform-evaluated", Set.of(REFORM), Set.of("LAUNCHED", "EVALUATED"),
                    List.of(required("evaluator", TEXT), required("rating", TEXT), required("passed", YES_NO))),
            manager("reform-conclusion", "reform-concluded", Set.of(REFORM), Set.of("LAUNCHED", "EVALUATED"),
                    List.of(required("scaledUp", YES_NO), required("outcome", TEXTAREA))),
            manager("designation-applications", "designation-applied", Set.of(DESIGNATION), Set.of("REGISTERED", "REJECTED"),
                    List.of(required("designation", TEXT), required("level", TEXT),
                            required("applicationBody", TEXT))),
            manager("designation-grant", "designation-granted", Set.of(DESIGNATION), Set.of("APPLIED"),
                    List.of(required("level", TEXT), required("grantingBody", TEXT),
                            optional("documentNumber", TEXT))),
            manager("designation-rejection", "designation-rejected", Set.of(DESIGNATION), Set.of("APPLIED"),
                    List.of(required("reason", TEXTAREA))),
            new RecordingForm(PLAN_ASSIGNMENT, "assigned-to-plan", Who.MANAGER_OR_ADMINISTRATOR, ALL_TRACKS,
                    without(ALL_STATUSES, "CANCELLED"),
                    List.of(required("target", PLAN_TARGET), optional("contributionValue", CONTRIBUTION),
                            optional("dueYear", WHOLE_NUMBER), optional("parentProjectId", TEXT))),
            new RecordingForm("rectification-orders", "rectification-ordered", Who.SUPERVISOR, ALL_TRACKS, without(ALL_STATUSES, "CANCELLED"),
                    List.of(required("issuingBody", TEXT), required("findings", TEXTAREA),
                            required("deadline", DATE))),
            new RecordingForm("summonses", "summons-issued", Who.SUPERVISOR, ALL_TRACKS, without(ALL_STATUSES, "CANCELLED"),
                    List.of(required("issuingBody", TEXT), required("summonedParty", TEXT),
                            required("reason", TEXTAREA))),
            new RecordingForm("rechecks", "recheck-recorded", Who.SUPERVISOR, ALL_TRACKS, without(ALL_STATUSES, "CANCELLED"),
                    List.of(required("orderNumber", OPEN_ORDER), choice("result", "recheck-result.", RECHECK_RESULTS),
                            required("findings", TEXTAREA), optional("newDeadline", DATE))));

    private static final Map<String, RecordingForm> BY_OPERATION = index(RecordingForm::operation);
    private static final Map<String, RecordingForm> BY_EVENT_TYPE = index(RecordingForm::eventType);

    private static Map<String, RecordingForm> index(Function<RecordingForm, String> key) {
        Map<String, RecordingForm> index = new LinkedHashMap<>();
        ALL.forEach(form -> index.put(key.apply(form), form));
        return Map.copyOf(index);
    }

    private static Set<String> without(Set<String> statuses, String status) {
        return statuses.stream().filter(s -> !s.equals(status))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Every form, the registration first, in the order the project page offers them. */
    public static List<RecordingForm> all() {
        return ALL;
    }

    public static Optional<RecordingForm> of(String operation) {
        return Optional.ofNullable(BY_OPERATION.get(operation));
    }

    /** The form that records events of {@code type} ({@code cn.edutrack.project.approved.v1}), if there is one. */
    public static Optional<RecordingForm> recording(String type) {
        return Optional.ofNullable(type == null ? null : BY_EVENT_TYPE.get(type));
    }

    /**
     * Whether the form makes sense for a project of {@code track} and {@code kind} in {@code status} (the
     * registration never).
     */
    public boolean appliesTo(String track, String kind, String status) {
        return tracks.contains(track) && (kinds.isEmpty() || kinds.contains(kind)) && statuses.contains(status);
    }

    /** The fields' names and {@code businessDate} and {@code comment}: what a problem may name. */
    public Set<String> fieldNames() {
        Set<String> names = new java.util.LinkedHashSet<>();
        names.add("businessDate");
        fields.forEach(f -> names.add(f.name()));
        names.add("comment");
        return names;
    }
}
