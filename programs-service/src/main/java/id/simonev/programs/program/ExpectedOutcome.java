package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A result the program is meant to improve: either an indicator (IKU) of an agency, or the IKM of
 * a service unit. The evaluation judges the program's results (level 4) on exactly these.
 */
@Embeddable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpectedOutcome(@Column(name = "indicator_code") String indicatorCode,
                              @Column(name = "agency_code") String agencyCode,
                              @Column(name = "service_unit_code") String serviceUnitCode,
                              @Column(name = "expected_change") @Enumerated(EnumType.STRING)
                              ExpectedChange expectedChange) {
}
