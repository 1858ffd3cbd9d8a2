-- An engine name is unique within its project: of two concurrent creates of one name, the store lets one win.
CREATE UNIQUE INDEX engines_name ON engines (project_id, name);

-- One row per project, locked by the operations that must see the project's engines as a whole (creation against
-- the quota), so concurrent creates never exceed it.
CREATE TABLE project_locks (
  project_id VARCHAR(64) NOT NULL PRIMARY KEY
);
