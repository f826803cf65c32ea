-- Bank statements uploaded for import. The file itself is kept until the import is committed or dropped, so
-- that the preview can be read again with a corrected column mapping and the commit reads exactly what was
-- previewed; a committed import keeps its row (with the counts) so that it can be undone.
create table imports (
    id           uuid          primary key,
    user_id      uuid          not null references users (id) on delete cascade,
    account_id   uuid          not null references accounts (id) on delete cascade,
    file_name    varchar(255)  not null,
    format       varchar(8)    not null,
    encoding     varchar(40)   not null,
    -- the CSV column mapping used, as JSON; null for the other formats
    mapping      varchar(4000),
    content      bytea,
    status       varchar(12)   not null,
    row_count    integer       not null,
    imported     integer,
    skipped      integer,
    created_at   timestamp with time zone not null,
    committed_at timestamp with time zone
);
create index ix_imports_user on imports (user_id, created_at desc);

-- Rows the user chose to import or to leave out against the default (a duplicate is left out by default,
-- every other row is imported).
create table import_choices (
    import_id uuid    not null references imports (id) on delete cascade,
    position  integer not null,
    included  boolean not null,
    primary key (import_id, position)
);

-- A bank's CSV layout, remembered per account: the next file for that account is read the same way.
create table import_profiles (
    account_id uuid          primary key references accounts (id) on delete cascade,
    user_id    uuid          not null references users (id) on delete cascade,
    mapping    varchar(4000) not null,
    updated_at timestamp with time zone not null
);

-- Which import booked a transaction (to undo it), and the bank's own id for it (to find it again in the
-- next statement: OFX FITID, CAMT AcctSvcrRef or NtryRef).
alter table transactions add column import_id uuid references imports (id) on delete set null;
alter table transactions add column bank_id varchar(120);
create index ix_transactions_import on transactions (import_id);
create index ix_transactions_bank_id on transactions (account_id, bank_id);
