package io.expensync.users;

/**
 * What a user may do beyond their own data. The first user of an installation is its
 * admin.
 */
public enum Role {

	USER, ADMIN

}
