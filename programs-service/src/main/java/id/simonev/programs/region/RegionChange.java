package id.simonev.programs.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What may change of a region: its name (its code, and so its level and province, stay)")
public record RegionChange(@NotBlank @Size(max = 200) String name) {
}
