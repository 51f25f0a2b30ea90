package cn.edutrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @Nested
    class ProjectIds {

        @ParameterizedTest
        @ValueSource(strings = {"PRJ-2022-XQ-0031", "PRJ-3F2A9C0D1E", "PRJ-ABC"})
        void acceptsTheFormat(String value) {
            assertThat(ProjectId.of(value).value()).isEqualTo(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "PRJ-", "PRJ-AB", "prj-2022-xq-0031", "PRJ-2022_XQ", "PRJ--2022", "XQ-2022-0031",
                " PRJ-2022-XQ-0031", "PRJ-2022-XQ-0031-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789"})
        void rejectsAnythingElse(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> ProjectId.of(value));
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> ProjectId.of(null));
        }

        @Test
        void randomIdsHaveTheFormat() {
            assertThat(ProjectId.random().value()).matches(ProjectId.FORMAT);
        }
    }

    @Nested
    class PlanIds {

        @ParameterizedTest
        @ValueSource(strings = {"xx-district-2021", "shidian-2021", "gulou-2021-2025", "handan.2022", "plan_3", "9"})
        void acceptsTheFormat(String value) {
            assertThat(PlanId.of(value).value()).isEqualTo(value);
            assertThat(PlanId.of(value)).hasToString(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "XX-District-2021", "PRJ-2022-XQ-0031", "CN-45", "-xx-2021", ".xx", "_xx", "xx 2021",
                "xx/2021", "邯郸-2022", " xx-2021"})
        void rejectsAnythingElse(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> PlanId.of(value));
        }

        @Test
        void isAtMost80Characters() {
            assertThat(PlanId.of("p".repeat(80)).value()).hasSize(80);
            assertThatIllegalArgumentException().isThrownBy(() -> PlanId.of("p".repeat(81)));
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> PlanId.of(null));
        }

        @Test
        void neverLooksLikeAProjectIdOrAJurisdictionCode() {
            assertThat(PlanId.FORMAT.matcher("PRJ-XX-KG-01").matches()).isFalse();
            assertThat(ProjectId.FORMAT.matcher("xx-district-2021").matches()).isFalse();
        }
    }

    @Nested
    class JurisdictionCodes {

        @ParameterizedTest
        @CsvSource({
                "CN-44/XX市, CN-44/XX市",
                "CN-44/XX市, CN-44/XX市/XX区",
                "CN-44/XX市, CN-44/XX市/XX区/XX街道",
                "CN-44, CN-44/XX市/XX区"})
        void coversItselfAndWhatLiesBelow(String jurisdiction, String other) {
            assertThat(JurisdictionCode.of(jurisdiction).covers(JurisdictionCode.of(other))).isTrue();
        }

        @ParameterizedTest
        @CsvSource({
                "CN/A市, CN/A市x",
                "CN/A市, CN/A市x/B区",
                "CN-44/XX市/XX区, CN-44/XX市",
                "CN-44/XX市/XX区, CN-44/XX市/YY区",
                "CN-4, CN-44/XX市"})
        void doesNotCoverSiblingsSharingAPrefixOrWhatLiesAbove(String jurisdiction, String other) {
            assertThat(JurisdictionCode.of(jurisdiction).covers(JurisdictionCode.of(other))).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "/CN-44", "CN-44/", "CN-44//XX区"})
        void rejectsEmptySegments(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> JurisdictionCode.of(value));
        }

        @Test
        void rejectsCodesLongerThan200Characters() {
            assertThatIllegalArgumentException().isThrownBy(() -> JurisdictionCode.of("CN-44/" + "X".repeat(195)));
        }
    }

    @Nested
    class Capacities {

        @ParameterizedTest
        @CsvSource({"-1, 0, 0", "0, -1, 0", "0, 0, -1"})
        void rejectsNegativeFigures(int places, int streams, int classes) {
            assertThatIllegalArgumentException().isThrownBy(() -> new Capacity(places, streams, classes));
        }

        @Test
        void zeroWhereAFigureDoesNotApply() {
            assertThat(new Capacity(360, 0, 12).streams()).isZero();
            assertThat(Capacity.NONE).isEqualTo(new Capacity(0, 0, 0));
        }
    }

    @Nested
    class PeopleAndOrganisations {

        @ParameterizedTest
        @ValueSource(strings = {"", " "})
        void rejectsBlankIds(String value) {
            assertThatIllegalArgumentException().isThrownBy(() -> PersonId.of(value));
            assertThatIllegalArgumentException().isThrownBy(() -> OrganisationId.of(value));
        }

        @Test
        void rejectsIdsLongerThan100Characters() {
            assertThatIllegalArgumentException().isThrownBy(() -> PersonId.of("P".repeat(101)));
            assertThatIllegalArgumentException().isThrownBy(() -> OrganisationId.of("O".repeat(101)));
        }
    }
}
