-- Sample rows of runs whose uid starts with the given prefix ('' selects every run).
select * from bench.sample_results where starts_with(run_uid, ?) order by scored_at, model, task_id, sample_index;
