package org.pacto.portability.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The calculator page's form: the person, the claim, the periods as editable rows and a reference
 * wage per country. Plain form binding, so the page works without JavaScript.
 */
public class CalculatorForm {

    private @Nullable String birthDate;
    private @Nullable String sex;
    private String benefit = "old-age";
    private @Nullable String claimDate;
    private @Nullable String contingencyDate;
    private @Nullable String relationship;
    private @Nullable String claimCountry;
    private List<PeriodRow> periods = new ArrayList<>();
    private Map<String, String> wages = new LinkedHashMap<>();

    /** One insurance period as typed. */
    public static class PeriodRow {
        private @Nullable String country;
        private @Nullable String from;
        private @Nullable String to;
        private String kind = "compulsory";

        public @Nullable String getCountry() {
            return country;
        }

        public void setCountry(@Nullable String country) {
            this.country = country;
        }

        public @Nullable String getFrom() {
            return from;
        }

        public void setFrom(@Nullable String from) {
            this.from = from;
        }

        public @Nullable String getTo() {
            return to;
        }

        public void setTo(@Nullable String to) {
            this.to = to;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        boolean blank() {
            return isBlank(country) && isBlank(from) && isBlank(to);
        }
    }

    CareerJson toCareer(Map<String, String> currencies) {
        var rows = periods.stream().filter(p -> !p.blank()).toList();
        Map<String, CareerJson.EarningsJson> earnings = new LinkedHashMap<>();
        wages.forEach((country, wage) -> {
            if (!isBlank(wage) && currencies.containsKey(country)) {
                earnings.put(country, new CareerJson.EarningsJson(amount(wage), currencies.get(country)));
            }
        });
        return new CareerJson(null, new CareerJson.PersonJson(blankToNull(birthDate), blankToNull(sex)),
                new CareerJson.ClaimJson(benefit, blankToNull(claimDate), blankToNull(claimCountry),
                        blankToNull(contingencyDate), blankToNull(relationship)),
                rows.stream().map(p -> new CareerJson.PeriodJson(blankToNull(p.country), blankToNull(p.from),
                        blankToNull(p.to), p.kind, null)).toList(),
                earnings);
    }

    /** Countries of the rows, in order, for the reference-wage fields. */
    Set<String> countries() {
        Set<String> countries = new LinkedHashSet<>();
        periods.stream().map(PeriodRow::getCountry).filter(c -> !isBlank(c)).forEach(countries::add);
        return countries;
    }

    private static java.math.@Nullable BigDecimal amount(String text) {
        try {
            return new java.math.BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return isBlank(s) ? null : s.strip();
    }

    public @Nullable String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(@Nullable String birthDate) {
        this.birthDate = birthDate;
    }

    public @Nullable String getSex() {
        return sex;
    }

    public void setSex(@Nullable String sex) {
        this.sex = sex;
    }

    public String getBenefit() {
        return benefit;
    }

    public void setBenefit(String benefit) {
        this.benefit = benefit;
    }

    public @Nullable String getClaimDate() {
        return claimDate;
    }

    public void setClaimDate(@Nullable String claimDate) {
        this.claimDate = claimDate;
    }

    public @Nullable String getContingencyDate() {
        return contingencyDate;
    }

    public void setContingencyDate(@Nullable String contingencyDate) {
        this.contingencyDate = contingencyDate;
    }

    public @Nullable String getRelationship() {
        return relationship;
    }

    public void setRelationship(@Nullable String relationship) {
        this.relationship = relationship;
    }

    public @Nullable String getClaimCountry() {
        return claimCountry;
    }

    public void setClaimCountry(@Nullable String claimCountry) {
        this.claimCountry = claimCountry;
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    public void setPeriods(List<PeriodRow> periods) {
        this.periods = periods;
    }

    public Map<String, String> getWages() {
        return wages;
    }

    public void setWages(Map<String, String> wages) {
        this.wages = wages;
    }
}
