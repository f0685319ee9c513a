package id.simonev.programs.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What may change of an agency: its name (its code and region stay)")
public record AgencyChange(@NotBlank @Size(max = 300) String name) {
}
