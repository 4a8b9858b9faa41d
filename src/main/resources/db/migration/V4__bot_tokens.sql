-- API tokens that bots send as "Authorization: Bearer <token>" instead of a password (docs/BOTS.md).
-- Only the SHA-256 of a token is kept: the token itself is shown once, when it is created.
create table gyomu_bot_token (
    id          varchar(36)  primary key,
    bot_user    varchar(64)  not null,
    label       varchar(200),
    token_hash  char(64)     not null unique,
    created_by  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    revoked_by  varchar(64),
    revoked_at  timestamp with time zone
);
create index ix_gyomu_bot_token_bot on gyomu_bot_token (bot_user);
