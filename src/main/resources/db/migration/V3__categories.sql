CREATE TABLE categories (
    id           UUID        PRIMARY KEY,
    user_id      UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    category_key VARCHAR(60) NOT NULL,
    name         VARCHAR(50) NOT NULL,
    type         VARCHAR(16) NOT NULL,
    colour       VARCHAR(7)  NOT NULL,
    icon         VARCHAR(40) NOT NULL,
    archived     BOOLEAN     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT uk_categories_key UNIQUE (user_id, category_key)
);
