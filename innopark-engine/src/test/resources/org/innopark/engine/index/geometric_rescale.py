"""Expected values of IndexPart5Tests.geometricMeanRescalesEachIndicatorTo1To100First, computed independently of
the engine with NumPy, following COINr: normalise (min-max; a negative indicator reversed), rescale every indicator to
[1, 100] with n_minmax(l_u = c(1, 100)), then the weighted geometric mean (equal weights).

Run: python3 geometric_rescale.py
"""
import numpy as np

a = np.array([1.0, 2.0, 4.0, 8.0])      # positive indicator, units U1..U4
b = np.array([10.0, 30.0, 20.0, 40.0])  # negative indicator


def minmax(x, lo=0.0, hi=1.0):
    return lo + (hi - lo) * (x - x.min()) / (x.max() - x.min())


na = minmax(a)
nb = minmax(-b)           # lower is better
ra = minmax(na, 1, 100)
rb = minmax(nb, 1, 100)
w = np.array([0.5, 0.5])
index = np.exp(w[0] * np.log(ra) + w[1] * np.log(rb))
for name, v in (("a rescaled", ra), ("b rescaled", rb), ("index", index)):
    print(name, " ".join(repr(float(x)) for x in v))
