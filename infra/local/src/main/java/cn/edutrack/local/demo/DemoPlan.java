package cn.edutrack.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One of the four demo plan files (owned by the command side, copied onto this module's class path under
 * {@code plan-files/}), read far enough to generate project histories and indicator measurements for it: the plan,
 * its indicators and targets, and its projects with their contributions and portfolios. The command side's reader
 * validates the files; this one trusts them (a broken file fails the import, which is reported).
 *
 * @param yaml               the file's text, as sent to {@code POST /api/plan-imports}
 * @param parentJurisdiction the jurisdiction above the plan's that the file registers too, or null
 */
public record DemoPlan(String fileName, String yaml, String planId, String jurisdiction, String jurisdictionName,
                       String parentJurisdiction, int periodFrom, int periodTo, Integer baselineYear,
                       LocalDate published, List<Indicator> indicators, List<Target> targets,
                       List<FileProject> projects) {

    /** The demo plan files, in the order local mode imports them. */
    public static final List<String> FILES = List.of(
            "xx-district-2021-2025.yaml", "gulou-2021-2025.yaml", "handan-2022.yaml", "shidian-2021.yaml");

    private static final Pattern PROJECT_ID = Pattern.compile("PRJ-[A-Z0-9][A-Z0-9-]{2,46}");

    public DemoPlan {
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
        projects = List.copyOf(projects);
    }

    /** An indicator: baseline and target as in the file; {@code targetYear} null for a yearly rule. */
    public record Indicator(String id, String name, String unit, String attribute, String concept,
                            Integer baselineYear, BigDecimal baselineValue, Integer targetYear, Comparator comparator,
                            BigDecimal value, BigDecimal min, BigDecimal max, List<String> flags) {

        public boolean binding() {
            return "binding".equals(attribute);
        }

        /** The figure progress is measured against: the value, or the lower end of a range; null if none. */
        public BigDecimal goal() {
            return comparator == Comparator.RANGE ? min : value;
        }
    }

    /** A target of a programme. */
    public record Target(String id, String programmeId, String name, Counted counts, Comparator comparator,
                         BigDecimal value, BigDecimal min, BigDecimal max, boolean soft) {
    }

    /**
     * A project written in the file, under the id the importer gives it ({@code project_id}, else the key when it is
     * a valid project id, which is so for every demo file).
     */
    public record FileProject(String projectId, String key, String programmeId, String targetId,
                              List<Contribution> contributions, String parentProjectId, String jurisdiction,
                              String owner) {
    }

    /** Reads {@code plan-files/<fileName>} from the class path. */
    public static DemoPlan load(String fileName) {
        String resource = "plan-files/" + fileName;
        try (InputStream in = DemoPlan.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the class path (the infra/local build copies "
                        + "command-side/src/main/resources/plan-files there)");
            }
            return parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The four demo plans. */
    public static List<DemoPlan> all() {
        return FILES.stream().map(DemoPlan::load).toList();
    }

    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Target target(String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target " + id + " in " + fileName));
    }

    public FileProject project(String projectId) {
        return projects.stream().filter(p -> p.projectId().equals(projectId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project " + projectId + " in " + fileName));
    }

    /**
     * The business date the importer records the plan's definitions and projects under: the publication date, else
     * 1 January of the first year of the period (never after today).
     */
    public LocalDate definitionDate(LocalDate today) {
        LocalDate date = published != null ? published : LocalDate.of(periodFrom, 1, 1);
        return date.isAfter(today) ? today : date;
    }

    // ------------------------------------------------------------------------------------------------ reading

    static DemoPlan parse(String fileName, String text) {
        // Every scalar read as text: numbers keep their exact decimals, dates are not turned into java.util.Date.
        LoaderOptions options = new LoaderOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new TextOnlyResolver());
        Map<String, Object> root = map(yaml.load(text));
        Map<String, Object> jurisdiction = map(root.get("jurisdiction"));
        Map<String, Object> plan = map(root.get("plan"));
        Map<String, Object> period = map(plan.get("period"));

        List<Indicator> indicators = new ArrayList<>();
        for (Object item : list(root.get("indicators"))) {
            Map<String, Object> i = map(item);
            Map<String, Object> baseline = map(i.get("baseline"));
            Map<String, Object> target = map(i.get("target"));
            indicators.add(new Indicator(text(i, "id"), text(i, "name"), text(i, "unit"), text(i, "attribute"),
                    text(i, "concept"), integer(baseline, "year"), decimal(baseline, "value"), integer(target, "year"),
                    comparator(text(target, "comparator")), decimal(target, "value"), decimal(target, "min"),
                    decimal(target, "max"), strings(i.get("flags"))));
        }

        List<Target> targets = new ArrayList<>();
        for (Object item : list(root.get("programmes"))) {
            Map<String, Object> programme = map(item);
            for (Object t : list(programme.get("targets"))) {
                Map<String, Object> target = map(t);
                Map<String, Object> planned = map(target.get("planned"));
                targets.add(new Target(text(target, "id"), text(programme, "id"), text(target, "name"),
                        Counted.valueOf(upper(text(target, "counts"))), comparator(text(planned, "comparator")),
                        decimal(planned, "value"), decimal(planned, "min"), decimal(planned, "max"),
                        "soft".equals(text(target, "firmness"))));
            }
        }

        String planJurisdiction = text(jurisdiction, "code");
        List<Map<String, Object>> rawProjects = list(root.get("projects")).stream().map(DemoPlan::map).toList();
        List<FileProject> projects = new ArrayList<>();
        for (Map<String, Object> p : rawProjects) {
            String target = text(p, "target");
            List<Contribution> contributions = new ArrayList<>();
            for (Object c : list(p.get("contributes"))) {
                Map<String, Object> contribution = map(c);
                String contributionTarget = text(contribution, "target");
                contributions.add(new Contribution(contributionTarget == null ? target : contributionTarget,
                        Counted.valueOf(upper(text(contribution, "counts"))), decimal(contribution, "value"),
                        text(contribution, "as_written")));
            }
            String parentKey = text(p, "parent");
            String parent = parentKey == null ? null : rawProjects.stream()
                    .filter(other -> parentKey.equals(text(other, "key"))).findFirst()
                    .map(other -> projectId(text(plan, "id"), other))
                    .orElseThrow(() -> new IllegalStateException(fileName + ": no project with key " + parentKey));
            String projectJurisdiction = text(p, "jurisdiction");
            projects.add(new FileProject(projectId(text(plan, "id"), p), text(p, "key"), text(p, "programme"), target,
                    contributions, parent, projectJurisdiction == null ? planJurisdiction : projectJurisdiction,
                    text(p, "owner")));
        }

        String published = text(plan, "published");
        return new DemoPlan(fileName, text, text(plan, "id"), planJurisdiction, text(jurisdiction, "name"),
                text(map(jurisdiction.get("parent")), "code"), integer(period, "from"), integer(period, "to"),
                integer(plan, "baseline_year"),
                published == null || published.equals("unknown") ? null : LocalDate.parse(published),
                indicators, targets, projects);
    }

    /** The id the importer gives a file's project (the demo files use valid project ids as keys). */
    private static String projectId(String planId, Map<String, Object> project) {
        String explicit = text(project, "project_id");
        if (explicit != null) {
            return explicit;
        }
        String key = text(project, "key");
        if (PROJECT_ID.matcher(key).matches()) {
            return key;
        }
        String derived = ("PRJ-" + planId + "-" + key).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "-");
        return derived.length() > 50 ? derived.substring(0, 50) : derived;
    }

    private static Comparator comparator(String text) {
        return text == null ? null : Comparator.valueOf(upper(text));
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<Object> list(Object node) {
        return node instanceof List<?> l ? List.copyOf(l) : List.of();
    }

    private static List<String> strings(Object node) {
        return list(node).stream().map(String::valueOf).toList();
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() || text.equals("null") || text.equals("~") ? null : text;
    }

    private static Integer integer(Map<String, Object> map, String key) {
        String text = text(map, key);
        return text == null ? null : Integer.valueOf(text);
    }

    private static BigDecimal decimal(Map<String, Object> map, String key) {
        String text = text(map, key);
        return text == null ? null : new BigDecimal(text);
    }

    /** Resolves no plain scalar to a number, boolean, date or null: everything stays text. */
    private static final class TextOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none
        }
    }
}
