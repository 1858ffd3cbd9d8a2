-- Engines, one row each; lists and maps are JSON text.
CREATE TABLE engines (
  project_id VARCHAR(64) NOT NULL,
  id VARCHAR(64) NOT NULL,
  enterprise_project_id VARCHAR(64) NOT NULL,
  name VARCHAR(64) NOT NULL,
  description VARCHAR(1024) NOT NULL,
  alias VARCHAR(256),
  flavor VARCHAR(64) NOT NULL,
  spec_type VARCHAR(32) NOT NULL,
  auth_type VARCHAR(16) NOT NULL,
  payment VARCHAR(24) NOT NULL,
  version VARCHAR(32) NOT NULL,
  status VARCHAR(16) NOT NULL,
  create_user VARCHAR(128) NOT NULL,
  create_time BIGINT NOT NULL,
  latest_job_id INTEGER,
  vpc VARCHAR(256) NOT NULL,
  vpc_id VARCHAR(256) NOT NULL,
  network_id VARCHAR(256) NOT NULL,
  subnet_cidr VARCHAR(64) NOT NULL,
  public_ip_id VARCHAR(256) NOT NULL,
  az_list VARCHAR(4096) NOT NULL,
  inputs VARCHAR(1000000) NOT NULL,
  revision BIGINT NOT NULL,
  PRIMARY KEY (project_id, id)
);

-- Jobs, one row each with their stages as JSON text; next_due is when the running stage ends.
CREATE TABLE jobs (
  id INTEGER NOT NULL PRIMARY KEY,
  project_id VARCHAR(64) NOT NULL,
  engine_id VARCHAR(64) NOT NULL,
  plan VARCHAR(16) NOT NULL,
  type VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  description VARCHAR(1024) NOT NULL,
  create_user VARCHAR(128) NOT NULL,
  context VARCHAR(1000000) NOT NULL,
  start_time BIGINT NOT NULL,
  end_time BIGINT NOT NULL,
  stage_millis BIGINT NOT NULL,
  stages VARCHAR(1000000) NOT NULL,
  fault_stage INTEGER,
  fault_result VARCHAR(16),
  next_due BIGINT,
  row_version BIGINT NOT NULL
);

CREATE INDEX jobs_due ON jobs (project_id, status, next_due);
CREATE INDEX jobs_engine ON jobs (project_id, engine_id);

-- Job ids: unique for the whole deployment, increasing, never reused (not even after a reset).
CREATE SEQUENCE job_ids START WITH 10001;

-- The emulator's clock: how far it has been moved ahead of the machine's.
CREATE TABLE emulator_clock (
  id INTEGER NOT NULL PRIMARY KEY,
  offset_millis BIGINT NOT NULL
);
INSERT INTO emulator_clock (id, offset_millis) VALUES (1, 0);

-- Facts about the store itself, such as whether it has been seeded.
CREATE TABLE emulator_meta (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  text_value VARCHAR(1024) NOT NULL
);
