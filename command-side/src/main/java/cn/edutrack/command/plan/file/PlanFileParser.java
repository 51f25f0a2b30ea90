package cn.edutrack.command.plan.file;

import cn.edutrack.command.plan.file.PlanFile.Baseline;
import cn.edutrack.command.plan.file.PlanFile.Contribution;
import cn.edutrack.command.plan.file.PlanFile.Indicator;
import cn.edutrack.command.plan.file.PlanFile.IndicatorTarget;
import cn.edutrack.command.plan.file.PlanFile.Jurisdiction;
import cn.edutrack.command.plan.file.PlanFile.ParentJurisdiction;
import cn.edutrack.command.plan.file.PlanFile.Plan;
import cn.edutrack.command.plan.file.PlanFile.Programme;
import cn.edutrack.command.plan.file.PlanFile.Project;
import cn.edutrack.command.plan.file.PlanFile.Quantity;
import cn.edutrack.command.plan.file.PlanFile.Quota;
import cn.edutrack.command.plan.file.PlanFile.Source;
import cn.edutrack.command.plan.file.PlanFile.Target;
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
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads and validates a plan file ({@code format: edutrack-plan/1}, documented in {@code docs/plan-files.md}).
 * Works on SnakeYAML's node tree ({@link Yaml#compose}) so that every error names its line and column. All
 * rules are checked and every error is reported at once; a {@link PlanFile} is returned only when there is
 * none. Pure Java, no Spring, thread-safe (no state between calls).
 */
public final class PlanFileParser {

    /** Digits a figure may have before its decimal point (as the plan events allow). */
    static final int MAX_INTEGER_DIGITS = 15;
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern RUN_TOGETHER = Pattern.compile("\\d+(\\.\\d+){2,}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Pattern CONCEPT = Pattern.compile("[A-Z][A-Z0-9_]{0,79}");
    private static final Set<String> FLAGS = Set.copyOf(PlanFile.KNOWN_FLAGS);

    private PlanFileParser() {
    }

    public static PlanFileResult parse(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses {@code text}; {@code fileName} is only used in error reports. */
    public static PlanFileResult parse(String fileName, String text) {
        return new Run(fileName).parse(text);
    }

    // ---------------------------------------------------------------------------------------------------

    /** One parse: collects errors while building the records; deferred checks resolve references at the end. */
    private static final class Run {
        private final String file;
        private final List<PlanFileError> errors = new ArrayList<>();
        private final List<Runnable> deferred = new ArrayList<>();
        private final Map<String, Indicator> indicatorsById = new HashMap<>();
        private final Map<String, Programme> programmesById = new HashMap<>();
        private final Map<String, Target> targetsById = new HashMap<>();
        private final Map<String, Project> projectsByKey = new LinkedHashMap<>();
        /** Ids declared in the file, even by a record that has other errors: no cascade of unknown-reference errors. */
        private final Set<String> declaredIndicators = new HashSet<>();
        private final Set<String> declaredProgrammes = new HashSet<>();
        private final Set<String> declaredTargets = new HashSet<>();
        private final Set<String> declaredProjects = new HashSet<>();
        private final Map<String, Located> projectParentNodes = new LinkedHashMap<>();
        private Jurisdiction jurisdiction;
        private Plan plan;

        Run(String file) {
            this.file = file;
        }

        PlanFileResult parse(String text) {
            Node root;
            try {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(true); // duplicates are reported by this parser, with their line
                options.setMaxAliasesForCollections(20);
                options.setAllowRecursiveKeys(false);
                root = new Yaml(options).compose(new StringReader(text));
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
                String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
                errors.add(new PlanFileError(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                        "", "yaml-syntax: " + problem + context));
                return new PlanFileResult.Invalid(errors);
            } catch (YAMLException e) {
                errors.add(new PlanFileError(file, 1, 1, "", "yaml-syntax: " + e.getMessage()));
                return new PlanFileResult.Invalid(errors);
            }
            if (root == null) {
                errors.add(new PlanFileError(file, 1, 1, "", "empty-file: the file holds no YAML document"));
                return new PlanFileResult.Invalid(errors);
            }
            Obj top = obj(root, "", "format", "jurisdiction", "plan", "indicators", "programmes", "projects");
            if (top == null) {
                return new PlanFileResult.Invalid(errors);
            }
            String format = string(top, "format", true);
            if (format == null) {
                return new PlanFileResult.Invalid(errors);
            }
            if (!PlanFile.FORMAT_V1.equals(format)) {
                // Other keys cannot be judged against an unknown version: report only this.
                errors.clear();
                error(top.get("format"), "format", "unknown-format-version: '" + format + "' is not a known plan-file format; this importer reads '"
                        + PlanFile.FORMAT_V1 + "'");
                return new PlanFileResult.Invalid(errors);
            }
            jurisdiction = jurisdiction(top);
            plan = plan(top);
            List<Indicator> indicators = list(top, "indicators", false, this::indicator);
            List<Programme> programmes = list(top, "programmes", false, this::programme);
            List<Project> projects = list(top, "projects", false, this::project);
            deferred.forEach(Runnable::run);
            checkParentCycles();
            if (!errors.isEmpty() || jurisdiction == null || plan == null) {
                if (errors.isEmpty()) {
                    errors.add(new PlanFileError(file, 1, 1, "", "internal: incomplete plan file"));
                }
                List<PlanFileError> sorted = new ArrayList<>(errors);
                sorted.sort(java.util.Comparator.comparingInt(PlanFileError::line).thenComparingInt(PlanFileError::column));
                return new PlanFileResult.Invalid(sorted);
            }
            return new PlanFileResult.Valid(new PlanFile(file, format, jurisdiction, plan, indicators, programmes, projects));
        }

        // ---- sections -----------------------------------------------------------------------------------

        private Jurisdiction jurisdiction(Obj top) {
            Obj o = requiredObj(top, "jurisdiction", "code", "name", "level", "parent", "source");
            if (o == null) {
                return null;
            }
            JurisdictionCode code = jurisdictionCode(o, "code", true);
            String name = string(o, "name", true);
            JurisdictionLevel level = enumValue(o, "level", JurisdictionLevel.class, true, "unknown-value");
            ParentJurisdiction parent = null;
            Obj p = optionalObj(o, "parent", "code", "name", "level");
            if (p != null) {
                JurisdictionCode parentCode = jurisdictionCode(p, "code", true);
                String parentName = string(p, "name", true);
                JurisdictionLevel parentLevel = enumValue(p, "level", JurisdictionLevel.class, true, "unknown-value");
                if (code != null && parentCode != null && (!parentCode.covers(code) || parentCode.equals(code))) {
                    error(p.get("code"), p.child("code"), "parent-jurisdiction-mismatch: parent code '" + parentCode
                            + "' must be a prefix of the jurisdiction code '" + code + "'");
                }
                parent = new ParentJurisdiction(parentCode, parentName, parentLevel);
            }
            Source source = source(o);
            return code == null || name == null || level == null ? null : new Jurisdiction(code, name, level, parent, source);
        }

        private Plan plan(Obj top) {
            Obj o = requiredObj(top, "plan", "id", "title", "type", "period", "baseline_year", "issuer",
                    "document_number", "published", "flags", "source");
            if (o == null) {
                return null;
            }
            String id = id(o, "id");
            String title = string(o, "title", true);
            PlanType type = enumValue(o, "type", PlanType.class, true, "unknown-value");
            Integer from = null;
            Integer to = null;
            Obj period = requiredObj(o, "period", "from", "to");
            if (period != null) {
                from = year(period, "from", true);
                to = year(period, "to", true);
                if (from != null && to != null && from > to) {
                    error(period.get("to"), period.child("to"), "period-reversed: period.to " + to + " is before period.from " + from);
                }
            }
            Integer baselineYear = year(o, "baseline_year", false);
            if (baselineYear != null && from != null && baselineYear > from) {
                error(o.get("baseline_year"), o.child("baseline_year"),
                        "baseline-after-start: baseline_year " + baselineYear + " is after the period start " + from);
            }
            String issuer = string(o, "issuer", false);
            String documentNumber = string(o, "document_number", false);
            LocalDate published = null;
            String publishedText = string(o, "published", false);
            if (publishedText != null && !publishedText.equals("unknown")) {
                try {
                    published = LocalDate.parse(publishedText);
                } catch (DateTimeParseException e) {
                    error(o.get("published"), o.child("published"), "bad-date: '" + publishedText
                            + "' is not a date; write YYYY-MM-DD or 'unknown'");
                }
            }
            List<String> flags = flags(o);
            Source source = source(o);
            if (id == null || title == null || type == null || from == null || to == null || from > to) {
                return null;
            }
            return new Plan(id, title, type, from, to, baselineYear, issuer, documentNumber, published, flags, source);
        }

        private Indicator indicator(Node node, String path) {
            Obj o = obj(node, path, "id", "name", "unit", "attribute", "concept", "baseline", "target", "flags", "source");
            if (o == null) {
                return null;
            }
            String id = id(o, "id");
            if (id != null && indicatorsById.containsKey(id)) {
                error(o.get("id"), o.child("id"), "duplicate-id: indicator id '" + id + "' is used twice");
                id = null;
            }
            if (id != null) {
                declaredIndicators.add(id);
            }
            String name = string(o, "name", true);
            String unit = string(o, "unit", false);
            IndicatorAttribute attribute = enumValue(o, "attribute", IndicatorAttribute.class, true, "unknown-value");
            String concept = string(o, "concept", false);
            if (concept != null && !CONCEPT.matcher(concept).matches()) {
                error(o.get("concept"), o.child("concept"), "bad-concept: concept code '" + concept
                        + "' must be upper-case letters, digits and '_' (e.g. COMPULSORY_RETENTION_RATE)");
            }
            List<String> flags = flags(o);
            boolean derived = flags.contains("derived");
            Baseline baseline = null;
            Obj b = optionalObj(o, "baseline", "year", "value", "as_written");
            if (b != null) {
                Integer year = year(b, "year", true);
                BigDecimal value = number(b, "value", true);
                String asWritten = string(b, "as_written", false);
                if (asWritten == null && !derived && b.has("value")) {
                    missing(b, "as_written", "the figure as printed is kept beside the parsed value (or flag the indicator 'derived')");
                }
                if (year != null && value != null) {
                    baseline = new Baseline(year, value, asWritten);
                }
            }
            IndicatorTarget target = null;
            Obj t = requiredObj(o, "target", "year", "comparator", "value", "min", "max", "as_written");
            if (t != null) {
                Integer year = year(t, "year", false);
                if (year != null && plan != null && (year < plan.periodFrom() || year > plan.periodTo())) {
                    error(t.get("year"), t.child("year"), "target-year-outside-period: target year " + year
                            + " is outside the plan period " + plan.periodFrom() + "-" + plan.periodTo());
                }
                if (year != null && baseline != null && baseline.year() >= year) {
                    error(t.get("year"), t.child("year"), "target-before-baseline: target year " + year
                            + " is not after the baseline year " + baseline.year());
                }
                Quantity q = quantity(t, true, derived);
                if (q != null) {
                    target = new IndicatorTarget(year, q);
                }
            }
            Source source = source(o);
            if (id == null || name == null || attribute == null || target == null) {
                return null;
            }
            Indicator indicator = new Indicator(id, name, unit, attribute, concept, baseline, target, flags, source);
            indicatorsById.put(id, indicator);
            return indicator;
        }

        private Programme programme(Node node, String path) {
            Obj o = obj(node, path, "id", "name", "kind", "number", "targets", "source");
            if (o == null) {
                return null;
            }
            String id = id(o, "id");
            if (id != null && programmesById.containsKey(id)) {
                error(o.get("id"), o.child("id"), "duplicate-id: programme id '" + id + "' is used twice");
                id = null;
            }
            if (id != null) {
                declaredProgrammes.add(id);
            }
            String name = string(o, "name", true);
            ProgrammeKind kind = enumValue(o, "kind", ProgrammeKind.class, true, "unknown-value");
            String number = string(o, "number", false);
            String programmeId = id;
            List<Target> targets = list(o, "targets", false, (n, p) -> target(n, p, programmeId));
            Source source = source(o);
            if (id == null || name == null || kind == null) {
                return null;
            }
            Programme programme = new Programme(id, name, kind, number, targets, source);
            programmesById.put(id, programme);
            return programme;
        }

        private Target target(Node node, String path, String programmeId) {
            Obj o = obj(node, path, "id", "name", "counts", "planned", "firmness", "indicator", "per", "flags", "source");
            if (o == null) {
                return null;
            }
            String id = id(o, "id");
            if (id != null && targetsById.containsKey(id)) {
                error(o.get("id"), o.child("id"), "duplicate-id: target id '" + id + "' is used twice (target ids are unique in the file)");
                id = null;
            }
            if (id != null) {
                declaredTargets.add(id);
            }
            String name = string(o, "name", true);
            Counted counts = enumValue(o, "counts", Counted.class, true, "unknown-unit");
            List<String> flags = flags(o);
            Quantity planned = null;
            Obj p = flags.contains("unquantified") ? optionalObj(o, "planned", "comparator", "value", "min", "max", "as_written")
                    : requiredObj(o, "planned", "comparator", "value", "min", "max", "as_written");
            if (p != null) {
                planned = quantity(p, true, flags.contains("derived"));
            }
            Firmness firmness = o.has("firmness") ? enumValue(o, "firmness", Firmness.class, true, "unknown-value") : Firmness.FIRM;
            String indicator = string(o, "indicator", false);
            if (indicator != null) {
                Node ref = o.get("indicator");
                String refPath = o.child("indicator");
                deferred.add(() -> {
                    if (!indicatorsById.containsKey(indicator) && !declaredIndicators.contains(indicator)) {
                        error(ref, refPath, "unknown-reference: no indicator with id '" + indicator + "'");
                    }
                });
            }
            String per = string(o, "per", false);
            Source source = source(o);
            if (id == null || name == null || counts == null || firmness == null || (planned == null && !flags.contains("unquantified"))
                    || programmeId == null) {
                return null;
            }
            Target target = new Target(id, programmeId, name, counts, planned, firmness, indicator, per, flags, source);
            targetsById.put(id, target);
            return target;
        }

        private Project project(Node node, String path) {
            Obj o = obj(node, path, "key", "project_id", "title", "kind", "jurisdiction", "owner", "programme", "target",
                    "contributes", "parent", "quota", "due", "flags", "source");
            if (o == null) {
                return null;
            }
            String key = id(o, "key");
            if (key != null && projectsByKey.containsKey(key)) {
                error(o.get("key"), o.child("key"), "duplicate-id: project key '" + key + "' is used twice");
                key = null;
            }
            if (key != null) {
                declaredProjects.add(key);
            }
            ProjectId projectId = null;
            String projectIdText = string(o, "project_id", false);
            if (projectIdText != null) {
                if (!ProjectId.FORMAT.matcher(projectIdText).matches()) {
                    error(o.get("project_id"), o.child("project_id"), "bad-project-id: '" + projectIdText
                            + "' must look like PRJ-XXXX (upper-case letters, digits, '-')");
                } else {
                    projectId = ProjectId.of(projectIdText);
                    for (Project other : projectsByKey.values()) {
                        if (projectId.equals(other.projectId())) {
                            error(o.get("project_id"), o.child("project_id"), "duplicate-id: project_id '" + projectIdText
                                    + "' is also used by project '" + other.key() + "'");
                        }
                    }
                }
            }
            String title = string(o, "title", true);
            ProjectKind kind = enumValue(o, "kind", ProjectKind.class, true, "unknown-value");
            JurisdictionCode where = jurisdictionCode(o, "jurisdiction", false);
            if (where != null && jurisdiction != null && !jurisdiction.code().covers(where)) {
                error(o.get("jurisdiction"), o.child("jurisdiction"), "jurisdiction-outside-plan: '" + where
                        + "' is not the plan's jurisdiction '" + jurisdiction.code() + "' or below it");
            }
            if (where == null && jurisdiction != null) {
                where = jurisdiction.code();
            }
            OrganisationId owner = null;
            String ownerText = string(o, "owner", true);
            if (ownerText != null) {
                if (ownerText.isBlank() || ownerText.length() > 100) {
                    error(o.get("owner"), o.child("owner"), "bad-organisation-id: owner must be 1 to 100 characters");
                } else {
                    owner = OrganisationId.of(ownerText);
                }
            }
            String programme = string(o, "programme", false);
            String target = string(o, "target", false);
            if (target != null && programme == null) {
                missing(o, "programme", "a project that names a target must name the target's programme");
            }
            List<Node> contributionNodes = o.sequenceItems("contributes");
            List<Contribution> rawContributions = new ArrayList<>(); // parallel to contributionNodes, null where invalid
            if (o.has("contributes") && !(o.get("contributes") instanceof SequenceNode)) {
                error(o.get("contributes"), o.child("contributes"), "wrong-type: expected a list ('- ...' items), found a "
                        + describe(o.get("contributes")));
            }
            for (int i = 0; i < contributionNodes.size(); i++) {
                rawContributions.add(contribution(contributionNodes.get(i), o.child("contributes") + "[" + i + "]"));
            }
            List<Contribution> contributions = rawContributions.stream().filter(java.util.Objects::nonNull).toList();
            for (int i = 0; i < rawContributions.size(); i++) {
                Contribution c = rawContributions.get(i);
                if (c != null && c.target() == null && target == null) {
                    missing(o, "target", "contributes[" + i + "] names no target of its own, so the project needs one");
                }
            }
            String parent = string(o, "parent", false);
            Quota quota = null;
            Obj q = optionalObj(o, "quota", "per", "per_year", "from", "to");
            if (q != null) {
                String per = string(q, "per", true);
                Integer from = year(q, "from", true);
                Integer to = year(q, "to", true);
                if (from != null && to != null && from > to) {
                    error(q.get("to"), q.child("to"), "period-reversed: quota.to " + to + " is before quota.from " + from);
                }
                Quantity perYear = null;
                Obj py = requiredObj(q, "per_year", "comparator", "value", "min", "max", "as_written");
                if (py != null) {
                    perYear = quantity(py, true, false);
                }
                if (per != null && from != null && to != null && perYear != null) {
                    quota = new Quota(per, perYear, from, to);
                }
            }
            Integer due = year(o, "due", false);
            List<String> flags = flags(o);
            Source source = source(o);

            // References, resolved once every section is read.
            String finalKey = key;
            Node programmeNode = o.get("programme");
            String programmePath = o.child("programme");
            Node targetNode = o.get("target");
            String targetPath = o.child("target");
            deferred.add(() -> {
                if (programme != null && !programmesById.containsKey(programme)) {
                    if (declaredProgrammes.contains(programme)) {
                        return; // that programme has errors of its own
                    }
                    error(programmeNode, programmePath, "unknown-reference: no programme with id '" + programme + "'");
                    return;
                }
                if (target != null && programme != null) {
                    Target t = targetsById.get(target);
                    if (t == null && declaredTargets.contains(target)) {
                        return; // that target has errors of its own
                    }
                    if (t == null || !t.programme().equals(programme)) {
                        error(targetNode, targetPath, "unknown-reference: programme '" + programme + "' has no target with id '" + target + "'");
                        return;
                    }
                }
                for (int i = 0; i < rawContributions.size(); i++) {
                    Contribution c = rawContributions.get(i);
                    if (c == null) {
                        continue;
                    }
                    MappingNode cn = (MappingNode) contributionNodes.get(i);
                    String cp = o.child("contributes") + "[" + i + "]";
                    String targetId = c.target() != null ? c.target() : target;
                    Target t = targetId == null ? null : targetsById.get(targetId);
                    if (t == null) {
                        if (c.target() != null && !declaredTargets.contains(c.target())) {
                            error(valueOf(cn, "target"), cp + ".target", "unknown-reference: no target with id '" + c.target() + "'");
                        }
                        continue;
                    }
                    if (c.counts().addsTo(t.counts())) {
                        continue;
                    }
                    boolean people = Set.of(Counted.PERSONS, Counted.PERSON_TIMES).containsAll(Set.of(c.counts(), t.counts()));
                    if (people) {
                        error(valueOf(cn, "counts"), cp + ".counts", "units-not-addable: persons (人) and person_times (人次) are never added; target '"
                                + targetId + "' counts " + yaml(t.counts()) + ", this contribution counts " + yaml(c.counts()));
                    } else {
                        error(valueOf(cn, "counts"), cp + ".counts", "unit-mismatch: target '" + targetId + "' counts " + yaml(t.counts())
                                + "; a contribution in " + yaml(c.counts()) + " cannot be added to it");
                    }
                }
            });
            if (parent != null) {
                Node parentNode = o.get("parent");
                String parentPath = o.child("parent");
                if (finalKey != null) {
                    projectParentNodes.put(finalKey, new Located(parentNode, parentPath));
                }
                deferred.add(() -> {
                    if (parent.equals(finalKey)) {
                        error(parentNode, parentPath, "parent-cycle: project '" + parent + "' cannot be its own parent");
                    } else if (!projectsByKey.containsKey(parent) && !declaredProjects.contains(parent)) {
                        error(parentNode, parentPath, "unknown-reference: no project with key '" + parent + "'");
                    }
                });
            }
            if (key == null || title == null || kind == null || owner == null || where == null) {
                return null;
            }
            Project project = new Project(key, projectId, title, kind, where, owner, programme, target, contributions, parent,
                    quota, due, flags, source);
            projectsByKey.put(key, project);
            return project;
        }

        private Contribution contribution(Node node, String path) {
            Obj o = obj(node, path, "target", "counts", "value", "as_written");
            if (o == null) {
                return null;
            }
            String target = string(o, "target", false);
            Counted counts = enumValue(o, "counts", Counted.class, true, "unknown-unit");
            BigDecimal value = number(o, "value", true);
            String asWritten = string(o, "as_written", false);
            if (value != null && value.signum() <= 0) {
                error(o.get("value"), o.child("value"), "not-positive: a contribution must be greater than zero");
                return null;
            }
            return counts == null || value == null ? null : new Contribution(target, counts, value, asWritten);
        }

        private void checkParentCycles() {
            for (Map.Entry<String, Located> e : projectParentNodes.entrySet()) {
                Set<String> seen = new HashSet<>();
                String current = e.getKey();
                while (current != null && seen.add(current)) {
                    Project p = projectsByKey.get(current);
                    current = p == null ? null : p.parent();
                }
                if (current != null && current.equals(e.getKey()) && !e.getKey().equals(projectsByKey.get(e.getKey()).parent())) {
                    error(e.getValue().node(), e.getValue().path(), "parent-cycle: project '" + e.getKey()
                            + "' is its own ancestor through its parents");
                }
            }
        }

        // ---- shared structures --------------------------------------------------------------------------

        /**
         * comparator + value | min/max | nothing, with as_written. {@code asWrittenOptional} is true for derived figures.
         */
        private Quantity quantity(Obj o, boolean comparatorRequired, boolean asWrittenOptional) {
            Comparator comparator = enumValue(o, "comparator", Comparator.class, comparatorRequired, "unknown-comparator");
            BigDecimal value = number(o, "value", false);
            BigDecimal min = number(o, "min", false);
            BigDecimal max = number(o, "max", false);
            String asWritten = string(o, "as_written", false);
            if (comparator == null) {
                return null;
            }
            boolean ok = true;
            if (comparator.usesRange()) {
                ok &= forbid(o, "value", "comparator 'range' takes min and max, not value");
                ok &= requireKey(o, "min", "comparator 'range' needs min and max") && min != null;
                ok &= requireKey(o, "max", "comparator 'range' needs min and max") && max != null;
                if (min != null && max != null && min.compareTo(max) > 0) {
                    error(o.get("min"), o.child("min"), "range-min-above-max: min " + min.toPlainString() + " is greater than max "
                            + max.toPlainString());
                    ok = false;
                }
            } else if (comparator.takesNoValue()) {
                ok &= forbid(o, "value", "comparator '" + yaml(comparator) + "' takes no value");
                ok &= forbid(o, "min", "comparator '" + yaml(comparator) + "' takes no value");
                ok &= forbid(o, "max", "comparator '" + yaml(comparator) + "' takes no value");
            } else {
                ok &= forbid(o, "min", "only comparator 'range' takes min and max");
                ok &= forbid(o, "max", "only comparator 'range' takes min and max");
                ok &= requireKey(o, "value", "comparator '" + yaml(comparator) + "' needs a value") && value != null;
            }
            if (!o.has("as_written") && !asWrittenOptional) {
                missing(o, "as_written", "the figure as printed is kept beside the parsed value");
                ok = false;
            }
            return ok ? new Quantity(comparator, value, min, max, asWritten) : null;
        }

        private boolean forbid(Obj o, String key, String why) {
            if (o.has(key)) {
                error(o.get(key), o.child(key), "value-not-allowed: " + why);
                return false;
            }
            return true;
        }

        private boolean requireKey(Obj o, String key, String why) {
            if (!o.has(key)) {
                missing(o, key, why);
                return false;
            }
            return true;
        }

        private List<String> flags(Obj o) {
            List<String> flags = new ArrayList<>();
            list(o, "flags", false, (node, path) -> {
                String flag = scalarText(node, path);
                if (flag == null) {
                    return null;
                }
                if (!FLAGS.contains(flag)) {
                    error(node, path, "unknown-flag: '" + flag + "' is not a known flag; known: " + String.join(", ", PlanFile.KNOWN_FLAGS));
                    return null;
                }
                flags.add(flag);
                return flag;
            });
            return flags;
        }

        private Source source(Obj o) {
            Obj s = optionalObj(o, "source", "quote", "ref");
            if (s == null) {
                return null;
            }
            String quote = string(s, "quote", true);
            String ref = string(s, "ref", false);
            return quote == null ? null : new Source(quote, ref);
        }

        // ---- typed field readers ------------------------------------------------------------------------

        private String id(Obj o, String key) {
            String id = string(o, key, true);
            if (id != null && !ID.matcher(id).matches()) {
                error(o.get(key), o.child(key), "bad-id: '" + id + "' must be 1-80 letters, digits, '.', '_' or '-', starting with a letter or digit");
                return null;
            }
            return id;
        }

        private JurisdictionCode jurisdictionCode(Obj o, String key, boolean required) {
            String text = string(o, key, required);
            if (text == null) {
                return null;
            }
            try {
                return JurisdictionCode.of(text);
            } catch (IllegalArgumentException e) {
                error(o.get(key), o.child(key), "bad-jurisdiction-code: " + e.getMessage());
                return null;
            }
        }

        private Integer year(Obj o, String key, boolean required) {
            String text = string(o, key, required);
            if (text == null) {
                return null;
            }
            if (!YEAR.matcher(text).matches() || Integer.parseInt(text) < 1949 || Integer.parseInt(text) > 2100) {
                error(o.get(key), o.child(key), "bad-year: '" + text + "' is not a year (four digits, 1949-2100)");
                return null;
            }
            return Integer.parseInt(text);
        }

        /**
         * A plain decimal number: digits with at most one decimal point, at most {@value #MAX_INTEGER_DIGITS} of them
         * before it (the limit of the published events). Anything else is reported, never guessed.
         */
        private BigDecimal number(Obj o, String key, boolean required) {
            String text = string(o, key, required);
            if (text == null) {
                return null;
            }
            String trimmed = text.strip();
            if (NUMBER.matcher(trimmed).matches()) {
                BigDecimal number = new BigDecimal(trimmed);
                if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
                    error(o.get(key), o.child(key), "bad-number: '" + text + "' has more than " + MAX_INTEGER_DIGITS
                            + " digits before the decimal point (money is in yuan: 216亿元 is 21600000000)");
                    return null;
                }
                return number;
            }
            String hint;
            if (RUN_TOGETHER.matcher(trimmed).matches()) {
                hint = " (several numbers run together, as from a flattened table? split them by hand)";
            } else if (trimmed.matches(".*\\d.*") && trimmed.matches(".*[OoIl].*")) {
                hint = " (letters O/I/l inside a number, as from OCR? correct it by hand and flag 'ocr_corrected')";
            } else {
                hint = " (put qualifiers such as 以上/约/% in as_written and the comparator, not in the value)";
            }
            error(o.get(key), o.child(key), "bad-number: '" + text + "' is not a number: digits with at most one decimal point" + hint);
            return null;
        }

        private static String yaml(Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT);
        }

        private <E extends Enum<E>> E enumValue(Obj o, String key, Class<E> type, boolean required, String rule) {
            String text = string(o, key, required);
            if (text == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return constant;
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            error(o.get(key), o.child(key), rule + ": '" + text + "' is not one of: " + allowed);
            return null;
        }

        /** The text of a scalar field; null (with an error when required) if it is absent or null. */
        private String string(Obj o, String key, boolean required) {
            if (!o.has(key)) {
                if (required) {
                    missing(o, key, null);
                }
                return null;
            }
            return scalarText(o.get(key), o.child(key));
        }

        private String scalarText(Node node, String path) {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            error(node, path, "wrong-type: expected a single value here, found a " + describe(node));
            return null;
        }

        private <T> List<T> list(Obj o, String key, boolean required, ItemReader<T> reader) {
            if (!o.has(key)) {
                if (required) {
                    missing(o, key, null);
                }
                return List.of();
            }
            Node node = o.get(key);
            if (!(node instanceof SequenceNode seq)) {
                error(node, o.child(key), "wrong-type: expected a list ('- ...' items), found a " + describe(node));
                return List.of();
            }
            List<T> items = new ArrayList<>();
            List<Node> values = seq.getValue();
            for (int i = 0; i < values.size(); i++) {
                T item = reader.read(values.get(i), o.child(key) + "[" + i + "]");
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }

        private Obj requiredObj(Obj parent, String key, String... allowed) {
            if (!parent.has(key)) {
                missing(parent, key, null);
                return null;
            }
            return obj(parent.get(key), parent.child(key), allowed);
        }

        private Obj optionalObj(Obj parent, String key, String... allowed) {
            return parent.has(key) ? obj(parent.get(key), parent.child(key), allowed) : null;
        }

        private Obj obj(Node node, String path, String... allowed) {
            if (!(node instanceof MappingNode mapping)) {
                error(node, path, "wrong-type: expected a mapping ('key: value' lines), found a " + describe(node));
                return null;
            }
            Set<String> allowedKeys = Set.of(allowed);
            Map<String, Node> values = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    error(keyNode, path, "wrong-type: a key must be a plain name");
                    continue;
                }
                String key = keyScalar.getValue();
                String keyPath = path.isEmpty() ? key : path + "." + key;
                if (!allowedKeys.contains(key)) {
                    error(keyNode, keyPath, "unknown-key: '" + key + "' is not allowed here; allowed: " + String.join(", ", allowed));
                    continue;
                }
                if (values.containsKey(key)) {
                    error(keyNode, keyPath, "duplicate-key: '" + key + "' appears twice");
                    continue;
                }
                values.put(key, tuple.getValueNode());
            }
            return new Obj(mapping, path, values);
        }

        private void missing(Obj o, String key, String why) {
            error(o.node, o.child(key), "missing-field: '" + key + "' is required" + (why == null ? "" : "; " + why));
        }

        private void error(Node node, String path, String message) {
            Mark mark = node == null ? null : node.getStartMark();
            errors.add(new PlanFileError(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, path, message));
        }

        private static String describe(Node node) {
            if (node instanceof MappingNode) {
                return "mapping";
            }
            if (node instanceof SequenceNode) {
                return "list";
            }
            return "value";
        }

        private static Node valueOf(MappingNode mapping, String key) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
            return mapping;
        }
    }

    private record Located(Node node, String path) {
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(Node node, String path);
    }

    /** A mapping with its checked keys; a key whose value is YAML null counts as absent. */
    private record Obj(MappingNode node, String path, Map<String, Node> values) {

        boolean has(String key) {
            Node value = values.get(key);
            return value != null && !(value instanceof ScalarNode s && s.getTag().equals(Tag.NULL));
        }

        Node get(String key) {
            return values.get(key);
        }

        String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        List<Node> sequenceItems(String key) {
            return values.get(key) instanceof SequenceNode seq ? seq.getValue() : List.of();
        }
    }
}
