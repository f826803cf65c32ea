package io.expensync.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code expensync.users.*}: whether strangers may sign up, and the cost of password
 * hashing (BCrypt's log rounds; tests lower it).
 */
@ConfigurationProperties("expensync.users")
public record UserProperties(@DefaultValue("true") boolean registrationOpen, @DefaultValue("12") int bcryptStrength) {
}
