package io.expensync.categories;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, UUID> {

	List<Category> findByUserIdOrderByTypeAscNameAsc(UUID userId);

	Optional<Category> findByUserIdAndKey(UUID userId, String key);

	Optional<Category> findByIdAndUserId(UUID id, UUID userId);

	boolean existsByUserIdAndKey(UUID userId, String key);

}
