#!/usr/bin/env python3
"""Expected points for golden_input.csv under golden-scheme.yaml, computed independently of the Java engine.

Run:  python3 expected_points.py   (writes expected_points.csv next to this file; needs NumPy)

The scheme's parameters are restated here on purpose (not read from the YAML) so that a mistake in the loader
shows up as a mismatch. Definitions (the engine's Javadoc states the same):
  percentile  f = (#cohort reported values strictly worse than v) / (n - 1), 0 when n <= 1
  minmax      f = clip((v - lo) / (hi - lo), 0, 1), reversed when lower is better, 0 when hi <= lo;
              lo/hi fixed or the cohort's min/max of reported values
  brackets    the share of the bracket holding v, else 0
  missing     ZERO -> 0; COHORT_MEDIAN -> score the median of the cohort's reported values (0 when none reported);
              EXCLUDE_AND_REWEIGHT -> left out, the part's other indicators times part / (part - excluded weights)
  points      (w * f) * factor; groups and total are sums in scheme order
  rank        1 + #cohort members with a strictly higher total; percentile = #strictly lower / (n - 1), 0 if n = 1
"""
import csv
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["START_UP", "GROWTH", "MATURE"]
SCALE, BONUS = 100.0, 10.0


def brackets(table):
    def share(v):
        for lo, lo_inc, hi, hi_inc, s in table:
            if (v >= lo if lo_inc else v > lo) and (v <= hi if hi_inc else v < hi):
                return s
        return 0.0
    return share


INF = math.inf
# id, group, bonus part?, higher is better?, scoring, missing policy, weights by stage
INDICATORS = [
    ("a", "core", False, True, ("percentile",), "ZERO", (20, 15, 10)),
    ("b", "core", False, False, ("percentile",), "COHORT_MEDIAN", (10, 15, 20)),
    ("c", "core", False, True, ("minmax", None, None), "EXCLUDE_AND_REWEIGHT", (15, 15, 15)),
    ("d", "extra", False, False, ("minmax", 0.0, 100.0), "COHORT_MEDIAN", (20, 20, 20)),
    ("e", "extra", False, True, ("brackets", brackets([(0, True, 10, False, 0.2), (10, True, 50, True, 0.6),
                                                       (50, False, INF, False, 1.0)])), "ZERO", (15, 15, 15)),
    ("f", "extra", False, True, ("percentile",), "EXCLUDE_AND_REWEIGHT", (20, 20, 20)),
    ("g", "plus", True, True, ("brackets", brackets([(1, True, 3, False, 0.5), (3, True, INF, False, 1.0)])),
     "EXCLUDE_AND_REWEIGHT", (5, 5, 5)),
    ("h", "plus", True, False, ("minmax", None, None), "COHORT_MEDIAN", (5, 5, 5)),
]
GROUPS = ["core", "extra", "plus"]


def share(scoring, higher, v, reported):
    """The share of value v against the cohort's reported values (a NumPy array that includes v if v is reported)."""
    kind = scoring[0]
    if kind == "percentile":
        n = len(reported)
        if n <= 1:
            return 0.0
        worse = np.count_nonzero(reported < v) if higher else np.count_nonzero(reported > v)
        return worse / (n - 1)
    if kind == "minmax":
        lo = reported.min() if scoring[1] is None else scoring[1]
        hi = reported.max() if scoring[2] is None else scoring[2]
        if not hi > lo:
            return 0.0
        f = (v - lo) / (hi - lo) if higher else (hi - v) / (hi - lo)
        return float(np.clip(f, 0.0, 1.0))
    return scoring[1](v)


def num(x):
    """Shortest text that reads back as the same double."""
    return repr(float(x))


def main():
    with open(os.path.join(HERE, "golden_input.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    cohorts = {}
    for r in rows:
        cohorts.setdefault(r["cohort"], []).append(r)

    def value(r, ind):
        return math.nan if r[ind] == "" else float(r[ind])

    out = {}
    for cohort, members in cohorts.items():
        for r in members:
            s = STAGES.index(r["stage"])
            shares, applied = {}, {}
            for ind, group, bonus, higher, scoring, policy, weights in INDICATORS:
                reported = np.array([value(m, ind) for m in members if not math.isnan(value(m, ind))])
                v = value(r, ind)
                if not math.isnan(v):
                    shares[ind], applied[ind] = share(scoring, higher, v, reported), "-"
                elif policy == "ZERO":
                    shares[ind], applied[ind] = 0.0, "ZERO"
                elif policy == "COHORT_MEDIAN":
                    if len(reported) == 0:
                        shares[ind], applied[ind] = 0.0, "ZERO"
                    else:
                        shares[ind] = share(scoring, higher, float(np.median(reported)), reported)
                        applied[ind] = "COHORT_MEDIAN"
                else:
                    shares[ind], applied[ind] = None, "EXCLUDE_AND_REWEIGHT"
            excluded = {False: 0.0, True: 0.0}
            for ind, group, bonus, higher, scoring, policy, weights in INDICATORS:
                if shares[ind] is None:
                    excluded[bonus] += weights[s]
            factor = {}
            for part, scale in ((False, SCALE), (True, BONUS)):
                e = excluded[part]
                factor[part] = 1.0 if e == 0 else (scale / (scale - e) if scale - e > 0 else 0.0)
            points, groups, total = {}, {g: 0.0 for g in GROUPS}, 0.0
            for ind, group, bonus, higher, scoring, policy, weights in INDICATORS:
                p = 0.0 if shares[ind] is None else weights[s] * shares[ind] * factor[bonus]
                points[ind] = p
                groups[group] += p
                total += p
            out[r["key"]] = dict(r=r, points=points, groups=groups, total=total, applied=applied)
    for cohort, members in cohorts.items():
        totals = np.array([out[m["key"]]["total"] for m in members])
        n = len(members)
        for m in members:
            t = out[m["key"]]["total"]
            out[m["key"]]["rank"] = 1 + int(np.count_nonzero(totals > t))
            out[m["key"]]["percentile"] = 0.0 if n == 1 else np.count_nonzero(totals < t) / (n - 1)

    ids = [i[0] for i in INDICATORS]
    with open(os.path.join(HERE, "expected_points.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["key", "total", "rank", "percentile"] + ["points_" + i for i in ids]
                   + ["group_" + g for g in GROUPS] + ["applied_" + i for i in ids])
        for r in rows:
            o = out[r["key"]]
            w.writerow([r["key"], num(o["total"]), o["rank"], num(o["percentile"])]
                       + [num(o["points"][i]) for i in ids] + [num(o["groups"][g]) for g in GROUPS]
                       + [o["applied"][i] for i in ids])


if __name__ == "__main__":
    main()
