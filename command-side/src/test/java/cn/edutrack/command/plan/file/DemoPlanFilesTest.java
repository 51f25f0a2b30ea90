package cn.edutrack.command.plan.file;

import static org.assertj.core.api.Assertions.assertThat;

import cn.edutrack.events.plan.IndicatorAttribute;
import cn.edutrack.events.plan.Comparator;
import cn.edutrack.events.plan.Counted;
import cn.edutrack.events.plan.PlanType;
import cn.edutrack.events.JurisdictionCode;
import cn.edutrack.events.ProjectKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four hand-written demo plan files validate cleanly and hold the facts of plans-extraction.yaml. */
class DemoPlanFilesTest {

    static PlanFile demo(String name) {
        try (InputStream in = DemoPlanFilesTest.class.getResourceAsStream("/plan-files/" + name)) {
            assertThat(in).as("demo plan file %s on the classpath", name).isNotNull();
            PlanFileResult result = PlanFileParser.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(result.errors()).as("errors in %s", name).isEmpty();
            return result.orThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx-district-2021-2025.yaml", "shidian-2021.yaml", "handan-2022.yaml", "gulou-2021-2025.yaml"})
    void everyDemoFileValidatesCleanly(String name) {
        PlanFile file = demo(name);
        assertThat(file.format()).isEqualTo("edutrack-plan/1");
        assertThat(file.indicators()).isNotEmpty();
        assertThat(file.programmes()).isNotEmpty();
        assertThat(file.projects()).isNotEmpty();
        assertThat(file.projects()).allSatisfy(p -> assertThat(file.jurisdiction().code().covers(p.jurisdiction())).isTrue());
    }

    @Test
    void xxDistrictFiveYearPlanHoldsColumn7() {
        PlanFile file = demo("xx-district-2021-2025.yaml");
        assertThat(file.jurisdiction().code()).isEqualTo(JurisdictionCode.of("CN-45/XX市/XX区"));
        assertThat(file.jurisdiction().name()).isEqualTo("XX区");
        assertThat(file.plan().type()).isEqualTo(PlanType.FIVE_YEAR_PLAN);
        assertThat(file.plan().periodFrom()).isEqualTo(2021);
        assertThat(file.plan().periodTo()).isEqualTo(2025);
        assertThat(file.plan().baselineYear()).isEqualTo(2020);
        assertThat(file.plan().published()).isNull();
        assertThat(file.plan().flags()).contains("truncated_source", "anonymised");
        // extraction: IND-000-01..16, PRG-000-01..07, PRJ-000-01..19
        assertThat(file.indicators()).hasSize(16);
        assertThat(file.programmes()).hasSize(7);
        assertThat(file.targets()).hasSize(23);
        assertThat(file.projects()).hasSize(19);

        PlanFile.Target kindergartens = file.target("TGT-000-07a");
        assertThat(kindergartens.counts()).isEqualTo(Counted.KINDERGARTENS);
        assertThat(kindergartens.planned().value()).isEqualByComparingTo("15");
        assertThat(kindergartens.planned().asWritten()).isEqualTo("15所");
        assertThat(file.target("TGT-000-07b").planned().value()).isEqualByComparingTo("42");
        PlanFile.Target places = file.target("TGT-000-07e-places");
        assertThat(places.counts()).isEqualTo(Counted.PLACES);
        assertThat(places.planned().comparator()).isEqualTo(Comparator.ABOUT);
        assertThat(places.planned().value()).isEqualByComparingTo("28000");
        assertThat(places.planned().asWritten()).isEqualTo("约28000个");
        assertThat(places.flags()).as("预计…约: an estimate, kept as a flag").containsExactly("estimate");
        assertThat(file.target("TGT-000-04a").planned()).isNull();
        assertThat(file.target("TGT-000-04a").flags()).containsExactly("unquantified");

        // 57 = 15 + 42: a portfolio with two children, compared with them, never added to them
        assertThat(file.childrenOf("PRJ-000-01")).extracting(PlanFile.Project::key).containsExactly("PRJ-000-02", "PRJ-000-03");
        assertThat(file.project("PRJ-000-04").kind()).isEqualTo(ProjectKind.RENOVATION);
        assertThat(file.project("PRJ-000-04").contributions()).singleElement()
                .satisfies(c -> assertThat(c.counts()).isEqualTo(Counted.CLASSES));

        PlanFile.Indicator retention = file.indicator("IND-000-02");
        assertThat(retention.attribute()).isEqualTo(IndicatorAttribute.BINDING);
        assertThat(retention.concept()).isEqualTo("COMPULSORY_RETENTION_RATE");
        assertThat(retention.baseline().value()).isEqualByComparingTo("96.83");
        assertThat(retention.target().comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(retention.target().quantity().asWritten()).isEqualTo("97以上");
        assertThat(file.indicator("IND-000-01").flags()).containsExactly("below_baseline");
        assertThat(file.indicator("IND-000-12").target().comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(file.indicator("IND-000-15").target().comparator()).isEqualTo(Comparator.NEVER_DECREASE);
        assertThat(file.indicators()).filteredOn(i -> i.attribute() == IndicatorAttribute.BINDING).hasSize(1);
    }

    @Test
    void gulouActionPlanSplitsTheEightThousandPlaces() {
        PlanFile file = demo("gulou-2021-2025.yaml");
        assertThat(file.jurisdiction().code().value()).isEqualTo("CN-35/福州市/鼓楼区");
        assertThat(file.plan().type()).isEqualTo(PlanType.ACTION_PLAN);
        assertThat(file.indicators()).hasSize(21);
        assertThat(file.programmes()).hasSize(7);
        assertThat(file.targets()).hasSize(21);
        assertThat(file.projects()).hasSize(24);

        assertThat(file.target("TGT-003-05-places").planned().comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(file.target("TGT-003-05-places").planned().value()).isEqualByComparingTo("8000");
        assertThat(file.target("TGT-003-05b-places").planned().value()).isEqualByComparingTo("3000");
        assertThat(file.target("TGT-003-05c-places").planned().value()).isEqualByComparingTo("5000");
        assertThat(file.target("TGT-003-05-schools").planned().value()).isEqualByComparingTo("10");
        assertThat(file.target("TGT-003-05-schools").flags()).contains("contradictory");
        assertThat(file.childrenOf("PRJ-003-01")).extracting(PlanFile.Project::key).containsExactly("PRJ-003-02", "PRJ-003-03");
        PlanFile.Project kindergartens = file.project("PRJ-003-02");
        assertThat(kindergartens.contributions()).extracting(c -> c.targetOf(kindergartens))
                .containsExactly("TGT-003-05b-kg", "TGT-003-05b-places");

        // soft targets (争创) are kept apart
        assertThat(file.targets()).filteredOn(PlanFile.Target::soft).extracting(PlanFile.Target::id)
                .containsExactlyInAnyOrder("TGT-003-02c", "TGT-003-04a");
        PlanFile.Indicator achievements = file.indicator("IND-003-12");
        assertThat(achievements.target().comparator()).isEqualTo(Comparator.RANGE);
        assertThat(achievements.target().quantity().min()).isEqualByComparingTo("1");
        assertThat(achievements.target().quantity().max()).isEqualByComparingTo("2");
        assertThat(file.indicator("IND-003-05").target().comparator()).isEqualTo(Comparator.MAINTAIN_EVERY_YEAR);
        assertThat(file.indicator("IND-003-05").target().quantity().asWritten()).isEqualTo("稳定97%以上");
    }

    @Test
    void shidianAnnualPlanKeepsPublicAndPrivateKindergartensApart() {
        PlanFile file = demo("shidian-2021.yaml");
        assertThat(file.plan().type()).isEqualTo(PlanType.ANNUAL_WORK_PLAN);
        assertThat(file.plan().published()).hasToString("2020-11-30");
        assertThat(file.plan().issuer()).isEqualTo("施甸县教育体育局");
        assertThat(file.plan().documentNumber()).isNull();
        assertThat(file.indicators()).hasSize(7);
        assertThat(file.programmes()).hasSize(8);
        assertThat(file.targets()).hasSize(9);
        assertThat(file.projects()).hasSize(17);

        assertThat(file.target("TGT-001-01a").planned().value()).isEqualByComparingTo("6");
        assertThat(file.target("TGT-001-01a-private").planned().value()).isEqualByComparingTo("3");
        assertThat(file.target("TGT-001-01b").planned().value()).isEqualByComparingTo("22");
        assertThat(file.childrenOf("PRJ-001-01")).extracting(PlanFile.Project::key)
                .containsExactly("PRJ-001-01-PUBLIC", "PRJ-001-01-PRIVATE");
        assertThat(file.project("PRJ-001-01-PUBLIC").flags()).containsExactly("derived");

        // a plan's claim (2020年完成, written in Nov 2020) stays a claim
        assertThat(file.project("PRJ-001-03").flags()).contains("claimed");
        assertThat(file.project("PRJ-001-03").kind()).isEqualTo(ProjectKind.RELOCATION);

        PlanFile.Quota quota = file.project("PRJ-001-08").quota();
        assertThat(quota.per()).isEqualTo("乡镇");
        assertThat(quota.perYear().comparator()).isEqualTo(Comparator.RANGE);
        assertThat(quota.perYear().asWritten()).isEqualTo("1—2所");
        assertThat(quota.fromYear()).isEqualTo(2021);
    }

    @Test
    void handanOpinionsHoldThe193SchoolsByType() {
        PlanFile file = demo("handan-2022.yaml");
        assertThat(file.plan().type()).isEqualTo(PlanType.IMPLEMENTATION_OPINIONS);
        assertThat(file.jurisdiction().parent().name()).isEqualTo("河北省");
        assertThat(file.indicators()).hasSize(27);
        assertThat(file.programmes()).hasSize(7);
        assertThat(file.targets()).hasSize(24);
        assertThat(file.projects()).hasSize(31);

        assertThat(file.target("TGT-002-07a").planned().value()).isEqualByComparingTo("193");
        List<PlanFile.Project> byType = file.childrenOf("PRJ-002-01");
        assertThat(byType).hasSize(5);
        BigDecimal sum = byType.stream().flatMap(p -> p.contributions().stream()).map(PlanFile.Contribution::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("193");
        assertThat(file.project("PRJ-002-02").contributions().get(0).counts()).isEqualTo(Counted.KINDERGARTENS);
        assertThat(file.target("TGT-002-07a-kg").planned().asWritten()).isEqualTo("幼儿园70所");

        // 216亿元 per student: kept as written, flagged, never silently fixed
        PlanFile.Target money = file.target("TGT-002-06a");
        assertThat(money.counts()).isEqualTo(Counted.MONEY_YUAN);
        assertThat(money.planned().value()).isEqualByComparingTo("21600000000");
        assertThat(money.planned().asWritten()).isEqualTo("216亿元");
        assertThat(money.flags()).containsExactly("unit_conflict", "implausible");
        assertThat(file.indicator("IND-002-14").baseline().asWritten()).isNull();
        assertThat(file.indicator("IND-002-14").flags()).contains("derived");
    }
}
