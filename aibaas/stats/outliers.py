"""Robust outliers: the modified z-score on the median absolute deviation (Iglewicz and Hoaglin)."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

# 0.6745 is the 75th percentile of the standard normal: it makes the MAD comparable to a standard
# deviation; 3.5 is Iglewicz and Hoaglin's recommended cut-off.
MAD_SCALE = 0.6745
DEFAULT_THRESHOLD = 3.5


def modified_z_scores(values: ArrayLike) -> NDArray[np.float64]:
    """0.6745 * (x - median) / MAD for each value; NaN values stay NaN.

    When more than half the values are identical the MAD is 0; then any value off the median is
    infinitely far (+/-inf) and values on it score 0.
    """
    x = np.asarray(values, dtype=np.float64)
    median = np.nanmedian(x)
    mad = np.nanmedian(np.abs(x - median))
    deviation = x - median
    if mad == 0:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.asarray(np.where(deviation == 0, 0.0, np.sign(deviation) * np.inf), dtype=np.float64)
    return np.asarray(MAD_SCALE * deviation / mad, dtype=np.float64)


def mad_outliers(values: ArrayLike, threshold: float = DEFAULT_THRESHOLD) -> NDArray[np.bool_]:
    """True where |modified z| exceeds `threshold`. Flags only; callers keep every value."""
    return np.abs(modified_z_scores(values)) > threshold
