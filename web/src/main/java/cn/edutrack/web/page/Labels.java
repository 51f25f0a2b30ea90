package cn.edutrack.web.page;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Helpers the templates call as {@code @labels}: message keys of event types, ISO times in China Standard Time, money
 * in 万元.
 */
@Component("labels")
public class Labels {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * The message key of a CloudEvents type: {@code cn.edutrack.project.funding-allocated.v1} is
     * {@code event.funding-allocated}.
     */
    public String eventKey(String type) {
        if (type == null) {
            return "event.unknown";
        }
        String name = type.startsWith("cn.edutrack.project.") ? type.substring("cn.edutrack.project.".length()) : type;
        name = name.replaceFirst("\\.v\\d+$", "");
        return "event." + name;
    }

    /** An instant as ISO-8601 with the +08:00 offset, to the second. */
    public String instant(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(CHINA).toOffsetDateTime());
    }

    /** A changed value as text: empty for none. */
    public String value(Object value) {
        return value == null ? "—" : String.valueOf(value);
    }

    /** A jurisdiction as people read it: its name, else its code's last part ({@link Jurisdictions#place}). */
    public String place(String name, String code) {
        return Jurisdictions.place(name, code);
    }

    /**
     * An amount of money the API writes in yuan ({@code "38650000.00"}) in 万元, exactly and without trailing zeros
     * ({@code 3865}); a dash for none. Budgets are read in 万元 in these bureaus.
     */
    public String wanYuan(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            return "—";
        }
        BigDecimal wan = new BigDecimal(yuan.strip()).movePointLeft(4).stripTrailingZeros();
        return (wan.scale() < 0 ? wan.setScale(0) : wan).toPlainString();
    }

    /** The {@code lang} attribute of the page: {@code en} or {@code zh-CN}. */
    public String htmlLang(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
