-- Retention: whole rows older than the cut-off date.
delete from bench.sample_results where result_date < ?;
