-- Retention: raw answers older than the cut-off date are dropped, the scores stay.
update bench.sample_results set answer = null where result_date < ? and answer is not null;
