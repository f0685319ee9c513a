package id.simonev.programs.learninghours;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** How many of an agency's active employees reached their 20 JP in a year (JP coverage). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyLearningHours(String agencyCode, int year, long employees, long reachedEntitlement,
                                  BigDecimal coveragePercent, int entitlement) {
}
