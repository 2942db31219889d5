-- Per day and model in a date window: samples, pass rate and mean score (infrastructure failures left out).
select result_date, model, count(*) as samples, avg(passed::int) as pass_rate, avg(score) as score
from bench.sample_results
where result_date between ? and ? and not infra_failure
group by result_date, model
order by result_date, model;
