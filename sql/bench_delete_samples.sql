-- Replace the rows of the (run, model) pairs in `keys` by the rows of `samples`.
delete from bench.sample_results t using keys k where t.run_uid = k.run_uid and t.model = k.model;
