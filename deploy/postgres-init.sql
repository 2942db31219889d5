-- A second database for Dagster's own run and event storage (dagster-postgres).
CREATE DATABASE dagster OWNER aibaas;
