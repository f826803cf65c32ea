-- A user's rules, tried in order (position) on every transaction that comes in. The text conditions are a JSON
-- list ([{"field": "MERCHANT", "operator": "CONTAINS", "text": "coffee"}], at most 10). A rule that names an
-- account goes with the account: it must never silently start to match every account.
create table rules (
    id              uuid          primary key,
    user_id         uuid          not null references users (id) on delete cascade,
    position        integer       not null,
    name            varchar(100)  not null,
    text_conditions varchar(20000) not null,
    min_amount      numeric(19,4),
    max_amount      numeric(19,4),
    account_id      uuid          references accounts (id) on delete cascade,
    type            varchar(16),
    set_category    varchar(60),
    set_merchant    varchar(120),
    set_description varchar(255),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint        not null
);
create index ix_rules_user on rules (user_id, position);
create index ix_rules_account on rules (account_id);
