package io.expensync.security.twofactor;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TwoFactorRepository extends JpaRepository<TwoFactor, UUID> {

}
