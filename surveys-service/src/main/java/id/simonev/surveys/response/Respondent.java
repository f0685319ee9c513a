package id.simonev.surveys.response;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The respondent profile SKM collects with each response; never a name. Every field is optional. */
public record Respondent(Gender gender, @Min(10) @Max(120) Integer age, Education education, Occupation occupation,
                         @Size(max = 200) String serviceReceived) {

    /** L (laki-laki) or P (perempuan). */
    public enum Gender { L, P }

    public enum Education { SD, SMP, SMA, D1_D3_D4, S1, S2, S3 }

    public enum Occupation { PNS, TNI, POLRI, SWASTA, WIRAUSAHA, LAINNYA }
}
