#!/usr/bin/env python3
"""Independent reference values for the composite-index engine (IndexMethodsTests).

Computed with Python 3 + NumPy only, from the textbook definitions, never from the Java code. Run:

    python3 index_reference.py > index_expected.txt

Each output line is `key: v1 v2 ...` (nan for missing). The inputs are repeated verbatim in the Java tests.
"""
import math
import numpy as np

nan = float("nan")
out = []


def emit(key, values):
    values = np.atleast_1d(np.asarray(values, dtype=float)).ravel()
    out.append(key + ": " + " ".join("nan" if math.isnan(v) else repr(float(v)) for v in values))


# ---------------------------------------------------------------- normalisation of one vector
x = np.array([3, 7, nan, 1, 9, 7], dtype=float)
ok = ~np.isnan(x)
lo, hi = np.nanmin(x), np.nanmax(x)
emit("minmax.pos", (x - lo) / (hi - lo) * 100)
emit("minmax.neg", (hi - x) / (hi - lo) * 100)
mean, sd = np.nanmean(x), np.nanstd(x, ddof=1)
emit("zscore.pos", (x - mean) / sd)
emit("zscore.neg", -(x - mean) / sd)


def average_ranks(v):
    r = np.full(len(v), nan)
    idx = [i for i in range(len(v)) if not math.isnan(v[i])]
    for i in idx:
        less = sum(1 for j in idx if v[j] < v[i])
        equal = sum(1 for j in idx if v[j] == v[i])
        r[i] = less + (equal + 1) / 2
    return r


emit("rank.pos", average_ranks(x))
emit("rank.neg", average_ranks(-x))
emit("frontier.pos", x / hi * 100)
emit("frontier.neg", lo / x * 100)
target = 8.0
emit("target.pos", np.minimum(100, (x - lo) / (target - lo) * 100))
emit("target.neg", np.minimum(100, (hi - x) / (hi - 2.0) * 100))  # negative indicator, target 2
g_lo, g_hi = 0.0, 8.0
emit("goalposts.pos", np.clip((x - g_lo) / (g_hi - g_lo) * 100, 0, 100))
emit("goalposts.neg", np.clip((g_hi - x) / (g_hi - g_lo) * 100, 0, 100))

# ---------------------------------------------------------------- base-year index, 3 units x 3 years
panel = np.array([[10, 20, 5], [12, 18, 10], [15, 30, 5]], dtype=float)  # [year][unit]
emit("baseyear.pos", panel / panel[0] * 100)
emit("baseyear.neg", panel[0] / panel * 100)
emit("baseyear.mean", panel / panel[0].mean() * 100)

# ---------------------------------------------------------------- AHP
RI = {1: 0, 2: 0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49}


def ahp(a):
    a = np.array(a, dtype=float)
    vals, vecs = np.linalg.eig(a)
    k = int(np.argmax(vals.real))
    w = np.abs(vecs[:, k].real)
    w = w / w.sum()
    lam = vals[k].real
    n = len(a)
    ci = (lam - n) / (n - 1)
    return w, lam, ci, ci / RI[n]


# Textbook 3x3 example: weights ~ 0.637, 0.258, 0.105; lambda_max ~ 3.039; CR ~ 0.033.
A3 = [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]
w, lam, ci, cr = ahp(A3)
emit("ahp3.weights", w)
emit("ahp3.lambda_ci_cr", [lam, ci, cr])
A4 = [[1, 5, 3, 7], [1 / 5, 1, 1 / 3, 3], [1 / 3, 3, 1, 5], [1 / 7, 1 / 3, 1 / 5, 1]]
w, lam, ci, cr = ahp(A4)
emit("ahp4.weights", w)
emit("ahp4.lambda_ci_cr", [lam, ci, cr])
A_bad = [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]  # a cyclic, inconsistent matrix
w, lam, ci, cr = ahp(A_bad)
emit("ahpbad.lambda_ci_cr", [lam, ci, cr])

# ---------------------------------------------------------------- data-driven weights on a 6 x 4 matrix
X = np.array([
    [62, 3.1, 120, 0.40],
    [55, 2.4, 95, 0.55],
    [80, 4.0, 130, 0.35],
    [40, 1.9, 60, 0.70],
    [71, 3.3, 150, 0.52],
    [58, 2.2, 88, 0.61],
], dtype=float)
S = (X - X.min(axis=0)) / (X.max(axis=0) - X.min(axis=0))
P = S / S.sum(axis=0)
with np.errstate(divide="ignore", invalid="ignore"):
    plogp = np.where(P > 0, P * np.log(P), 0.0)
e = -plogp.sum(axis=0) / np.log(len(X))
d = 1 - e
emit("entropy.weights", d / d.sum())

sigma = S.std(axis=0, ddof=1)
R = np.corrcoef(S, rowvar=False)
C = sigma * (1 - R).sum(axis=0)
emit("critic.weights", C / C.sum())

Rx = np.corrcoef(X, rowvar=False)
vals, vecs = np.linalg.eigh(Rx)
order = np.argsort(vals)[::-1]
vals, vecs = vals[order], vecs[:, order]
retained = max(1, int((vals > 1).sum()))
emit("pca.eigenvalues", vals)
emit("pca.retained", [retained])
loadings = []
weights = np.zeros(X.shape[1])
for c in range(retained):
    v = vecs[:, c]
    s = np.sign(v.sum()) if abs(v.sum()) > 1e-12 else np.sign(v[np.argmax(np.abs(v))])
    v = s * v
    loadings.append(v * math.sqrt(vals[c]))
    weights += vals[c] / vals[:retained].sum() * v ** 2
emit("pca.loadings", np.array(loadings).T)  # [indicator][component], row-major
emit("pca.weights", weights / weights.sum())

# ---------------------------------------------------------------- aggregation
v = np.array([50, 80, 20], dtype=float)
wt = np.array([0.5, 0.3, 0.2])
emit("agg.arithmetic", (wt * v).sum() / wt.sum())
emit("agg.geometric", math.exp((wt * np.log(v)).sum() / wt.sum()))
emit("agg.harmonic", wt.sum() / (wt / v).sum())
vm = np.array([50, 20], dtype=float)  # the middle value missing: weights renormalised over 0.5 and 0.2
wm = np.array([0.5, 0.2])
emit("agg.missing.arithmetic", (wm * vm).sum() / wm.sum())
emit("agg.missing.geometric", math.exp((wm * np.log(vm)).sum() / wm.sum()))
emit("agg.missing.harmonic", wm.sum() / (wm / vm).sum())
vz = np.array([0, 80, 20], dtype=float)
emit("agg.shift1.geometric", math.exp((wt * np.log(vz + 1)).sum()) - 1)
emit("agg.shift1.harmonic", 1 / (wt / (vz + 1)).sum() - 1)
emit("agg.eps.geometric", math.exp((wt * np.log(np.maximum(vz, 0.01))).sum()))
vn = np.array([-10, 80, 20], dtype=float)
emit("agg.negative.arithmetic", (wt * vn).sum())

# ---------------------------------------------------------------- skewness, kurtosis, winsorisation (COINr rule)


def skew(a):
    n = len(a)
    m = a.mean()
    m2 = ((a - m) ** 2).mean()
    m3 = ((a - m) ** 3).mean()
    if m2 == 0:
        return 0.0
    g1 = m3 / m2 ** 1.5
    return math.sqrt(n * (n - 1)) / (n - 2) * g1


def kurt(a):
    n = len(a)
    m = a.mean()
    m2 = ((a - m) ** 2).mean()
    m4 = ((a - m) ** 4).mean()
    if m2 == 0:
        return 0.0
    g2 = m4 / m2 ** 2 - 3
    return ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3))


def winsorise(a, max_points=5, skew_t=2.0, kurt_t=3.5):
    a = a.astype(float).copy()
    original = a.copy()
    points = 0
    outlying = lambda b: abs(skew(b)) > skew_t and kurt(b) > kurt_t
    while outlying(a) and points < max_points:
        if skew(a) > 0:
            top = a.max()
            nxt = a[a < top].max()
            points += int((a == top).sum())
            a[a == top] = nxt
        else:
            bottom = a.min()
            nxt = a[a > bottom].min()
            points += int((a == bottom).sum())
            a[a == bottom] = nxt
    if outlying(a):
        b = original
        return (np.log(b) if b.min() > 0 else np.log(b - b.min() + 1)), "LOG", 0
    return a, "WINSORISE", points


w1 = np.array(list(range(1, 20)) + [60], dtype=float)
emit("skewkurt.w1", [skew(w1), kurt(w1)])
res, method, pts = winsorise(w1)
emit("winsor.w1", res)
out.append("winsor.w1.method: " + method + " " + str(pts))
w2 = np.array([1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8, 40, 60, 90, 150, 400, 900, 5000], dtype=float)
res, method, pts = winsorise(w2)
emit("winsor.w2", res)
out.append("winsor.w2.method: " + method + " " + str(pts))
w4 = np.array([1.6 ** k for k in range(40)])  # heavy tail: 5 points are not enough, the log fallback applies
res, method, pts = winsorise(w4)
emit("winsor.w4", res)
out.append("winsor.w4.method: " + method + " " + str(pts))
w3 = -w1  # negative skew: the lowest value is winsorised
res, method, pts = winsorise(w3)
emit("winsor.w3", res)
out.append("winsor.w3.method: " + method + " " + str(pts))

# ---------------------------------------------------------------- coverage and imputation: 4 units x 5 indicators, 1 year
D = np.array([
    [1, 2, nan, 4, 5],
    [2, nan, nan, 8, 1],
    [3, 6, 9, nan, nan],
    [4, 8, nan, 16, 3],
], dtype=float)
emit("coverage.units", (~np.isnan(D)).mean(axis=1))
emit("coverage.indicators", (~np.isnan(D)).mean(axis=0))
emit("impute.mean", np.where(np.isnan(D), np.nanmean(D, axis=0), D))
emit("impute.median", np.where(np.isnan(D), np.nanmedian(D, axis=0), D))

print("\n".join(out))
