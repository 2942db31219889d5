"""Statistics behind the leaderboard, each checked against an independent implementation in tests.

One function per statistic: pass@k, Krippendorff's alpha, Bradley-Terry with intervals, Wilson
intervals, the vectorized bootstrap over tasks, MAD outliers and paired significance tests.
"""

from aibaas.stats.agreement import AlphaLevel, krippendorff_alpha
from aibaas.stats.bootstrap import BootstrapResult, bootstrap_means, resample_weights
from aibaas.stats.bradley_terry import BradleyTerryFit, fit_bradley_terry, win_matrix
from aibaas.stats.intervals import percentile_interval, wilson_interval, wilson_lower_bound
from aibaas.stats.outliers import mad_outliers, modified_z_scores
from aibaas.stats.paired import PairedTest, mcnemar_exact, paired_permutation_test
from aibaas.stats.passk import pass_at_k

__all__ = [
    "AlphaLevel",
    "BootstrapResult",
    "BradleyTerryFit",
    "PairedTest",
    "bootstrap_means",
    "fit_bradley_terry",
    "krippendorff_alpha",
    "mad_outliers",
    "mcnemar_exact",
    "modified_z_scores",
    "paired_permutation_test",
    "pass_at_k",
    "percentile_interval",
    "resample_weights",
    "wilson_interval",
    "wilson_lower_bound",
    "win_matrix",
]
