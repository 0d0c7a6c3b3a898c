package org.pacto.mobility.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UploadedModelRepository extends JpaRepository<UploadedModel, UUID> {
}
