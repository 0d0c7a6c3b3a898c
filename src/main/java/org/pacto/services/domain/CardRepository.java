package org.pacto.services.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CardRepository extends JpaRepository<RegistrationCard, UUID> {

    Optional<RegistrationCard> findByVerificationHash(String hash);

    boolean existsByNumber(String number);

    List<RegistrationCard> findTop200ByIssuerIdOrderByCreatedAtDesc(UUID issuer);
}
