-- Tokens issued by POST /v3/auth/tokens: only the SHA-256 of the token is kept, never the token itself.
CREATE TABLE iam_tokens (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  user_name VARCHAR(255) NOT NULL,
  domain_name VARCHAR(255) NOT NULL,
  project_id VARCHAR(64) NOT NULL,
  issued_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE INDEX iam_tokens_project ON iam_tokens (project_id);
CREATE INDEX iam_tokens_expiry ON iam_tokens (expires_at);

-- Failed AK/SK signatures in a row per access key (strict mode), and until when the key is locked.
CREATE TABLE access_key_lockouts (
  access_key VARCHAR(255) NOT NULL PRIMARY KEY,
  failures INTEGER NOT NULL,
  locked_until BIGINT NOT NULL
);
