#!/usr/bin/env python3
"""Independent expected values for the ladder tests, computed from the rule text of domain-rules.md.

Run from this folder:  python3 ladder_expected.py
It rewrites growth-expected.csv and gap-expected.csv, which LadderFormulaTests and GapTests read.
"""
import csv
import math
from fractions import Fraction as F

# ---- 高企 growth: g = 1/2 * (Y2/Y1 + Y3/Y2) - 1 (domain-rules §4.2)
# Edge cases: year 1 = 0 -> Y3/Y2 - 1; year 2 = 0 -> scores 0 ("lowest"); fewer than 3 years of operation ->
# actual years (registered in year 2 -> Y3/Y2 - 1; registered in year 3 -> lowest).
def growth(y1, y2, y3, registered_in):
    if registered_in is not None and registered_in >= 2024:
        return None
    if y2 == 0:
        return None
    if registered_in == 2023 or y1 == 0:
        return F(y3, y2) - 1
    return F(1, 2) * (F(y2, y1) + F(y3, y2)) - 1

def hte_band(g):
    """Points band of 净资产/销售收入增长率: >=35% 9-10; >=25% 7-8; >=15% 5-6; >=5% 3-4; >0 1-2; <=0 0."""
    if g is None or g <= 0:
        return "0..0"
    for lower, band in ((F(35, 100), "9..10"), (F(25, 100), "7..8"), (F(15, 100), "5..6"), (F(5, 100), "3..4")):
        if g >= lower:
            return band
    return "1..2"

GROWTH_CASES = [
    # y1, y2, y3, registered in (blank: 2015)
    (100, 135, 182.25, None),   # both ratios 1.35 -> exactly 35%
    (100, 134, 180, None),
    (100, 125, 156.25, None),   # exactly 25%
    (100, 115, 132.25, None),   # exactly 15%
    (100, 105, 110.25, None),   # exactly 5%
    (100, 104, 108, None),
    (100, 100, 100, None),      # exactly 0
    (100, 100, 101, None),
    (100, 90, 80, None),
    (0, 100, 150, None),        # year 1 = 0
    (100, 0, 150, None),        # year 2 = 0
    (None, 100, 130, 2023),     # two years of operation
    (None, None, 130, 2024),    # one year
]

# ---- 瞪羚 CAGR over 3 years: (Y(t)/Y(t-3))^(1/3) - 1
CAGR_CASES = [(10_000_000, 17_280_000), (10_000_000, 17_279_000), (10_000_000, 20_000_000)]

with open("growth-expected.csv", "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["kind", "y1", "y2", "y3", "registered", "expected", "band"])
    for y1, y2, y3, reg in GROWTH_CASES:
        g = growth(y1 or 0, y2 or 0, F(str(y3)), reg)
        w.writerow(["growth", "" if y1 is None else y1, "" if y2 is None else y2, y3, reg or "",
                    "lowest" if g is None else repr(float(g)), hte_band(g)])
    for base, now in CAGR_CASES:
        c = (now / base) ** (1 / 3) - 1
        w.writerow(["cagr", base, "", now, "", repr(c), "pass" if c >= 0.2 - 1e-12 else "fail"])

# ---- gaps
# S&T staff: the least whole x with (s + x) / (e + x) >= t (added staff are employees too).
def staff_gap(s, e, t):
    t = F(t)
    x = math.ceil((t * e - s) / (1 - t))
    return max(0, x)

# R&D money over 3 years: the least whole-yuan x with (sum(rd) + x) / sum(revenue) >= t.
def rd_gap(rds, revenues, t):
    return max(0, math.ceil(F(t) * sum(revenues) - sum(rds)))

STAFF_CASES = [(8, 100, "0.1"), (9, 100, "0.1"), (10, 100, "0.1"), (0, 7, "0.1"), (12, 150, "0.1"), (1, 1000, "0.1")]
RD_CASES = [
    ([1_000_000, 1_100_000, 1_200_000], [40_000_000, 45_000_000, 48_000_000]),   # 3.30% of a ¥48M firm -> needs 5%
    ([2_500_000, 2_800_000, 3_000_000], [80_000_000, 90_000_000, 100_000_000]),  # 3.07% -> needs 4%
    ([5_000_000, 5_500_000, 6_000_000], [250_000_000, 260_000_000, 300_000_000]),  # 2.04% -> needs 3%
]

def band(revenue):
    if revenue <= 50_000_000:
        return "0.05"
    if revenue <= 200_000_000:
        return "0.04"
    return "0.03"

with open("gap-expected.csv", "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["kind", "a", "b", "threshold", "expected"])
    for s, e, t in STAFF_CASES:
        w.writerow(["staff", s, e, t, staff_gap(s, e, t)])
    for rds, revs in RD_CASES:
        t = band(revs[-1])
        w.writerow(["rd", " ".join(map(str, rds)), " ".join(map(str, revs)), t, rd_gap(rds, revs, t)])
