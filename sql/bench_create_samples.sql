-- The warehouse table of benchmark sample results; `empty` is a frame with its schema.
create schema if not exists bench;
create table if not exists bench.sample_results as select * from empty limit 0;
