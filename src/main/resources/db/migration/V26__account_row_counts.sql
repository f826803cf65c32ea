-- How many transactions each account is on, kept like the balance: changed by the same update, in the same
-- database transaction as the rows. booked_rows counts the rows whose account_id is the account (every income,
-- expense and the sending side of a transfer), received_rows those whose to_account_id is (the receiving side).
-- An account's ledger counts both; a user's transactions are the sum of booked_rows. Pages and the API read these
-- instead of counting a hundred thousand rows on every request.
alter table accounts add column booked_rows bigint default 0 not null;
alter table accounts add column received_rows bigint default 0 not null;

update accounts set
  booked_rows = (select count(*) from transactions t where t.account_id = accounts.id),
  received_rows = (select count(*) from transactions t where t.to_account_id = accounts.id);
